"""Language of a mail (nl/en), to answer in the writer's language (extraction step of `parse_message`).

# why not lingua / fasttext-langdetect: the whole parser must do >= 800 messages/s on one core, and the
# question is only "Dutch or English?" for a Dutch help desk. Counting function words (articles, pronouns,
# auxiliaries) answers that reliably on a few sentences, costs microseconds and needs no model file.
# Dutch is the default: a mail is English only when English function words clearly outnumber Dutch ones.
"""

from __future__ import annotations

import re
from typing import Literal


def _split(words: str) -> list[str]:
    """Word lists are written as one string, the way they read in the research notes."""
    return words.split()


_WORD = re.compile(r"[a-z']+")
#: Only the start of the mail is read: the language shows in the first sentences, and long mails stay cheap.
_SAMPLE_CHARS = 1500

# Words frequent in one language and rare in the other ("in", "is", "we", "me", "had" exist in both: left out).
_DUTCH = frozenset(
    _split("""de het een en van ik je jij u uw mijn niet dat die deze met voor op te zijn wil wilt graag kunt kan
    heb hebt heeft wordt worden naar maar ook als bij nog dank groet groeten vriendelijke beste geachte
    hallo goedemorgen goedemiddag mevrouw meneer dit er al wat hoe waarom jullie onze ons zou zouden
    moet moeten werd geen wel omdat alstublieft aub bedankt mvg hij zij ze haar hem tot om uit nu dan
    doet doen gaat weer even""")
)
_ENGLISH = frozenset(
    _split("""the and to of my i you your not this that with for on are was be have has would could should
    please thanks thank regards dear hello can will it its our their they what why how there from
    does did don't can't i'm i've do an any been sincerely kind best help about which when just
    need get know yours since""")
)
#: English must have this many more hits than Dutch, and a minimum, before a mail counts as English.
_ENGLISH_MARGIN = 1.5
_ENGLISH_MIN_HITS = 2


def detect_language(subject: str, text: str) -> Literal["nl", "en"]:
    """ "en" when the subject and new text are clearly English, else "nl" (the help desk's default)."""
    words = _WORD.findall(f"{subject}\n{text[:_SAMPLE_CHARS]}".lower().replace("\u2019", "'"))
    dutch = sum(1 for word in words if word in _DUTCH)
    english = sum(1 for word in words if word in _ENGLISH)
    if english >= _ENGLISH_MIN_HITS and english > dutch * _ENGLISH_MARGIN:
        return "en"
    return "nl"
