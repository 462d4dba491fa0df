"""Robot id: the token after a configurable label, uppercase; never order numbers, postcodes, dates or counts."""

from __future__ import annotations

import pytest

from parsers.model import Found, ParserConfig
from parsers.robot_id import find_robot_id

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
        ("Serial no. 77812", "77812"),
        ("S/N: 889911", "889911"),
        ("Tessa nr 4521", "4521"),
        ("Tessa-nummer = 12-34", "12-34"),
        ("Tessa nummer: tb7781", "TB7781"),
        ("Het gaat om mijn robot (1234), die niet meer praat.", "1234"),
        ("ROBOT ID 10234, factuurnummer 99999", "10234"),
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
