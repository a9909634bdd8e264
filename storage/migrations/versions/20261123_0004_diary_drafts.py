"""diary drafts: a new entry's facts are kept while they are being chosen

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 14:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "diary_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pair_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column(
            "mode",
            sa.Enum(
                "in_person", "online", "hybrid", "other", name="session_mode", native_enum=False, length=20
            ),
            nullable=True,
        ),
        sa.Column("mode_other", sa.String(length=60), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["pair_id"], ["pairs.id"], name=op.f("fk_diary_drafts_pair_id_pairs"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_diary_drafts_person_id_people"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_diary_drafts")),
        sa.UniqueConstraint("pair_id", "person_id", name="uq_diary_drafts_person"),
    )
    op.create_index(op.f("ix_diary_drafts_person_id"), "diary_drafts", ["person_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_diary_drafts_person_id"), table_name="diary_drafts")
    op.drop_table("diary_drafts")
