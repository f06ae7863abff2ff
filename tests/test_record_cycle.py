"""The cycle as a plan: dated sessions with topics and a status, created deliberately, and
only held sessions counted as held; old records migrate with what they hold."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from coach.engine.retrieval import stage_heading, stage_of
from coach.errors import InvalidInput, PermissionDenied
from coach.record import SYSTEM, Record
from coach.record.db import alembic_config, make_engine
from tests.record_fixtures import World


def test_the_cycle_plan_is_six_dated_sessions_made_once(world: World) -> None:
    r, w = world.record, world
    pair = r.create_pair(w.hr, w.cycle_id, *_fresh(r))
    planned = r.plan_cycle(pair.mentor_id, pair.id)
    again = r.plan_cycle(pair.mentee_id, pair.id)
    assert [s.number for s in planned] == [1, 2, 3, 4, 5, 6]
    assert [s.id for s in again] == [s.id for s in planned], "planning twice adds nothing"
    start = date(2026, 3, 2)
    assert [s.held_on for s in planned] == [start + timedelta(days=28 * i) for i in range(6)]
    assert {s.status for s in planned} == {"planned"}
    view = r.get_pair(pair.mentor_id, pair.id)
    assert view.sessions_held == 0 and view.next_session_number == 1


def test_fortnightly_cycle_plans_fortnightly(world: World) -> None:
    r, w = world.record, world
    cycle = r.create_cycle(
        w.hr,
        r.list_programs(SYSTEM)[0].id,
        "Sprint",
        "2026-11-02",
        length_weeks=12,
        cadence_days=14,
    )
    pair = r.create_pair(w.hr, cycle.id, *_fresh(r))
    days = [s.held_on for s in r.plan_cycle(pair.mentor_id, pair.id)]
    assert days[1] - days[0] == timedelta(days=14) and len(days) == 6


def test_a_new_session_needs_a_date_and_a_topic(world: World) -> None:
    r, w = world.record, world
    with pytest.raises(InvalidInput):
        r.add_session(w.mentee, w.pair_id, held_on=None, topic="money")
    with pytest.raises(InvalidInput):
        r.add_session(w.mentee, w.pair_id, held_on="2026-12-10", topic="  ")
    s = r.add_session(w.mentee, w.pair_id, held_on="2026-12-10", topic="money")
    assert (s.held_on, s.topic, s.status) == (date(2026, 12, 10), "money", "planned")


def test_only_held_sessions_count_and_empty_ones_can_go(world: World) -> None:
    r, w = world.record, world
    before = r.program_stats(w.hr)
    phantoms = [
        r.add_session(w.mentee, w.pair_id, held_on="2026-12-10", topic="general") for _ in range(3)
    ]
    after = r.program_stats(w.hr)
    assert after.sessions_total == before.sessions_total, "planned sessions are not held"
    assert after.sessions_planned == before.sessions_planned + 3
    assert r.get_pair(w.mentee, w.pair_id).sessions_held == 1
    for s in phantoms:
        r.remove_session(w.mentor, s.id)
    assert [s.number for s in r.list_sessions(w.mentee, w.pair_id)] == [1]
    assert r.get_pair(w.mentee, w.pair_id).next_session_number == 2
    with pytest.raises(InvalidInput):
        r.remove_session(w.mentee, w.sid)  # it has notes: cancel it instead
    with pytest.raises(PermissionDenied):
        r.remove_session(w.other_mentor, w.sid)


def test_move_cancel_and_held(world: World) -> None:
    r, w = world.record, world
    s = r.add_session(w.mentor, w.pair_id, held_on="2026-12-10", topic="money")
    moved = r.update_session(w.mentee, s.id, held_on="2026-12-17", topic="esg")
    assert (moved.held_on, moved.topic) == (date(2026, 12, 17), "esg")
    assert r.get_pair(w.mentor, w.pair_id).next_session_number == s.number
    cancelled = r.set_session_status(w.mentor, s.id, "cancelled")
    assert cancelled.status == "cancelled"
    assert r.get_pair(w.mentor, w.pair_id).next_session_number == s.number + 1
    assert r.program_stats(w.hr).sessions_cancelled == 1
    with pytest.raises(InvalidInput):
        r.set_session_status(w.mentor, s.id, "postponed")
    hr_view = r.list_sessions(w.hr, w.pair_id)
    assert [(v.status, v.mentor_notes, v.mentee_notes) for v in hr_view] == [
        ("held", None, None),
        ("cancelled", None, None),
    ]


def test_session_seven_is_no_first_session() -> None:
    assert stage_of(1) == 1
    # Session 7 opens a new cycle: its guidance is the new-cycle section, not the first meeting.
    assert stage_heading(7) == "A new cycle:" and stage_heading(12) != "Session 1:"


def test_existing_sessions_migrate_held_when_they_have_notes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002_signins")
        conn.execute(
            text(
                "INSERT INTO people (id, name, email, role, expertise, learning_goals, active, "
                "created_at) VALUES (1,'J','j@example.org','mentor','[]','[]',1,'2026-01-01'), "
                "(2,'S','s@example.org','mentee','[]','[]',1,'2026-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO programs (id, name, description, created_at) "
                "VALUES (1, 'P', '', '2026-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO cycles (id, program_id, name, start_date, length_weeks, "
                "cadence_days) VALUES (1, 1, 'C', '2026-01-05', 12, 28)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO pairs (id, cycle_id, mentor_id, mentee_id, status, "
                "created_at) VALUES (1, 1, 1, 2, 'active', '2026-01-01')"
            )
        )
        for n, notes in ((1, "we met"), (2, "")):
            conn.execute(
                text(
                    "INSERT INTO sessions (pair_id, number, topic, mentor_notes, mentor_shared, "
                    "mentee_notes, mentee_shared, created_at, updated_at) VALUES "
                    f"(1, {n}, 'general', '', 0, '{notes}', 0, '2026-01-06', '2026-01-06')"
                )
            )
    engine.dispose()
    record = Record.open(url)
    try:
        assert [s.status for s in record.list_sessions(2, 1)] == ["held", "planned"]
        assert record.get_pair(2, 1).sessions_held == 1
    finally:
        record.close()


def _fresh(r: Record) -> tuple[int, int]:
    n = len(r.list_people(SYSTEM))
    a, _ = r.add_person(SYSTEM, name=f"Jun {n}", email=f"jun{n}@example.org", role="mentor")
    b, _ = r.add_person(SYSTEM, name=f"Sen {n}", email=f"sen{n}@example.org", role="mentee")
    return a.id, b.id


def test_pair_items_show_each_side_only_what_it_may_see(world: World) -> None:
    """One list for the pair: the junior sees the item the senior's summary gave them, not the
    senior's own items from an unshared session; the canary never crosses."""
    from tests.record_fixtures import CANARY_WORD

    r, w = world.record, world
    s = r.add_session(w.mentee, w.pair_id, held_on="2026-04-02", topic="money")
    r.save_reflection(
        w.mentee,
        s.id,
        {"takeaways": []},
        [
            {"text": "Send me 3 TikTok videos", "owner": "mentor", "due_on": "2026-04-15"},
            {"text": f"Ask finance about {CANARY_WORD}", "owner": "mentee"},
        ],
    )
    junior = r.pair_action_items(w.mentor, w.pair_id)
    assert [i.text for i in junior] == ["Send me 3 TikTok videos"]
    assert junior[0].owner_id == w.mentor.id and junior[0].session_number == s.number
    assert CANARY_WORD not in repr(junior)
    senior = r.pair_action_items(w.mentee, w.pair_id)
    assert {i.text for i in senior} >= {
        "Send me 3 TikTok videos",
        f"Ask finance about {CANARY_WORD}",
    }
    r.set_action_item_done(w.mentor, junior[0].id, True)
    ticked = next(i for i in r.pair_action_items(w.mentee, w.pair_id) if i.id == junior[0].id)
    assert ticked.done, "ticked by the junior, seen ticked by the senior"
    with pytest.raises(PermissionDenied):
        r.pair_action_items(w.hr, w.pair_id)
    with pytest.raises(PermissionDenied):
        r.pair_action_items(w.other_mentor, w.pair_id)
