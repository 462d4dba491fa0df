"""index outbox created_at

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 16:05:20.795811
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # storage/outbox.py ack_counts counts the acknowledgements of the last minute / day: a range scan.
    op.create_index("ix_outbox_created_at", "outbox", ["created_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_outbox_created_at", table_name="outbox")
