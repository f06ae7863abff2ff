"""Refine as a flow: what changed grows as it is written, then the revised plan arrives."""

from __future__ import annotations

from coach.engine import SessionPlan
from coach.flows.prepare import PrepareInput, prepare_plan
from coach.flows.refine import RefineInput, Said, refine_plan


def test_refine_says_what_changed_then_gives_the_plan(offline_coach) -> None:  # noqa: ANN001
    plan = prepare_plan(
        None,
        offline_coach,
        None,
        PrepareInput(
            topic="technology", role="Chief Financial Officer", goal="short video", minutes=45
        ),
    )
    events = list(refine_plan(offline_coach, RefineInput(plan, "30 minutes only")))
    said, last = events[:-1], events[-1]
    assert said and all(isinstance(e, Said) for e in said)
    assert isinstance(last, SessionPlan) and last.request.minutes == 30
    assert said[-1].text.strip()
