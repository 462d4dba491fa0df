"""index outbox kind and recipient by created_at

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 16:32:46.357569
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # storage/outbox.py ack_counts: the acknowledgements of the last minute (by kind) and of the last day to one
    # recipient are ranges on these; with ix_outbox_kind alone SQLite reads every acknowledgement ever queued.
    op.create_index("ix_outbox_kind_created_at", "outbox", ["kind", "created_at"], unique=False)
    op.create_index("ix_outbox_recipient_created_at", "outbox", ["recipient", "created_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_outbox_recipient_created_at", table_name="outbox")
    op.drop_index("ix_outbox_kind_created_at", table_name="outbox")
