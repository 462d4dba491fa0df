"""Writer's phone: the first number in the new text, else the signature, E.164; never ours, never a non-phone."""

from __future__ import annotations

import pytest

from parsers.model import Found, ParserConfig
from parsers.phones import find_phone

CONFIG = ParserConfig(own_phones=("+31201234567", "0800-0226"))


@pytest.mark.parametrize(
    ("written", "e164"),
    [
        ("06-12345678", "+31612345678"),
        ("06 1234 5678", "+31612345678"),
        ("0612345678", "+31612345678"),
        ("+31 (0)6 1234 5678", "+31612345678"),
        ("+31 6 12345678", "+31612345678"),
        ("0031 6 12345678", "+31612345678"),
        ("010-1234567", "+31101234567"),
        ("(010) 123 45 67", "+31101234567"),
        ("0800 1234", "+318001234"),
        ("+32 470 12 34 56", "+32470123456"),
        ("0032 470 12 34 56", "+32470123456"),
        ("+49 30 12345678", "+493012345678"),
    ],
)
def test_dutch_and_international_formats_come_out_as_e164(written: str, e164: str) -> None:
    assert find_phone(f"U kunt mij bellen op {written}. Groet", "", config=CONFIG) == Found(e164, "body")


def test_number_in_the_text_wins_over_the_signature() -> None:
    assert find_phone("Bel me op 06-11112222", "Tel: 010-1234567", config=CONFIG) == Found(
        "+31611112222", "body"
    )


def test_signature_number_when_the_text_has_none() -> None:
    assert find_phone("De robot is stuk.", "Piet Jansen\nTel: 010-1234567", config=CONFIG) == Found(
        "+31101234567", "signature"
    )


def test_our_own_numbers_are_never_the_writers_in_any_format() -> None:
    text = "Ik belde 020-1234567 en 0800 0226 maar niemand nam op. Mijn nummer is 06-12345678."
    assert find_phone(text, "", config=CONFIG) == Found("+31612345678", "body")


@pytest.mark.parametrize(
    "text",
    [
        "Geleverd op 12-05-2024 om 10:00.",
        "Postcode 1234 AB Amsterdam",
        "Ordernummer 0612345678",
        "Robot id: 0201234567",
        "Mijn BSN is [BSN verwijderd].",
        "Het kostte 1.234.567,00 euro",
        "IBAN NL91ABNA0417164300",
        "Referentie 010-1234567",
        "Bel me op 612345678",  # no leading 0 or +31: how BSNs and ids look, not how Dutch people write numbers
    ],
)
def test_things_that_are_not_phone_numbers_are_skipped(text: str) -> None:
    assert find_phone(text, "", config=CONFIG) is None


def test_no_number_gives_none() -> None:
    assert find_phone("Geen nummer.", "Groeten, Jan", config=CONFIG) is None


def test_municipal_service_number_is_not_the_writers() -> None:
    text = "Bel de gemeente op 14 020 of mij op 06-12345678"
    assert find_phone(text, "", config=CONFIG) == Found("+31612345678", "body")


def test_pasted_log_full_of_digit_runs_gives_the_signature_number() -> None:
    log = "\n".join(f"2026-11-24 10:{i % 60:02d}:00 ERROR code 0{i:09d}" for i in range(5000))
    assert find_phone(log, "Tel 06-12345678", config=CONFIG) == Found("+31612345678", "signature")


@pytest.mark.parametrize(
    ("text", "signature", "expected"),
    [
        ("Zijn huisarts is dokter Smit, tel 0418 - 67 12 34.", "Groet,\nMaria\n0418-654321", "+31418654321"),
        ("Dhr. Pronk is zelf bereikbaar op 0591-612345, bel liever mij.", "M 06 - 2501 3388", "+31625013388"),
        ("Het telefoonnummer van Sabine (06-1234 0987) moet eruit.", "Monique", None),
        ("Bel gerust mijn dochter op 06-11223344.", "Tel: 020-7654321", "+31207654321"),
        ("Mijn oude nummer 06-11112222 werkt niet meer; mijn nummer is nu 06-33334444.", "", "+31633334444"),
        ("U kunt mij bereiken op 06 4411 2093.", "", "+31644112093"),
        ("The GP's number is 020 555 1234. Call me on +32 470 12 34 56.", "", "+32470123456"),
        ("Ihre Nachbarin: 0251 123456.", "Telefon: +49 (0) 251 987654", "+49251987654"),
        ("Export:\n10-06-2023 07:30 Opstaan\n10-06-2023 08:00 Ontbijt", "06 3377 1820", "+31633771820"),
        ("", "T: 030 - 234 56 78\nF: 030 - 234 56 79", "+31302345678"),
        ("", "Fax 030 - 234 56 79\nMobiel 06-12345678", "+31612345678"),
        ("Mijn nummer: 06-12345678 (oud)", "Nieuw: 06-87654321", "+31687654321"),
        (
            "Mijn vader woont sinds kort in Zeist en zijn nieuwe huisarts heeft als nummer\n030 695 12 34, mij"
            " kunt u bellen op 06 1122 3344.",
            "",
            "+31611223344",
        ),
        ("Tel.\u00a006\u201112\u201134\u201156\u201178", "", "+31612345678"),
        ("Ihre Nummer ist 0251 123456. Meine: +49 171 2345678.", "", "+491712345678"),
        (
            "",
            "Esther\n\nDisclaimer: dit bericht is vertrouwelijk. Zorggroep, Postbus 12, tel. 0570 - 123 456.",
            None,
        ),
    ],
)
def test_the_writers_own_number_not_a_third_partys(text: str, signature: str, expected: str | None) -> None:
    found = find_phone(text, signature, config=ParserConfig(own_phones=("+31201234567",)))
    assert (found.value if found else None) == expected


def test_a_number_after_a_third_persons_initials_is_still_theirs() -> None:
    # "A." is an initial, not the end of a sentence: "mw." before it still says whose number follows.
    text = "Mijn moeder (mw. A. Verhoeven, tel. 040-2123456) heeft een Tessa. Bel mij op 06-22334455."
    assert find_phone(text, "", config=CONFIG) == Found("+31622334455", "body")


def test_a_number_announced_as_new_replaces_the_old_one() -> None:
    signature = "Dirk Boer\nOude telefoon 010-4567890 werkt niet meer, nieuw: 010-7654321"
    assert find_phone("", signature, config=CONFIG) == Found("+31107654321", "signature")


@pytest.mark.parametrize(
    ("text", "signature", "expected"),
    [
        # A number dropped into prose with no call or person word gives way to the one the writer calls theirs.
        (
            "Kan dat worden veranderd? Anja woont in Groningen (06 22 31 77 08) en heeft het druk. Mijn eigen"
            " nummer is 0594 51 23 45, ik ben meestal thuis.",
            "",
            "+31594512345",
        ),
        # "zijn" after "wij" is the verb: the team's number, not his.
        (
            "De stekker zit goed. Wij zijn bereikbaar op 077 - 396 80 00 en later op 06 - 22 10 98 33.",
            "",
            "+31773968000",
        ),
        # "haar nieuwe nummer" is hers, not the writer's new one.
        (
            "Haar nieuwe telefoonnummer is 0529 45 12 12. Mijn nummer blijft 06 33 22 11 00.",
            "",
            "+31633221100",
        ),
        # A postal box on a line of its own in a person's signature block is an address, not a legal footer.
        (
            "",
            "Bas Heemskerk\nZorgcoördinator | ZorgPartners\nPostbus 1234 | 8900 AA Leeuwarden\nT: 058 - 299 10 10",
            "+31582991010",
        ),
        ("", "Stichting Zorg | Postbus 12 | 1000 AB Amsterdam | T 020 - 555 12 12", None),
        # Dictated: "plus 31" in words.
        ("please call me back on plus 31 6 1122 3390 thank you", "", "+31611223390"),
    ],
)
def test_whose_number_in_prose_signatures_and_dictation(
    text: str, signature: str, expected: str | None
) -> None:
    found = find_phone(text, signature, config=CONFIG)
    assert (found.value if found else None) == expected


def test_a_number_the_mail_client_wrapped_is_read_whole() -> None:
    text = "Wilt u mij vanmiddag terugbellen over de robot van mijn moeder? Mijn nummer is 06 48\n27 19 35, tot dan."
    assert find_phone(text, "", config=CONFIG) == Found("+31648271935", "body")


def test_numbers_on_short_signature_lines_stay_apart() -> None:
    assert find_phone("", "Wim Dijkhuis\nT 010 123 45 67\n06 4827 1935", config=CONFIG) == Found(
        "+31101234567", "signature"
    )


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("Je kunt me appen of bellen: 06-7878 4545.", "+31678784545"),  # a range not given out (yet)
        ("Groeten,\nDaniel Hart\n+44 7700 900318", "+447700900318"),  # the UK's range for drama
        ("Mijn nummer: 06 7766 5544.", "+31677665544"),
    ],
)
def test_a_number_written_as_a_phone_counts_even_outside_the_known_ranges(text: str, e164: str) -> None:
    assert find_phone(text, "", config=CONFIG) == Found(e164, "body")


@pytest.mark.parametrize(
    "text",
    [
        "Het gaat om melding 0677665544 van vorige week.",  # no call word, not international: must be valid
        "Mijn zus heeft nummer 06 7766 5544.",  # someone else's
    ],
)
def test_an_unlisted_number_without_a_phone_s_form_is_not_taken(text: str) -> None:
    assert find_phone(text, "", config=CONFIG) is None
