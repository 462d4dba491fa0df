"""BSN redaction: every unmasked BSN goes, nothing that is provably something else does."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest
from stdnum.nl import bsn as stdnum_bsn

from parsers import ParserConfig, parse_message
from parsers.bsn import REPLACEMENT, redact_bsn


@pytest.mark.parametrize(
    "written",
    ["123456782", "1234.56.782", "1234 56 782", "123 456 782", "123-456-782", "111222333", "249566758"],
)
def test_bsn_in_every_printed_format_is_redacted(written: str) -> None:
    assert redact_bsn(f"Mijn BSN is {written}, groet") == (f"Mijn BSN is {REPLACEMENT}, groet", 1)


def test_bsn_without_any_label_is_still_redacted_because_storing_one_is_unlawful() -> None:
    assert redact_bsn("Hierbij 123456782 zoals gevraagd.") == (f"Hierbij {REPLACEMENT} zoals gevraagd.", 1)


def test_eight_digit_ex_sofinummer_is_padded_and_redacted() -> None:
    assert stdnum_bsn.is_valid("012345611")
    assert redact_bsn("sofinummer 12345611") == (f"sofinummer {REPLACEMENT}", 1)


def test_number_failing_the_elfproef_is_kept() -> None:
    assert not stdnum_bsn.is_valid("999999999")
    assert redact_bsn("nummer 999999999") == ("nummer 999999999", 0)


def test_every_bsn_is_counted() -> None:
    text, count = redact_bsn("BSN 123456782 en van mijn moeder 111222333.\nOok 249566758")
    assert count == 3
    assert "123456782" not in text and "111222333" not in text and "249566758" not in text


@pytest.mark.parametrize(
    "text",
    [
        "Bel me op +31 6 12345671",  # 612345671 passes the elfproef, but it is the phone number's tail
        "Bel me op +31 612 345 671",
        "Mobiel: 0031 6 12345671",
        "IBAN NL91ABNA0417164300",
        "IBAN NL91 ABNA 0417 1643 00",
        "btw-nummer NL123456782B01",  # an old sole-trader VAT id: treated as VAT (notes §3.2 step 6)
        "Ordernummer 123456782",
        "factuurnummer: 111222333",
        "Robot serienummer 249566758",
        "Klantnummer 123-456-782",
        "Bedrag: € 123.456.782,00",
        "1234567820 is langer dan een BSN",
        "een decimaal 123456782,5",
        "datum 20261124",
        "TB-123456782 ticket",
    ],
)
def test_number_that_is_provably_something_else_is_kept(text: str) -> None:
    assert redact_bsn(text) == (text, 0)


def test_explicit_bsn_label_wins_over_a_nearby_phone_label() -> None:
    text, count = redact_bsn("telefoon 0612345678, bsn 111222333")
    assert (text, count) == (f"telefoon 0612345678, bsn {REPLACEMENT}", 1)


def test_label_on_the_previous_line_does_not_protect_a_bsn() -> None:
    text, count = redact_bsn("Ordernummer: 55\n123456782")
    assert count == 1 and "123456782" not in text


def test_text_without_numbers_is_returned_unchanged() -> None:
    assert redact_bsn("Geen nummers hier.") == ("Geen nummers hier.", 0)


def test_bsn_in_the_machine_readable_zone_of_a_pasted_id_card_is_redacted() -> None:
    # ICAO 9303 TD1, first line: document code, NLD, document number + check digit, then the BSN.
    lines = (
        "I<NLDSPECI20212111222333<<<<<<",
        "6503101F2403090NLD<<<<<<<<<<<8",
        "DE<BRUIJN<<WILLEKE<LISELOTTE<<",
    )
    assert all(len(line) == 30 for line in lines)
    text, count = redact_bsn("\n".join(lines))
    assert count == 1
    assert "111222333" not in text
    assert text.startswith(f"I<NLDSPECI20212{REPLACEMENT}<<<<<<")


def test_passport_machine_readable_zone_personal_number_is_redacted() -> None:
    line1 = "P<NLDDE<BRUIJN<<WILLEKE<LISELOTTE<<<<<<<<<<<"
    line2 = "SPECI20142NLD6503101F2401151123456782<<<<<08"
    assert len(line1) == len(line2) == 44
    text, count = redact_bsn(f"{line1}\n{line2}")
    assert count == 1 and "123456782" not in text


def test_the_word_robot_elsewhere_in_the_mail_does_not_protect_a_bsn() -> None:
    assert redact_bsn("De robot doet raar. Mijn nummer: 123456782") == (
        f"De robot doet raar. Mijn nummer: {REPLACEMENT}",
        1,
    )


def test_each_number_is_judged_by_its_own_label() -> None:
    assert redact_bsn("Robotnummer 123456782, BSN 111222333") == (
        f"Robotnummer 123456782, BSN {REPLACEMENT}",
        1,
    )
    assert redact_bsn("123456782 (klantnummer)") == ("123456782 (klantnummer)", 0)
    assert redact_bsn("Mobiel: 111222333 (bsn)") == (f"Mobiel: {REPLACEMENT} (bsn)", 1)


@pytest.mark.parametrize(
    "name", ["paspoort_111222333.jpg", "scan-111222333.pdf", "ID.111.222.333.png", "kopie_1112.22.333.pdf"]
)
def test_a_bsn_glued_into_an_attachment_name_never_leaves_the_parser(name: str) -> None:
    raw = (
        "From: Anna <anna@example.nl>\r\nTo: help@tinybots.nl\r\nSubject: ID\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n'
        f"Zie bijlage {name}.\r\n--b\r\nContent-Type: image/jpeg\r\n"
        f'Content-Disposition: attachment; filename="{name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        "/9j/4AAQ\r\n--b--\r\n"
    ).encode()
    parsed = parse_message(raw, config=ParserConfig(), now=datetime(2026, 11, 24, tzinfo=UTC))
    printed = json.dumps(parsed.to_json(), ensure_ascii=False)
    assert "111222333" not in re.sub(r"[.\-_ ]", "", printed)
    assert "[BSN verwijderd]" in parsed.attachments[0].filename
