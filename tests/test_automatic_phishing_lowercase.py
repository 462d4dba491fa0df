"""The phishing pattern run on lowercased ASCII text (automatic_text._phishing) finds what IGNORECASE finds."""

from __future__ import annotations

import random
import re

from parsers.automatic_text import _PHISHING, _PHISHING_LOWERCASE, _phishing

PHRASES = [
    "Verify your ACCOUNT",
    "your Mailbox has been Suspended",
    "Uw wachtwoord verloopt vandaag",
    "Bevestig uw Identiteit",
    "Unusual Sign-In activity",
    "pay within 24 Hours",
    "Storage Limit reached",
    "Log in met uw huidige WACHTWOORD",
    "Sign in with your current password",
    "to avoid Suspension",
]


def test_the_pattern_has_no_capital_letter() -> None:
    # A capital in the pattern would match under IGNORECASE but never in lowercased text.
    assert _PHISHING.flags & re.IGNORECASE
    assert not re.search(r"(?<!\\)[A-Z]", _PHISHING_LOWERCASE.pattern)


def test_lowercased_ascii_reads_as_ignorecase() -> None:
    rng = random.Random(3)
    matched = 0
    filler = [
        "Hello",
        "account",
        "the",
        ".",
        "\n",
        "ACCOUNT",
        "password",
        "12",
        "within",
        "your",
        "Your",
        "-",
    ]
    for _ in range(3000):
        text = " ".join(rng.choice([*PHRASES, *filler]) for _ in range(rng.randint(1, 12)))
        expected = [found.group().lower() for found in _PHISHING.finditer(text)]
        assert list(_phishing(text, text.lower())) == expected, text
        matched += bool(expected)
    assert matched > 1000  # the phrases are found, not only their absence agreed on


def test_non_ascii_text_keeps_ignorecase() -> None:
    text = "Verify your \u212aonto? Bestätigen Sie Ihr Konto. Ihr Konto wurde gesperrt"  # Kelvin sign K
    assert list(_phishing(text, text.lower())) == [m.group().lower() for m in _PHISHING.finditer(text)]
