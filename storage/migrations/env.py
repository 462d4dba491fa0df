"""Alembic environment for the packaged migrations, run programmatically (`storage.database.Database.upgrade`).

The caller hands over an open synchronous connection in `config.attributes["connection"]` (inside
`AsyncConnection.run_sync`), so no alembic.ini and no URL are needed; scripts/new-migration.sh does the same
to autogenerate the next revision.
"""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy.engine import Connection

from storage.models import Base, UTCDateTime

target_metadata = Base.metadata


def _render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    # The migration stores the plain column type, so it does not depend on our Python class staying put.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things in place
        render_item=_render_item,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError(
            "the migrations run through storage.database (Database.upgrade, `intake db upgrade`, "
            "scripts/new-migration.sh), which hand over an open connection"
        )
    _run(connection)


run_migrations_online()
