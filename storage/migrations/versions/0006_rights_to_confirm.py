"""rights triage level: rights_possible on messages and rights requests (status to_confirm)

Revision ID: 0006_rights
Revises: 0005_staff
Create Date: 2026-12-06 06:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_rights"
down_revision: str | None = "0005_staff"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The parser's triage level (parsers/rights.py): rights a person must confirm. A request with only possible
    # rights is queued with status "to_confirm" (a new value of the existing String(16) status column).
    for table in ("messages", "rights_requests"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("rights_possible", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    for table in ("messages", "rights_requests"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("rights_possible")
