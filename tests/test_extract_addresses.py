"""Writer's address: From; for relays and no-reply senders Reply-To, else the address given in the body."""

from __future__ import annotations

import pytest

from parsers.addresses import find_writer_email, is_relay_or_noreply
from parsers.model import Found, Headers, ParserConfig

CONFIG = ParserConfig(relay_addresses=("website@tinybots.nl",), own_addresses=("help@tinybots.nl",))


def headers(from_address: str | None, *, reply_to: tuple[str, ...] = ()) -> Headers:
    return Headers(
        message_id="<m@example.nl>",
        subject="Vraag",
        from_address=from_address,
        from_name=None,
        reply_to=reply_to,
        to=("help@tinybots.nl",),
        cc=(),
        in_reply_to=(),
        references=(),
        date=None,
        received_at=None,
        return_path=None,
    )


@pytest.mark.parametrize(
    "address",
    [
        "website@tinybots.nl",
        "WEBSITE@tinybots.nl",
        "no-reply@forms.example.nl",
        "noreply@example.nl",
        "do-not-reply@example.nl",
        "donotreply@example.nl",
        "no_reply@example.nl",
        "bounce+abc=x@mail.example.nl",
        "bounces@lists.example.nl",
        "mailer-daemon@mx.example.nl",
        "MAILER-DAEMON@example.nl",
        "postmaster@example.nl",
        "wordpress-noreply@example.nl",
    ],
)
def test_relay_and_machine_senders_are_recognised(address: str) -> None:
    assert is_relay_or_noreply(address, CONFIG)


@pytest.mark.parametrize(
    "address", ["jan@example.nl", "info@example.nl", "bouncer.jansen@example.nl", None, ""]
)
def test_people_and_missing_addresses_are_not_relays(address: str | None) -> None:
    assert not is_relay_or_noreply(address, CONFIG)


def test_from_is_the_writer_and_is_lowercased() -> None:
    assert find_writer_email(
        headers("Jan.DeVries@Example.NL"), text="", signature="", config=CONFIG
    ) == Found("jan.devries@example.nl", "header")


def test_relay_from_gives_the_person_in_reply_to() -> None:
    found = find_writer_email(
        headers("website@tinybots.nl", reply_to=("Anneke@Example.nl",)), text="", signature="", config=CONFIG
    )
    assert found == Found("anneke@example.nl", "header")


def test_web_form_body_gives_the_address_when_there_is_no_reply_to() -> None:
    body = "Naam: Anneke van der Berg\nE-mail: anneke.vdberg@example.nl\nTelefoon: 0612345678\nBericht: robot stuk"
    assert find_writer_email(
        headers("no-reply@forms.example.nl"), text=body, signature="", config=CONFIG
    ) == Found("anneke.vdberg@example.nl", "body")


def test_address_the_writer_names_in_the_text() -> None:
    body = (
        "Ik mail via het account van mijn zoon. Mijn e-mailadres is marja.jansen@example.nl, graag daarheen."
    )
    assert find_writer_email(headers("noreply@example.nl"), text=body, signature="", config=CONFIG) == Found(
        "marja.jansen@example.nl", "body"
    )


def test_our_own_and_relay_addresses_in_the_body_are_skipped() -> None:
    body = "Stuur naar help@tinybots.nl of website@tinybots.nl. Mijn adres: piet@example.nl"
    assert find_writer_email(headers("website@tinybots.nl"), text=body, signature="", config=CONFIG) == Found(
        "piet@example.nl", "body"
    )


def test_address_in_the_signature_is_the_last_resort() -> None:
    found = find_writer_email(
        headers("noreply@example.nl"), text="Robot stuk", signature="Piet\npiet@example.nl", config=CONFIG
    )
    assert found == Found("piet@example.nl", "signature")


@pytest.mark.parametrize("invalid", ["jan@@example.nl", "jan@example", "jan example.nl", "jan@-example.nl"])
def test_syntactically_invalid_address_is_not_returned(invalid: str) -> None:
    assert find_writer_email(headers(invalid), text="", signature="", config=CONFIG) is None


def test_invalid_from_falls_back_to_a_valid_reply_to() -> None:
    found = find_writer_email(
        headers("jan@example", reply_to=("jan@example.nl",)), text="", signature="", config=CONFIG
    )
    assert found == Found("jan@example.nl", "header")


def test_no_address_anywhere_gives_none() -> None:
    assert find_writer_email(headers(None), text="Robot stuk", signature="", config=CONFIG) is None
