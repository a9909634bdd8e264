"""invites' pair index: deleting a pair finds its invites by index, not by reading every invite

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 18:00:00.000000

Deleting a pair makes the database find the invites that refer to it (ON DELETE CASCADE). Without an index
on invites.pair_id, SQLite and PostgreSQL read the whole invites table for every pair deleted: with
300,000 invites (three 50,000-row `pairs import`s) that took 0.1 s a pair on SQLite, so taking back an
import that failed half-way (or a retention purge) would hold the database for over an hour. With the
index, 500 pairs and their invites go in about 0.1 s.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(op.f("ix_invites_pair_id"), "invites", ["pair_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_invites_pair_id"), table_name="invites")
