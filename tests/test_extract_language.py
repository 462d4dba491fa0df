"""Language of a mail: Dutch unless the text is clearly English."""

from __future__ import annotations

import pytest

from parsers.language import detect_language


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Robot doet het niet",
            "Beste helpdesk, sinds gisteren reageert de robot niet meer. Met vriendelijke groet",
        ),
        ("Vraag", "Kunt u mij terugbellen? Ik ben de hele dag thuis."),
        ("", ""),  # nothing to go on: the help desk's default
        ("Re: robot", "OK"),
        ("Update", "Hallo, de update is gelukt, dank u wel!"),
    ],
)
def test_dutch_and_empty_or_unclear_mail_is_dutch(subject: str, text: str) -> None:
    assert detect_language(subject, text) == "nl"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Robot not working",
            "Hi, my mother's robot stopped working yesterday. Could you please call me? Thanks, John",
        ),
        ("Data request", "Please delete all my personal data."),
        ("", "I would like a copy of all personal data you hold about me."),
        ("Question about the app", "Dear team, how do I add a reminder for my father? Kind regards"),
    ],
)
def test_clearly_english_mail_is_english(subject: str, text: str) -> None:
    assert detect_language(subject, text) == "en"


def test_dutch_mail_with_an_english_phrase_stays_dutch() -> None:
    text = "Hallo, de robot zegt steeds 'please update the app' en dan gebeurt er niets. Kunt u helpen?"
    assert detect_language("Melding", text) == "nl"


def test_english_subject_on_dutch_text_is_dutch() -> None:
    assert (
        detect_language(
            "Out of order", "De robot is kapot, wat moet ik doen? Mijn moeder is er erg van afhankelijk."
        )
        == "nl"
    )
