"""meetings

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 09:30:45.680843
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pair_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column(
            "mode",
            sa.Enum(
                "in_person", "online", "hybrid", "other", name="session_mode", native_enum=False, length=20
            ),
            nullable=False,
        ),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "scheduled",
                "cancelled",
                "held",
                "not_held",
                "moved",
                name="meeting_status",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("outcome_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["people.id"], name=op.f("fk_meetings_created_by_people"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["pair_id"], ["pairs.id"], name=op.f("fk_meetings_pair_id_pairs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meetings_pair_id"), ["pair_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meetings_starts_at"), ["starts_at"], unique=False)

    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reminder_offsets", sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column("tips_seen", sa.Integer(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_column("tips_seen")
        batch_op.drop_column("reminder_offsets")

    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meetings_starts_at"))
        batch_op.drop_index(batch_op.f("ix_meetings_pair_id"))

    op.drop_table("meetings")
