"""Rights-request due dates: the test vectors of shared/notes/gdpr-rights.md §2.5 and the Dutch holiday rules."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from storage import deadlines

D = date

# receipt, month end (before roll), legal due, promised due (receipt + 28), target (R4), extended due (R6)
TEST_VECTORS = [
    (D(2026, 1, 31), D(2026, 2, 28), D(2026, 3, 2), D(2026, 2, 28), D(2026, 2, 27), D(2026, 4, 28)),
    (D(2026, 1, 29), D(2026, 2, 28), D(2026, 3, 2), D(2026, 2, 26), D(2026, 2, 26), D(2026, 4, 28)),
    (D(2028, 1, 31), D(2028, 2, 29), D(2028, 2, 29), D(2028, 2, 28), D(2028, 2, 28), D(2028, 5, 1)),
    (D(2026, 3, 5), D(2026, 4, 5), D(2026, 4, 7), D(2026, 4, 2), D(2026, 4, 2), D(2026, 6, 5)),
    (D(2026, 8, 31), D(2026, 9, 30), D(2026, 9, 30), D(2026, 9, 28), D(2026, 9, 28), D(2026, 11, 30)),
    (D(2026, 4, 5), D(2026, 5, 5), D(2026, 5, 6), D(2026, 5, 3), D(2026, 5, 1), D(2026, 7, 6)),
    (D(2026, 11, 25), D(2026, 12, 25), D(2026, 12, 28), D(2026, 12, 23), D(2026, 12, 23), D(2027, 2, 25)),
    (D(2026, 12, 24), D(2027, 1, 24), D(2027, 1, 25), D(2027, 1, 21), D(2027, 1, 21), D(2027, 3, 24)),
]


@pytest.mark.parametrize(("receipt", "month_end", "legal", "promised", "target", "extended"), TEST_VECTORS)
def test_due_dates_follow_the_test_vector_table(
    receipt: date, month_end: date, legal: date, promised: date, target: date, extended: date
) -> None:
    assert deadlines.add_months(receipt, 1) == month_end
    assert deadlines.legal_due_date(receipt) == legal
    assert deadlines.promised_due_date(receipt) == promised
    assert deadlines.target_due_date(receipt) == target
    assert deadlines.extended_due_date(receipt) == extended
    assert deadlines.due_date(receipt) == min(promised, legal)


@pytest.mark.parametrize(
    ("receipt", "month_later"),
    [
        (D(2026, 3, 31), D(2026, 4, 30)),  # April has no 31st
        (D(2026, 5, 31), D(2026, 6, 30)),
        (D(2026, 12, 31), D(2027, 1, 31)),  # over the year end
        (D(2027, 1, 30), D(2027, 2, 28)),  # not a leap year
        (D(2024, 1, 30), D(2024, 2, 29)),  # leap year
        (D(2100, 1, 31), D(2100, 2, 28)),  # 2100 is not a leap year
        (D(2000, 1, 31), D(2000, 2, 29)),  # 2000 is
    ],
)
def test_one_month_later_is_the_same_day_or_the_last_day_of_the_month(
    receipt: date, month_later: date
) -> None:
    assert deadlines.add_months(receipt, 1) == month_later


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2024, D(2024, 3, 31)),
        (2025, D(2025, 4, 20)),
        (2026, D(2026, 4, 5)),
        (2027, D(2027, 3, 28)),
        (2028, D(2028, 4, 16)),
        (2029, D(2029, 4, 1)),
        (2030, D(2030, 4, 21)),
        (2031, D(2031, 4, 13)),
        (2032, D(2032, 3, 28)),
        (2038, D(2038, 4, 25)),  # the latest possible date
        (2285, D(2285, 3, 22)),  # the earliest possible date
    ],
)
def test_easter_sunday_matches_the_published_dates(year: int, easter: date) -> None:
    assert deadlines.easter_sunday(year) == easter


@pytest.mark.parametrize("year", range(2024, 2033))
def test_every_year_has_the_eleven_atw_holidays_in_their_places(year: int) -> None:
    holidays = deadlines.public_holidays(year)
    easter = deadlines.easter_sunday(year)
    by_name = {name: day for day, name in holidays.items()}
    assert len(holidays) == 11
    assert by_name["Goede Vrijdag"].weekday() == 4
    assert (by_name["Goede Vrijdag"] - easter).days == -2
    assert by_name["Tweede Paasdag"].weekday() == 0
    assert by_name["Hemelvaartsdag"].weekday() == 3
    assert (by_name["Hemelvaartsdag"] - easter).days == 39
    assert (by_name["Tweede Pinksterdag"] - easter).days == 50
    assert by_name["Koningsdag"].weekday() != 6
    assert by_name["Bevrijdingsdag"] == D(year, 5, 5)
    assert {by_name["Nieuwjaarsdag"], by_name["Eerste Kerstdag"], by_name["Tweede Kerstdag"]} == {
        D(year, 1, 1),
        D(year, 12, 25),
        D(year, 12, 26),
    }


@pytest.mark.parametrize(
    ("year", "kings_day"),
    [
        (2024, D(2024, 4, 27)),
        (2025, D(2025, 4, 26)),  # the 27th is a Sunday
        (2026, D(2026, 4, 27)),
        (2030, D(2030, 4, 27)),
        (2031, D(2031, 4, 26)),  # the 27th is a Sunday
    ],
)
def test_kings_day_moves_to_saturday_when_the_27th_is_a_sunday(year: int, kings_day: date) -> None:
    assert deadlines.kings_day(year) == kings_day


@pytest.mark.parametrize(
    ("holiday", "name"),
    [
        (D(2024, 5, 9), "Hemelvaartsdag"),
        (D(2025, 5, 29), "Hemelvaartsdag"),
        (D(2026, 5, 14), "Hemelvaartsdag"),
        (D(2024, 5, 20), "Tweede Pinksterdag"),
        (D(2025, 6, 9), "Tweede Pinksterdag"),
        (D(2026, 5, 25), "Tweede Pinksterdag"),
        (D(2025, 4, 18), "Goede Vrijdag"),
        (D(2027, 5, 5), "Bevrijdingsdag"),  # every year, not only every fifth
    ],
)
def test_known_holidays_are_not_working_days(holiday: date, name: str) -> None:
    assert deadlines.public_holidays(holiday.year)[holiday] == name
    assert not deadlines.is_working_day(holiday)


def test_a_legal_due_date_on_ascension_day_moves_to_the_friday() -> None:
    # 14 April 2026 + 1 month = Thursday 14 May 2026, Hemelvaartsdag
    assert deadlines.legal_due_date(D(2026, 4, 14)) == D(2026, 5, 15)


def test_a_legal_due_date_on_koningsdag_saturday_moves_past_the_weekend() -> None:
    # 26 March 2025 + 1 month = Saturday 26 April 2025 (Koningsdag), then Sunday: Monday 28 April
    assert deadlines.legal_due_date(D(2025, 3, 26)) == D(2025, 4, 28)


def test_extra_holidays_by_royal_decree_count_too() -> None:
    friday_after_ascension = D(2026, 5, 15)
    assert deadlines.legal_due_date(D(2026, 4, 14), extra_holidays={friday_after_ascension}) == D(2026, 5, 18)


def test_the_promise_is_never_later_than_the_legal_due_date() -> None:
    day = D(2024, 1, 1)
    while day < D(2033, 1, 1):
        assert deadlines.promised_due_date(day) <= deadlines.legal_due_date(day)
        day = day.fromordinal(day.toordinal() + 1)


@pytest.mark.parametrize(
    ("received_at", "receipt"),
    [
        (datetime(2026, 3, 31, 22, 30, tzinfo=UTC), D(2026, 4, 1)),  # 00:30 in Amsterdam (CEST)
        (datetime(2026, 1, 31, 22, 59, tzinfo=UTC), D(2026, 1, 31)),  # 23:59 in Amsterdam (CET)
        (datetime(2026, 1, 31, 23, 0, tzinfo=UTC), D(2026, 2, 1)),
    ],
)
def test_receipt_date_is_the_amsterdam_date(received_at: datetime, receipt: date) -> None:
    assert deadlines.receipt_date(received_at) == receipt


def test_a_naive_receipt_time_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        deadlines.receipt_date(datetime(2026, 1, 1, 12, 0))
