"""The pair's plan and one list of items as flows: owners named, overdue marked, own items
ticked, the next session and its agenda as each side may see it."""

from __future__ import annotations

from datetime import date

import pytest

from coach.errors import InvalidInput
from coach.flows.cycle import agenda_lines, cycle_plan, move_session
from coach.flows.items import pair_items, tick
from tests.record_fixtures import World


def test_one_list_names_owners_marks_overdue_and_ticks_only_ones_own(world: World) -> None:
    r, w = world.record, world
    s = r.add_session(w.mentee, w.pair_id, held_on="2026-11-05", topic="money")
    r.save_reflection(
        w.mentee,
        s.id,
        {"takeaways": []},
        [
            {"text": "Send me 3 TikTok videos", "owner": "mentor", "due_on": "2026-11-10"},
            {"text": "Book the pricing team", "owner": "mentee", "due_on": "2026-12-15"},
        ],
    )
    rows = {x.text: x for x in pair_items(r, w.mentee, w.pair_id, today=date(2026, 11, 20))}
    tiktok, pricing = rows["Send me 3 TikTok videos"], rows["Book the pricing team"]
    assert (tiktok.owner, tiktok.owner_name, tiktok.mine) == ("junior", w.mentor.name, False)
    assert tiktok.overdue and not pricing.overdue and pricing.mine
    assert tiktok.session_number == s.number
    with pytest.raises(InvalidInput, match="partner's"):
        tick(r, w.mentee, tiktok.id)
    tick(r, w.mentor, tiktok.id)
    seen = {x.text: x for x in pair_items(r, w.mentee, w.pair_id, today=date(2026, 11, 20))}
    assert seen["Send me 3 TikTok videos"].done and not seen["Send me 3 TikTok videos"].overdue


def test_next_session_and_its_agenda_once_shared(world: World) -> None:
    r, w = world.record, world
    nxt = r.add_session(w.mentor, w.pair_id, held_on="2026-12-10", topic="esg")
    r.save_plan(w.mentor, nxt.id, {"agenda": [{"title": "Warm-up", "minutes": 5}]})
    plan = cycle_plan(r, w.mentee, w.pair_id)
    assert plan.next is not None and plan.next.id == nxt.id
    assert [p.number for p in plan.past] == [1]
    assert agenda_lines(plan.next) == [], "not shared yet"
    r.share_with_pair(w.mentor, nxt.id, True)
    assert agenda_lines(cycle_plan(r, w.mentee, w.pair_id).next) == ["Warm-up"]
    with pytest.raises(InvalidInput):
        move_session(r, w.mentee, nxt.id)
    assert move_session(r, w.mentee, nxt.id, when="2026-12-17").held_on == date(2026, 12, 17)


def test_preparing_uses_the_planned_session_instead_of_adding_one(world: World) -> None:
    from coach.flows.cycle import open_next_session
    from coach.record import SYSTEM

    r, w = world.record, world
    a, _ = r.add_person(SYSTEM, name="Jun Plan", email="junplan@example.org", role="mentor")
    b, _ = r.add_person(SYSTEM, name="Sen Plan", email="senplan@example.org", role="mentee")
    pair = r.create_pair(w.hr, w.cycle_id, a.id, b.id)
    planned = r.plan_cycle(a.id, pair.id)
    s = open_next_session(r, a.id, pair.id, topic="money")
    assert s.id == planned[0].id and s.topic == "money"
    assert len(r.list_sessions(a.id, pair.id)) == 6, "no session added"
    assert open_next_session(r, w.mentor, w.pair_id, topic="esg").number == 2  # none planned


def test_members_mark_remove_and_share_sessions_through_the_flows(world: World) -> None:
    """What Our cycle's buttons and `coach sessions cancel` do, checked by the record."""
    from coach.errors import PermissionDenied
    from coach.flows.cycle import mark_session, remove_session, share_with_partner

    r, w = world.record, world
    s = r.add_session(w.mentor, w.pair_id, held_on="2026-12-10", topic="esg")
    assert mark_session(r, w.mentee, s.id, "held").status == "held"
    assert mark_session(r, w.mentor, s.id, "cancelled").status == "cancelled"
    with pytest.raises(PermissionDenied):
        mark_session(r, w.other_mentor, s.id, "held")
    with pytest.raises(InvalidInput):
        mark_session(r, w.mentor, "the next one", "held")  # type: ignore[arg-type]
    assert share_with_partner(r, w.mentor, s.id, True).mentor_shared
    assert not share_with_partner(r, w.mentor, s.id, False).mentor_shared
    with pytest.raises(PermissionDenied):
        share_with_partner(r, w.other_mentee, s.id, True)
    remove_session(r, w.mentee, s.id)
    assert s.id not in {x.id for x in r.list_sessions(w.mentor, w.pair_id)}


def test_ticking_the_pairs_list_changes_only_ones_own_items(world: World) -> None:
    """Our cycle's tick boxes: the reader's items follow the boxes, the partner's stay."""
    from coach.flows.items import tick_mine

    r, w = world.record, world
    s = r.add_session(w.mentee, w.pair_id, held_on="2026-11-05", topic="money")
    r.save_reflection(
        w.mentee,
        s.id,
        {"takeaways": []},
        [
            {"text": "Send me 3 TikTok videos", "owner": "mentor", "due_on": "2026-11-10"},
            {"text": "Book the pricing team", "owner": "mentee", "due_on": "2026-12-15"},
            {"text": "Read the ESG brief", "owner": "mentee", "due_on": "2026-12-15"},
        ],
    )
    ids = {x.text: x.id for x in pair_items(r, w.mentee, w.pair_id)}
    ours = ("Send me 3 TikTok videos", "Book the pricing team", "Read the ESG brief")
    every = [ids[t] for t in ours]  # the partner's item among them: it is theirs to tick
    done = {x.text: x.done for x in tick_mine(r, w.mentee, w.pair_id, every) if x.text in ours}
    assert done == {
        "Send me 3 TikTok videos": False,
        "Book the pricing team": True,
        "Read the ESG brief": True,
    }
    after = tick_mine(r, w.mentee, w.pair_id, [ids["Read the ESG brief"]])
    assert {x.text for x in after if x.done and x.text in ours} == {"Read the ESG brief"}
    with pytest.raises(InvalidInput):
        tick_mine(r, w.mentee, w.pair_id, "all of them")  # type: ignore[arg-type]
