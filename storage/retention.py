"""Retention (privacy statement "Bewaartermijn"): remove what is past its period; run daily by `intake purge`.

- tickets whose last activity is older than `ticket_years` (default 3): the ticket with its messages,
  participants, attachments (files too) and outbox rows; their raw spool bytes; their copies in the mailbox
  (`MailboxCopy`, removed by the caller). Rights requests on them stay as accountability records, unlinked.
  A customer left without tickets and without an open rights request goes too (their requests keep a
  pseudonym instead, as after an erasure);
- raw spool bytes of mail processed successfully more than `spool_days` (default 30) ago: `raw` set NULL, the
  row kept so that a re-delivery of the same bytes is still recognised by its sha256;
- identity-document attachments once their request is verified or closed, and at most
  `identity_document_days` (default 30) after receipt in any case.
`plan` says what would go (for `--dry-run`); `purge` removes exactly that plan.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import and_, delete, exists, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.deadlines import add_months
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
    Ticket,
)


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    ticket_years: int = 3
    spool_days: int = 30
    identity_document_days: int = 30


@dataclass(frozen=True, slots=True)
class MailboxCopy:
    """A mail the daemon settled in a folder, to find there by its sha256 (narrowed by Message-ID)."""

    sha256: str
    message_id: str | None
    folder_kind: str  # "processed" | "quarantine"


@dataclass(frozen=True, slots=True)
class PurgePlan:
    ticket_ids: tuple[int, ...]
    ticket_refs: tuple[str, ...]
    message_ids: tuple[int, ...]
    customer_ids: tuple[int, ...]
    spool_ids: tuple[int, ...]  # raw bytes to drop
    identity_attachment_ids: tuple[int, ...]
    mailbox_copies: tuple[MailboxCopy, ...]

    def counts(self) -> dict[str, int]:
        return {
            "tickets": len(self.ticket_ids),
            "messages": len(self.message_ids),
            "customers": len(self.customer_ids),
            "spool_raw": len(self.spool_ids),
            "identity_documents": len(self.identity_attachment_ids),
        }


@dataclass(frozen=True, slots=True)
class PurgeResult:
    plan: PurgePlan
    attachment_paths: tuple[str, ...]  # files to remove, relative to the files directory


def years_before(now: datetime, years: int) -> datetime:
    """The same moment `years` earlier (29 February becomes 28 February)."""
    day = add_months(now.date(), -12 * years)
    return now.replace(year=day.year, month=day.month, day=day.day)


async def _ids(session: AsyncSession, query: object) -> tuple[int, ...]:
    return tuple(sorted(int(i) for i in (await session.scalars(query)).all()))  # type: ignore[call-overload]  # a select of one int column


async def plan(session: AsyncSession, policy: RetentionPolicy, *, now: datetime) -> PurgePlan:
    """What `purge` would remove now (nothing is changed)."""
    cutoff = years_before(now, policy.ticket_years)
    tickets = (
        await session.execute(select(Ticket.id, Ticket.ref).where(Ticket.last_activity_at < cutoff))
    ).all()
    ticket_ids = tuple(sorted(t[0] for t in tickets))
    message_ids = await _ids(session, select(Message.id).where(Message.ticket_id.in_(ticket_ids)))
    customers = await _orphaned_customers(session, ticket_ids)
    spool_cutoff = now - timedelta(days=policy.spool_days)
    linked_spool = select(Message.spool_id).where(Message.id.in_(message_ids))
    spool_ids = await _ids(
        session,
        select(SpoolEntry.id).where(
            SpoolEntry.raw.is_not(None),
            or_(
                and_(SpoolEntry.state == "done", SpoolEntry.processed_at < spool_cutoff),
                and_(SpoolEntry.state == "done", SpoolEntry.id.in_(linked_spool)),
            ),
        ),
    )
    identity = await _expired_identity_documents(session, policy, now=now, skip_messages=message_ids)
    return PurgePlan(
        ticket_ids=ticket_ids,
        ticket_refs=tuple(sorted(t[1] or f"#{t[0]}" for t in tickets)),
        message_ids=message_ids,
        customer_ids=customers,
        spool_ids=spool_ids,
        identity_attachment_ids=identity,
        mailbox_copies=await mailbox_copies(session, message_ids),
    )


async def _orphaned_customers(session: AsyncSession, ticket_ids: tuple[int, ...]) -> tuple[int, ...]:
    """Customers of these tickets who keep no other ticket and no open rights request."""
    other_ticket = exists().where(Ticket.customer_id == Customer.id, Ticket.id.not_in(ticket_ids))
    open_request = exists().where(RightsRequest.customer_id == Customer.id, RightsRequest.status != "closed")
    owners = select(Ticket.customer_id).where(Ticket.id.in_(ticket_ids))
    return await _ids(
        session, select(Customer.id).where(Customer.id.in_(owners), ~other_ticket, ~open_request)
    )


async def _expired_identity_documents(
    session: AsyncSession, policy: RetentionPolicy, *, now: datetime, skip_messages: tuple[int, ...]
) -> tuple[int, ...]:
    """Identity documents on disk whose request is verified or closed, or that are older than the limit."""
    done = or_(RightsRequest.identity_verified_at.is_not(None), RightsRequest.status == "closed")
    settled_request = exists().where(
        done, or_(RightsRequest.message_id == Message.id, RightsRequest.ticket_id == Message.ticket_id)
    )
    too_old = Message.received_at < now - timedelta(days=policy.identity_document_days)
    query = (
        select(Attachment.id)
        .join(Message, Attachment.message_id == Message.id)
        .where(
            Attachment.identity_document.is_(True),
            Attachment.path.is_not(None),
            Message.id.not_in(skip_messages),
            or_(too_old, settled_request),
        )
    )
    return await _ids(session, query)


async def mailbox_copies(session: AsyncSession, message_ids: Iterable[int]) -> tuple[MailboxCopy, ...]:
    """Where the daemon settled the mail behind these messages (Processed), to remove it from the mailbox."""
    rows = await session.execute(
        select(SpoolEntry.sha256, Message.message_id, SpoolEntry.state)
        .join(Message, Message.spool_id == SpoolEntry.id)
        .where(Message.id.in_(list(message_ids)))
    )
    return tuple(
        MailboxCopy(sha, mid, "quarantine" if state == "quarantined" else "processed")
        for sha, mid, state in rows
    )


PseudonymFor = Callable[[str], Awaitable[str]]


async def purge(
    session: AsyncSession, planned: PurgePlan, *, now: datetime, actor: str, pseudonym_for: PseudonymFor
) -> PurgeResult:
    """Removes what `planned` lists and writes the counts to the audit log; the caller commits, then removes
    `attachment_paths` and the mailbox copies. `pseudonym_for(address)` gives a departing customer's trace."""
    paths = list(
        await session.scalars(
            select(Attachment.path).where(
                or_(
                    Attachment.message_id.in_(planned.message_ids),
                    Attachment.id.in_(planned.identity_attachment_ids),
                ),
                Attachment.path.is_not(None),
            )
        )
    )
    await session.execute(
        update(Attachment)
        .where(Attachment.id.in_(planned.identity_attachment_ids))
        .values(path=None, purged_at=now)
    )
    await session.execute(
        update(SpoolEntry).where(SpoolEntry.id.in_(planned.spool_ids)).values(raw=None, last_error=None)
    )
    await delete_tickets(session, planned.ticket_ids, planned.message_ids)
    await _delete_customers(session, planned.customer_ids, pseudonym_for)
    session.add(
        AuditEvent(
            at=now,
            actor=actor,
            action="retention_purged",
            entity="purge",
            entity_id=None,
            details=planned.counts(),
        )
    )
    await session.flush()
    return PurgeResult(planned, tuple(p for p in paths if p))


async def delete_tickets(
    session: AsyncSession, ticket_ids: tuple[int, ...], message_ids: tuple[int, ...]
) -> None:
    """Deletes tickets with their messages, attachment rows, participants and outbox rows; rights requests
    on them stay, unlinked."""
    await session.execute(
        update(RightsRequest)
        .where(or_(RightsRequest.ticket_id.in_(ticket_ids), RightsRequest.message_id.in_(message_ids)))
        .values(ticket_id=None, message_id=None)
    )
    await session.execute(
        update(Ticket).where(Ticket.previous_ticket_id.in_(ticket_ids)).values(previous_ticket_id=None)
    )
    await session.execute(delete(OutboxMail).where(OutboxMail.ticket_id.in_(ticket_ids)))
    await session.execute(delete(Attachment).where(Attachment.message_id.in_(message_ids)))
    await session.execute(delete(Message).where(Message.id.in_(message_ids)))
    await session.execute(delete(Participant).where(Participant.ticket_id.in_(ticket_ids)))
    await session.execute(delete(Ticket).where(Ticket.id.in_(ticket_ids)))


async def _delete_customers(
    session: AsyncSession, customer_ids: tuple[int, ...], pseudonym_for: PseudonymFor
) -> None:
    for customer_id, email in await session.execute(
        select(Customer.id, Customer.email).where(Customer.id.in_(customer_ids))
    ):
        trace = await pseudonym_for(email) if email else None
        await session.execute(
            update(RightsRequest)
            .where(RightsRequest.customer_id == customer_id)
            .values(customer_id=None, subject_pseudonym=trace)
        )
    await session.execute(delete(CustomerRobotId).where(CustomerRobotId.customer_id.in_(customer_ids)))
    await session.execute(delete(Customer).where(Customer.id.in_(customer_ids)))


def remove_files(files_dir: Path, relative_paths: Iterable[str]) -> tuple[int, tuple[str, ...]]:
    """Removes attachment files under `files_dir`; returns (removed, missing). Never follows a path outside it."""
    root = files_dir.resolve()
    removed = 0
    missing: list[str] = []
    for relative in relative_paths:
        path = (root / relative).resolve()
        if root not in path.parents:
            missing.append(relative)
            continue
        try:
            os.remove(path)
            removed += 1
        except FileNotFoundError:
            missing.append(relative)
    return removed, tuple(missing)
