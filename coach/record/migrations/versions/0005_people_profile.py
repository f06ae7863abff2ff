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
    # Added in place, never by rebuilding the table: on SQLite a rebuild drops `people`, and
    # with foreign keys on that would take every pair and session with it.
    op.add_column(
        "people",
        sa.Column("department", sa.String(length=200), nullable=False, server_default=""),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE people ADD COLUMN manager_id INTEGER "
            "CONSTRAINT fk_people_manager_id_people REFERENCES people (id) ON DELETE SET NULL"
        )
    else:
        op.add_column("people", sa.Column("manager_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_people_manager_id_people",
            "people",
            "people",
            ["manager_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_index("ix_people_manager_id", "people", ["manager_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_manager_id"))
        batch_op.drop_constraint(batch_op.f("fk_people_manager_id_people"), type_="foreignkey")
        batch_op.drop_column("manager_id")
        batch_op.drop_column("department")
