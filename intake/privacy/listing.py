"""How `intake subject find` and `erase --dry-run` show a person's rows to staff (text, or JSON with --json).

Restricted customers (Art. 18) are marked RESTRICTED on every line that shows them or their tickets.

With a `limit` (`intake subject find --limit N`), each kind of row is cut to N: the text says
"messages (704, 50 shown; ...)", the JSON object gets a "truncated" key naming each cut kind with its shown and
total counts (no such key when nothing was cut; docs/admin-cli.md).
"""

from __future__ import annotations

from typing import Any

from storage.subjects import ErasurePlan, SubjectFindings, SubjectRecords

RESTRICTED = "RESTRICTED"
#: The lists of rows in the `--json` form, each cut to the limit.
ROW_KINDS = ("customers", "tickets", "messages", "attachments", "rights_requests", "outbox", "spool")


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


def as_json(findings: SubjectFindings, records: SubjectRecords, limit: int | None = None) -> dict[str, Any]:
    """The `--json` form of a find (stable keys), each kind of row cut to `limit` (module doc)."""
    document = _full_json(findings, records)
    truncated = {
        kind: {"shown": limit, "total": len(document[kind])}
        for kind in ROW_KINDS
        if limit is not None and len(document[kind]) > limit
    }
    for kind in truncated:
        document[kind] = document[kind][:limit]
    return document | ({"truncated": truncated} if truncated else {})


def _header(name: str, total: int, limit: int | None) -> str:
    if limit is None or total <= limit:
        return f"{name} ({total}):"
    return f"{name} ({total}, {limit} shown; --limit N or --all for more):"


def _full_json(findings: SubjectFindings, records: SubjectRecords) -> dict[str, Any]:
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


def as_text(findings: SubjectFindings, records: SubjectRecords, limit: int | None = None) -> list[str]:
    """Lines for the terminal: identities, then each kind of row (at most `limit` of each, module doc)."""
    ids = findings.identities
    lines = [
        f"emails:    {', '.join(ids.emails) or '-'}",
        f"phones:    {', '.join(ids.phones) or '-'}",
        f"robot ids: {', '.join(ids.robot_ids) or '-'}",
        f"names:     {', '.join(ids.names) or '-'}",
        f"linked:    {'; '.join(findings.links) or 'no customer record'}",
        _header("customers", len(records.customers), limit),
    ]
    for c in records.customers[:limit]:
        robots = ",".join(r.robot_id for r in c.robot_ids) or "-"
        lines.append(
            f"  {c.id:>6}  {c.email or '-'}  {c.name or '-'}  {c.phone or '-'}  robot {robots}{_mark(c.restricted)}"
        )
    lines.append(_header("tickets", len(records.tickets), limit))
    for t in records.tickets[:limit]:
        role = "customer" if t.owned else "participant"
        lines.append(
            f"  {t.ref or t.id!s:>10}  {t.status:<7}  {role:<11}  {t.subject[:60]}{_mark(t.customer_restricted)}"
        )
    lines.append(_header("messages", len(records.messages), limit))
    for m in records.messages[:limit]:
        ref = records.ticket_ref(m.ticket_id) or "-"
        lines.append(
            f"  {m.id:>6}  {ref:>10}  {m.direction:<3}  {m.received_at:%Y-%m-%d %H:%M}  {m.from_address or '-'}"
        )
    return lines + _other_lines(records, limit)


def _other_lines(records: SubjectRecords, limit: int | None) -> list[str]:
    attachments = records.attachments()
    lines = [_header("attachments", len(attachments), limit)]
    for a in attachments[:limit]:
        kind = "identity document" if a.identity_document else "attachment"
        where = "on disk" if a.path else "purged"
        lines.append(f"  {a.id:>6}  message {a.message_id}  {a.filename}  {a.size} B  {kind}, {where}")
    lines.append(_header("rights requests", len(records.rights_requests), limit))
    for r in records.rights_requests[:limit]:
        lines.append(f"  {r.id:>6}  {','.join(r.rights)}  {r.status}  received {r.receipt_date}")
    lines.append(_header("outbox", len(records.outbox), limit))
    for o in records.outbox[:limit]:
        lines.append(f"  {o.id:>6}  {o.kind:<20}  {o.state:<10}  to {o.recipient}")
    lines.append(_header("spool", len(records.spool), limit))
    for s in records.spool[:limit]:
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
