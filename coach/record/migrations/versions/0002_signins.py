"""Server-side sign-in sessions and the failed sign-ins the lockout counts.

Revision ID: 0002_signins
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_signins"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("client", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_signins_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signins")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_signins_token_hash")),
    )
    with op.batch_alter_table("signins", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signins_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_signins_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_signins_last_seen_at"), ["last_seen_at"], unique=False)

    op.create_table(
        "signin_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("client", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signin_failures")),
    )
    with op.batch_alter_table("signin_failures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signin_failures_email"), ["email"], unique=False)
        batch_op.create_index(batch_op.f("ix_signin_failures_at"), ["at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("signin_failures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signin_failures_at"))
        batch_op.drop_index(batch_op.f("ix_signin_failures_email"))

    op.drop_table("signin_failures")
    with op.batch_alter_table("signins", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signins_last_seen_at"))
        batch_op.drop_index(batch_op.f("ix_signins_created_at"))
        batch_op.drop_index(batch_op.f("ix_signins_person_id"))

    op.drop_table("signins")
