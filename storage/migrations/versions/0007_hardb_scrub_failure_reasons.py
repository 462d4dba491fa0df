"""failure reasons recorded before storage/reasons.py: keep the exception class, drop the text

Before, a spool entry's `last_error` was `ExceptionClass: str(exc)`, and for a database error that text holds
the statement with its parameters: a writer's name, subject and text. Reasons are now built without them
(storage/reasons.py); this removes the text from the reasons already stored, keeping the class.

Revision ID: 0007_hardb
Revises: 0006_rights
Create Date: 2026-12-06 06:30:00
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_hardb"
down_revision: str | None = "0006_rights"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The old form's head: the exception's class name, a colon. New reasons start with "stage " or a class name
#: without a colon, and the poller's own size message has none before its text.
_OLD_FORM = re.compile(r"(\w{1,80}): ")
_SPOOL = sa.table("spool", sa.column("id", sa.Integer), sa.column("last_error", sa.Text))


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(_SPOOL.c.id, _SPOOL.c.last_error).where(_SPOOL.c.last_error.is_not(None))
    )
    for spool_id, reason in rows.all():
        old = _OLD_FORM.match(str(reason))
        if old is None or old.group(1) == "stage":
            continue
        scrubbed = f"{old.group(1)} (recorded before reasons were made safe; details removed)"
        connection.execute(sa.update(_SPOOL).where(_SPOOL.c.id == spool_id).values(last_error=scrubbed))


def downgrade() -> None:
    pass  # the removed text is gone for good, as intended
