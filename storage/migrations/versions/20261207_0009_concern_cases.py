"""a concern is a case: states, outcome, a trail of events; the safeguarding lead

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 23:00:00.000000

Issue #23: a concern moves new -> read -> in progress -> closed (with an outcome and a closing note);
every change, internal note and message of the thread with the reporter is a row of `concern_events`
(who and when). A coordinator membership (and the invite that makes it) can mark the organisation's
safeguarding lead. Concerns closed before ("handled") become closed cases with the outcome "other".
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("concerns", schema=None) as batch_op:
        batch_op.add_column(sa.Column("state", sa.String(length=20), server_default="new", nullable=False))
        batch_op.add_column(sa.Column("outcome", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("closing_note", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("last_activity_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("last_actor_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_concerns_last_actor_id_people", "people", ["last_actor_id"], ["id"], ondelete="SET NULL"
        )
    op.execute(
        "UPDATE concerns SET state = 'closed', outcome = 'other', last_activity_at = handled_at,"
        " last_actor_id = handled_by WHERE handled_at IS NOT NULL"
    )
    op.create_table(
        "concern_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("concern_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["concern_id"], ["concerns.id"], name="fk_concern_events_concern_id_concerns", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["people.id"], name="fk_concern_events_actor_id_people", ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_concern_events"),
    )
    op.create_index("ix_concern_events_concern_id", "concern_events", ["concern_id"])
    for table in ("memberships", "invites"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("safeguarding_lead", sa.Boolean(), server_default=sa.false(), nullable=False)
            )


def downgrade() -> None:
    for table in ("invites", "memberships"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("safeguarding_lead")
    op.drop_index("ix_concern_events_concern_id", table_name="concern_events")
    op.drop_table("concern_events")
    with op.batch_alter_table("concerns", schema=None) as batch_op:
        batch_op.drop_constraint("fk_concerns_last_actor_id_people", type_="foreignkey")
        for column in ("last_actor_id", "last_activity_at", "closing_note", "outcome", "state"):
            batch_op.drop_column(column)
