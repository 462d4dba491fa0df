"""The quarantine: spool entries that failed `max_attempts` times, listed with their reasons and where they
were seen (`intake quarantine list`), and given another round of attempts (`intake quarantine retry`). None of
these functions commits: the caller owns the transaction (storage/spool.py has the states).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.errors import Conflict, NotFound
from storage.models import AuditEvent, SpoolEntry, SpoolLocation
from storage.pages import count_rows, limited
from storage.spool import FILE_MAILBOX


@dataclass(frozen=True, slots=True)
class QuarantinedEntry:
    spool_id: int
    sha256: str
    size: int
    received_at: datetime
    attempts: int
    last_error: str | None
    locations: tuple[str, ...]  # "INBOX uidvalidity/uid" or "file:"


_QUARANTINED = select(SpoolEntry).where(SpoolEntry.state == "quarantined").order_by(SpoolEntry.id)


async def quarantined(session: AsyncSession, *, limit: int | None = None) -> list[QuarantinedEntry]:
    """Quarantined entries, oldest first, with their reasons (`intake quarantine list`); at most `limit`."""
    entries = list((await session.execute(limited(_QUARANTINED, limit))).scalars())
    locations = await _locations_by_entry(session, [e.id for e in entries])
    return [
        QuarantinedEntry(
            spool_id=e.id,
            sha256=e.sha256,
            size=e.size,
            received_at=e.received_at,
            attempts=e.attempts,
            last_error=e.last_error,
            locations=tuple(locations.get(e.id, ())),
        )
        for e in entries
    ]


async def count_quarantined(session: AsyncSession) -> int:
    return await count_rows(session, _QUARANTINED)


async def _locations_by_entry(session: AsyncSession, spool_ids: list[int]) -> dict[int, list[str]]:
    if not spool_ids:
        return {}
    query = select(SpoolLocation).where(SpoolLocation.spool_id.in_(spool_ids)).order_by(SpoolLocation.id)
    out: dict[int, list[str]] = {}
    for loc in (await session.execute(query)).scalars():
        label = FILE_MAILBOX if loc.mailbox == FILE_MAILBOX else f"{loc.mailbox} {loc.uidvalidity}/{loc.uid}"
        out.setdefault(loc.spool_id, []).append(label)
    return out


async def requeue(session: AsyncSession, spool_id: int, *, actor: str = "daemon") -> None:
    """Gives a quarantined entry a fresh round of attempts (`intake quarantine retry`)."""
    entry = await session.get(SpoolEntry, spool_id)
    if entry is None:
        raise NotFound(f"spool entry {spool_id} does not exist")
    if entry.state != "quarantined":
        raise Conflict(f"spool entry {spool_id} is {entry.state}, not quarantined")
    entry.state = "new"
    entry.attempts = 0
    session.add(AuditEvent(actor=actor, action="requeued", entity="spool", entity_id=entry.id, details={}))
