"""The privacy officer's daily digest: open (and to-confirm) rights requests overdue, due within the shorter and
due within the longer of `[rights] reminder_days` (default 2 and 7 days).

Sent once per Amsterdam calendar day, at `[outbound] digest_hour` or at the first check after it (a daemon that
was down at that hour catches up). The day is claimed in `periodic_runs` (storage/periodic.py: once across the
cluster, in the same transaction as the outbox rows), the date of the last digest is kept in `daemon_state`, and
the digest's Message-ID is derived from that date, so neither a restart nor a second daemon sends it twice. A day with
nothing due sends nothing. The digest names ticket refs, request numbers, rights and dates: never a person.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from intake.config import Settings
from intake.outbound import wording
from intake.outbound.outbox_mail import new_mail
from intake.service.periodic import runner_name
from storage import outbox, periodic
from storage.models import DaemonState, RightsRequest, Ticket
from storage.rights_queue import TO_CONFIRM, effective_due_date

logger = logging.getLogger(__name__)

STATE_KEY = "outbound.privacy_digest.last_date"
JOB = "privacy_digest"
_NONE = {"nl": "  (geen)", "en": "  (none)"}


@dataclass(frozen=True, slots=True)
class DueRequest:
    request_id: int
    ticket_ref: str | None
    rights: tuple[str, ...]
    due: date


@dataclass(frozen=True, slots=True)
class DigestBuckets:
    overdue: tuple[DueRequest, ...]
    soon: tuple[DueRequest, ...]  # due today .. today + the shorter window
    week: tuple[DueRequest, ...]  # due after that, up to today + the longer window

    @property
    def empty(self) -> bool:
        return not (self.overdue or self.soon or self.week)


async def due_buckets(
    session: AsyncSession, today: date, reminder_days: tuple[int, int] = (7, 2)
) -> DigestBuckets:
    """Open, paused and to-confirm rights requests by how urgent their effective due date is."""
    soon_days, week_days = sorted(reminder_days)
    rows = await session.execute(
        select(RightsRequest, Ticket.ref)
        .outerjoin(Ticket, Ticket.id == RightsRequest.ticket_id)
        .where(RightsRequest.status.in_(("open", "paused", TO_CONFIRM)))  # an undecided one runs late too
        .order_by(RightsRequest.id)
    )
    requests = sorted(
        (DueRequest(r.id, ref, _rights_shown(r), effective_due_date(r)) for r, ref in rows.all()),
        key=lambda d: (d.due, d.request_id),
    )
    return DigestBuckets(
        overdue=tuple(d for d in requests if d.due < today),
        soon=tuple(d for d in requests if today <= d.due <= today + timedelta(days=soon_days)),
        week=tuple(
            d
            for d in requests
            if today + timedelta(days=soon_days) < d.due <= today + timedelta(days=week_days)
        ),
    )


def _rights_shown(request: RightsRequest) -> tuple[str, ...]:
    """The confirmed rights; for a request still to confirm its possible ones, marked "(to confirm)"."""
    if request.status == TO_CONFIRM:
        return tuple(f"{right} (to confirm)" for right in request.rights_possible or ())
    return tuple(str(right) for right in request.rights)


async def enqueue_digest_if_due(session: AsyncSession, settings: Settings, *, now: datetime) -> list[int]:
    """Queues today's digest when its hour has come and it was not queued yet; returns the new outbox ids."""
    local = now.astimezone(ZoneInfo(settings.helpdesk.timezone))
    today = local.date()
    if local.hour < settings.outbound.digest_hour:
        return []
    state = await session.get(DaemonState, STATE_KEY)
    if state is not None and state.value >= today.isoformat():
        return []
    if not await periodic.claim(session, JOB, today.isoformat(), by=runner_name(), now=now):
        return []  # another instance queued today's digest (or is queuing it: we waited for its commit)
    if state is None:
        session.add(DaemonState(key=STATE_KEY, value=today.isoformat(), updated_at=now))
    else:
        state.value = today.isoformat()
        state.updated_at = now
    buckets = await due_buckets(session, today, settings.rights.reminder_days)
    if buckets.empty:
        logger.info("privacy_digest_skipped date=%s reason=nothing_due", today.isoformat())
        return []
    mails = []
    domain = settings.helpdesk.address.rpartition("@")[2]
    for index, recipient in enumerate(_recipients(settings)):
        message_id = f"<intake.digest.{today.isoformat()}.{index}@{domain}>"
        if await outbox.find_by_message_id(session, message_id) is not None:
            continue
        language = settings.outbound.staff_language
        values = _values(buckets, today, language, settings.rights.reminder_days)
        mails.append(
            new_mail(
                settings,
                kind="privacy_digest",
                recipient=recipient,
                language=language,
                values=values,
                ticket_ref=None,
                ticket_id=None,
                now=now,
                message_id=message_id,
            )  # fmt: skip
        )
    ids = await outbox.enqueue(session, mails, now=now)
    logger.info("privacy_digest_queued date=%s outbox=%s", today.isoformat(), ids)
    return ids


def _recipients(settings: Settings) -> tuple[str, ...]:
    helpdesk = settings.helpdesk
    return (helpdesk.privacy_officer,) if helpdesk.privacy_officer else helpdesk.staff_notify


def _values(
    buckets: DigestBuckets, today: date, language: wording.Language, reminder_days: tuple[int, int]
) -> dict[str, str]:
    def lines(requests: tuple[DueRequest, ...]) -> str:
        if not requests:
            return _NONE[language]
        return "\n".join(
            f"  {d.ticket_ref or '-'}  #{d.request_id}  {', '.join(d.rights)}  "
            f"{wording.date_in_words(d.due, language)}"
            for d in requests
        )

    return {
        "date": wording.date_in_words(today, language),
        "overdue_count": str(len(buckets.overdue)),
        "soon_count": str(len(buckets.soon)),
        "week_count": str(len(buckets.week)),
        "overdue": lines(buckets.overdue),
        "soon": lines(buckets.soon),
        "week": lines(buckets.week),
        "soon_days": str(min(reminder_days)),
        "week_days": str(max(reminder_days)),
    }
