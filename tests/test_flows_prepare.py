"""Prepare as one flow: the page, the API and the CLI build the same request."""

from __future__ import annotations

from coach.flows.prepare import PrepareInput, build_request, prepare_plan
from tests.record_fixtures import World


def test_a_pairs_request_carries_its_session_number_and_shared_takeaways(world: World) -> None:
    r = world.record
    r.share_with_pair(world.mentee, world.sid, True)
    asked = PrepareInput(
        topic="money",
        role="CFO",
        goal="how graduates bank",
        wishes="no crypto",
        minutes=30,
        pair_id=world.pair_id,
    )
    req = build_request(r, world.mentor, asked)
    assert req.session_number == r.get_pair(world.mentor, world.pair_id).next_session_number == 2
    assert req.minutes == 30 and req.wishes == "no crypto" and req.goal == "how graduates bank"
    assert any("stays with me" in t for t in req.earlier_takeaways)  # shared with the pair
    chosen = build_request(
        r, world.mentor, PrepareInput(pair_id=world.pair_id, session_id=world.sid)
    )
    assert chosen.session_number == 1 and chosen.topic == "general"


def test_what_the_senior_keeps_private_is_not_built_on(world: World) -> None:
    req = build_request(world.record, world.mentor, PrepareInput(pair_id=world.pair_id))
    assert req.earlier_takeaways == []  # the reflection is the mentee's until shared


def test_without_a_pair_the_caller_says_the_number(offline_coach) -> None:  # noqa: ANN001
    plan = prepare_plan(
        None,
        offline_coach,
        None,
        PrepareInput(
            topic="money", role="CFO", session_number=3, minutes=60, takeaways=["Gen Z uses Monzo"]
        ),
    )
    assert plan.request.session_number == 3 and plan.total_minutes == 60
    assert plan.request.earlier_takeaways == ["Gen Z uses Monzo"]


def test_a_pairs_plan_opens_its_next_session_and_is_kept_unsaved(
    world: World, offline_coach
) -> None:  # noqa: ANN001
    from coach.flows.prepare import prepare_and_keep, working_plan

    done = prepare_and_keep(
        world.record,
        offline_coach,
        world.mentor,
        PrepareInput(topic="money", role="CFO", pair_id=world.pair_id),
    )
    assert done.opened and done.session_id is not None and done.plan.request.session_number == 2
    s = world.record.get_session(world.mentor, done.session_id)
    kept = working_plan(s)
    assert kept["saved"] is False and kept["request"]["topic"] == "money" and kept["chat"] == []
    assert working_plan(world.record.get_session(world.mentee, done.session_id)) == {}


def test_a_saved_plan_is_the_sessions_plan(world: World, offline_coach) -> None:  # noqa: ANN001
    from coach.flows.prepare import save_plan, working_plan

    plan = prepare_plan(None, offline_coach, None, PrepareInput(topic="money", role="CFO"))
    s = save_plan(world.record, world.mentor, world.pair_id, None, plan)
    assert s.number == 2 and s.plan and s.plan["request"]["topic"] == "money"
    assert working_plan(s)["saved"] is True


def test_plans_refuse_another_pair_and_the_senior(world: World, offline_coach) -> None:  # noqa: ANN001
    import pytest

    from coach.errors import PermissionDenied
    from coach.flows.prepare import prepare_and_keep, save_plan

    for who in (world.other_mentor, world.mentee):
        with pytest.raises(PermissionDenied):
            prepare_and_keep(
                world.record,
                offline_coach,
                who,
                PrepareInput(pair_id=world.pair_id, session_id=world.sid),
            )
    plan = prepare_plan(None, offline_coach, None, PrepareInput(topic="money", role="CFO"))
    with pytest.raises(PermissionDenied):
        save_plan(world.record, world.other_mentor, world.pair_id, world.sid, plan)
    assert world.record.get_session(world.mentor, world.sid).plan == {
        "agenda": ["short video", "questions"]
    }
