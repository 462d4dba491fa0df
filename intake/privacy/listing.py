"""How `intake subject find` and `erase --dry-run` show a person's rows to staff (text, or JSON with --json).

Restricted customers (Art. 18) are marked RESTRICTED on every line that shows them or their tickets.
"""

from __future__ import annotations

from typing import Any

from storage.subjects import ErasurePlan, SubjectFindings, SubjectRecords

RESTRICTED = "RESTRICTED"


def _mark(restricted: bool) -> str:
    return f"  [{RESTRICTED}]" if restricted else ""


def _identities(findings: SubjectFindings) -> dict[str, list[str]]:
    ids = findings.identities
    return {
        "emails": list(ids.emails),
        "phones": list(ids.phones),
        "robot_ids": list(ids.robot_ids),
        "names": list(ids.names),
    }


def _rows(records: SubjectRecords) -> dict[str, list[dict[str, Any]]]:
    return {
        "customers": [
            {
                "id": c.id,
                "email": c.email,
                "name": c.name,
                "phone": c.phone,
                "robot_ids": [r.robot_id for r in c.robot_ids],
                "restricted": c.restricted,
            }
            for c in records.customers
        ],
        "tickets": [
            {
                "id": t.id,
                "ref": t.ref,
                "status": t.status,
                "role": "customer" if t.owned else "participant",
                "restricted": t.customer_restricted,
            }
            for t in records.tickets
        ],
        "messages": [
            {
                "id": m.id,
                "ticket_ref": records.ticket_ref(m.ticket_id),
                "direction": m.direction,
                "from": m.from_address,
                "received_at": m.received_at.isoformat(),
            }
            for m in records.messages
        ],
    }


def as_json(findings: SubjectFindings, records: SubjectRecords) -> dict[str, Any]:
    """The `--json` form of a find (stable keys)."""
    return {
        "identities": _identities(findings),
        "links": list(findings.links),
        **_rows(records),
        "attachments": [
            {
                "id": a.id,
                "message_id": a.message_id,
                "filename": a.filename,
                "identity_document": a.identity_document,
                "on_disk": a.path is not None,
            }
            for a in records.attachments()
        ],
        "rights_requests": [
            {
                "id": r.id,
                "ticket_ref": records.ticket_ref(r.ticket_id),
                "rights": list(r.rights),
                "status": r.status,
            }
            for r in records.rights_requests
        ],
        "outbox": [
            {"id": o.id, "kind": o.kind, "state": o.state, "recipient": o.recipient} for o in records.outbox
        ],
        "spool": [
            {"id": s.id, "state": s.state, "has_raw": s.has_raw, "linked_to_message": s.linked_to_message}
            for s in records.spool
        ],
    }


def as_text(findings: SubjectFindings, records: SubjectRecords) -> list[str]:
    """Lines for the terminal: identities, then each kind of row."""
    ids = findings.identities
    lines = [
        f"emails:    {', '.join(ids.emails) or '-'}",
        f"phones:    {', '.join(ids.phones) or '-'}",
        f"robot ids: {', '.join(ids.robot_ids) or '-'}",
        f"names:     {', '.join(ids.names) or '-'}",
        f"linked:    {'; '.join(findings.links) or 'no customer record'}",
        f"customers ({len(records.customers)}):",
    ]
    for c in records.customers:
        robots = ",".join(r.robot_id for r in c.robot_ids) or "-"
        lines.append(
            f"  {c.id:>6}  {c.email or '-'}  {c.name or '-'}  {c.phone or '-'}  robot {robots}{_mark(c.restricted)}"
        )
    lines.append(f"tickets ({len(records.tickets)}):")
    for t in records.tickets:
        role = "customer" if t.owned else "participant"
        lines.append(
            f"  {t.ref or t.id!s:>10}  {t.status:<7}  {role:<11}  {t.subject[:60]}{_mark(t.customer_restricted)}"
        )
    lines.append(f"messages ({len(records.messages)}):")
    for m in records.messages:
        ref = records.ticket_ref(m.ticket_id) or "-"
        lines.append(
            f"  {m.id:>6}  {ref:>10}  {m.direction:<3}  {m.received_at:%Y-%m-%d %H:%M}  {m.from_address or '-'}"
        )
    attachments = records.attachments()
    lines.append(f"attachments ({len(attachments)}):")
    for a in attachments:
        kind = "identity document" if a.identity_document else "attachment"
        where = "on disk" if a.path else "purged"
        lines.append(f"  {a.id:>6}  message {a.message_id}  {a.filename}  {a.size} B  {kind}, {where}")
    lines.append(f"rights requests ({len(records.rights_requests)}):")
    for r in records.rights_requests:
        lines.append(f"  {r.id:>6}  {','.join(r.rights)}  {r.status}  received {r.receipt_date}")
    lines.append(f"outbox ({len(records.outbox)}):")
    for o in records.outbox:
        lines.append(f"  {o.id:>6}  {o.kind:<20}  {o.state:<10}  to {o.recipient}")
    lines.append(f"spool ({len(records.spool)}):")
    for s in records.spool:
        raw = "raw bytes kept" if s.has_raw else "raw bytes purged"
        lines.append(f"  {s.id:>6}  {s.state:<11}  {s.received_at:%Y-%m-%d}  {raw}")
    return lines


def plan_lines(plan: ErasurePlan) -> list[str]:
    """What an erasure will do, one line per kind of change, naming the row ids."""

    def ids(values: tuple[int, ...] | tuple[str, ...]) -> str:
        return f"{len(values)}" + (f" ({', '.join(str(v) for v in values)})" if values else "")

    f = plan.findings
    return [
        f"customer records deleted: {ids(f.customer_ids)}",
        f"tickets deleted: {ids(plan.delete_ticket_ids)}",
        f"messages deleted: {ids(plan.delete_message_ids)}",
        f"messages kept, person scrubbed from them: {ids(plan.scrub_message_ids)}",
        f"participant rows deleted: {ids(f.participant_ids)}",
        f"attachment files removed: {len(plan.attachment_paths)}",
        f"outbox rows deleted: {ids(plan.delete_outbox_ids)}",
        f"outbox rows kept, person scrubbed from them: {ids(plan.scrub_outbox_ids)}",
        f"spool rows deleted (quarantined mail): {ids(plan.delete_spool_ids)}",
        f"spool raw bytes cleared (sha256 kept for exactly-once): {ids(plan.clear_spool_ids)}",
        f"spool rows being processed now, left for a second run: {ids(plan.busy_spool_ids)}",
        f"rights requests kept as a pseudonymised trace: {ids(f.rights_request_ids)}",
    ]
