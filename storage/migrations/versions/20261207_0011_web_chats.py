"""the web channel's journal: each web person's chat as their page shows it

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 23:45:00.000000

Issue #24 (docs/web-channel.md): the web channel's Bot API keeps chats in memory; each change is written
here, and read back at start, so that a restart or a kill loses no message a person was sent.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "web_chats",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name="fk_web_chats_person_id_people", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("person_id", name="pk_web_chats"),
    )


def downgrade() -> None:
    op.drop_table("web_chats")
