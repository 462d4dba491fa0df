"""Copies every row of one intake database into another: the move from SQLite to PostgreSQL (admin guide §7).

    /opt/tinybots-intake/bin/python -m intake.service.db_copy SOURCE_URL TARGET_URL

The target is brought to the migrations' head first and must hold no rows yet. Tables are copied in
foreign-key order and rows in primary-key order (a ticket links to an older ticket), through the models'
column types, so times, JSON and bytes arrive as the target dialect stores them; on PostgreSQL the id sequences
are then moved past the copied ids. One transaction on the target: a failure leaves it empty.
# why not pgloader or a dump: their type mapping (SQLite text times and 0/1 booleans) differs from the schema
# the migrations create, and the copy must land in exactly that schema.
"""

from __future__ import annotations

import asyncio
import sys
from dataclasses import dataclass

from sqlalchemy import Table, func, select, text
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.database import Database
from storage.models import Base

BATCH_ROWS = 500


class CopyRefused(Exception):
    """The target already holds data; nothing was copied."""


@dataclass(frozen=True, slots=True)
class TableCopy:
    table: str
    rows: int


async def _is_empty(conn: AsyncConnection, table: Table) -> bool:
    return int((await conn.execute(select(func.count()).select_from(table))).scalar_one()) == 0


async def _copy_table(source: AsyncConnection, target: AsyncConnection, table: Table) -> int:
    copied = 0
    order = list(table.primary_key.columns)
    result = await source.stream(select(table).order_by(*order))
    async for batch in result.mappings().partitions(BATCH_ROWS):
        await target.execute(table.insert(), [dict(row) for row in batch])
        copied += len(batch)
    return copied


async def _advance_sequences(target: AsyncConnection, table: Table) -> None:
    for column in table.primary_key.columns:
        if column.autoincrement is True or (
            column.autoincrement == "auto" and column.type.python_type is int
        ):
            await target.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                    f"COALESCE((SELECT max({column.name}) FROM {table.name}), 0) + 1, false)"
                )
            )


async def copy_database(source_url: str, target_url: str) -> list[TableCopy]:
    """Copies all rows from `source_url` into the (migrated, empty) database at `target_url`.

    Raises CopyRefused when the target already holds rows.
    """
    source, target = Database.open(source_url), Database.open(target_url)
    try:
        await target.upgrade()
        tables = Base.metadata.sorted_tables
        copies: list[TableCopy] = []
        async with source.engine.connect() as src, target.engine.begin() as dst:
            for table in tables:
                if not await _is_empty(dst, table):
                    raise CopyRefused(
                        f"the target already has rows in {table.name}; copy into an empty database"
                    )
            for table in tables:
                copies.append(TableCopy(table.name, await _copy_table(src, dst, table)))
                if target.dialect == "postgresql":
                    await _advance_sequences(dst, table)
        return copies
    finally:
        await source.close()
        await target.close()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m intake.service.db_copy SOURCE_URL TARGET_URL", file=sys.stderr)
        return 2
    try:
        copies = asyncio.run(copy_database(argv[0], argv[1]))
    except CopyRefused as exc:
        print(f"intake.service.db_copy: {exc}", file=sys.stderr)
        return 1
    for copy in copies:
        print(f"{copy.table:<20} {copy.rows:>8} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
