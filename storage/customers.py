"""Customers: one row per email address, each field with where it came from; robot ids beside it.

Part of routing (stage 4): `upsert_customer` records the writer of a customer mail. A field is replaced only by
a value from an equal or better source (header > signature > body), so a name from the From header is never
overwritten by a guess from the body; a newer value from an equally good source wins (people move and change
numbers).
"""

from __future__ import annotations

import functools
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session, make_transient_to_detached
from sqlalchemy.orm.instrumentation import manager_of_class
from sqlalchemy.orm.util import identity_key
from sqlalchemy.sql.dml import ReturningInsert

from parsers import Customer as ParsedCustomer
from parsers import Found
from storage.database import dialect_insert, insert_unless_exists
from storage.models import Customer, CustomerRobotId, table_of

#: How much a value's source is trusted; "staff" is what staff typed in (privacy tools), the best there is.
SOURCE_RANK = {"body": 1, "signature": 2, "header": 3, "staff": 4}


def _better_or_equal(new_source: str, old_source: str | None) -> bool:
    return old_source is None or SOURCE_RANK.get(new_source, 0) >= SOURCE_RANK.get(old_source, 0)


def _apply(row: dict[str, Any], field: str, found: Found[str] | None) -> None:
    if found is None or not found.value:
        return
    if row[field] == found.value:
        if _better_or_equal(found.source, row[f"{field}_source"]):
            row[f"{field}_source"] = found.source
        return
    if row[field] is None or _better_or_equal(found.source, row[f"{field}_source"]):
        row[field] = found.value
        row[f"{field}_source"] = found.source


def find_by_email(session: Session, email: str) -> Customer | None:
    return session.execute(select(Customer).where(Customer.email == email.lower())).scalar_one_or_none()


def upsert_customer(session: Session, parsed: ParsedCustomer, *, now: datetime) -> Customer | None:
    """The customer with the writer's email, created or updated; None when the mail gives no address."""
    if parsed.email is None:
        return None
    stored = _upsert(session, parsed, parsed.email.value.lower(), now=now)
    wanted = dict(stored)  # for a row the upsert inserted, the rules below change nothing
    _apply(wanted, "name", parsed.name)
    _apply(wanted, "phone", parsed.phone)
    if _better_or_equal(parsed.email.source, wanted["email_source"]):
        wanted["email_source"] = parsed.email.source
    changes = {field: value for field, value in wanted.items() if stored[field] != value}
    customer = _updated(session, wanted, changes, now=now)
    if parsed.robot_id is not None:
        _add_robot_id(session, customer.id, parsed.robot_id, now=now)
    return customer


def _upsert(session: Session, parsed: ParsedCustomer, email: str, *, now: datetime) -> dict[str, Any]:
    """Inserts the customer with every field, or (address known, also when another instance inserted it a
    moment ago) takes the existing row: one INSERT ... ON CONFLICT DO UPDATE ... RETURNING either way."""
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
    return session.execute(_upsert_statement(session.get_bind().dialect.name), values).one()._asdict()


def _updated(session: Session, wanted: dict[str, Any], changes: dict[str, Any], *, now: datetime) -> Customer:
    """The customer row as `wanted`, written with one Core UPDATE of `changes` (none when nothing changed) and
    handed to the session as persistent: not loaded again, and no unit of work to flush for it."""
    known = session.identity_map.get(identity_key(Customer, wanted["id"]))
    if isinstance(known, Customer):  # already in this session: its unit of work writes the changes
        for field, value in (changes | {"updated_at": now}).items():
            setattr(known, field, value)
        return known
    if changes:
        session.execute(_UPDATE_CUSTOMER, {**changes, "updated_at": now, "customer_id": wanted["id"]})
    # Made as the ORM's loader makes a row's object: the values straight into its __dict__. `Customer(**wanted)`
    # would record each as a change (attribute events), only for make_transient_to_detached to discard them.
    customer: Customer = _CUSTOMER_CLASS.new_instance()
    customer.__dict__.update(wanted)
    make_transient_to_detached(customer)
    session.add(customer)
    return customer


@functools.cache
def _upsert_statement(dialect: str) -> ReturningInsert[Any]:
    """INSERT ... ON CONFLICT (email) DO UPDATE SET updated_at ... RETURNING every column, per backend (the
    no-op update makes a known row come back; `upsert_customer` then sets what the mail tells)."""
    statement = dialect_insert(dialect, _CUSTOMERS)
    return statement.on_conflict_do_update(
        index_elements=[_CUSTOMERS.c.email], set_={"updated_at": statement.excluded.updated_at}
    ).returning(*_CUSTOMERS.c)


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
_CUSTOMER_CLASS = manager_of_class(Customer)
_ROBOT_IDS = table_of(CustomerRobotId)
#: The columns set are those of the parameters (the changed fields, and always updated_at).
_UPDATE_CUSTOMER = update(_CUSTOMERS).where(_CUSTOMERS.c.id == bindparam("customer_id"))
