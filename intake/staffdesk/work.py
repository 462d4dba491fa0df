"""What a proven staff mail asks for, checked as a whole and then done: commands, note, relayed answer.

All or nothing: every command is checked first; one unknown or refused command gets the agent an error mail and
changes nothing (the mail stays on the ticket, "staff_refused"). Then, in this order: the privacy officer's
command, `#assign`, the answer to the people on the ticket (the ticket becomes pending), and an explicit status
command last (`#close` with an answer closes it). `#note` keeps the mail as an internal note, never sent.
The CLI (`intake tickets reply|note|close|reopen|assign`) goes through `relay` and storage/ticket_lifecycle.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from intake.config import Settings
from intake.staff_config import StaffMember
from intake.staffdesk import mails, privacy_commands
from intake.staffdesk.commands import PRIVACY_COMMANDS, Instructions, read_instructions
from intake.staffdesk.identity import StaffDirectory
from parsers import ParsedMessage
from storage import outbox, ticket_lifecycle
from storage.models import Attachment, AuditEvent, Message, Ticket
from storage.outcome import NewOutboxMail, RouteOutcome
from storage.retention import remove_files

_STATUS_COMMANDS = {"close": "closed", "pending": "pending", "open": "open"}
_PRIVACY_ROLES = ("privacy_officer", "admin")


@dataclass(frozen=True, slots=True)
class StaffWork:
    parsed: ParsedMessage
    outcome: RouteOutcome
    ticket: Ticket | None
    member: StaffMember
    directory: StaffDirectory


def _problems(work: StaffWork, instructions: Instructions) -> list[str]:
    problems = [f"unknown command #{name}" for name in instructions.unknown]
    if work.ticket is None:
        return [*problems, "no ticket found: answer a notification, or keep [TB-...] in the subject"]
    for command in instructions.commands:
        if command.name in PRIVACY_COMMANDS:
            if work.member.role not in _PRIVACY_ROLES:
                problems.append(f"#{command.name} is for the privacy officer only")
            elif (wrong := privacy_commands.check(command)) is not None:
                problems.append(wrong)
        elif command.name == "assign" and work.directory.by_name(command.args) is None:
            problems.append(f"#assign: no staff member called {command.args or '(nobody named)'}")
    status_commands = {c.name for c in instructions.commands if c.name in _STATUS_COMMANDS}
    if len(status_commands) > 1:
        problems.append("more than one of #close, #pending, #open")
    if not instructions.commands and not instructions.answer:
        problems.append("the mail has no text to send")
    return problems


def _set_reason(session: Session, work: StaffWork, reason: str) -> None:
    if work.outcome.message_row_id is not None:
        session.execute(
            update(Message).where(Message.id == work.outcome.message_row_id).values(route_reason=reason)
        )


def carry_out(session: Session, work: StaffWork, *, settings: Settings, now: datetime) -> list[NewOutboxMail]:
    """Checks and does what the mail asks; returns the mails to add (the relayed answer is queued here)."""
    instructions = read_instructions(work.parsed.text)
    problems = _problems(work, instructions)
    actor = work.member.address
    if not problems and work.ticket is not None:
        problems = _privacy(session, work, instructions, settings=settings, now=now)
    if problems or work.ticket is None:
        _set_reason(session, work, "staff_refused")
        return [
            mails.error_to_agent(settings, member=work.member, ticket=work.ticket, problems=problems, now=now)
        ]
    ticket = work.ticket
    assign = instructions.named("assign")
    if assign is not None:
        assignee = work.directory.by_name(assign.args)
        ticket_lifecycle.assign(session, ticket, assignee.address if assignee else None, actor=actor, now=now)
    if instructions.named("note") is not None:
        _set_reason(session, work, "staff_note")
        ticket_lifecycle.audit(
            session, ticket, "ticket_note", actor=actor, now=now, message=work.outcome.message_row_id
        )
    elif instructions.answer:
        body = mails.answer_body(instructions.answer, work.parsed.signature)
        sent = relay(
            session,
            ticket,
            work.member,
            body,
            settings=settings,
            now=now,
            message_row_id=work.outcome.message_row_id,
        )
        if not sent:
            _set_reason(session, work, "staff_refused")
            problem = "nobody on this ticket can be answered by mail (no address, it bounced, or restricted)"
            return [
                mails.error_to_agent(settings, member=work.member, ticket=ticket, problems=[problem], now=now)
            ]
        _set_reason(session, work, "staff_answer")
    else:
        _set_reason(session, work, "staff_command")
    status = next((c.name for c in instructions.commands if c.name in _STATUS_COMMANDS), None)
    if status is not None:
        ticket_lifecycle.set_status(
            session, ticket, _STATUS_COMMANDS[status], actor=actor, now=now, reason=f"#{status}"
        )
    return []


def _privacy(
    session: Session, work: StaffWork, instructions: Instructions, *, settings: Settings, now: datetime
) -> list[str]:
    """Runs the privacy officer's command; a refusal by the rights lifecycle is returned as the problem."""
    assert work.ticket is not None
    for command in instructions.commands:
        if command.name not in PRIVACY_COMMANDS:
            continue
        try:
            paths = privacy_commands.apply(
                session, work.ticket.id, command, officer=work.member.address, now=now
            )
        except privacy_commands.PrivacyCommandError as exc:
            return [f"#{command.name}: {exc}"]
        # Removed now, not after the commit: should the commit fail, the ID copy is gone all the same, which is
        # the side the privacy statement asks us to err on.
        remove_files(settings.database.resolved_files_dir(), paths)
    return []


def relay(
    session: Session,
    ticket: Ticket,
    member: StaffMember,
    body: str,
    *,
    settings: Settings,
    now: datetime,
    message_row_id: int | None,
) -> list[int]:
    """Queues the answer to each person on the ticket (nobody else, ever), audits it, pends the ticket.

    Returns the outbox ids; none when the ticket has nobody to answer (then nothing changes).
    """
    directory = StaffDirectory.of(settings)
    own = frozenset(a.lower() for a in (settings.helpdesk.address, *settings.helpdesk.own_addresses))
    on_ticket = ticket_lifecycle.recipients(session, ticket, never=own)
    recipients = [r for r in on_ticket if directory.member(r) is None]  # staff are no recipients
    if not recipients:
        return []
    parent = ticket_lifecycle.latest_customer_message(session, ticket)
    files = _attachments(session, message_row_id, settings=settings)
    answers = [
        mails.relayed_answer(
            settings,
            ticket=ticket,
            member=member,
            body=body,
            recipient=to,
            parent=parent,
            attachments=files,
            now=now,
        )
        for to in recipients
    ]
    ids = outbox.enqueue_sync(session, answers, now=now)
    for outbox_id in ids:
        session.add(
            AuditEvent(
                at=now,
                actor=member.address,
                action="staff_answer",
                entity="ticket",
                entity_id=ticket.id,
                details={"ref": ticket.ref, "outbox_id": outbox_id, "message": message_row_id},
            )
        )
    if ticket.status != "pending":
        ticket_lifecycle.set_status(
            session, ticket, "pending", actor=member.address, now=now, reason="answered"
        )
    ticket.last_activity_at = max(ticket.last_activity_at, now)
    return ids


def _attachments(session: Session, message_row_id: int | None, *, settings: Settings) -> list[dict[str, str]]:
    """The agent's attachments (stored by routing with the message), to be sent along with the answer."""
    if message_row_id is None:
        return []
    files_dir = settings.database.resolved_files_dir()
    rows = session.execute(
        select(Attachment).where(Attachment.message_id == message_row_id, Attachment.path.is_not(None))
    ).scalars()
    return [
        {"path": str(files_dir / row.path), "filename": row.filename, "content_type": row.content_type}
        for row in rows
        if row.path
    ]
