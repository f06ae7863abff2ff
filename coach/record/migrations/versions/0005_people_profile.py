"""Each person's department and line manager, so pairing can keep reporting lines apart.

Revision ID: 0005_people_profile
Revises: 0004_conversations
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_people_profile"
down_revision = "0004_conversations"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("department", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("manager_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_people_manager_id_people"),
            "people",
            ["manager_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(batch_op.f("ix_people_manager_id"), ["manager_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_manager_id"))
        batch_op.drop_constraint(batch_op.f("fk_people_manager_id_people"), type_="foreignkey")
        batch_op.drop_column("manager_id")
        batch_op.drop_column("department")
