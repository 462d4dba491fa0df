"""The Art. 15/20 export: one JSON file with everything the help desk holds about a person.

Schema `tinybots-intake/subject-export/1` (documented in docs/privacy-officer.md). Attachment bytes are inside
the JSON as base64 (`content_base64`), so the export is one self-contained file to hand over; an attachment
already purged (identity documents after verification) is listed with `"available": false`. Other people's
messages that only mention the person are not copied (Art. 15(4): their data is not ours to hand out); their
number is given so the privacy officer can review them.
"""

from __future__ import annotations

import base64
import json
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from storage.subjects import SubjectFindings, SubjectRecords, load, spool_raw
from storage.subjects.records import (
    AttachmentRecord,
    CustomerRecord,
    MessageRecord,
    OutboxRecord,
    RightsRequestRecord,
    TicketRecord,
)

SCHEMA = "tinybots-intake/subject-export/1"


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _customer(c: CustomerRecord) -> dict[str, Any]:
    return {
        "email": c.email,
        "email_source": c.email_source,
        "name": c.name,
        "name_source": c.name_source,
        "phone": c.phone,
        "phone_source": c.phone_source,
        "robot_ids": [
            {"robot_id": r.robot_id, "source": r.source, "first_seen_at": _iso(r.first_seen_at)}
            for r in c.robot_ids
        ],
        "restricted": c.restricted,
        "restricted_at": _iso(c.restricted_at),
        "created_at": _iso(c.created_at),
        "updated_at": _iso(c.updated_at),
    }


def _attachment(a: AttachmentRecord, files_dir: Path) -> dict[str, Any]:
    content: str | None = None
    if a.path is not None:
        try:
            content = base64.b64encode((files_dir / a.path).read_bytes()).decode("ascii")
        except FileNotFoundError:
            content = None
    return {
        "filename": a.filename,
        "content_type": a.content_type,
        "size": a.size,
        "sha256": a.sha256,
        "identity_document": a.identity_document,
        "available": content is not None,
        "purged_at": _iso(a.purged_at),
        "content_base64": content,
    }


def _message(m: MessageRecord, records: SubjectRecords, files_dir: Path) -> dict[str, Any]:
    return {
        "ticket_ref": records.ticket_ref(m.ticket_id),
        "message_id": m.message_id,
        "direction": m.direction,
        "classification": m.classification,
        "from": m.from_address,
        "from_name": m.from_name,
        "to": list(m.to_addresses),
        "subject": m.subject,
        "received_at": _iso(m.received_at),
        "language": m.language,
        "text": m.text,
        "signature": m.signature,
        "quoted": m.quoted,
        "rights": list(m.rights),
        "attachments": [_attachment(a, files_dir) for a in m.attachments],
    }


def is_theirs(m: MessageRecord, records: SubjectRecords, findings: SubjectFindings) -> bool:
    """On their own ticket, or written by or to them (not a mere mention on someone else's ticket)."""
    emails = set(findings.identities.emails)
    owned = set(findings.owned_ticket_ids)
    return (
        m.ticket_id in owned
        or (m.from_address or "").lower() in emails
        or any(r.lower() in emails for r in m.to_addresses)
    )


def _rights_request(r: RightsRequestRecord, records: SubjectRecords) -> dict[str, Any]:
    return {
        "id": r.id,
        "ticket_ref": records.ticket_ref(r.ticket_id),
        "rights": list(r.rights),
        "status": r.status,
        "received_at": _iso(r.received_at),
        "receipt_date": _iso(r.receipt_date),
        "promised_due_date": _iso(r.promised_due_date),
        "legal_due_date": _iso(r.legal_due_date),
        "extended_due_date": _iso(r.extended_due_date),
        "identity_verified_at": _iso(r.identity_verified_at),
        "outcome": r.outcome,
        "closed_at": _iso(r.closed_at),
    }


def _ticket(t: TicketRecord) -> dict[str, Any]:
    return {
        "ref": t.ref,
        "role": "customer" if t.owned else "participant",
        "status": t.status,
        "subject": t.subject if t.owned else None,  # someone else's ticket: its subject is theirs
        "language": t.language,
        "created_at": _iso(t.created_at),
        "last_activity_at": _iso(t.last_activity_at),
        "closed_at": _iso(t.closed_at),
    }


def _sent(o: OutboxRecord, records: SubjectRecords) -> dict[str, Any]:
    return {
        "kind": o.kind,
        "ticket_ref": records.ticket_ref(o.ticket_id),
        "subject": o.subject,
        "body": o.body,
        "state": o.state,
        "created_at": _iso(o.created_at),
        "sent_at": _iso(o.sent_at),
    }


async def _unprocessed(session: AsyncSession, records: SubjectRecords) -> list[dict[str, Any]]:
    """Spooled mail that never became a message (quarantined), with its raw bytes."""
    out = []
    for spool in records.spool:
        if spool.linked_to_message:
            continue
        raw = await spool_raw(session, spool.id)
        out.append(
            {
                "received_at": _iso(spool.received_at),
                "state": spool.state,
                "size": spool.size,
                "sha256": spool.sha256,
                "raw_base64": base64.b64encode(raw).decode("ascii") if raw is not None else None,
            }
        )
    return out


async def build_export(
    session: AsyncSession, findings: SubjectFindings, *, files_dir: Path, now: datetime, controller: str
) -> tuple[dict[str, Any], SubjectRecords]:
    """The export document and the records it was built from (for the summary)."""
    records = await load(session, findings)
    theirs = [m for m in records.messages if is_theirs(m, records, findings)]
    emails = set(findings.identities.emails)
    ids = findings.identities
    document = {
        "schema": SCHEMA,
        "generated_at": _iso(now),
        "controller": controller,
        "subject": {
            "emails": list(ids.emails),
            "phones": list(ids.phones),
            "robot_ids": list(ids.robot_ids),
            "names": list(ids.names),
        },
        "customers": [_customer(c) for c in records.customers],
        "tickets": [_ticket(t) for t in records.tickets],
        "messages": [_message(m, records, files_dir) for m in theirs],
        "mentions_in_other_messages": len(records.messages) - len(theirs),
        "rights_requests": [_rights_request(r, records) for r in records.rights_requests],
        "mail_sent_to_subject": [_sent(o, records) for o in records.outbox if o.recipient.lower() in emails],
        "unprocessed_mail": await _unprocessed(session, records),
    }
    return document, records


def write_private(path: Path, text: str) -> None:
    """Writes `text` to `path` with mode 0600 (through a temporary file, so a reader never sees half of it)."""
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # an older file of that name may have had another mode
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)


def dump(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
