"""What the storage commands share: a read-only session on the configured database with errors turned into one
line, and a console for tables that does not squeeze them.

`read` is for the commands that only look (listings, `show`, `subject find`): it opens the database read-only
(a SQLite file with `mode=ro`), so a missing file is reported, never created, and a schema that is not at the
migrations' head is reported with its fix instead of failing on a missing table (docs/admin-cli.md).
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from typing import TypeVar

from rich.console import Console
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession

from intake.cli.context import CliError
from storage.database import Database
from storage.errors import StorageError
from storage.reasons import safe_reason

T = TypeVar("T")
#: Width of tables when the output is not a terminal (a pipe, a file, a test): wide enough not to cut refs.
PIPE_WIDTH = 160


async def _read(url: str, query: Callable[[AsyncSession], Awaitable[T]]) -> T:
    db = Database.open_read_only(url)
    try:
        await db.require_current_schema()
        async with db.session() as session:
            return await query(session)
    finally:
        await db.close()


def read(url: str, query: Callable[[AsyncSession], Awaitable[T]]) -> T:
    """Runs `query` in a session on `url`; a storage or connection error becomes a CliError (one line)."""
    try:
        return asyncio.run(_read(url, query))
    except StorageError as exc:
        raise CliError(str(exc)) from None
    except (SQLAlchemyError, OSError) as exc:
        # the reason, never the statement: its parameters may be what staff searched for (a person's address)
        raise CliError(
            f"database {_safe(url)}: {safe_reason(exc)}; fix: check [database] url, then `intake db upgrade`"
        ) from None


def _safe(url: str) -> str:
    """The URL without a password, for messages."""
    scheme, sep, rest = url.partition("://")
    if "@" in rest:
        rest = rest.split("@", 1)[1]
    return f"{scheme}{sep}{rest}"


def console() -> Console:
    """A console that prints text as given: subjects and mail text are never read as rich markup."""
    width = None if sys.stdout.isatty() else PIPE_WIDTH
    return Console(width=width, markup=False, highlight=False, emoji=False)
