"""What app replicas share besides sign-ins: the deployment's settings (the sign-in cookie's
name) and each replica's count of coach work per person, so per-person limits hold on all.

Revision ID: 0007_replica_state
Revises: 0006_outcomes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_replica_state"
down_revision = "0006_outcomes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # New tables only: no existing table is altered (on SQLite a rebuild of `people` would
    # cascade into every pair and session).
    op.create_table(
        "deployment_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_deployment_settings")),
    )
    op.create_table(
        "coach_load",
        sa.Column("replica", sa.String(length=64), nullable=False),
        sa.Column("person", sa.String(length=320), nullable=False),
        sa.Column("pending", sa.Integer(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("replica", "person", name=op.f("pk_coach_load")),
    )
    op.create_index(op.f("ix_coach_load_expires_at"), "coach_load", ["expires_at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_coach_load_expires_at"), table_name="coach_load")
    op.drop_table("coach_load")
    op.drop_table("deployment_settings")
