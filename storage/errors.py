"""Errors raised by `storage/`, worded for the person who reads them.

StorageError
 ├── NotFound     a ticket, rights request or spool entry that does not exist
 ├── Conflict     the request contradicts the current state (e.g. retrying a message that is not quarantined)
 ├── NoDatabase   a read-only command found no database file (it never creates one)
 ├── NotMigrated  the database's schema is not at the migrations' head
 └── SchemaTooNew the database was upgraded by a newer version of intake than this one
"""

from __future__ import annotations


class StorageError(Exception):
    """Root of the storage errors."""


class NotFound(StorageError):
    """The thing asked for does not exist."""


class Conflict(StorageError):
    """The thing exists but is in a state that does not allow the change."""


class NoDatabase(StorageError):
    """A read-only command found no database at the configured place."""


class NotMigrated(StorageError):
    """The database exists but its schema is not (yet) at the migrations' head."""


class SchemaTooNew(StorageError):
    """The database's schema revision is unknown to this version's migrations: a newer intake upgraded it."""
