"""inbox: an update is stored before Telegram is told it arrived, and removed when it is handled

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 16:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "inbox_updates",
        sa.Column("bot_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("owner", sa.String(length=40), nullable=True),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("bot_id", "update_id", name=op.f("pk_inbox_updates")),
    )
    op.create_index(op.f("ix_inbox_updates_lease_until"), "inbox_updates", ["lease_until"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_inbox_updates_lease_until"), table_name="inbox_updates")
    op.drop_table("inbox_updates")
