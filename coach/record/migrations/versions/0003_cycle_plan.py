"""Sessions as a plan: each session has a status (planned, held, cancelled).

Existing sessions that hold notes (either side) were held; the rest were only
planned, so they stop counting as held.

Revision ID: 0003_cycle_plan
Revises: 0002_signins
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_cycle_plan"
down_revision = "0002_signins"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("status", sa.String(length=16), nullable=False, server_default="planned")
        )
    op.execute("UPDATE sessions SET status = 'held' WHERE mentor_notes <> '' OR mentee_notes <> ''")
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.create_check_constraint(
            op.f("ck_sessions_status"), "status IN ('planned', 'held', 'cancelled')"
        )


def downgrade() -> None:
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_sessions_status"), type_="check")
        batch_op.drop_column("status")
