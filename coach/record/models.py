"""Tables of the system of record, as typed SQLAlchemy 2.x models.

Text fields that hold private content: ``MentoringSession.mentor_notes``, ``.mentee_notes``,
``.plan`` (the mentor's side), ``.reflection`` (the mentee's side) and every
``ConversationTurn.text`` (a question asked of the coach, and its answer: its author's alone).
Nothing else in the record may copy them; the audit trail keeps actions and ids, never
content. The share queue keeps only anonymised text and the kinds of what was removed, never
the removed values.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

ROLES = ("mentor", "mentee", "hr", "admin")
PAIR_STATUSES = ("active", "ended")
ITEM_STATUSES = ("open", "done")
SESSION_STATUSES = ("planned", "held", "cancelled")
SHARE_STATUSES = ("pending", "approved", "rejected", "withdrawn")
OUTCOMES = ("allowed", "refused")
PROGRESSION_KINDS = ("promotion", "new_role")
TURN_ROLES = ("user", "assistant")

# Stable constraint names so migrations (and SQLite batch rebuilds) can refer to them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Person(Base):
    __tablename__ = "people"
    __table_args__ = (CheckConstraint(_in("role", ROLES), name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    # Juniors bring expertise areas; seniors bring learning goals (topic slugs or free text).
    expertise: Mapped[list[Any]] = mapped_column(default=list)
    learning_goals: Mapped[list[Any]] = mapped_column(default=list)
    # Where they sit in the organisation: pairing never puts someone with their reporting line.
    department: Mapped[str] = mapped_column(String(200), default="")
    manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    # None means the person cannot sign in until a password is set; there is no default.
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Program(Base):
    __tablename__ = "programs"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    cycles: Mapped[list[Cycle]] = relationship(back_populates="program")


class Cycle(Base):
    __tablename__ = "cycles"
    __table_args__ = (
        CheckConstraint("length_weeks > 0", name="length"),
        CheckConstraint("cadence_days > 0", name="cadence"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    length_weeks: Mapped[int] = mapped_column(Integer, default=12)
    cadence_days: Mapped[int] = mapped_column(Integer, default=28)

    program: Mapped[Program] = relationship(back_populates="cycles")


class Pair(Base):
    """A mentor and a mentee in one cycle. A member's id becomes NULL if they are deleted."""

    __tablename__ = "pairs"
    __table_args__ = (CheckConstraint(_in("status", PAIR_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"), index=True)
    mentor_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    mentee_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(16), default="active")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    cycle: Mapped[Cycle] = relationship()
    mentor: Mapped[Person | None] = relationship(foreign_keys=[mentor_id])
    mentee: Mapped[Person | None] = relationship(foreign_keys=[mentee_id])


class MentoringSession(Base):
    """One meeting of a pair. Each side's content is private to that side unless shared.

    ``held_on`` is the session's date: the planned one until it is held, then the day it was.
    """

    __tablename__ = "sessions"
    __table_args__ = (
        UniqueConstraint("pair_id", "number", name="uq_sessions_pair_number"),
        CheckConstraint("number > 0", name="number"),
        CheckConstraint(
            "personal_effectiveness IS NULL OR personal_effectiveness BETWEEN 1 AND 5",
            name="personal",
        ),
        CheckConstraint(
            "business_effectiveness IS NULL OR business_effectiveness BETWEEN 1 AND 5",
            name="business",
        ),
        CheckConstraint(_in("status", SESSION_STATUSES), name="status"),
        CheckConstraint("mentor_heard IS NULL OR mentor_heard BETWEEN 1 AND 5", name="heard"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pairs.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    held_on: Mapped[date | None] = mapped_column(Date)
    topic: Mapped[str] = mapped_column(String(200), default="general")
    # planned (on the cycle's plan), held (it happened) or cancelled; only held ones count.
    status: Mapped[str] = mapped_column(String(16), default="planned", server_default="planned")
    # Mentor's side.
    plan: Mapped[dict[str, Any] | None] = mapped_column()
    mentor_notes: Mapped[str] = mapped_column(Text, default="")
    mentor_shared: Mapped[bool] = mapped_column(Boolean, default=False)
    # How heard the junior felt (1-5): the mentor's side, like the senior's ratings are theirs.
    mentor_heard: Mapped[int | None] = mapped_column(Integer)
    # Mentee's side.
    mentee_notes: Mapped[str] = mapped_column(Text, default="")
    reflection: Mapped[dict[str, Any] | None] = mapped_column()
    personal_effectiveness: Mapped[int | None] = mapped_column(Integer)
    business_effectiveness: Mapped[int | None] = mapped_column(Integer)
    mentee_shared: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )

    pair: Mapped[Pair] = relationship()
    action_items: Mapped[list[ActionItem]] = relationship(
        back_populates="session", order_by="ActionItem.id"
    )


class ActionItem(Base):
    """Who does what by when. Written by one pair member, owned by either."""

    __tablename__ = "action_items"
    __table_args__ = (CheckConstraint(_in("status", ITEM_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    session: Mapped[MentoringSession] = relationship(back_populates="action_items")


class Progression(Base):
    """A junior mentor's progression as HR records it: a promotion or a new role, dated."""

    __tablename__ = "progressions"
    __table_args__ = (
        CheckConstraint(_in("kind", PROGRESSION_KINDS), name="kind"),
        UniqueConstraint(
            "person_id", "kind", "effective_on", name="uq_progressions_person_kind_on"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    effective_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200), default="")  # the new role, if given
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ShareItem(Base):
    """A note offered to the shared library: anonymised text only, reviewed by HR."""

    __tablename__ = "share_queue"
    __table_args__ = (CheckConstraint(_in("status", SHARE_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), index=True
    )
    submitted_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    anonymised_text: Mapped[str] = mapped_column(Text)
    # [{"kind": "name", "placeholder": "[NAME-1]"}, ...]: never the removed values.
    removed: Mapped[list[Any]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    topic: Mapped[str] = mapped_column(String(200), default="general")
    title: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditEvent(Base):
    """Who tried what, on which target, and whether it was allowed. No note content, ever.

    ``actor_id`` is a plain integer (no foreign key) so the trail outlives deleted people;
    NULL means the operator (CLI / system).
    """

    __tablename__ = "audit"
    __table_args__ = (CheckConstraint(_in("outcome", OUTCOMES), name="outcome"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(64))
    target_type: Mapped[str] = mapped_column(String(32))
    target_id: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str] = mapped_column(String(500), default="")


class SignInSession(Base):
    """One signed-in browser: only the sha256 of its token is kept, never the token itself.

    Valid while not revoked, used within the idle limit and younger than the absolute limit
    (both from settings, checked at use). Rows of deleted people go with them.
    """

    __tablename__ = "signins"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Where the sign-in came from (an address the app passes in), for the audit trail only.
    client: Mapped[str] = mapped_column(String(200), default="")


class SignInFailure(Base):
    """A failed (or still running) sign-in for an email address, counted for the lockout.

    Keyed by the normalised address, known or not, so a lockout says nothing about who exists.
    Kept only for the lockout window, then pruned.
    """

    __tablename__ = "signin_failures"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    client: Mapped[str] = mapped_column(String(200), default="")


class Conversation(Base):
    """Questions one person asked the coach, and the answers: private to that person."""

    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, index=True
    )

    turns: Mapped[list[ConversationTurn]] = relationship(
        back_populates="conversation",
        order_by="ConversationTurn.id",
        cascade="all, delete-orphan",
    )


class ConversationTurn(Base):
    """One question or one answer; an answer keeps the passages it cited (ids and titles)."""

    __tablename__ = "conversation_turns"
    __table_args__ = (CheckConstraint(_in("role", TURN_ROLES), name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    # [{"n": 1, "id": "...", "title": "...", "section": "...", "source": "..."}]
    citations: Mapped[list[Any]] = mapped_column(default=list)
    notice: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    conversation: Mapped[Conversation] = relationship(back_populates="turns")


class DeploymentSetting(Base):
    """A value every app process of one deployment must agree on, made once by whichever
    starts first (the sign-in cookie's name, so a browser moved to another replica stays
    signed in). Never a secret: anyone can read a cookie's name."""

    __tablename__ = "deployment_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class CoachLoad(Base):
    """How many plans or summaries one person has waiting or running on one app process, as
    that process last said; a row past ``expires_at`` (its process stopped saying) counts for
    nothing. Every replica reads them all, so the per-person limit holds across replicas."""

    __tablename__ = "coach_load"

    replica: Mapped[str] = mapped_column(String(64), primary_key=True)
    person: Mapped[str] = mapped_column(String(320), primary_key=True)
    pending: Mapped[int] = mapped_column(Integer)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class AddressFailure(Base):
    """A failed sign-in from one client address (whatever email it tried), counted for the
    per-address throttle that turns a burst of guesses away before any password is hashed.
    Every replica counts the same rows; kept for the throttle's window, then pruned."""

    __tablename__ = "address_failures"
    __table_args__ = (Index("ix_address_failures_address_at", "address", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    address: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
