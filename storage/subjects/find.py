"""Finding everything the store holds about one person (a data subject), found from what staff know of them.

Used by `intake subject find/export/erase/restrict` (GDPR Art. 15-18, 20). A person is found by email, phone,
robot id or name; the search then follows the links in the store (a customer record with the same phone or robot
id, but another address) until nothing new turns up, so a person who wrote from two addresses is found whole.
Names never link records on their own: two people can share a name.

What "concerns" the person:
- their customer records and robot ids;
- their own tickets (the ticket's customer is theirs), with every message, attachment and outbox row on them;
- on other people's tickets: the messages they sent or that were sent to them, or that mention their address,
  and their participant rows;
- rights requests of their customer records or tickets;
- outbox rows addressed to them or naming their address;
- spool rows of their messages, and any spool row whose raw bytes contain their address, name or phone
  number (quarantined mail never became a message, so only its bytes tell).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import phonenumbers
from sqlalchemy import String, cast, false, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload
from sqlalchemy.sql.elements import ColumnElement

from storage.models import (
    Attachment,
    Customer,
    CustomerRobotId,
    Message,
    OutboxMail,
    Participant,
    RightsRequest,
    SpoolEntry,
    Ticket,
)

#: Spool rows are scanned for raw bytes in batches this size, so memory stays bounded on a large spool.
SPOOL_SCAN_BATCH = 200
#: Shortest name searched for in free text; shorter ones match too much by accident.
MIN_MENTION_NAME = 5


@dataclass(frozen=True, slots=True)
class SubjectQuery:
    """What staff know of the person, already normalised (emails lowercase, phones E.164, robot ids upper)."""

    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    robot_ids: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return not (self.emails or self.phones or self.robot_ids or self.names)


@dataclass(frozen=True, slots=True)
class Identities:
    """Every identifier the store links to the person (the query plus what the links added), sorted."""

    emails: tuple[str, ...]
    phones: tuple[str, ...]
    robot_ids: tuple[str, ...]
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SubjectFindings:
    """Row ids of everything that concerns the person, by table. `links` says why each customer was included."""

    identities: Identities
    customer_ids: tuple[int, ...]
    links: tuple[str, ...]
    owned_ticket_ids: tuple[int, ...]  # their own tickets: removed whole on erasure
    other_ticket_ids: tuple[int, ...]  # someone else's tickets they take part in or are named on
    message_ids: tuple[int, ...]
    participant_ids: tuple[int, ...]
    attachment_ids: tuple[int, ...]
    rights_request_ids: tuple[int, ...]
    outbox_ids: tuple[int, ...]
    spool_ids: tuple[int, ...]

    def is_empty(self) -> bool:
        return not (
            self.customer_ids
            or self.owned_ticket_ids
            or self.other_ticket_ids
            or self.message_ids
            or self.participant_ids
            or self.rights_request_ids
            or self.outbox_ids
            or self.spool_ids
        )

    def counts(self) -> dict[str, int]:
        """How many rows of each kind: the only thing about a person that may go into the audit log."""
        return {
            "customers": len(self.customer_ids),
            "tickets": len(self.owned_ticket_ids) + len(self.other_ticket_ids),
            "messages": len(self.message_ids),
            "participants": len(self.participant_ids),
            "attachments": len(self.attachment_ids),
            "rights_requests": len(self.rights_request_ids),
            "outbox": len(self.outbox_ids),
            "spool": len(self.spool_ids),
        }


@dataclass(slots=True)
class _Collected:
    emails: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    robot_ids: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    customers: dict[int, str] = field(default_factory=dict)  # id -> why it was included


def like_escape(value: str) -> str:
    """`value` for a LIKE pattern with `\\` as the escape character."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains_any(column: Any, needles: Iterable[str]) -> ColumnElement[bool]:
    """Case-insensitive "column contains one of needles" (LIKE), on SQLite and PostgreSQL alike."""
    text = func.lower(cast(column, String))
    clauses = [text.like(f"%{like_escape(n.lower())}%", escape="\\") for n in needles if n]
    return or_(*clauses) if clauses else false()


async def _match_customers(session: AsyncSession, seen: _Collected, query: SubjectQuery) -> list[Customer]:
    clauses: list[ColumnElement[bool]] = []
    if seen.emails:
        clauses.append(Customer.email.in_(sorted(seen.emails)))
    if seen.phones:
        clauses.append(Customer.phone.in_(sorted(seen.phones)))
    if seen.robot_ids:
        robot_owner = select(CustomerRobotId.customer_id).where(
            CustomerRobotId.robot_id.in_(sorted(seen.robot_ids))
        )
        clauses.append(Customer.id.in_(robot_owner))
    if query.names:
        clauses.append(func.lower(Customer.name).in_([n.lower() for n in query.names]))
    if not clauses:
        return []
    stmt = select(Customer).options(selectinload(Customer.robot_ids)).where(or_(*clauses))
    return list((await session.scalars(stmt)).all())


def _why(customer: Customer, seen: _Collected, query: SubjectQuery) -> str:
    robot_ids = {r.robot_id for r in customer.robot_ids}
    if customer.email and customer.email in seen.emails:
        return "email"
    if customer.phone and customer.phone in seen.phones:
        return "phone"
    if robot_ids & seen.robot_ids:
        return "robot_id"
    return "name"


async def _collect_customers(session: AsyncSession, query: SubjectQuery) -> _Collected:
    """Follow email, phone and robot-id links between customer records until nothing new is found."""
    seen = _Collected(
        emails=set(query.emails),
        phones=set(query.phones),
        robot_ids=set(query.robot_ids),
        names=set(query.names),
    )
    while True:
        new = [c for c in await _match_customers(session, seen, query) if c.id not in seen.customers]
        if not new:
            return seen
        for customer in new:
            seen.customers[customer.id] = _why(customer, seen, query)
            if customer.email:
                seen.emails.add(customer.email)
            if customer.phone:
                seen.phones.add(customer.phone)
            if customer.name:
                seen.names.add(customer.name)
            seen.robot_ids.update(r.robot_id for r in customer.robot_ids)


async def _ids(session: AsyncSession, stmt: Any) -> set[int]:
    return {int(i) for i in (await session.scalars(stmt)).all()}


async def _tickets(session: AsyncSession, seen: _Collected) -> tuple[set[int], set[int], set[int]]:
    """(owned ticket ids, other ticket ids, participant ids)."""
    owned: set[int] = set()
    if seen.customers:
        owned = await _ids(session, select(Ticket.id).where(Ticket.customer_id.in_(sorted(seen.customers))))
    participants: set[int] = set()
    others: set[int] = set()
    if seen.emails:
        rows = (
            await session.execute(
                select(Participant.id, Participant.ticket_id).where(
                    func.lower(Participant.email).in_(sorted(seen.emails))
                )
            )
        ).all()
        participants = {int(r[0]) for r in rows}
        others = {int(r[1]) for r in rows} - owned
    return owned, others, participants


def phone_variants(e164: str) -> tuple[str, ...]:
    """The ways an E.164 number is commonly written: "+31612345678", "06 12345678", "0612345678", ..."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return (e164,)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    digits = "".join(ch for ch in national if ch.isdigit())
    international = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return tuple(
        dict.fromkeys((e164, national, digits, national.replace(" ", "-"), international, "00" + e164[1:]))
    )


def phone_regex(e164: str) -> str:
    """A pattern for the number however it is written: "+31 6 1234 5678", "0031612345678", "06-12345678"."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return re.escape(e164)
    separators = r"[\s\-.()]*"
    digits = separators.join(str(number.national_number))
    prefix = rf"(?:(?:\+|00){separators}{number.country_code}{separators}(?:\(0\){separators})?|0)"
    return prefix + separators + digits


def is_full_name(name: str) -> bool:
    """A name specific enough to look for in free text: at least two words ("Jan de Vries", not "Jan",
    which would also hit "januari")."""
    return len(name.split()) >= 2 and len(name) >= MIN_MENTION_NAME


def mention_needles(identities: Identities | _Collected) -> tuple[str, ...]:
    """The strings whose presence in a text means the text names the person."""
    phones = [v for p in sorted(identities.phones) for v in phone_variants(p)]
    names = [n for n in sorted(identities.names) if is_full_name(n)]
    return tuple(dict.fromkeys((*sorted(identities.emails), *names, *phones)))


async def _messages(session: AsyncSession, seen: _Collected, owned: set[int]) -> set[int]:
    clauses: list[ColumnElement[bool]] = []
    if owned:
        clauses.append(Message.ticket_id.in_(sorted(owned)))
    if seen.emails:
        clauses.append(func.lower(Message.from_address).in_(sorted(seen.emails)))
        clauses.append(contains_any(Message.to_addresses, (f'"{e}"' for e in seen.emails)))
    needles = mention_needles(seen)
    for column in (Message.text, Message.signature, Message.quoted, Message.subject, Message.from_name):
        clauses.append(contains_any(column, needles))
    if not clauses:
        return set()
    return await _ids(session, select(Message.id).where(or_(*clauses)))


async def _raw_spool_matches(session: AsyncSession, mentions: Sequence[str]) -> set[int]:
    """Spool rows whose raw bytes contain one of the person's addresses, names or phone numbers (any case).

    why in Python: a case-insensitive search inside binary columns has no common SQL form for SQLite and
    PostgreSQL; the spool keeps raw bytes only for `retention.spool_days`, so the scan stays small.
    """
    needles = [m.lower().encode("utf-8") for m in mentions]
    if not needles:
        return set()
    found: set[int] = set()
    last_id = 0
    while True:
        rows = (
            await session.execute(
                select(SpoolEntry.id, SpoolEntry.raw)
                .where(SpoolEntry.raw.is_not(None), SpoolEntry.id > last_id)
                .order_by(SpoolEntry.id)
                .limit(SPOOL_SCAN_BATCH)
            )
        ).all()
        if not rows:
            return found
        for spool_id, raw in rows:
            lowered = bytes(raw or b"").lower()
            if any(n in lowered for n in needles):
                found.add(int(spool_id))
        last_id = int(rows[-1][0])


async def find(session: AsyncSession, query: SubjectQuery) -> SubjectFindings:
    """Every row that concerns the person described by `query` (see the module docstring)."""
    seen = await _collect_customers(session, query)
    owned, others, participant_ids = await _tickets(session, seen)
    message_ids = await _messages(session, seen, owned)
    if message_ids:
        others |= (
            await _ids(
                session,
                select(Message.ticket_id).where(
                    Message.id.in_(sorted(message_ids)), Message.ticket_id.is_not(None)
                ),
            )
        ) - owned
    attachment_ids = (
        await _ids(session, select(Attachment.id).where(Attachment.message_id.in_(sorted(message_ids))))
        if message_ids
        else set()
    )
    rights_ids = await _rights_requests(session, seen, owned, message_ids)
    outbox_ids = await _outbox(session, seen, owned, rights_ids)
    spool_ids = await _raw_spool_matches(session, mention_needles(seen))
    if message_ids:
        spool_ids |= await _ids(
            session,
            select(Message.spool_id).where(
                Message.id.in_(sorted(message_ids)), Message.spool_id.is_not(None)
            ),
        )
    return SubjectFindings(
        identities=Identities(
            emails=tuple(sorted(seen.emails)),
            phones=tuple(sorted(seen.phones)),
            robot_ids=tuple(sorted(seen.robot_ids)),
            names=tuple(sorted(seen.names)),
        ),
        customer_ids=tuple(sorted(seen.customers)),
        links=tuple(f"customer {cid} via {why}" for cid, why in sorted(seen.customers.items())),
        owned_ticket_ids=tuple(sorted(owned)),
        other_ticket_ids=tuple(sorted(others)),
        message_ids=tuple(sorted(message_ids)),
        participant_ids=tuple(sorted(participant_ids)),
        attachment_ids=tuple(sorted(attachment_ids)),
        rights_request_ids=tuple(sorted(rights_ids)),
        outbox_ids=tuple(sorted(outbox_ids)),
        spool_ids=tuple(sorted(spool_ids)),
    )


async def _rights_requests(
    session: AsyncSession, seen: _Collected, owned: set[int], message_ids: set[int]
) -> set[int]:
    clauses: list[ColumnElement[bool]] = []
    if seen.customers:
        clauses.append(RightsRequest.customer_id.in_(sorted(seen.customers)))
    if owned:
        clauses.append(RightsRequest.ticket_id.in_(sorted(owned)))
    if message_ids:
        clauses.append(RightsRequest.message_id.in_(sorted(message_ids)))
    if not clauses:
        return set()
    return await _ids(session, select(RightsRequest.id).where(or_(*clauses)))


async def _outbox(session: AsyncSession, seen: _Collected, owned: set[int], rights_ids: set[int]) -> set[int]:
    clauses: list[ColumnElement[bool]] = []
    if owned:
        clauses.append(OutboxMail.ticket_id.in_(sorted(owned)))
    if rights_ids:
        clauses.append(OutboxMail.rights_request_id.in_(sorted(rights_ids)))
    if seen.emails:
        clauses.append(func.lower(OutboxMail.recipient).in_(sorted(seen.emails)))
    needles = mention_needles(seen)
    clauses.append(contains_any(OutboxMail.body, needles))
    clauses.append(contains_any(OutboxMail.subject, needles))
    if not clauses:
        return set()
    return await _ids(session, select(OutboxMail.id).where(or_(*clauses)))
