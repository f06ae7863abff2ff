"""Outcomes: the junior's "did I feel heard" rating, and each mentor's progression.

Revision ID: 0006_outcomes
Revises: 0005_people_profile
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_outcomes"
down_revision = "0005_people_profile"
branch_labels = None
depends_on = None

HEARD_CHECK = "mentor_heard IS NULL OR mentor_heard BETWEEN 1 AND 5"


def upgrade() -> None:
    # Added in place, never by rebuilding the table: on SQLite a rebuild drops `sessions`, and
    # with foreign keys on that would take every action item with it (as `people` would pairs).
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE sessions ADD COLUMN mentor_heard INTEGER "
            f"CONSTRAINT ck_sessions_heard CHECK ({HEARD_CHECK})"
        )
    else:
        op.add_column("sessions", sa.Column("mentor_heard", sa.Integer(), nullable=True))
        op.create_check_constraint(op.f("ck_sessions_heard"), "sessions", HEARD_CHECK)
    op.create_table(
        "progressions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('promotion', 'new_role')", name=op.f("ck_progressions_kind")),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_progressions_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["people.id"],
            name=op.f("fk_progressions_recorded_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progressions")),
        sa.UniqueConstraint(
            "person_id", "kind", "effective_on", name="uq_progressions_person_kind_on"
        ),
    )
    with op.batch_alter_table("progressions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_progressions_person_id"), ["person_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("progressions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_progressions_person_id"))
    op.drop_table("progressions")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f("ck_sessions_heard"), "sessions", type_="check")
    op.drop_column("sessions", "mentor_heard")
