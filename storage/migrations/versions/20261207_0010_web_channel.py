"""the web channel's ground: a person's and an invite's channel, device sessions

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 23:30:00.000000

Issue #24 (docs/web-channel.md): people and invites say whether they are of Telegram or of the web
channel (everyone before is of Telegram); a device signed in to the web channel is a row of
`web_sessions`, which keeps only the SHA-256 of its token.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("people", "invites"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("channel", sa.String(length=20), server_default="telegram", nullable=False)
            )
    op.create_table(
        "web_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name="fk_web_sessions_person_id_people", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_web_sessions"),
        sa.UniqueConstraint("token_hash", name="uq_web_sessions_token_hash"),
    )
    op.create_index("ix_web_sessions_person_id", "web_sessions", ["person_id"])


def downgrade() -> None:
    op.drop_index("ix_web_sessions_person_id", table_name="web_sessions")
    op.drop_table("web_sessions")
    for table in ("invites", "people"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("channel")
