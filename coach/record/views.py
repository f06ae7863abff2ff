"""What the service hands out: frozen, detached views, already filtered for the viewer.

ORM rows never leave the record, so a caller cannot lazy-load a field it may not see.
A field the viewer may not see is ``None`` (for text) and says so in ``hidden``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from coach.record import models as m


def aware(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything the record stores is UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True)
class PersonView:
    id: int
    name: str
    email: str
    role: str
    expertise: list[str]
    learning_goals: list[str]
    active: bool
    can_sign_in: bool
    department: str = ""
    manager_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ProgramView:
    id: int
    name: str
    description: str


@dataclass(frozen=True)
class CycleView:
    id: int
    program_id: int
    name: str
    start_date: date
    length_weeks: int
    cadence_days: int

    @property
    def end_date(self) -> date:
        from datetime import timedelta

        return self.start_date + timedelta(weeks=self.length_weeks)


@dataclass(frozen=True)
class PairView:
    id: int
    cycle_id: int
    cycle_name: str
    mentor_id: int | None
    mentor_name: str | None  # None once that member has been deleted
    mentee_id: int | None
    mentee_name: str | None
    status: str
    sessions_held: int
    next_session_number: int
    next_session_due: date | None  # from the cycle's start and cadence


@dataclass(frozen=True)
class ActionItemView:
    id: int
    session_id: int
    owner_id: int | None
    created_by_id: int | None
    text: str
    due_on: date | None
    status: str
    session_number: int | None = None

    @property
    def done(self) -> bool:
        return self.status == "done"


@dataclass(frozen=True)
class SessionView:
    """A session as one viewer may see it; `my_side` is "mentor", "mentee" or None (HR)."""

    id: int
    pair_id: int
    number: int
    held_on: date | None
    topic: str
    my_side: str | None
    plan: dict[str, Any] | None
    mentor_notes: str | None
    mentee_notes: str | None
    reflection: dict[str, Any] | None
    personal_effectiveness: int | None
    business_effectiveness: int | None
    mentor_shared: bool
    mentee_shared: bool
    action_items: list[ActionItemView]
    items_done: int
    items_total: int
    updated_at: datetime | None
    hidden: tuple[str, ...] = field(default=())
    status: str = "planned"  # planned, held or cancelled: HR sees it too
    mentor_heard: int | None = None  # the junior's "I felt heard" (1-5): their side, and HR

    @property
    def my_notes(self) -> str | None:
        if self.my_side == "mentor":
            return self.mentor_notes
        if self.my_side == "mentee":
            return self.mentee_notes
        return None


@dataclass(frozen=True)
class ShareView:
    id: int
    session_id: int | None
    submitted_by_id: int | None
    anonymised_text: str
    removed: list[dict[str, str]]
    status: str
    reviewer_id: int | None
    reviewed_at: datetime | None
    topic: str
    title: str
    created_at: datetime

    @property
    def source(self) -> str:
        return f"note:{self.id}"


@dataclass(frozen=True)
class AuditView:
    id: int
    at: datetime
    actor_id: int | None
    action: str
    target_type: str
    target_id: int | None
    outcome: str
    detail: str


@dataclass(frozen=True)
class IndexableNote:
    """An approved share, as `coach reindex` feeds it to the index."""

    source: str
    text: str
    title: str
    topic: str


def person_view(p: m.Person) -> PersonView:
    return PersonView(
        id=p.id,
        name=p.name,
        email=p.email,
        role=p.role,
        expertise=list(p.expertise or []),
        learning_goals=list(p.learning_goals or []),
        active=p.active,
        can_sign_in=bool(p.password_hash) and p.active,
        department=p.department or "",
        manager_id=p.manager_id,
    )


def program_view(p: m.Program) -> ProgramView:
    return ProgramView(id=p.id, name=p.name, description=p.description)


def cycle_view(c: m.Cycle) -> CycleView:
    return CycleView(
        id=c.id,
        program_id=c.program_id,
        name=c.name,
        start_date=c.start_date,
        length_weeks=c.length_weeks,
        cadence_days=c.cadence_days,
    )


def item_view(i: m.ActionItem) -> ActionItemView:
    return ActionItemView(
        id=i.id,
        session_id=i.session_id,
        owner_id=i.owner_id,
        created_by_id=i.created_by_id,
        text=i.text,
        due_on=i.due_on,
        status=i.status,
        session_number=i.session.number if i.session is not None else None,
    )


def share_view(s: m.ShareItem) -> ShareView:
    return ShareView(
        id=s.id,
        session_id=s.session_id,
        submitted_by_id=s.submitted_by_id,
        anonymised_text=s.anonymised_text,
        removed=[dict(r) for r in (s.removed or [])],
        status=s.status,
        reviewer_id=s.reviewer_id,
        reviewed_at=aware(s.reviewed_at),
        topic=s.topic,
        title=s.title,
        created_at=aware(s.created_at),  # type: ignore[arg-type]
    )


def audit_view(a: m.AuditEvent) -> AuditView:
    return AuditView(
        id=a.id,
        at=aware(a.at),  # type: ignore[arg-type]
        actor_id=a.actor_id,
        action=a.action,
        target_type=a.target_type,
        target_id=a.target_id,
        outcome=a.outcome,
        detail=a.detail,
    )


def jsonable(value: Any) -> Any:
    """Dates to ISO strings, dataclasses and containers recursively: for exports and CSV."""
    if isinstance(value, (date, datetime)):
        return _iso(value)
    if hasattr(value, "__dataclass_fields__"):
        return jsonable(asdict(value))
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value
