"""Prepare a session: the one place a prepare request is built, for the page, the API and the CLI.

The request carries the session's place in the cycle (its number: the chosen session's, else
the pair's next) and what the senior chose to share with the pair from earlier sessions, so the
plan builds on them. Whoever calls it gets the same plan for the same inputs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from coach.engine import Coach, PrepareRequest, SessionPlan
from coach.errors import InvalidInput
from coach.flows.access import require_role, whole_number
from coach.flows.cycle import open_next_session
from coach.record import ActorRef, Record, SessionView

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


def build_request(
    record: Record | None, actor: ActorRef | None, asked: PrepareInput
) -> PrepareRequest:
    """The coach's request: the asked fields, the session number and earlier takeaways."""
    number = whole_number(asked.session_number or 1, "session number")
    minutes = whole_number(asked.minutes or 45, "length in minutes")
    for what, text in (("topic", asked.topic), ("role", asked.role), ("goal", asked.goal)):
        if text is not None and not isinstance(text, str):
            raise InvalidInput(f"The {what} must be text.")
    if asked.wishes is not None and not isinstance(asked.wishes, str):
        raise InvalidInput("The wishes must be text.")
    takeaways = list(asked.takeaways)
    if asked.pair_id is not None and record is not None and actor is not None:
        if asked.session_id is not None:
            number = record.get_session(actor, asked.session_id).number
        else:
            number = record.get_pair(actor, asked.pair_id).next_session_number
        takeaways = shared_takeaways(record, actor, asked.pair_id)
    try:
        return PrepareRequest(
            topic=asked.topic or "general",
            role=asked.role or "senior leader",
            goal=asked.goal or "",
            wishes=asked.wishes or "",
            session_number=number,
            minutes=minutes,
            earlier_takeaways=takeaways[-MAX_TAKEAWAYS:],
        )
    except ValidationError as exc:  # out of range: the first problem, as a sentence
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "request"
        raise InvalidInput(f"The plan request cannot be used: {where}: {first['msg']}.") from None


def prepare_plan(
    record: Record | None, coach: Coach, actor: ActorRef | None, asked: PrepareInput
) -> SessionPlan:
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


FORM = ("topic", "role", "goal", "wishes", "minutes")  # the request fields a form shows


@dataclass(frozen=True)
class Prepared:
    plan: SessionPlan
    session_id: int | None  # where the working plan is kept (None: no pair chosen)
    opened: bool = False  # the pair's next session was opened for it


def working_plan(session: SessionView) -> dict[str, Any]:
    """The session's working plan, if the mentor has one (partners never see it)."""
    found = (session.plan or {}).get("working")
    return found if isinstance(found, dict) else {}


def keep_working(record: Record, actor: ActorRef, session_id: int, **changes: Any) -> SessionView:
    """Store the working plan with its session, beside the plan saved to it."""
    s = record.get_session(actor, session_id)
    working = {**working_plan(s), **changes}
    return record.save_plan(actor, session_id, {**(s.plan or {}), "working": working})


def keep_draft(
    record: Record, actor: ActorRef, session_id: int, plan: SessionPlan, chat: list[dict[str, Any]]
) -> SessionView:
    """Keep a plan just made or refined as the session's working plan, not saved yet."""
    return keep_working(
        record,
        actor,
        session_id,
        request={k: getattr(plan.request, k) for k in FORM},
        plan=plan.model_dump(mode="json"),
        chat=chat,
        saved=False,
    )


def prepare_and_keep(
    record: Record,
    coach: Coach,
    actor: ActorRef,
    asked: PrepareInput,
    request: PrepareRequest | None = None,
) -> Prepared:
    """A plan kept as the session's working plan. With a pair and no session chosen, the
    pair's next planned session is used (opened on its due date when none is planned) so the
    plan has a place in the record."""
    require_role(record, actor, ("mentor",))  # before the coach spends any time on it
    request = request or build_request(record, actor, asked)
    plan, sid, opened = coach.prepare(request), asked.session_id, False
    if asked.pair_id is not None and sid is None:
        pair = record.get_pair(actor, asked.pair_id)
        if pair.status == "active":
            s = open_next_session(record, actor, asked.pair_id, topic=request.topic)
            sid, opened = s.id, True
            if s.number != request.session_number:
                plan = plan.model_copy(
                    update={"request": plan.request.model_copy(update={"session_number": s.number})}
                )
    if sid is not None:
        keep_draft(record, actor, sid, plan, [])
    return Prepared(plan, sid, opened)


def save_plan(
    record: Record, actor: ActorRef, pair_id: int, session_id: int | None, plan: SessionPlan
) -> SessionView:
    """Save a plan to its session (the pair's next planned one when none is chosen)."""
    sid = session_id
    if sid is None:
        sid = open_next_session(record, actor, pair_id, topic=plan.request.topic).id
    doc = plan.model_dump(mode="json")
    working = {**working_plan(record.get_session(actor, sid)), "plan": doc, "saved": True}
    return record.save_plan(actor, sid, {**doc, "working": working})
