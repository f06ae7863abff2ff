"""Prepare as one flow: the page, the API and the CLI build the same request."""

from __future__ import annotations

from coach.flows.prepare import PrepareInput, build_request, prepare_plan
from tests.record_fixtures import World


def test_a_pairs_request_carries_its_session_number_and_shared_takeaways(world: World) -> None:
    r = world.record
    r.share_with_pair(world.mentee, world.sid, True)
    asked = PrepareInput(topic="money", role="CFO", goal="how graduates bank", wishes="no crypto",
                         minutes=30, pair_id=world.pair_id)
    req = build_request(r, world.mentor, asked)
    assert req.session_number == r.get_pair(world.mentor, world.pair_id).next_session_number == 2
    assert req.minutes == 30 and req.wishes == "no crypto" and req.goal == "how graduates bank"
    assert any("stays with me" in t for t in req.earlier_takeaways)  # shared with the pair
    chosen = build_request(r, world.mentor, PrepareInput(pair_id=world.pair_id,
                                                         session_id=world.sid))
    assert chosen.session_number == 1 and chosen.topic == "general"


def test_what_the_senior_keeps_private_is_not_built_on(world: World) -> None:
    req = build_request(world.record, world.mentor, PrepareInput(pair_id=world.pair_id))
    assert req.earlier_takeaways == []  # the reflection is the mentee's until shared


def test_without_a_pair_the_caller_says_the_number(offline_coach) -> None:  # noqa: ANN001
    plan = prepare_plan(None, offline_coach, None, PrepareInput(
        topic="money", role="CFO", session_number=3, minutes=60, takeaways=["Gen Z uses Monzo"]))
    assert plan.request.session_number == 3 and plan.total_minutes == 60
    assert plan.request.earlier_takeaways == ["Gen Z uses Monzo"]
