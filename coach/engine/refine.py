"""Refine: a follow-up turn on a plan, its 'what changed' streamed, then the revised plan.

With a model, the answer is prose, a fixed delimiter, then the plan as JSON (or, in a JSON
mode, an object whose first field is the prose); ``prose_json`` streams the one and validates
the other. Whenever the model fails, the offline coach answers and the streamed turn is
replaced, with a notice saying why. It uses the Coach's own helpers (the same package) for
the deadline, the prompt within the context window and the call log.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from coach.engine.model_tasks import plan_validator, refine_variables
from coach.engine.offline_prepare import NO_MODEL_NOTICE, plan_offline
from coach.engine.prose_json import ProseThenJSON
from coach.engine.refine_offline import (
    Reading,
    describe_changes,
    is_sceptical,
    read_message,
    reframe_for_sceptic,
)
from coach.engine.retrieval import gather, topic_label
from coach.engine.schemas import SessionPlan
from coach.engine.stream_events import ProseSanitiser, Replace
from coach.engine.structured import Capabilities
from coach.engine.task_schemas import plan_schema, refine_shape, unalias
from coach.engine.turns import FAILURES, check_text, fallback_notice, model_name
from coach.passages import Passage
from coach.sanitise import safe_plan

if TYPE_CHECKING:
    from coach.engine.coach import Coach

MAX_MESSAGE_CHARS = 2_000
Turn = Iterator[str | Replace | SessionPlan]


def history_dicts(history: Any) -> list[dict]:
    """Chat history as role/content dicts, from either Gradio format."""
    out: list[dict] = []
    for turn in history or []:
        if isinstance(turn, dict):
            out.append(
                {"role": str(turn.get("role", "user")), "content": str(turn.get("content", ""))}
            )
        elif isinstance(turn, list | tuple) and len(turn) == 2:
            out += [
                {"role": "user", "content": str(turn[0] or "")},
                {"role": "assistant", "content": str(turn[1] or "")},
            ]
    return out


def uncited(plan: SessionPlan) -> SessionPlan:
    """The plan without its citations, for a prompt that cannot afford them."""
    parts = {
        k: [i.model_copy(update={"citations": []}) for i in getattr(plan, k)]
        for k in ("agenda", "questions", "bring", "pitfalls")
    }
    return plan.model_copy(update=parts)


def refine_offline(coach: Coach, plan: SessionPlan, message: str, notice: str) -> SessionPlan:
    reading = read_message(plan, message)
    g = gather(
        coach._need_index(),
        reading.request,
        extra=message,
        sceptical=is_sceptical(message) or is_sceptical(reading.request.wishes),
    )
    new = plan_offline(coach.encode, reading.request, g, reading.prefs, notice=notice)
    said, earlier = list(reading.said), {}
    if reading.sceptic_about:
        new, more, earlier = reframe_for_sceptic(plan, new, reading.sceptic_about, g.sceptic)
        said += more
    return new.model_copy(update={"changes": describe_changes(plan, new, said, earlier)})


def refine_stream(coach: Coach, plan: SessionPlan, message: str, history: Any = None) -> Turn:
    """Yield the 'what changed' text as it is written, then the revised plan.

    A ``Replace`` says "the turn so far is wrong, show this instead": the model's
    answer failed validation, or the model failed and the offline coach answered.
    """
    started = time.monotonic()
    message = check_text(message, "message", MAX_MESSAGE_CHARS)
    if coach.llm is None:
        new = safe_plan(refine_offline(coach, plan, message, NO_MODEL_NOTICE))
        yield new.changes
        yield new
        return
    caps = coach.capabilities()
    assert caps is not None
    if not caps.usable:
        coach._record("refine", None, started, caps.reason)
        new = safe_plan(
            refine_offline(coach, plan, message, fallback_notice(coach.mode, caps.reason))
        )
        yield new.notice + "\n\n" + new.changes
        yield new
        return
    yield from _refine_model(coach, plan, message, history, caps, started)


def _passages(coach: Coach, plan: SessionPlan, reading: Reading, message: str) -> list[Passage]:
    """Guidance for the request as the message changed it, and the passages the plan cites."""
    g = gather(coach._need_index(), reading.request, extra=message, sceptical=is_sceptical(message))
    passages = coach._prompt_passages(g, reading.request)
    cited = {
        c
        for item in [*plan.questions, *plan.bring, *plan.pitfalls, *plan.agenda]
        for c in item.citations
    }
    known = {p.id for p in passages}
    # The plan comes back from the client: only passages anyone may read are looked up.
    return passages + [
        p
        for p in coach._need_index().get([c for c in cited if c not in known])
        if p.visibility == "everyone"
    ]


def _sanitised(prose: Iterator[str]) -> Iterator[str]:
    clean = ProseSanitiser()
    for piece in prose:
        if out := clean.feed(piece):
            yield out
    if out := clean.flush():
        yield out


def _refine_model(
    coach: Coach, plan: SessionPlan, message: str, history: Any, caps: Capabilities, started: float
) -> Turn:
    deadline = coach._deadline(started)
    reading = read_message(plan, message)
    json_mode = caps.mode != "prompt"
    shown = uncited(plan) if coach._small else plan  # long ids cost a small model dearly
    prompt, passages, alias = coach._render(
        "refine",
        lambda ps, shape: refine_variables(
            shown, message, history_dicts(history), ps, topic_label(reading.request), shape
        ),
        _passages(coach, plan, reading, message),
        lambda ids: refine_shape(ids, reading.request.minutes, json_mode, coach._small),
    )
    notice = f"Revised by {model_name(coach.mode)}; citations point at the retrieved guidance."
    check = plan_validator(reading.request, passages, coach.mode, notice)
    call = coach._call(
        "refine", prompt, plan_schema([p.id for p in passages], True, coach._small), caps
    )
    assert coach.llm is not None
    answer = ProseThenJSON(
        coach.llm,
        call,
        lambda a: unalias(check(a), alias),
        deadline=deadline,
        caps=caps,
        json_mode=json_mode,
        retries=coach.settings.llm_retries,
        backoff=coach.backoff,
    )
    said = ""
    try:
        for out in _sanitised(answer.prose()):
            said += out
            yield out
        new = _with_changes(plan, answer.result(), said if answer.delimited else None, reading)
        coach._record("refine", call, started)
        if new.changes.strip() != said.strip():
            yield Replace(new.changes)
    except FAILURES as exc:
        coach._record("refine", call, started, exc)
        new = refine_offline(coach, plan, message, fallback_notice(coach.mode, exc))
        yield Replace(new.notice + "\n\n" + new.changes)
    yield safe_plan(new)


def _with_changes(
    old: SessionPlan, new: SessionPlan, said: str | None, reading: Reading
) -> SessionPlan:
    """The plan with its 'what changed': the model's own words when it kept to the layout;
    else (``said`` None: the streamed text may hold the JSON) described from the difference."""
    if new.changes:
        return new
    changes = said.strip() if said is not None else describe_changes(old, new, reading.said)
    return new.model_copy(update={"changes": changes})
