"""Why something failed, in words that never carry what a mail said: the one place an exception becomes a reason.

A stored quarantine reason, an ERROR log line and a CLI error line must say which stage failed and why, but an
exception's text often quotes the data: SQLAlchemy puts the statement and its parameters (a writer's name,
subject, text) into `str(exc)`, a parser error may quote a header. `safe_reason` therefore builds the reason
from what identifies the fault and nothing else:

    stage route: IntegrityError (SQLSTATE 23505, constraint customers_email_key)
    stage parse: UnicodeDecodeError
    stage parse: ParseWorkerLost: parse exceeded 10 s

- the stage, when the code that failed marked it (`mark_stage`, used by the pipeline's stage timer);
- the exception's class, and for a database error the driver's error class, SQLSTATE (PostgreSQL) or SQLite
  error name, and the constraint, table and column names the driver reports (schema names, never values);
- the exception's message only when its class declares the message safe (`SafeMessage`): texts we word
  ourselves from counts, ids and settings.
"""

from __future__ import annotations

import contextlib
import re
import traceback
from pathlib import Path

from sqlalchemy.exc import DBAPIError

#: The attribute `mark_stage` sets on an exception (the innermost stage wins).
_STAGE_ATTRIBUTE = "_intake_stage"
#: Schema names a driver attaches to an error (asyncpg and psycopg name them alike).
_SCHEMA_FIELDS = ("constraint_name", "table_name", "column_name")
#: A safe message is still cut: a reason is one short line.
MAX_MESSAGE = 200
#: SQLite names the failed constraint by table and column in its message; the values are never in it.
_SQLITE_CONSTRAINT = re.compile(
    r"(?:UNIQUE|NOT NULL|CHECK|FOREIGN KEY) constraint failed(?:: [\w.]+(?:, [\w.]+)*)?"
)
#: Our packages: `origin` names the innermost frame in one of them.
_OWN_PACKAGES = {"intake", "storage", "parsers"}


class SafeMessage(Exception):
    """Mixin: an exception whose message is worded by us from ids, counts and settings, never from mail."""


def mark_stage(exc: BaseException, stage: str) -> None:
    """Records the stage `exc` was raised in, unless an inner stage already did."""
    if not hasattr(exc, _STAGE_ATTRIBUTE):
        # an exception type without a __dict__ cannot carry it: its reason goes without the stage
        with contextlib.suppress(AttributeError):
            setattr(exc, _STAGE_ATTRIBUTE, stage)


def stage_of(exc: BaseException) -> str | None:
    stage = getattr(exc, _STAGE_ATTRIBUTE, None)
    return stage if isinstance(stage, str) else None


def safe_reason(exc: BaseException, *, stage: str | None = None) -> str:
    """One line: `stage S: ExceptionClass (details)`; no parameter, value or text of the mail (module doc)."""
    where = stage_of(exc) or stage
    prefix = f"stage {where}: " if where else ""
    return prefix + describe(exc)


def describe(exc: BaseException) -> str:
    """The exception's class with the safe details (module doc), without a stage."""
    name = type(exc).__name__
    if isinstance(exc, DBAPIError):
        details = [d for d in _driver_details(exc.orig) if d != name]  # "IntegrityError (IntegrityError, ..."
        return f"{name} ({', '.join(details)})" if details else name
    if isinstance(exc, SafeMessage) and str(exc):
        return f"{name}: {' '.join(str(exc).split())[:MAX_MESSAGE]}"
    return name


def _driver_details(orig: BaseException | None) -> list[str]:
    if orig is None:
        return []
    # asyncpg's own exception sits behind SQLAlchemy's adapter; psycopg and sqlite3 raise it directly
    driver = orig.__cause__ if orig.__cause__ is not None else orig
    details = [type(driver).__name__]
    sqlstate = getattr(driver, "sqlstate", None) or getattr(orig, "pgcode", None)
    if isinstance(sqlstate, str) and sqlstate:
        details.append(f"SQLSTATE {sqlstate}")
    sqlite_name = getattr(driver, "sqlite_errorname", None)
    if isinstance(sqlite_name, str):
        details.append(sqlite_name)
        constraint = _SQLITE_CONSTRAINT.fullmatch(str(driver)[:MAX_MESSAGE])
        if constraint:
            details.append(constraint.group())
    diag = getattr(driver, "diag", driver)  # psycopg keeps the names in .diag
    for field in _SCHEMA_FIELDS:
        value = getattr(diag, field, None)
        if isinstance(value, str) and value:
            details.append(f"{field.removesuffix('_name')} {value}")
    return details


def origin(exc: BaseException) -> str | None:
    """`package/module.py:line` of the innermost frame of our own code the exception passed through: where to
    look, for the log line that cannot carry the traceback's message."""
    found = None
    for frame in traceback.extract_tb(exc.__traceback__):
        parts = Path(frame.filename).parts
        for index, part in enumerate(parts[:-1]):
            if part in _OWN_PACKAGES:
                found = f"{'/'.join(parts[index:])}:{frame.lineno}"
                break
    return found
