"""Text column types that store the same thing on SQLite and PostgreSQL: the storage boundary for mail text.

PostgreSQL refuses a NUL character in any text value and a value longer than a VARCHAR(n) column; SQLite takes
both. Mail can carry either (a NUL byte in a body, a display name of 300 characters), so without these types a
mail that SQLite takes is quarantined on PostgreSQL. Every text column of the schema uses `CleanText` (TEXT) or
`BoundedText(n)` (VARCHAR(n)): on the way in, NUL characters are removed and a bounded value is cut to its
column's length, on both engines alike, so the two databases hold the same rows. The DDL is unchanged (the
decorators' `impl` is the plain type), so no migration is needed for them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, Text, TypeDecorator
from sqlalchemy.engine import Dialect

NUL = "\x00"


def clean_text(value: str) -> str:
    """`value` without NUL characters (PostgreSQL cannot store them in text)."""
    return value.replace(NUL, "") if NUL in value else value


class CleanText(TypeDecorator[str]):
    """TEXT without NUL characters."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return clean_text(value) if isinstance(value, str) else value


class BoundedText(TypeDecorator[str]):
    """VARCHAR(length) without NUL characters, cut to `length` characters (PostgreSQL refuses longer values)."""

    impl = String
    cache_ok = True

    def __init__(self, length: int) -> None:
        super().__init__(length)
        self.max_length = length

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if not isinstance(value, str):
            return value
        return clean_text(value)[: self.max_length]
