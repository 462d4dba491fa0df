"""The phishing and absence patterns run on lowercased text (automatic_text) find what IGNORECASE finds."""

from __future__ import annotations

import random
import re

from parsers.automatic_text import (
    _ABSENCE,
    _ABSENCE_LOWERCASE,
    _NOT_LOWERCASE_SAFE,
    _PHISHING,
    _PHISHING_LOWERCASE,
    _lowercase_safe,
    _phishing,
)

LOWERCASED = ((_PHISHING, _PHISHING_LOWERCASE), (_ABSENCE, _ABSENCE_LOWERCASE))

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


def test_the_patterns_have_no_capital_letter() -> None:
    # A capital in a pattern would match under IGNORECASE but never in lowercased text.
    for folded, lowercase in LOWERCASED:
        assert folded.flags & re.IGNORECASE
        assert lowercase.pattern == folded.pattern
        assert not lowercase.flags & re.IGNORECASE
        assert not re.search(r"(?<!\\)[A-Z]", lowercase.pattern)


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


def test_every_admitted_character_reads_alike_lowercased() -> None:
    """Each character the fast path admits lowercases to one character, and every single-character element of the
    pattern (its letters and other characters, \\w for \\b, \\d, [^.\\n]) accepts it under IGNORECASE exactly when it accepts the
    lowercased one without: then the engine takes the same steps on both texts."""
    literals = {char for _, lowercase in LOWERCASED for char in lowercase.pattern} | set(
        "abcdefghijklmnopqrstuvwxyz"
    )
    elements = [re.compile(re.escape(literal)) for literal in sorted(literals)]
    elements += [re.compile(r"\w"), re.compile(r"\d"), re.compile(r"\s"), re.compile(r"[^.\n]")]
    admitted = [chr(code) for code in range(0x110000) if not _NOT_LOWERCASE_SAFE.match(chr(code))]
    assert len(admitted) > 600
    for char in admitted:
        lowered = char.lower()
        assert len(lowered) == 1, repr(char)
        for element in elements:
            folded = re.compile(element.pattern, re.IGNORECASE)
            assert bool(folded.fullmatch(char)) == bool(element.fullmatch(lowered)), (
                repr(char),
                element.pattern,
            )


def test_latin_text_takes_the_fast_path_and_agrees() -> None:
    text = "Geachte heer Müller, verifiëren: uw account te verifiëren. Your account is SUSPENDED. ſ"
    assert _NOT_LOWERCASE_SAFE.search(text) is not None  # the long s: IGNORECASE reads it as "s"
    latin = text[:-1]
    assert _NOT_LOWERCASE_SAFE.search(latin) is None
    assert (
        list(_phishing(latin, latin.lower())) == [m.group().lower() for m in _PHISHING.finditer(latin)] != []
    )


def test_absence_found_alike() -> None:
    for text in (
        "Ik ben AFWEZIG tot 3 mei.",
        "I'm currently OOO",
        "Ich bin bis 3.5. nicht im BÜRO",
        "Wir sind außer Haus",
    ):
        assert _lowercase_safe(text)
        expected = _ABSENCE.search(text)
        found = _ABSENCE_LOWERCASE.search(text.lower())
        assert expected is not None and found is not None and found.span() == expected.span()
