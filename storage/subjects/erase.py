"""Erasure (Art. 17) of one person from the database: delete what is theirs, scrub them from what is not.

What goes, given `SubjectFindings`:
- their customer records (with robot ids), their own tickets with every message, participant, attachment row
  and outbox row on them, and their messages and participant rows on other people's tickets;
- outbox rows addressed to them or made for their tickets or rights requests;
- raw spool bytes (and error texts) of their mail, quarantined mail included; the spool row itself stays, with
  only its sha256, so the same bytes delivered again are still recognised (exactly once) and not re-ticketed;
- on rows that stay (someone else's ticket that quotes them, a staff notification naming them): every
  mention of their addresses, names and phone numbers is replaced by `SCRUBBED`.
Their rights requests stay as accountability evidence with nothing that names them: which rights, dates,
status and outcome, and `subject_pseudonym`, a keyed hash (see `storage.subjects.pseudonym`).

The caller removes the attachment files (`ErasureResult.attachment_paths`) after the commit, then calls
`reclaim` so that the deleted bytes leave the database files too (SQLite secure_delete + WAL checkpoint,
PostgreSQL VACUUM).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from typing import Any, cast

from sqlalchemy import CursorResult, Result, delete, select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from storage.models import (
    Attachment,
    AuditEvent,
    Customer,
    CustomerRobotId,
    Message,
    OutboxMail,
    Participant,
    RightsRequest,
    SpoolEntry,
    SpoolLocation,
    Ticket,
)
from storage.retention import MailboxCopy
from storage.subjects.find import SubjectFindings, is_full_name, phone_regex

SCRUBBED = "[verwijderd]"
#: Tables an erasure writes to; PostgreSQL vacuums exactly these afterwards.
ERASED_TABLES = (
    "customers",
    "customer_robot_ids",
    "tickets",
    "participants",
    "messages",
    "attachments",
    "spool",
    "outbox",
    "rights_requests",
)


@dataclass(frozen=True, slots=True)
class ErasureResult:
    deleted: dict[str, int]  # table -> rows deleted
    scrubbed: dict[str, int]  # table -> rows kept but with the person's mentions replaced
    spool_raw_cleared: int
    rights_requests_pseudonymised: int
    attachment_paths: tuple[str, ...]  # files to remove, relative to the files directory


def mention_pattern(findings: SubjectFindings) -> re.Pattern[str] | None:
    """One case-insensitive pattern for every way the person is written: addresses, names, phone numbers."""
    parts = [re.escape(e) for e in findings.identities.emails]
    # Names as whole words only: "Jan de Vries" but not inside "Jan de Vriesstraat".
    parts.extend(rf"\b{re.escape(n)}\b" for n in findings.identities.names if is_full_name(n))
    parts.extend(phone_regex(p) for p in findings.identities.phones)
    if not parts:
        return None
    return re.compile("|".join(sorted(parts, key=len, reverse=True)), re.IGNORECASE)


def scrub(text: str, pattern: re.Pattern[str] | None) -> str:
    return pattern.sub(SCRUBBED, text) if pattern and text else text


async def _deletable_messages(
    session: AsyncSession, findings: SubjectFindings
) -> tuple[list[int], list[int]]:
    """(message ids to delete, message ids to scrub): a message is deleted when it is on their own ticket,
    was written by them, or is unticketed mail from or to them; a mention elsewhere is scrubbed."""
    emails = set(findings.identities.emails)
    owned = set(findings.owned_ticket_ids)
    rows = (
        await session.execute(
            select(Message.id, Message.ticket_id, Message.from_address, Message.to_addresses).where(
                Message.id.in_(findings.message_ids)
            )
        )
    ).all()
    doomed: list[int] = []
    kept: list[int] = []
    for row in rows:
        theirs = (row.from_address or "").lower() in emails
        to_them = any(str(r).lower() in emails for r in row.to_addresses or ())
        if row.ticket_id in owned or theirs or (row.ticket_id is None and to_them):
            doomed.append(row.id)
        else:
            kept.append(row.id)
    return doomed, kept


async def _scrub_messages(
    session: AsyncSession, ids: Sequence[int], pattern: re.Pattern[str] | None, emails: set[str]
) -> int:
    changed = 0
    for message in (await session.scalars(select(Message).where(Message.id.in_(ids)))).all():
        before = (message.text, message.quoted, message.signature, message.subject, message.from_name)
        message.text = scrub(message.text, pattern)
        message.quoted = scrub(message.quoted, pattern)
        message.signature = scrub(message.signature, pattern)
        message.subject = scrub(message.subject, pattern)
        message.from_name = scrub(message.from_name, pattern) if message.from_name else None
        recipients = [str(r) for r in message.to_addresses or ()]
        kept = [r for r in recipients if r.lower() not in emails]
        if kept != recipients:
            message.to_addresses = kept
        after = (message.text, message.quoted, message.signature, message.subject, message.from_name)
        changed += int(before != after or kept != recipients)
    return changed


async def _scrub_tickets_and_outbox(
    session: AsyncSession,
    findings: SubjectFindings,
    pattern: re.Pattern[str] | None,
    outbox_ids: Sequence[int],
) -> dict[str, int]:
    tickets = 0
    for ticket in (
        await session.scalars(select(Ticket).where(Ticket.id.in_(findings.other_ticket_ids)))
    ).all():
        subject = scrub(ticket.subject, pattern)
        if subject != ticket.subject:
            ticket.subject = subject
            tickets += 1
    outbox = 0
    for mail in (await session.scalars(select(OutboxMail).where(OutboxMail.id.in_(outbox_ids)))).all():
        mail.subject = scrub(mail.subject, pattern)
        mail.body = scrub(mail.body, pattern)
        outbox += 1
    return {"tickets": tickets, "outbox": outbox}


async def _outbox_split(session: AsyncSession, findings: SubjectFindings) -> tuple[list[int], list[int]]:
    """(outbox ids to delete, ids to scrub): rows for them or their tickets/requests go; mentions are scrubbed."""
    emails = set(findings.identities.emails)
    owned = set(findings.owned_ticket_ids)
    requests = set(findings.rights_request_ids)
    rows = (
        await session.execute(
            select(
                OutboxMail.id, OutboxMail.recipient, OutboxMail.ticket_id, OutboxMail.rights_request_id
            ).where(OutboxMail.id.in_(findings.outbox_ids))
        )
    ).all()
    doomed, kept = [], []
    for outbox_id, recipient, ticket_id, request_id in rows:
        if recipient.lower() in emails or ticket_id in owned or request_id in requests:
            doomed.append(int(outbox_id))
        else:
            kept.append(int(outbox_id))
    return doomed, kept


@dataclass(frozen=True, slots=True)
class ErasurePlan:
    """What an erasure will do, row by row: `intake subject erase --dry-run` prints exactly this."""

    findings: SubjectFindings
    delete_ticket_ids: tuple[int, ...]  # their own tickets, and tickets left with no message and no customer
    delete_message_ids: tuple[int, ...]
    scrub_message_ids: tuple[int, ...]
    delete_outbox_ids: tuple[int, ...]
    scrub_outbox_ids: tuple[int, ...]
    delete_spool_ids: tuple[int, ...]  # quarantined: row and bytes go
    clear_spool_ids: tuple[int, ...]  # processed: bytes go, the sha256 stays
    busy_spool_ids: tuple[int, ...]  # being processed right now: left, run the erase again
    attachment_paths: tuple[str, ...]


async def plan_erasure(session: AsyncSession, findings: SubjectFindings) -> ErasurePlan:
    """Decides, for each row in `findings`, whether it is deleted or scrubbed (nothing is changed)."""
    doomed_messages, kept_messages = await _deletable_messages(session, findings)
    doomed_outbox, kept_outbox = await _outbox_split(session, findings)
    emptied = await _emptied_tickets(session, findings, set(doomed_messages))
    spool_states = dict(
        (
            await session.execute(
                select(SpoolEntry.id, SpoolEntry.state).where(SpoolEntry.id.in_(findings.spool_ids))
            )
        ).all()
    )
    paths = await session.scalars(
        select(Attachment.path).where(
            Attachment.message_id.in_(doomed_messages), Attachment.path.is_not(None)
        )
    )
    return ErasurePlan(
        findings=findings,
        delete_ticket_ids=tuple(sorted({*findings.owned_ticket_ids, *emptied})),
        delete_message_ids=tuple(sorted(doomed_messages)),
        scrub_message_ids=tuple(sorted(kept_messages)),
        delete_outbox_ids=tuple(sorted(doomed_outbox)),
        scrub_outbox_ids=tuple(sorted(kept_outbox)),
        delete_spool_ids=tuple(sorted(i for i, st in spool_states.items() if st == "quarantined")),
        clear_spool_ids=tuple(sorted(i for i, st in spool_states.items() if st == "done")),
        busy_spool_ids=tuple(
            sorted(i for i, st in spool_states.items() if st not in ("done", "quarantined"))
        ),
        attachment_paths=tuple(sorted(p for p in paths.all() if p)),
    )


async def _emptied_tickets(session: AsyncSession, findings: SubjectFindings, doomed: set[int]) -> set[int]:
    """Other tickets without a customer whose every message is about to go: nothing would be left of them."""
    rows = await session.execute(
        select(Ticket.id, Message.id)
        .outerjoin(Message, Message.ticket_id == Ticket.id)
        .where(Ticket.id.in_(findings.other_ticket_ids), Ticket.customer_id.is_(None))
    )
    remaining: dict[int, set[int]] = {}
    for ticket_id, message_id in rows:
        remaining.setdefault(ticket_id, set())
        if message_id is not None and message_id not in doomed:
            remaining[ticket_id].add(message_id)
    return {ticket_id for ticket_id, left in remaining.items() if not left}


async def erase(session: AsyncSession, plan: ErasurePlan, *, pseudonym: str) -> ErasureResult:
    """Carries out `plan` (module docstring); the caller commits."""
    findings = plan.findings
    pattern = mention_pattern(findings)
    tickets = list(plan.delete_ticket_ids)
    pseudonymised = rowcount(
        await session.execute(
            update(RightsRequest)
            .where(RightsRequest.id.in_(findings.rights_request_ids))
            .values(customer_id=None, ticket_id=None, message_id=None, subject_pseudonym=pseudonym)
        )
    )
    spool_deleted, spool_cleared = await _erase_spool(session, plan)
    deleted = {"spool": spool_deleted}
    deleted["outbox"] = await _delete(session, OutboxMail, OutboxMail.id.in_(plan.delete_outbox_ids))
    deleted["outbox"] += await _delete(session, OutboxMail, OutboxMail.ticket_id.in_(tickets))
    deleted["attachments"] = await _delete(
        session, Attachment, Attachment.message_id.in_(plan.delete_message_ids)
    )
    deleted["messages"] = await _delete(session, Message, Message.id.in_(plan.delete_message_ids))
    deleted["participants"] = await _delete(
        session,
        Participant,
        Participant.id.in_(findings.participant_ids) | Participant.ticket_id.in_(tickets),
    )
    await session.execute(
        update(Ticket).where(Ticket.previous_ticket_id.in_(tickets)).values(previous_ticket_id=None)
    )
    deleted["tickets"] = await _delete(session, Ticket, Ticket.id.in_(tickets))
    deleted["customer_robot_ids"] = await _delete(
        session, CustomerRobotId, CustomerRobotId.customer_id.in_(findings.customer_ids)
    )
    deleted["customers"] = await _delete(session, Customer, Customer.id.in_(findings.customer_ids))
    scrubbed = {
        "messages": await _scrub_messages(
            session, plan.scrub_message_ids, pattern, set(findings.identities.emails)
        ),
        **await _scrub_tickets_and_outbox(session, findings, pattern, plan.scrub_outbox_ids),
        "audit_log": await _scrub_audit(session, findings.rights_request_ids, pattern),
    }
    await session.flush()
    return ErasureResult(
        deleted=deleted,
        scrubbed=scrubbed,
        spool_raw_cleared=spool_cleared,
        rights_requests_pseudonymised=pseudonymised,
        attachment_paths=plan.attachment_paths,
    )


async def _erase_spool(session: AsyncSession, plan: ErasurePlan) -> tuple[int, int]:
    """(spool rows deleted, raw bytes cleared). Quarantined mail never became a ticket and leaves the
    Quarantine folder too: nothing is left to dedupe against. Processed mail keeps its spool row (sha256 only)
    so that a re-delivery of the same bytes is not ticketed again."""
    await session.execute(delete(SpoolLocation).where(SpoolLocation.spool_id.in_(plan.delete_spool_ids)))
    deleted = await _delete(session, SpoolEntry, SpoolEntry.id.in_(plan.delete_spool_ids))
    cleared = rowcount(
        await session.execute(
            update(SpoolEntry)
            .where(SpoolEntry.id.in_(plan.clear_spool_ids))
            .values(raw=None, last_error=None)
        )
    )
    return deleted, cleared


async def _scrub_audit(
    session: AsyncSession, request_ids: Sequence[int], pattern: re.Pattern[str] | None
) -> int:
    """Staff's free-text reasons on the person's rights requests may name them; scrub those."""
    changed = 0
    events = await session.scalars(
        select(AuditEvent).where(AuditEvent.entity == "rights_request", AuditEvent.entity_id.in_(request_ids))
    )
    for event in events.all():
        details = {k: scrub(v, pattern) if isinstance(v, str) else v for k, v in event.details.items()}
        if details != event.details:
            event.details = details
            changed += 1
    return changed


async def _delete(session: AsyncSession, model: type[object], where: object) -> int:
    return rowcount(await session.execute(delete(model).where(where)))  # type: ignore[arg-type]  # any mapped class and clause


def rowcount(result: Result[Any]) -> int:
    """Rows an UPDATE or DELETE touched (execute() is typed as returning a plain Result)."""
    return int(cast(CursorResult[Any], result).rowcount)


async def reclaim(engine: AsyncEngine) -> str:
    """Makes deleted bytes leave the database files; returns a line saying what was done.

    SQLite: the connection runs with secure_delete (freed space is zeroed, `storage.database`); the WAL still
    holds the old pages until a checkpoint, so checkpoint and truncate it. PostgreSQL: a DELETE or UPDATE leaves
    dead tuples in the table files until VACUUM; VACUUM the erased tables (not FULL, which locks the tables
    against the running daemon; see docs/privacy-officer.md).
    """
    if engine.dialect.name == "sqlite":
        async with engine.connect() as conn:
            raw = await conn.get_raw_connection()
            # why the driver connection: a checkpoint cannot run inside the BEGIN IMMEDIATE every session opens
            cursor = await raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
            busy, frames, done = await cursor.fetchone()
            await cursor.close()
        if busy:
            return (
                f"sqlite: WAL checkpoint blocked by a reader ({done}/{frames} frames); run erase again later"
            )
        return "sqlite: secure_delete on, WAL checkpointed and truncated"
    async with engine.connect() as conn:
        auto = await conn.execution_options(isolation_level="AUTOCOMMIT")
        for table in ERASED_TABLES:
            await auto.exec_driver_sql(f"VACUUM {table}")
    return "postgresql: VACUUM " + ", ".join(ERASED_TABLES)


async def mailbox_copies(session: AsyncSession, findings: SubjectFindings) -> tuple[MailboxCopy, ...]:
    """The mails behind the person's spool rows, to remove from the Processed and Quarantine folders.

    Collected before the erase: afterwards the links (and the raw bytes holding the Message-ID) are gone.
    """
    rows = await session.execute(
        select(SpoolEntry.sha256, SpoolEntry.state, SpoolEntry.raw, Message.message_id)
        .outerjoin(Message, Message.spool_id == SpoolEntry.id)
        .where(SpoolEntry.id.in_(findings.spool_ids))
    )
    copies: dict[str, MailboxCopy] = {}
    for sha, state, raw, message_id in rows:
        kind = "quarantine" if state == "quarantined" else "processed"
        known = message_id or (_header_message_id(bytes(raw)) if raw is not None else None)
        copies[sha] = MailboxCopy(sha, known, kind)
    return tuple(copies[sha] for sha in sorted(copies))


def _header_message_id(raw: bytes) -> str | None:
    value = BytesHeaderParser().parsebytes(raw).get("Message-ID")
    return str(value).strip() if value else None
