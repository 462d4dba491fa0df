"""Ticket reference: "TB-" and six digits, subject first, dashes and spacing normalised."""

from __future__ import annotations

import pytest

from parsers.ticket_ref import find_ticket_ref


@pytest.mark.parametrize(
    "subject",
    [
        "Re: [TB-000123] Robot doet raar",
        "Re: TB-000123 Robot doet raar",
        "Re: [TB\u2013000123] Robot",  # en dash, as Word and Outlook write it
        "Re: [TB\u2014000123] Robot",  # em dash
        "Re: [TB\u2011000123] Robot",  # non-breaking hyphen
        "Re: TB 000123",
        "Re: tb-000123",
        "Re: [TB000123]",
    ],
)
def test_every_way_of_writing_the_reference_gives_the_canonical_form(subject: str) -> None:
    assert find_ticket_ref(subject=subject, body="", prefix="TB") == "TB-000123"


def test_subject_wins_over_the_body() -> None:
    assert find_ticket_ref(subject="Re: [TB-000001]", body="zie TB-000002", prefix="TB") == "TB-000001"


def test_body_when_the_subject_has_none() -> None:
    assert (
        find_ticket_ref(subject="Nog een vraag", body="Over ticket TB-004567 van vorige week.", prefix="TB")
        == "TB-004567"
    )


@pytest.mark.parametrize("text", ["TB-00123", "TB-0001234", "XTB-000123", "ATB 000123", "Geen referentie"])
def test_wrong_length_or_glued_prefix_is_not_a_reference(text: str) -> None:
    assert find_ticket_ref(subject=text, body="", prefix="TB") is None


def test_prefix_is_configurable() -> None:
    assert find_ticket_ref(subject="Re: [HD-000042] vraag", body="", prefix="HD") == "HD-000042"
    assert find_ticket_ref(subject="Re: [TB-000042] vraag", body="", prefix="HD") is None
