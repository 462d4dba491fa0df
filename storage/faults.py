"""Database faults: the failures that are the database's (or its disk's), not a mail's.

A full filesystem, a write lock another process holds, an I/O error, a read-only file, an unreachable server:
none of them says anything about the mail in hand, so none may count an attempt against it (it would be
quarantined for the disk's sake). `database_fault(exc)` recognises them along the exception's chain and
returns what `intake status` and the ERROR event say: a kind and the fix, never the statement or its
parameters (they carry personal data). Everything else is None: a mail's own failure.
"""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass
from typing import Literal

FaultKind = Literal["disk_full", "locked", "io_error", "read_only", "unreachable"]

FIXES: dict[FaultKind, str] = {
    "disk_full": "the filesystem holding the database (or its files_dir) is full; fix: free space there "
    "(df -h); intake resumes by itself",
    "locked": "another process holds the database's write lock; fix: end that process's transaction "
    "(fuser -v on the database file, e.g. a sqlite3 shell left in BEGIN); intake resumes by itself",
    "io_error": "the database cannot be read or written (I/O error); fix: check the disk and its "
    "filesystem (dmesg); intake resumes by itself",
    "read_only": "the database is read-only; fix: make the database file and its directory writable for "
    "the service user; intake resumes by itself",
    "unreachable": "the database server cannot be reached; fix: check that PostgreSQL runs and "
    "[database] url; intake resumes by itself",
}

_SQLITE_CODES: dict[int, FaultKind] = {
    sqlite3.SQLITE_FULL: "disk_full",
    sqlite3.SQLITE_BUSY: "locked",
    sqlite3.SQLITE_LOCKED: "locked",
    sqlite3.SQLITE_IOERR: "io_error",
    sqlite3.SQLITE_READONLY: "read_only",
    sqlite3.SQLITE_CANTOPEN: "io_error",
}
_ERRNOS: dict[int, FaultKind] = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EIO: "io_error",
    errno.EROFS: "read_only",
    errno.ECONNREFUSED: "unreachable",
}
#: PostgreSQL SQLSTATE classes: 08 connection exception, 53 insufficient resources (53100 disk full),
#: 57P0x the server is shutting down or starting.
_SQLSTATE_PREFIXES: tuple[tuple[str, FaultKind], ...] = (
    ("53100", "disk_full"),
    ("08", "unreachable"),
    ("53", "unreachable"),
    ("57P", "unreachable"),
)
#: Bounds the walk along __cause__ / __context__ / .orig.
_CHAIN_LIMIT = 12


@dataclass(frozen=True, slots=True)
class DatabaseFault:
    kind: FaultKind

    @property
    def fix(self) -> str:
        return FIXES[self.kind]


class DatabaseUnavailable(Exception):
    """Raised where a database fault must end the work in hand (not count against a mail): the daemon backs
    off and resumes when it clears."""

    def __init__(self, fault: DatabaseFault) -> None:
        super().__init__(fault.fix)
        self.fault = fault


def database_fault(exc: BaseException) -> DatabaseFault | None:
    """The database fault behind `exc`, or None when it is not one (module doc)."""
    seen: set[int] = set()
    pending: list[BaseException] = [exc]
    while pending and len(seen) < _CHAIN_LIMIT:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        kind = _kind_of(current)
        if kind is not None:
            return DatabaseFault(kind)
        for linked in (getattr(current, "orig", None), current.__cause__, current.__context__):
            if isinstance(linked, BaseException):
                pending.append(linked)
    return None


def _kind_of(exc: BaseException) -> FaultKind | None:
    if isinstance(exc, DatabaseUnavailable):
        return exc.fault.kind
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        return _SQLITE_CODES.get(code & 0xFF) if isinstance(code, int) else None
    if isinstance(exc, OSError) and exc.errno is not None:
        return _ERRNOS.get(exc.errno)
    sqlstate = getattr(exc, "sqlstate", None) or getattr(exc, "pgcode", None)
    if isinstance(sqlstate, str):
        return next((kind for prefix, kind in _SQLSTATE_PREFIXES if sqlstate.startswith(prefix)), None)
    return None
