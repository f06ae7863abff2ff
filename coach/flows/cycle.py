"""The pair's cycle: its sessions as a plan, the next one with its prep, the past ones with what
each side shared. One place for the page, the API and the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coach.errors import InvalidInput
from coach.flows.access import whole_number
from coach.record import ActorRef, Record, SessionView
from coach.record.programs import _date


@dataclass(frozen=True)
class CyclePlan:
    pair_id: int
    sessions: list[SessionView]

    @property
    def next(self) -> SessionView | None:
        """The first planned session (cancelled and held ones are skipped)."""
        return next((s for s in self.sessions if s.status == "planned"), None)

    @property
    def past(self) -> list[SessionView]:
        return [s for s in self.sessions if s.status == "held"]


def cycle_plan(record: Record, actor: ActorRef, pair_id: int) -> CyclePlan:
    """The pair's sessions (a pair with none gets the cycle's default plan first)."""
    return CyclePlan(pair_id, record.plan_cycle(actor, pair_id))


def find_session(record: Record, actor: ActorRef, pair_id: int, number: int) -> SessionView:
    for s in record.list_sessions(actor, pair_id):
        if s.number == number:
            return s
    raise InvalidInput(f"The pair has no session {number}.")


def parse_day(value: str | date | None, what: str = "session date") -> date:
    day = _date(value, what)
    if day is None:
        raise InvalidInput(f"Give the {what}, like 2026-12-10.")
    return day


def add_session(
    record: Record, actor: ActorRef, pair_id: int, when: str | date | None, topic: str | None
) -> SessionView:
    return record.add_session(actor, pair_id, held_on=parse_day(when), topic=topic)


def move_session(
    record: Record,
    actor: ActorRef,
    session_id: int,
    *,
    when: str | date | None = None,
    topic: str | None = None,
) -> SessionView:
    if topic is not None and not isinstance(topic, str):
        raise InvalidInput("The topic must be text.")
    if when in (None, "") and not (topic or "").strip():
        raise InvalidInput("Give a new date, a new topic, or both.")
    day = parse_day(when) if when not in (None, "") else None
    return record.update_session(
        actor, session_id, held_on=day, topic=topic if (topic or "").strip() else None
    )


def mark_session(record: Record, actor: ActorRef, session_id: int, status: str) -> SessionView:
    """Mark a session held, cancelled or planned again (either member of the pair)."""
    return record.set_session_status(actor, whole_number(session_id, "session"), status)


def remove_session(record: Record, actor: ActorRef, session_id: int) -> None:
    """Take a session nobody has written in out of the plan; later ones move up."""
    record.remove_session(actor, whole_number(session_id, "session"))


def share_with_partner(
    record: Record, actor: ActorRef, session_id: int, shared: bool
) -> SessionView:
    """Show (or hide again) the actor's own side of a session to the other person of the pair."""
    return record.share_with_pair(actor, whole_number(session_id, "session"), bool(shared))


def open_next_session(
    record: Record, actor: ActorRef, pair_id: int, *, topic: str | None = None
) -> SessionView:
    """The session a new plan is for: the pair's next planned one (its topic set when it has
    none yet), or, when nothing is planned, the next one of the cycle, on its due date."""
    for s in record.list_sessions(actor, pair_id):
        if s.status == "planned":
            if topic and s.topic == "general" and topic != "general":
                return record.update_session(actor, s.id, topic=topic)
            return s
    due = record.get_pair(actor, pair_id).next_session_due
    return record.create_session(actor, pair_id, topic=topic, held_on=due)


def agenda_lines(session: SessionView) -> list[str]:
    """The junior's saved agenda as the reader may see it (nothing when not shared)."""
    plan = session.plan or {}
    agenda = plan.get("agenda") or []
    out: list[str] = []
    for entry in agenda if isinstance(agenda, list) else []:
        text = entry.get("text") or entry.get("title") if isinstance(entry, dict) else entry
        if text:
            out.append(str(text))
    return out
