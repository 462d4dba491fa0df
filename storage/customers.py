"""Customers: one row per email address, each field with where it came from; robot ids beside it.

Part of routing (stage 4): `upsert_customer` records the writer of a customer mail. A field is replaced only by
a value from an equal or better source (header > signature > body), so a name from the From header is never
overwritten by a guess from the body; a newer value from an equally good source wins (people move and change
numbers).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, make_transient_to_detached

from parsers import Customer as ParsedCustomer
from parsers import Found
from storage.database import insert_unless_exists
from storage.models import Customer, CustomerRobotId, table_of

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


def find_by_email(session: Session, email: str) -> Customer | None:
    return session.execute(select(Customer).where(Customer.email == email.lower())).scalar_one_or_none()


def upsert_customer(session: Session, parsed: ParsedCustomer, *, now: datetime) -> Customer | None:
    """The customer with the writer's email, created or updated; None when the mail gives no address."""
    if parsed.email is None:
        return None
    email = parsed.email.value.lower()
    # Insert first: most writers are new, and a known address costs the same two statements as before.
    customer, created = _insert(session, parsed, email, now=now)
    if created:
        if parsed.robot_id is not None:
            _add_robot_id(session, customer.id, parsed.robot_id, now=now)
        return customer
    _apply(customer, "name", parsed.name)
    _apply(customer, "phone", parsed.phone)
    if _better_or_equal(parsed.email.source, customer.email_source):
        customer.email_source = parsed.email.source
    customer.updated_at = now
    if parsed.robot_id is not None:
        _add_robot_id(session, customer.id, parsed.robot_id, now=now)
    return customer


def _insert(session: Session, parsed: ParsedCustomer, email: str, *, now: datetime) -> tuple[Customer, bool]:
    """Inserts the customer with every field (one INSERT ... RETURNING, no flush); returns the row as a
    persistent object and True, or, when the address is known (or another instance inserted it a moment ago),
    that row and False."""
    values: dict[str, object] = {
        "email": email,
        "email_source": parsed.email.source if parsed.email else None,
        "name": parsed.name.value if parsed.name else None,
        "name_source": parsed.name.source if parsed.name else None,
        "phone": parsed.phone.value if parsed.phone else None,
        "phone_source": parsed.phone.source if parsed.phone else None,
        "restricted": False,
        "restricted_at": None,
        "bounced_hard": False,
        "created_at": now,
        "updated_at": now,
    }
    customer_id = session.execute(insert_unless_exists(session, _CUSTOMERS, _CUSTOMERS.c.id), values).scalar()
    if customer_id is None:
        winner = find_by_email(session, email)
        if winner is None:
            raise LookupError("a customer was neither inserted nor found")
        return winner, False
    customer = Customer(id=customer_id, **values)
    # known to be in the database as given: the session keeps it without loading it again
    make_transient_to_detached(customer)
    session.add(customer)
    return customer, True


def _add_robot_id(session: Session, customer_id: int, robot_id: Found[str], *, now: datetime) -> None:
    """Records the robot id for the customer unless it is already recorded (a unique key decides)."""
    row = {
        "customer_id": customer_id,
        "robot_id": robot_id.value,
        "source": robot_id.source,
        "first_seen_at": now,
    }
    session.execute(insert_unless_exists(session, _ROBOT_IDS), row)


_CUSTOMERS = table_of(Customer)
_ROBOT_IDS = table_of(CustomerRobotId)
