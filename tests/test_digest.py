"""The privacy officer's daily digest: once a day at the configured Amsterdam hour, also across restarts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from pydantic import ValidationError

from intake.config import Settings
from intake.outbound.digest import enqueue_digest_if_due
from storage import outbox
from storage.database import Database
from tests.fixtures.outbound_data import PRIVACY, new_rights_request, new_ticket, settings_for

# 24 November 2026 is winter time in Amsterdam (UTC+1): 08:00 local is 07:00 UTC.
BEFORE_HOUR = datetime(2026, 11, 24, 6, 59, tzinfo=UTC)
AT_HOUR = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
TODAY = date(2026, 11, 24)


async def seed_requests(database: Database) -> dict[str, int]:
    """One request per bucket, plus one too far away and one closed: ids by name."""
    async with database.session() as s:
        ids = {}
        for name, due, status in (
            ("overdue", TODAY - timedelta(days=1), "open"),
            ("soon", TODAY + timedelta(days=2), "open"),
            ("week", TODAY + timedelta(days=7), "paused"),
            ("later", TODAY + timedelta(days=8), "open"),
            ("closed", TODAY - timedelta(days=5), "closed"),
        ):
            ticket, customer = await new_ticket(s, email=f"{name}@example.nl")
            request = await new_rights_request(
                s, ticket, customer, promised=due, legal=due + timedelta(days=3), status=status
            )
            ids[name] = request.id
        await s.commit()
    return ids


async def run_check(database: Database, settings: Settings, now: datetime) -> list[int]:
    async with database.session() as s:
        ids = await enqueue_digest_if_due(s, settings, now=now)
        await s.commit()
    return ids


async def test_digest_waits_for_its_hour_then_goes_out_once_that_day(database: Database) -> None:
    await seed_requests(database)
    settings = settings_for(outbound={"digest_hour": 8})
    assert await run_check(database, settings, BEFORE_HOUR) == []
    first = await run_check(database, settings, AT_HOUR)
    assert len(first) == 1
    assert await run_check(database, settings, AT_HOUR + timedelta(hours=10)) == []
    # 23:30 UTC is 00:30 on the 25th in Amsterdam: a new day, but before its 08:00.
    assert await run_check(database, settings, datetime(2026, 11, 24, 23, 30, tzinfo=UTC)) == []
    assert len(await run_check(database, settings, datetime(2026, 11, 25, 7, 0, tzinfo=UTC))) == 1


async def test_digest_is_not_sent_twice_across_a_restart(database: Database, migrated_db_url: str) -> None:
    await seed_requests(database)
    settings = settings_for(outbound={"digest_hour": 8})
    assert len(await run_check(database, settings, AT_HOUR)) == 1
    restarted = Database.open(migrated_db_url)
    try:
        assert await run_check(restarted, settings, AT_HOUR + timedelta(minutes=5)) == []
    finally:
        await restarted.close()


async def test_a_daemon_that_was_down_at_the_hour_catches_up_later_that_day(database: Database) -> None:
    await seed_requests(database)
    settings = settings_for(outbound={"digest_hour": 8})
    assert len(await run_check(database, settings, AT_HOUR + timedelta(hours=6))) == 1


async def test_digest_lists_overdue_within_two_days_and_within_seven_days(database: Database) -> None:
    ids = await seed_requests(database)
    settings = settings_for(outbound={"digest_hour": 8})
    (outbox_id,) = await run_check(database, settings, AT_HOUR)
    async with database.session() as s:
        mail = await outbox.get(s, outbox_id)
    assert mail is not None and mail.recipient == PRIVACY and mail.kind == "privacy_digest"
    assert (
        mail.subject
        == "Privacyverzoeken dinsdag 24 november 2026: 1 verlopen, 1 binnen 2 dagen, 1 binnen 7 dagen"
    )
    overdue, rest = mail.body.split("Uiterlijk binnen 2 dagen", 1)
    soon, week = rest.split("Binnen 7 dagen", 1)
    assert f"#{ids['overdue']} " in overdue and "maandag 23 november 2026" in overdue
    assert f"#{ids['soon']} " in soon and "donderdag 26 november 2026" in soon
    assert f"#{ids['week']} " in week and "dinsdag 1 december 2026" in week
    assert f"#{ids['later']} " not in mail.body and f"#{ids['closed']} " not in mail.body
    assert "example.nl" not in mail.body  # ticket refs and dates, never a person
    assert mail.headers["Auto-Submitted"] == "auto-generated"


async def test_a_day_with_nothing_due_sends_nothing_and_is_not_retried(database: Database) -> None:
    settings = settings_for(outbound={"digest_hour": 8})
    assert await run_check(database, settings, AT_HOUR) == []
    await seed_requests(database)
    assert await run_check(database, settings, AT_HOUR + timedelta(hours=1)) == []  # that day is done


async def test_the_officer_sets_the_two_reminder_windows(database: Database) -> None:
    ids = await seed_requests(database)  # due: yesterday, in 2, 7 and 8 days
    settings = settings_for(outbound={"digest_hour": 8}, rights={"reminder_days": [8, 1]})
    (outbox_id,) = await run_check(database, settings, AT_HOUR)
    async with database.session() as s:
        mail = await outbox.get(s, outbox_id)
    assert mail is not None
    assert mail.subject.endswith("1 verlopen, 0 binnen 1 dagen, 3 binnen 8 dagen")
    week = mail.body.split("Binnen 8 dagen", 1)[1]
    assert all(f"#{ids[name]} " in week for name in ("soon", "week", "later"))


def test_reminder_windows_must_be_two_different_day_counts() -> None:
    for wrong in ([7], [7, 7], [0, 7], [2, 7, 14]):
        with pytest.raises(ValidationError, match="two different numbers of days"):
            settings_for(rights={"reminder_days": wrong})
