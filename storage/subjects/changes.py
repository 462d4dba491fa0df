"""Changes staff make to a person's record: restriction (Art. 18), rectification (Art. 16), and the keyed
pseudonym that replaces the person in what must be kept after an erasure (Art. 5(2) accountability).

Every change writes an audit event with who and what kind of change, never the values themselves.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import AuditEvent, Customer, CustomerRobotId, DaemonState

#: daemon_state key of the per-install secret behind `subject_pseudonym` (never leaves the database).
PSEUDONYM_KEY = "privacy.pseudonym_key"
#: Fields `rectify` may set, and where the new value came from.
RECTIFIABLE = ("name", "email", "phone", "robot_id")
STAFF_SOURCE = "staff"


class SubjectChangeError(Exception):
    """A change staff asked for cannot be made; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class Rectification:
    """Validated new values (None: leave as is). `robot_id` is added to the person's robot ids."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    robot_id: str | None = None

    def fields(self) -> tuple[str, ...]:
        return tuple(f for f in RECTIFIABLE if getattr(self, f) is not None)


async def pseudonym(session: AsyncSession, identifier: str, *, now: datetime) -> str:
    """HMAC-SHA256 (hex) of the lowercased identifier under the install's secret, created on first use.

    Keyed, so that nobody holding only the database dump and a guessed address can confirm the guess without
    also holding the key; stable, so that a later request by the same address can be linked to the trace.
    """
    state = await session.get(DaemonState, PSEUDONYM_KEY)
    if state is None:
        state = DaemonState(key=PSEUDONYM_KEY, value=secrets.token_hex(32), updated_at=now)
        session.add(state)
        await session.flush()
    key = bytes.fromhex(state.value)
    return hmac.new(key, identifier.strip().lower().encode("utf-8"), hashlib.sha256).hexdigest()


def audit(
    session: AsyncSession,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    details: dict[str, object],
    now: datetime,
) -> None:
    """Adds one audit event (in the caller's transaction). `details` must never hold personal data."""
    session.add(
        AuditEvent(at=now, actor=actor, action=action, entity=entity, entity_id=entity_id, details=details)
    )


async def set_restricted(
    session: AsyncSession, customer_ids: tuple[int, ...], restricted: bool, *, actor: str, now: datetime
) -> int:
    """Sets or lifts the Art. 18 restriction on these customers; returns how many changed."""
    changed = 0
    for customer in (await session.scalars(select(Customer).where(Customer.id.in_(customer_ids)))).all():
        if bool(customer.restricted) == restricted:
            continue
        customer.restricted = restricted
        customer.restricted_at = now if restricted else None
        customer.updated_at = now
        changed += 1
        audit(
            session,
            actor=actor,
            action="subject_restricted" if restricted else "subject_unrestricted",
            entity="customer",
            entity_id=customer.id,
            details={"restricted": restricted},
            now=now,
        )
    await session.flush()
    return changed


async def rectify(
    session: AsyncSession, email: str, change: Rectification, *, actor: str, now: datetime
) -> int:
    """Applies `change` to the customer with this address; returns the customer id.

    Raises SubjectChangeError when no customer has the address, or when the new address belongs to another one.
    """
    customer = await session.scalar(select(Customer).where(Customer.email == email.lower()))
    if customer is None:
        raise SubjectChangeError(
            f"no customer record has the address {email}; check it with `intake subject find`"
        )
    if change.email is not None and change.email != customer.email:
        other = await session.scalar(select(Customer.id).where(Customer.email == change.email))
        if other is not None:
            raise SubjectChangeError(
                f"customer {other} already has the address {change.email}; erase or rectify that record first"
            )
    for field in ("name", "email", "phone"):
        value = getattr(change, field)
        if value is not None:
            setattr(customer, field, value)
            setattr(customer, f"{field}_source", STAFF_SOURCE)
    if change.robot_id is not None:
        await _add_robot_id(session, customer.id, change.robot_id, now=now)
    customer.updated_at = now
    audit(
        session,
        actor=actor,
        action="subject_rectified",
        entity="customer",
        entity_id=customer.id,
        details={"fields": list(change.fields()), "source": STAFF_SOURCE},
        now=now,
    )
    try:
        await session.flush()
    except IntegrityError as exc:
        raise SubjectChangeError(
            f"the change conflicts with another record ({exc.orig}); nothing was changed"
        ) from None
    return customer.id


async def _add_robot_id(session: AsyncSession, customer_id: int, robot_id: str, *, now: datetime) -> None:
    known = await session.scalar(
        select(CustomerRobotId.id).where(
            CustomerRobotId.customer_id == customer_id, CustomerRobotId.robot_id == robot_id
        )
    )
    if known is None:
        session.add(
            CustomerRobotId(
                customer_id=customer_id, robot_id=robot_id, source=STAFF_SOURCE, first_seen_at=now
            )
        )
