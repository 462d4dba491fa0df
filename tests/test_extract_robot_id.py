"""Robot id: the token after a configurable label, uppercase; never order numbers, postcodes, dates or counts."""

from __future__ import annotations

import re
import sys

import pytest

from intake.config import ConfigError, parse_settings
from parsers.model import Found, ParserConfig
from parsers.robot_id import _FOLDED_S, _PRODUCT_STEMS, _PRODUCT_WORD, find_robot_id, shape_problem

DEFAULT = ParserConfig()


def found_in_text(text: str, config: ParserConfig = DEFAULT) -> Found[str] | None:
    return find_robot_id(subject="Vraag", text=text, signature="", config=config)


@pytest.mark.parametrize(
    ("text", "robot_id"),
    [
        ("Robot Id: TS-2231-A", "TS-2231-A"),
        ("robot-id 10234", "10234"),
        ("Mijn robotnummer is 4521.", "4521"),
        ("robot nr. 10234", "10234"),
        ("robotnr:55-ab", "55-AB"),
        ("Serienummer: ab12cd", "AB12CD"),
        ("serial number #X99-1", "X99-1"),
        ("o robot do meu pai (número de série 52290) não fala", "52290"),
        ("Número de série: TS-3301", "TS-3301"),
        ("Serial no. 77812", "77812"),
        ("S/N: 889911", "889911"),
        ("Tessa nr 4521", "4521"),
        ("Tessa-nummer = 12-34", "12-34"),
        ("Tessa nummer: tb7781", "TB7781"),
        ("Het gaat om mijn robot (1234), die niet meer praat.", "1234"),
        ("ROBOT ID 10234, factuurnummer 99999", "10234"),
        # whose robot stands between the product word and its bracketed or labelled id
        ("Graag terugbellen over de robot van mijn opa (ID 72001-A).", "72001-A"),
        ("de robot van mijn moeder: 44120", "44120"),
        # the numbering word before the product word
        ("Het nummer van de robot (staat onderop) is 31877.", "31877"),
        ("het nummer van de robot is 4471 staat op de sticker", "4471"),
        ("The number of my robot is TS-2210.", "TS-2210"),
        # the dot of a numbering abbreviation does not end the sentence
        ("De robot (nr. 30112) piept de hele nacht.", "30112"),
    ],
)
def test_labelled_robot_id_is_found_uppercase(text: str, robot_id: str) -> None:
    assert found_in_text(text) == Found(robot_id, "body")


@pytest.mark.parametrize(
    "text",
    [
        "Ordernummer 123456",
        "Factuurnummer: 2024-0012",
        "Bestelnummer 55512",
        "Klantnummer 10234",
        "We hebben 3 robots besteld.",
        "Robot id: 1234AB",  # a postcode
        "Serienummer 12-05-2024",  # a date
        "Tessa nr 12",  # too short
        "robot nummer onbekend",  # no digit
        "Ik woon op nummer 12 naast de robot.",
        "De robot van mijn vader (nr. 2 op de pakbon) is stuk.",
        "De robot van mijn moeder (2 jaar oud) praat niet.",
    ],
)
def test_things_that_are_not_robot_ids_are_skipped(text: str) -> None:
    assert found_in_text(text) is None


def test_subject_is_read_first_and_reported_as_header() -> None:
    found = find_robot_id(subject="Storing robot-id 777", text="Robot id: 888", signature="", config=DEFAULT)
    assert found == Found("777", "header")


def test_signature_is_the_last_place() -> None:
    found = find_robot_id(
        subject="Vraag", text="Hij doet het niet.", signature="Jan\nRobotnr 4521", config=DEFAULT
    )
    assert found == Found("4521", "signature")


def test_configured_labels_replace_the_built_in_list() -> None:
    config = ParserConfig(robot_id_labels=("apparaatcode",))
    assert found_in_text("Apparaatcode: XK-991", config) == Found("XK-991", "body")
    assert found_in_text("Robot id: 10234", config) is None


def test_configured_unlabelled_pattern_finds_ids_without_a_label() -> None:
    config = ParserConfig(robot_id_pattern=r"\bTS-\d{5}\b")
    assert found_in_text("Mijn Tessa ts-12345 praat niet meer", config) == Found("TS-12345", "body")


def test_label_wins_over_the_unlabelled_pattern() -> None:
    config = ParserConfig(robot_id_pattern=r"\bTS-\d{5}\b")
    assert found_in_text("TS-12345 of toch robot id 777?", config) == Found("777", "body")


@pytest.mark.parametrize(
    ("subject", "text", "robot_id"),
    [
        ("Robot 20441 start niet op", "Hij doet niks.", "20441"),
        ("Vraag", "Robot-id van mijn vader: 64418", "64418"),
        ("Vraag", "Zijn Tessa (Robot Id cliënt: 3390) zegt de herinnering twee keer.", "3390"),
        ("Vraag", "Het serienummer dat achter op het apparaat staat is TS-2021-0087.", "TS-2021-0087"),
        ("Vraag", "Robot Id was 11652 als ik het goed heb", "11652"),
        ("Vraag", "de Tessa bij dhr. Koops (ID robot: 11803) moet verhuizen", "11803"),
        ("Vraag", "ons robot (8123) zegt sinds de update niks", "8123"),
        ("Vraag", "The Tessa in room 4 (Tessa number 55210) still is quiet", "55210"),
        ("Frage", "Mein Vater nutzt einen Tessa-Roboter (Roboter-ID: 74410).", "74410"),
        ("Frage", "Seriennummer: TS-2023-1120", "TS-2023-1120"),
        ("Fraach", "Us robotnûmer is 30991", "30991"),
        ("Vraag", "Robotnummers: 40211, 40212 en 40213", "40211"),
        ("Vraag", "Tessa-nummer: 0042\nGroeten,", "0042"),
        ("Vraag", "zij had robot 70012): zij willen", "70012"),
        ("Vraag", "Robot Id:\n12345", "12345"),
        ("Vraag", "Mijn robot heeft nummer 12345 en praat niet.", "12345"),
        ("Vraag", "Het gaat om ons robot (2082).", "2082"),
        ("Vraag", "Het nummer van opa's robot is 55120.", "55120"),
        ("Vraag", "De robot van dhr. Jansen, het nummer is 41177, staat uit.", "41177"),
        ("Vraag", "Robot-id van mevr. Kok: 30551", "30551"),
    ],
)
def test_label_then_words_or_brackets_then_the_id(subject: str, text: str, robot_id: str) -> None:
    found = find_robot_id(subject=subject, text=text, signature="", config=DEFAULT)
    assert found is not None and found.value == robot_id


@pytest.mark.parametrize(
    "text",
    [
        "Robot geeft foutmelding E-17 sinds gisteren",
        "Robotnummer weet ik niet, ordernummer 123456",
        "De robot staat op kamer 214",
        "robot (nr. 2 op de pakbon)",
        "De robot sinds 2021 in gebruik",
        "Robot om 0800 uur aan",
        "Robot-id heb ik nog niet, mijn telefoon is 06-12345678",
        "Tessa 2.0 update",
        "Robot ID staat in ticket TB-000444",
        "Robot 1234 AB Utrecht",
        "Robot kost € 150 per maand",
    ],
)
def test_other_numbers_near_a_robot_label_are_not_ids(text: str) -> None:
    assert found_in_text(text) is None


def test_a_configured_id_shape_beats_other_labelled_tokens() -> None:
    config = ParserConfig(robot_id_pattern=r"\bTS-\d{4}-\d{4}\b")
    text = "Robot 4411 is die van de buren; onze robot-id is TS-2022-0415"
    assert found_in_text(text, config) == Found("TS-2022-0415", "body")
    assert found_in_text(text) == Found("4411", "body")


@pytest.mark.parametrize("shape", [r"(\d+)+", r"(a|ab)*c", r"(x)\1", "[", "x" * 201])
def test_an_unusable_id_shape_is_refused_with_the_fix(shape: str) -> None:
    assert shape_problem(shape) is not None
    with pytest.raises(ConfigError, match="robot_id_pattern.*fix:"):
        parse_settings({"helpdesk": {"robot_id_pattern": shape}}, source="intake.toml")


def test_a_plain_id_shape_is_accepted() -> None:
    assert shape_problem(r"\bTS-\d{4}-\d{4}\b") is None


@pytest.mark.parametrize(
    ("text", "robot_id"),
    [
        ("Zie onderwerp, robotnumer 33817.", "33817"),  # a letter dropped from the label
        ("Hallo, ons robotje (nr 19922) heeft een nieuwe stem?", "19922"),
        ("Ma patiente a un robot Tessa (numéro de série 60214) qui ne parle plus.", "60214"),
        # the mail client wrapped the long sentence between the label and the id
        (
            "hi this is peter my mothers robot in eindhoven is not talking anymore the robot number is\n"
            "44091 please call me back",
            "44091",
        ),
        # an HTML table as text: the id in the column under the "Robot ID" header cell
        (
            "Hieronder de robots:\n\nCliënt        Robot ID\n\nMw. Veenstra  47310\n\nDhr. Kok      47322",
            "47310",
        ),
    ],
)
def test_mistyped_and_foreign_labels_wrapped_lines_and_table_columns(text: str, robot_id: str) -> None:
    assert found_in_text(text) == Found(robot_id, "body")


def test_a_short_line_ends_the_labels_sentence_and_a_row_must_fit_the_header() -> None:
    assert found_in_text("Het robotnummer is\n\nBel mij op maandag 12 uur.") is None
    assert found_in_text("Cliënt        Robot ID\nMw. Veenstra staat op de wachtlijst sinds 2024") is None


@pytest.mark.parametrize(
    ("text", "robot_id"),
    [
        (
            "de robot van mijn vrouw doet het niet meer het nummer is TS-4410 mijn telefoon nummer is 0546 87 65 43",
            "TS-4410",
        ),
        ("robot van mijn moeder werkt niet, ze hoort niks. id is 7781. ik ben mehmet zoon", "7781"),
    ],
)
def test_a_bare_numbering_word_shortly_after_the_product_word_labels_the_id(text: str, robot_id: str) -> None:
    assert found_in_text(text) == Found(robot_id, "body")


@pytest.mark.parametrize(
    "text",
    [
        "Sinds gisteren zegt Tessa niets meer. Mijn nummer is 070 - 9974972.",
        "De robot doet het niet. Mijn telefoon nummer is 0546 87 65 43.",
        "De robot doet het niet. Bel het nummer 0031-6-13544917 maar.",
        "Ik heb een vraag over de factuur, het nummer is 2026-118.",
    ],
)
def test_a_bare_numbering_word_before_a_phone_or_without_the_product_word_is_no_label(text: str) -> None:
    assert found_in_text(text) is None


@pytest.mark.parametrize(
    ("text", "robot_id"),
    [
        (
            "U vroeg naar het serienummer. Het staat op de onderkant: TSB-2291. Het klantnummer is 55012.",
            "TSB-2291",
        ),
        (
            "Hierbij de Tessa-nummers van onze bewoners die een update nodig hebben:\n- kamer 12: 70031\n- kamer 14: 70032",
            "70031",
        ),
        ("De robotnummers:\n* 70031\n* 70032", "70031"),
    ],
)
def test_the_id_in_the_sentence_after_the_label_or_in_the_list_below_it(text: str, robot_id: str) -> None:
    assert found_in_text(text) == Found(robot_id, "body")


@pytest.mark.parametrize(
    "text",
    [
        "Het robotnummer weet ik niet. Het klantnummer is 55012.",
        "U vroeg naar het robotnummer. Het klantnummer is 55012.",
        "Graag de robotnummers van deze bewoners:\n- mw. Jansen (kamer 12)\n- dhr. Kok",
    ],
)
def test_a_next_sentence_or_list_without_the_id_gives_none(text: str) -> None:
    assert found_in_text(text) is None


def test_the_product_stems_gate_every_match_of_the_product_word() -> None:
    """The bare numbering is skipped when the lowercased text holds no product stem (and no "ſ"): every character
    IGNORECASE matches to a stem's letter must lower to that letter, "ſ" for "s" aside."""
    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in set("".join(_PRODUCT_STEMS)):
        for found in re.finditer(re.escape(letter), every_character, re.IGNORECASE):
            char = found.group()
            assert char.lower() == letter or char == _FOLDED_S, (hex(ord(char)), letter)
    for word in ("robot", "tessa", "roboter"):
        assert _PRODUCT_WORD.fullmatch(word.upper())
        assert any(stem in word for stem in _PRODUCT_STEMS)
    text = "De TEſſA van mijn moeder doet het niet, het nummer is 7781."
    assert found_in_text(text) == Found("7781", "body")
