"""a student peer mentor under 18: their parent's consent is recorded as for a mentee

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 21:00:00.000000

Student peer mentors are minors too (seed 003 informs the parents of both mentors and mentees): a pair
records whether its mentor is under 18 and when the coordinator confirmed their parent's consent. Pairs
made before have an adult mentor (the only kind the bot knew).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("pairs", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("mentor_minor", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("mentor_consent_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pairs", schema=None) as batch_op:
        batch_op.drop_column("mentor_consent_at")
        batch_op.drop_column("mentor_minor")
