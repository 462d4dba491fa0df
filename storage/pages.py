"""A page of a listing: the rows shown and how many match in all, so that a listing can say "50 of 704".

The listing functions of storage/ take `limit` (None: every row) and have a `count_...` companion built from
the same query; `count_rows` counts any query's rows in the database, without fetching them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar, TypeVarTuple

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

T = TypeVar("T")
Columns = TypeVarTuple("Columns")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: Sequence[T]
    total: int  # how many match, shown or not

    @property
    def truncated(self) -> bool:
        return len(self.items) < self.total


def limited(query: Select[*Columns], limit: int | None) -> Select[*Columns]:
    """`query` with at most `limit` rows (None: all of them)."""
    return query if limit is None else query.limit(limit)


async def count_rows(session: AsyncSession, query: Select[*Columns]) -> int:
    """How many rows `query` returns (its ordering and limit dropped)."""
    inner = query.order_by(None).limit(None).subquery()
    return int(await session.scalar(select(func.count()).select_from(inner)) or 0)
