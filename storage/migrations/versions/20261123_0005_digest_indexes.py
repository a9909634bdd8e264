"""digest indexes: the digest's and drift ladder's diary and meeting aggregates read indexes only

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 15:00:00.000000

The digest counts sessions per pair and week (diary dates, held meetings' times), adds up minutes per plan
activity, and the drift ladder looks for each pair's last diary date and last held meeting. With these two
indexes all of that is read from the index alone, without touching the entries' rows (which carry the
diary texts and are wide).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_diary_entries_pair_held",
        "diary_entries",
        ["pair_id", "held_on", "activity", "duration_minutes"],
        unique=False,
    )
    op.create_index(
        "ix_meetings_pair_status_start", "meetings", ["pair_id", "status", "starts_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_meetings_pair_status_start", table_name="meetings")
    op.drop_index("ix_diary_entries_pair_held", table_name="diary_entries")
