"""A failure's reason names the stage, the exception's class and the database's codes, never the data
(storage/reasons.py); reasons stored before that are cut to their class by migration 0007_hardb."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from storage.database import Database
from storage.models import Customer, SpoolEntry, table_of
from storage.reasons import SafeMessage, mark_stage, safe_reason

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
EMAIL = "jan.devries@example.nl"


class Unsafe(ValueError):
    pass


class Worded(SafeMessage, RuntimeError):
    pass


async def test_a_unique_violation_names_the_constraint_and_not_the_values(database: Database) -> None:
    async with database.session() as session:
        session.add(Customer(email=EMAIL, name="Jan de Vries"))
        await session.commit()
    with pytest.raises(IntegrityError) as raised:
        async with database.session() as session:
            session.add(Customer(email=EMAIL, name="Jan de Vries"))
            await session.commit()
    assert EMAIL in str(raised.value)  # what the old reasons stored: the statement with its parameters
    mark_stage(raised.value, "route")
    reason = safe_reason(raised.value)
    assert reason.startswith("stage route: IntegrityError (")
    assert "customers" in reason and "email" in reason  # where: the schema's names
    assert EMAIL not in reason and "Jan" not in reason and "INSERT" not in reason
    if database.dialect == "postgresql":
        assert "SQLSTATE 23505" in reason
    else:
        assert "SQLITE_CONSTRAINT_UNIQUE" in reason


def test_only_our_own_worded_exceptions_keep_their_message() -> None:
    assert safe_reason(Unsafe(f"cannot parse From: Jan de Vries <{EMAIL}>")) == "Unsafe"
    assert safe_reason(Worded("parsing took longer than 60 s"), stage="parse") == (
        "stage parse: Worded: parsing took longer than 60 s"
    )


def test_the_innermost_stage_wins() -> None:
    exc = Unsafe("x")
    mark_stage(exc, "route")
    mark_stage(exc, "commit")
    assert safe_reason(exc) == "stage route: Unsafe"


async def test_reasons_stored_before_0007_are_cut_to_their_class(db_url: str) -> None:
    old = f"IntegrityError: (sqlite3.IntegrityError) [SQL: INSERT INTO customers] [parameters: ('{EMAIL}',)]"
    kept = ["message of 123 bytes is over [mailbox] max_message_bytes = 100", "stage parse: Worded: x"]
    db = Database.open(db_url)
    try:
        await db.upgrade("0004")
        async with db.engine.begin() as conn:
            for i, reason in enumerate([old, *kept]):
                await conn.execute(
                    insert(table_of(SpoolEntry)).values(
                        sha256=f"{i:064d}", received_at=NOW, size=1, state="quarantined", attempts=3,
                        last_error=reason, created_at=NOW,
                    )
                )  # fmt: skip
        await db.upgrade()
        async with db.session() as session:
            reasons = list(await session.scalars(select(SpoolEntry.last_error).order_by(SpoolEntry.id)))
    finally:
        await db.close()
    assert reasons == ["IntegrityError (recorded before reasons were made safe; details removed)", *kept]
