"""A rights request's life after it is queued (design §3.6): verify, pause, resume, extend, close.

- verify: the person's identity is established; identity-document attachments of the request go at once
  (privacy statement: the ID copy serves only this check).
- pause / resume: a documented doubt about the identity (Art. 12(6)) stops the clock; on resume every due date
  moves by the paused calendar days (then to the next working day for the legal dates).
- extend: Art. 12(3) allows two further months, decided and told before the legal due date; refused after it,
  and beyond three months in all.
- close: done or refused, with a reason (Art. 12(4) requires telling a refusal's reason).
- confirm / dismiss: a request the parser found only possible (status to_confirm) becomes an open request with
  the rights staff name, or is closed as `dismissed` with the reason (not a request after all).
Every change writes one audit event with the actor (the operating-system user), the time and the due dates
before and after. Reasons are staff's own words; `intake subject erase` scrubs the person from them later.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.deadlines import add_months, next_working_day, receipt_date
from storage.errors import Conflict, NotFound
from storage.models import Attachment, AuditEvent, Message, RightsRequest
from storage.rights_queue import TO_CONFIRM

#: Art. 12(3): one month, extendable "by two further months".
MAX_EXTENSION_MONTHS = 2
Outcome = Literal["done", "refused"]


@dataclass(frozen=True, slots=True)
class DueDates:
    promised: date
    legal: date
    extended: date | None

    @property
    def binding(self) -> date:
        """The last day the answer may be sent: the extended date when extended, else the legal one."""
        return self.extended or self.legal

    def to_json(self) -> dict[str, str | None]:
        return {
            "promised": self.promised.isoformat(),
            "legal": self.legal.isoformat(),
            "extended": self.extended.isoformat() if self.extended else None,
        }


@dataclass(frozen=True, slots=True)
class LifecycleChange:
    request_id: int
    action: str
    status: str
    before: DueDates
    after: DueDates
    purged_paths: tuple[str, ...] = ()  # identity-document files to remove (relative to the files directory)


def due_dates(request: RightsRequest) -> DueDates:
    return DueDates(request.promised_due_date, request.legal_due_date, request.extended_due_date)


async def _load(session: AsyncSession, request_id: int) -> RightsRequest:
    request = await session.get(RightsRequest, request_id)
    if request is None:
        raise NotFound(f"rights request {request_id} does not exist; see `intake rights list`")
    return request


def _record(
    session: AsyncSession,
    request: RightsRequest,
    before: DueDates,
    *,
    action: str,
    actor: str,
    now: datetime,
    extra: dict[str, object],
) -> None:
    details: dict[str, object] = {"before": before.to_json(), "after": due_dates(request).to_json(), **extra}
    session.add(
        AuditEvent(
            at=now, actor=actor, action=action, entity="rights_request", entity_id=request.id, details=details
        )
    )


async def identity_documents(session: AsyncSession, request: RightsRequest) -> list[Attachment]:
    """Identity-document attachments still on disk that came with this request (its ticket or its message)."""
    on_request = or_(Message.id == request.message_id, Message.ticket_id == request.ticket_id)
    if request.ticket_id is None and request.message_id is None:
        return []
    query = (
        select(Attachment)
        .join(Message, Attachment.message_id == Message.id)
        .where(on_request, Attachment.identity_document.is_(True), Attachment.path.is_not(None))
    )
    return list((await session.scalars(query)).all())


async def purge_identity_documents(
    session: AsyncSession, request: RightsRequest, *, now: datetime
) -> tuple[str, ...]:
    """Marks the request's identity documents purged; returns their paths for the caller to remove."""
    documents = await identity_documents(session, request)
    paths = tuple(a.path for a in documents if a.path)
    if documents:
        await session.execute(
            update(Attachment)
            .where(Attachment.id.in_([a.id for a in documents]))
            .values(path=None, purged_at=now)
        )
    return paths


def _open(request: RightsRequest) -> None:
    if request.status == "closed":
        raise Conflict(f"rights request {request.id} is closed ({request.outcome}); nothing can change")


async def verify(session: AsyncSession, request_id: int, *, actor: str, now: datetime) -> LifecycleChange:
    """Records that the identity is verified and purges the request's identity documents."""
    request = await _load(session, request_id)
    _open(request)
    before = due_dates(request)
    request.identity_verified_at = now
    paths = await purge_identity_documents(session, request, now=now)
    _record(
        session,
        request,
        before,
        action="rights_request_verified",
        actor=actor,
        now=now,
        extra={"documents_purged": len(paths)},
    )
    return LifecycleChange(request.id, "verified", request.status, before, due_dates(request), paths)


async def pause(
    session: AsyncSession, request_id: int, reason: str, *, actor: str, now: datetime
) -> LifecycleChange:
    """Stops the clock for a documented identity doubt. Conflict when already paused or closed."""
    request = await _load(session, request_id)
    _open(request)
    if request.status == "paused":
        raise Conflict(f"rights request {request_id} is already paused since {request.paused_at:%Y-%m-%d}")
    before = due_dates(request)
    request.status = "paused"
    request.paused_at = now
    _record(
        session,
        request,
        before,
        action="rights_request_paused",
        actor=actor,
        now=now,
        extra={"reason": reason},
    )
    return LifecycleChange(request.id, "paused", request.status, before, due_dates(request))


async def resume(session: AsyncSession, request_id: int, *, actor: str, now: datetime) -> LifecycleChange:
    """Restarts the clock; every due date moves by the paused calendar days (Amsterdam dates)."""
    request = await _load(session, request_id)
    if request.status != "paused" or request.paused_at is None:
        raise Conflict(f"rights request {request_id} is {request.status}, not paused")
    before = due_dates(request)
    days = (receipt_date(now) - receipt_date(request.paused_at)).days
    shift = timedelta(days=days)
    request.paused_days += days
    request.promised_due_date += shift
    request.legal_due_date = next_working_day(request.legal_due_date + shift)
    if request.extended_due_date is not None:
        request.extended_due_date = next_working_day(request.extended_due_date + shift)
    request.status = "open"
    request.paused_at = None
    _record(
        session,
        request,
        before,
        action="rights_request_resumed",
        actor=actor,
        now=now,
        extra={"paused_days": days},
    )
    return LifecycleChange(request.id, "resumed", request.status, before, due_dates(request))


def extended_legal_due_date(receipt: date, total_months: int, paused_days: int) -> date:
    """One month plus `total_months` after receipt (the earlier of counting at once or month by month, which
    differ at month ends), plus the paused days, moved to the next working day."""
    direct = add_months(receipt, 1 + total_months)
    chained = add_months(add_months(receipt, 1), total_months)
    return next_working_day(min(direct, chained) + timedelta(days=paused_days))


async def extend(
    session: AsyncSession, request_id: int, months: int, reason: str, *, actor: str, now: datetime
) -> LifecycleChange:
    """Extends by `months` (1 or 2). Conflict after the binding due date or beyond two extra months in all."""
    if months not in (1, 2):
        raise Conflict("an extension is 1 or 2 months (Art. 12(3): at most two further months)")
    request = await _load(session, request_id)
    _open(request)
    before = due_dates(request)
    today = receipt_date(now)
    if today > before.binding:
        raise Conflict(
            f"rights request {request_id} was due {before.binding.isoformat()}; Art. 12(3) allows an extension "
            "only before the due date"
        )
    total = request.extension_months + months
    if total > MAX_EXTENSION_MONTHS:
        raise Conflict(
            f"rights request {request_id} is already extended by {request.extension_months} month(s); "
            "Art. 12(3) allows at most three months in all"
        )
    request.extension_months = total
    request.extended_due_date = extended_legal_due_date(request.receipt_date, total, request.paused_days)
    _record(
        session,
        request,
        before,
        action="rights_request_extended",
        actor=actor,
        now=now,
        extra={"months": months, "reason": reason},
    )
    return LifecycleChange(request.id, "extended", request.status, before, due_dates(request))


async def close(
    session: AsyncSession, request_id: int, outcome: Outcome, reason: str, *, actor: str, now: datetime
) -> LifecycleChange:
    """Closes the request with an outcome; its identity documents go too (they served only this request)."""
    request = await _load(session, request_id)
    _open(request)
    before = due_dates(request)
    request.status = "closed"
    request.outcome = outcome
    request.closed_at = now
    request.paused_at = None
    paths = await purge_identity_documents(session, request, now=now)
    _record(
        session,
        request,
        before,
        action="rights_request_closed",
        actor=actor,
        now=now,
        extra={"outcome": outcome, "reason": reason, "documents_purged": len(paths)},
    )
    return LifecycleChange(request.id, "closed", request.status, before, due_dates(request), paths)


async def confirm(
    session: AsyncSession, request_id: int, rights: tuple[str, ...], *, actor: str, now: datetime
) -> LifecycleChange:
    """A possible request (to_confirm) is a request: it opens with `rights`, or else the possible ones.

    The due dates stay as they were: the clock ran from receipt. The caller sends the rights acknowledgement."""
    request = await _load(session, request_id)
    if request.status != TO_CONFIRM:
        raise Conflict(f"rights request {request_id} is {request.status}, not to_confirm; nothing to confirm")
    chosen = list(rights) or list(request.rights_possible or ())
    if not chosen:
        raise Conflict(f"rights request {request_id} names no right; give them with --rights")
    before = due_dates(request)
    request.rights = chosen
    request.status = "open"
    _record(
        session,
        request,
        before,
        action="rights_request_confirmed",
        actor=actor,
        now=now,
        extra={"rights": chosen, "possible": list(request.rights_possible or ())},
    )
    return LifecycleChange(request.id, "confirmed", request.status, before, due_dates(request))


async def dismiss(
    session: AsyncSession, request_id: int, reason: str, *, actor: str, now: datetime
) -> LifecycleChange:
    """A possible request (to_confirm) is no request after all: closed as `dismissed`, with the reason."""
    request = await _load(session, request_id)
    if request.status != TO_CONFIRM:
        raise Conflict(f"rights request {request_id} is {request.status}, not to_confirm; close it instead")
    before = due_dates(request)
    request.status = "closed"
    request.outcome = "dismissed"
    request.closed_at = now
    paths = await purge_identity_documents(session, request, now=now)
    _record(
        session,
        request,
        before,
        action="rights_request_dismissed",
        actor=actor,
        now=now,
        extra={
            "reason": reason,
            "possible": list(request.rights_possible or ()),
            "documents_purged": len(paths),
        },
    )
    return LifecycleChange(request.id, "dismissed", request.status, before, due_dates(request), paths)
