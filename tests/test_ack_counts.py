"""The per-second AckRate buckets behind the global brake: counted, summed, and the old ones deleted."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.ack_counts import ack_counts_sync, count_queued_acks
from storage.database import Database
from storage.models import AckRate
from storage.outcome import NewOutboxMail
from tests.fixtures.outbound_data import NOW


def ack(state: str = "pending") -> NewOutboxMail:
    return NewOutboxMail("ack_ticket", "jan@example.nl", "s", "b", "<a@x>", "nl", None, state=state)


def buckets(session: Session) -> dict[int, int]:
    return {row.second: row.acks for row in session.execute(select(AckRate.second, AckRate.acks))}


def queue(session: Session, at: datetime, *mails: NewOutboxMail) -> None:
    count_queued_acks(session, mails, at)
    session.commit()


async def test_buckets_add_up_per_second_and_old_ones_go_when_a_new_second_starts(database: Database) -> None:
    second = int(NOW.timestamp())

    def work(session: Session) -> dict[int, int]:
        queue(session, NOW - timedelta(minutes=5), ack())  # an old bucket
        queue(session, NOW, ack(), ack(state="suppressed"))  # a new second: the old bucket is deleted
        queue(session, NOW, ack(), ack())  # the same second: added to its bucket
        return buckets(session)

    assert await database.run_sync(work) == {second: 3}


async def test_a_bucket_of_the_same_second_keeps_what_it_does_not_delete(database: Database) -> None:
    """The old buckets are deleted by whoever creates a second's bucket, in its transaction (rolled back with
    it); adding to an existing bucket deletes nothing more."""
    second = int(NOW.timestamp())

    def work(session: Session) -> tuple[dict[int, int], int]:
        queue(session, NOW - timedelta(minutes=5), ack())
        count_queued_acks(session, [ack()], NOW)
        session.rollback()  # the new bucket and its deletion both undone
        after_rollback = buckets(session)
        queue(session, NOW, ack())
        queue(session, NOW + timedelta(seconds=1), ack(), ack())
        counts = ack_counts_sync(session, "jan@example.nl", now=NOW + timedelta(seconds=2))
        assert after_rollback == {second - 300: 1}
        return buckets(session), counts.overall_last_minute

    assert await database.run_sync(work) == ({second: 1, second + 1: 2}, 3)
