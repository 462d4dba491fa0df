"""Customers: one row per email address, each field with where it came from; robot ids beside it.

Part of routing (stage 4): `upsert_customer` records the writer of a customer mail. A field is replaced only by
a value from an equal or better source (header > signature > body), so a name from the From header is never
overwritten by a guess from the body; a newer value from an equally good source wins (people move and change
numbers).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from parsers import Customer as ParsedCustomer
from parsers import Found
from storage.models import Customer, CustomerRobotId

#: How much a value's source is trusted; "staff" is what staff typed in (privacy tools), the best there is.
SOURCE_RANK = {"body": 1, "signature": 2, "header": 3, "staff": 4}


def _better_or_equal(new_source: str, old_source: str | None) -> bool:
    return old_source is None or SOURCE_RANK.get(new_source, 0) >= SOURCE_RANK.get(old_source, 0)


def _apply(customer: Customer, field: str, found: Found[str] | None) -> None:
    if found is None or not found.value:
        return
    if getattr(customer, field) == found.value:
        if _better_or_equal(found.source, getattr(customer, f"{field}_source")):
            setattr(customer, f"{field}_source", found.source)
        return
    if getattr(customer, field) is None or _better_or_equal(
        found.source, getattr(customer, f"{field}_source")
    ):
        setattr(customer, field, found.value)
        setattr(customer, f"{field}_source", found.source)


async def find_by_email(session: AsyncSession, email: str) -> Customer | None:
    return (
        await session.execute(select(Customer).where(Customer.email == email.lower()))
    ).scalar_one_or_none()


async def upsert_customer(session: AsyncSession, parsed: ParsedCustomer, *, now: datetime) -> Customer | None:
    """The customer with the writer's email, created or updated; None when the mail gives no address."""
    if parsed.email is None:
        return None
    email = parsed.email.value.lower()
    customer = await find_by_email(session, email)
    if customer is None:
        customer, created = await _insert(session, parsed, email, now=now)
        if created:
            if parsed.robot_id is not None:
                session.add(_robot_row(customer, parsed.robot_id, now=now))
            return customer
    _apply(customer, "name", parsed.name)
    _apply(customer, "phone", parsed.phone)
    if _better_or_equal(parsed.email.source, customer.email_source):
        customer.email_source = parsed.email.source
    customer.updated_at = now
    if parsed.robot_id is not None:
        await _add_robot_id(session, customer, parsed.robot_id, now=now)
    return customer


async def _insert(
    session: AsyncSession, parsed: ParsedCustomer, email: str, *, now: datetime
) -> tuple[Customer, bool]:
    """Inserts the customer with every field; returns the row and whether we inserted it."""
    customer = Customer(
        email=email,
        email_source=parsed.email.source if parsed.email else None,
        name=parsed.name.value if parsed.name else None,
        name_source=parsed.name.source if parsed.name else None,
        phone=parsed.phone.value if parsed.phone else None,
        phone_source=parsed.phone.source if parsed.phone else None,
        restricted=False,
        bounced_hard=False,
        created_at=now,
        updated_at=now,
    )
    if session.get_bind().dialect.name != "postgresql":  # SQLite transactions never overlap (BEGIN IMMEDIATE)
        session.add(customer)
        await session.flush()
        return customer, True
    try:
        # A savepoint: another instance may insert the same address at the same moment.
        async with session.begin_nested():
            session.add(customer)
    except IntegrityError:
        winner = await find_by_email(session, email)
        if winner is None:
            raise
        return winner, False
    return customer, True


def _robot_row(customer: Customer, robot_id: Found[str], *, now: datetime) -> CustomerRobotId:
    return CustomerRobotId(
        customer_id=customer.id, robot_id=robot_id.value, source=robot_id.source, first_seen_at=now
    )


async def _add_robot_id(
    session: AsyncSession, customer: Customer, robot_id: Found[str], *, now: datetime
) -> None:
    query = select(CustomerRobotId.id).where(
        CustomerRobotId.customer_id == customer.id, CustomerRobotId.robot_id == robot_id.value
    )
    if (await session.execute(query)).first() is None:
        session.add(_robot_row(customer, robot_id, now=now))
