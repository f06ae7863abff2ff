"""Failed sign-ins per client address, in the record, so every replica turns the same burst
of guesses away (each process kept its own count before).

Revision ID: 0008_address_throttle
Revises: 0007_replica_state
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_address_throttle"
down_revision = "0007_replica_state"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A new table only: nothing existing is altered.
    op.create_table(
        "address_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_address_failures")),
    )
    op.create_index(
        "ix_address_failures_address_at", "address_failures", ["address", "at"], unique=False
    )
    op.create_index(op.f("ix_address_failures_at"), "address_failures", ["at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_address_failures_at"), table_name="address_failures")
    op.drop_index("ix_address_failures_address_at", table_name="address_failures")
    op.drop_table("address_failures")
