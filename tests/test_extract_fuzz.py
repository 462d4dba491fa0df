"""Every extractor takes any text without raising, and its result keeps its promises."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.addresses import find_writer_email
from parsers.bsn import REPLACEMENT, redact_bsn
from parsers.language import detect_language
from parsers.model import Headers, ParserConfig, Right
from parsers.names import find_name
from parsers.phones import find_phone
from parsers.rights import detect_rights
from parsers.robot_id import find_robot_id
from parsers.ticket_ref import find_ticket_ref

CONFIG = ParserConfig(relay_addresses=("website@tinybots.nl",), own_phones=("+31201234567",))
# Text that looks like mail: words, digits, separators, dashes, accents, brackets, newlines.
MAIL_TEXT = st.text(
    alphabet=st.sampled_from(
        list("abcdeghijklmnoprstuvwzAEIOUTBNL0123456789 .,:;-+/()<>@#'\n\u2013\u00e9\u00eb")
    ),
    max_size=300,
)
MAIL_WORDS = st.lists(
    st.sampled_from(
        [
            "mijn",
            "gegevens",
            "verwijder",
            "niet",
            "BSN",
            "123456782",
            "06-12345678",
            "robot",
            "id:",
            "TB-000123",
            "Met vriendelijke groet,",
            "\n",
            "Jan",
            "de",
            "Vries",
            "inzage",
            "kopie",
            "?",
            ".",
            "agenda",
            "AP",
            "als",
        ]
    ),
    max_size=40,
).map(" ".join)
ANY_TEXT = st.one_of(MAIL_TEXT, MAIL_WORDS, st.text(max_size=200))


@settings(max_examples=150, deadline=None)
@given(ANY_TEXT, ANY_TEXT)
def test_extractors_never_raise_and_keep_their_formats(text: str, signature: str) -> None:
    redacted, count = redact_bsn(text)
    assert count >= 0 and (count == 0) == (redacted == text)
    assert redacted.count(REPLACEMENT) >= count
    assert detect_language(signature, text) in ("nl", "en")
    rights, flags = detect_rights(subject=signature, text=text)
    assert list(rights) == sorted(set(rights), key=list(Right).index)
    assert len(set(flags)) == len(flags)
    phone = find_phone(text, signature, config=CONFIG)
    assert phone is None or re.fullmatch(r"\+\d{6,15}", phone.value)
    robot = find_robot_id(subject=signature, text=text, signature="", config=CONFIG)
    assert robot is None or (robot.value == robot.value.upper() and 3 <= len(robot.value) <= 36)
    ref = find_ticket_ref(subject=signature, body=text, prefix="TB")
    assert ref is None or re.fullmatch(r"TB-\d{6}", ref)
    name = find_name(display_name=signature, address=None, text=text, signature=signature)
    assert name is None or name.value.strip() == name.value != ""
    headers = Headers("<m@x>", "", "website@tinybots.nl", None, (), (), (), (), (), None, None, None)
    email = find_writer_email(headers, text=text, signature=signature, config=CONFIG)
    assert email is None or email.value == email.value.lower()
