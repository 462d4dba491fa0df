"""Due dates of privacy-rights requests (design §3.6): pure date arithmetic, no database, no clock.

- receipt date: the Amsterdam calendar date of the server's receipt time (a Saturday receipt counts that day);
- promised due date: receipt + 28 days (the privacy statement's "binnen vier weken");
- legal due date: one month after receipt (Reg. 1182/71 art. 3(2)(c): the same day number, else the month's last
  day), moved to the next working day when it falls on a Saturday, Sunday or Dutch public holidays (art. 3(4));
- due date: the earlier of the two, which is what staff see.

Public holidays are those of the Algemene termijnenwet art. 3: Nieuwjaarsdag, Goede Vrijdag (art. 3(2)),
Eerste en Tweede Paasdag, Koningsdag (27 April, 26 April when the 27th is a Sunday; since 2014), 5 mei (every
year), Hemelvaartsdag, Eerste en Tweede Pinksterdag, Eerste en Tweede Kerstdag. Days the government equates
by Royal Decree (e.g. a Friday after Ascension) can be passed as `extra_holidays`.

# why not a library: the `holidays` package's NL calendar has Bevrijdingsdag only every fifth year and no Goede
# Vrijdag (shared/notes/gdpr-rights.md §2.2), so it under-counts Atw days; no small, well-kept package encodes
# the Atw list. Easter is the anonymous Gregorian algorithm (Meeus/Jones/Butcher), a dozen lines.
"""

from __future__ import annotations

import calendar
from collections.abc import Collection
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
PROMISED_DAYS = 28
NO_EXTRA_HOLIDAYS: frozenset[date] = frozenset()


def easter_sunday(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def kings_day(year: int) -> date:
    """Koningsdag: 27 April, or Saturday 26 April when the 27th is a Sunday."""
    day = date(year, 4, 27)
    return day - timedelta(days=1) if day.weekday() == calendar.SUNDAY else day


def public_holidays(year: int) -> dict[date, str]:
    """The Algemene termijnenwet art. 3 holidays of `year`, by date."""
    easter = easter_sunday(year)
    return {
        date(year, 1, 1): "Nieuwjaarsdag",
        easter - timedelta(days=2): "Goede Vrijdag",
        easter: "Eerste Paasdag",
        easter + timedelta(days=1): "Tweede Paasdag",
        kings_day(year): "Koningsdag",
        date(year, 5, 5): "Bevrijdingsdag",
        easter + timedelta(days=39): "Hemelvaartsdag",
        easter + timedelta(days=49): "Eerste Pinksterdag",
        easter + timedelta(days=50): "Tweede Pinksterdag",
        date(year, 12, 25): "Eerste Kerstdag",
        date(year, 12, 26): "Tweede Kerstdag",
    }


def is_working_day(day: date, extra_holidays: Collection[date] = NO_EXTRA_HOLIDAYS) -> bool:
    return (
        day.weekday() < calendar.SATURDAY
        and day not in public_holidays(day.year)
        and day not in extra_holidays
    )


def next_working_day(day: date, extra_holidays: Collection[date] = NO_EXTRA_HOLIDAYS) -> date:
    """`day` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day, extra_holidays):
        day += timedelta(days=1)
    return day


def last_working_day_on_or_before(day: date, extra_holidays: Collection[date] = NO_EXTRA_HOLIDAYS) -> date:
    while not is_working_day(day, extra_holidays):
        day -= timedelta(days=1)
    return day


def add_months(day: date, months: int) -> date:
    """The same day number `months` later; the last day of that month when the number does not exist."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def receipt_date(received_at: datetime) -> date:
    """The Amsterdam calendar date of an aware receipt time."""
    if received_at.tzinfo is None:
        raise ValueError("receipt time must be timezone-aware")
    return received_at.astimezone(AMSTERDAM).date()


def promised_due_date(receipt: date, days: int = PROMISED_DAYS) -> date:
    """The privacy statement's promise: `days` calendar days after receipt (not moved over weekends)."""
    return receipt + timedelta(days=days)


def target_due_date(
    receipt: date, days: int = PROMISED_DAYS, extra_holidays: Collection[date] = NO_EXTRA_HOLIDAYS
) -> date:
    """The last working day on or before the promised due date: the day to have the answer sent."""
    return last_working_day_on_or_before(promised_due_date(receipt, days), extra_holidays)


def legal_due_date(
    receipt: date, months: int = 1, extra_holidays: Collection[date] = NO_EXTRA_HOLIDAYS
) -> date:
    """GDPR art. 12(3) counted per Reg. 1182/71 art. 3: `months` after receipt, past weekends and holidays."""
    return next_working_day(add_months(receipt, months), extra_holidays)


def extended_due_date(receipt: date, extra_holidays: Collection[date] = NO_EXTRA_HOLIDAYS) -> date:
    """The due date after the art. 12(3) extension by two further months.

    Three months from receipt, or one month and then two, whichever is earlier (they differ at month ends:
    31 January gives 30 April directly but 28 April chained), then moved past weekends and holidays.
    """
    direct = add_months(receipt, 3)
    chained = add_months(add_months(receipt, 1), 2)
    return next_working_day(min(direct, chained), extra_holidays)


def due_date(
    receipt: date,
    *,
    promised_days: int = PROMISED_DAYS,
    extra_holidays: Collection[date] = NO_EXTRA_HOLIDAYS,
) -> date:
    """The date staff see: the earlier of the promised and the legal due date."""
    return min(promised_due_date(receipt, promised_days), legal_due_date(receipt, 1, extra_holidays))
