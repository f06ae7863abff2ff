"""Prepare a session: the one place a prepare request is built, for the page, the API and the CLI.

The request carries the session's place in the cycle (its number: the chosen session's, else
the pair's next) and what the senior chose to share with the pair from earlier sessions, so the
plan builds on them. Whoever calls it gets the same plan for the same inputs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coach.engine import Coach, PrepareRequest, SessionPlan
from coach.record import ActorRef, Record

MAX_TAKEAWAYS = 10  # the latest shared takeaways the plan builds on
TAKEAWAY_CHARS = 300


@dataclass(frozen=True)
class PrepareInput:
    """What the junior asks for; the pair and session, when given, fill in the rest."""

    topic: str = "general"
    role: str = "senior leader"
    goal: str = ""
    wishes: str = ""
    minutes: int = 45
    pair_id: int | None = None
    session_id: int | None = None
    session_number: int | None = None  # without a pair: the number the caller says
    takeaways: list[str] = field(default_factory=list)  # without a pair: given by the caller


def build_request(record: Record | None, actor: ActorRef | None,
                  asked: PrepareInput) -> PrepareRequest:
    """The coach's request: the asked fields, the session number and earlier takeaways."""
    number, takeaways = asked.session_number or 1, list(asked.takeaways)
    if asked.pair_id is not None and record is not None and actor is not None:
        if asked.session_id is not None:
            number = record.get_session(actor, asked.session_id).number
        else:
            number = record.get_pair(actor, asked.pair_id).next_session_number
        takeaways = shared_takeaways(record, actor, asked.pair_id)
    return PrepareRequest(topic=asked.topic or "general", role=asked.role or "senior leader",
                          goal=asked.goal or "", wishes=asked.wishes or "",
                          session_number=number, minutes=int(asked.minutes or 45),
                          earlier_takeaways=takeaways[-MAX_TAKEAWAYS:])


def prepare_plan(record: Record | None, coach: Coach, actor: ActorRef | None,
                 asked: PrepareInput) -> SessionPlan:
    """A cited plan for the asked session."""
    return coach.prepare(build_request(record, actor, asked))


def shared_takeaways(record: Record, actor: ActorRef, pair_id: int) -> list[str]:
    """Takeaways of the pair's sessions that this person may read (their own, or shared)."""
    out: list[str] = []
    for s in record.list_sessions(actor, pair_id):
        for t in (s.reflection or {}).get("takeaways", []) or []:
            text = t.get("text") if isinstance(t, dict) else t
            if text:
                out.append(str(text)[:TAKEAWAY_CHARS])
    return out
