"""Sign-in, people, sessions, action items, ratings and program figures, with bad input."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from coach.errors import InvalidInput, NotFound, PermissionDenied
from coach.record import SYSTEM
from coach.record import models as m
from tests.record_fixtures import World


def test_sign_in_and_passwords(world: World) -> None:
    w, r = world, world.record
    secret = w.passwords[w.mentor.email]
    assert r.authenticate("  MINA@Example.org ", secret) == r.get_person(w.mentor, w.mentor.id)
    assert r.authenticate(w.mentor.email, secret + "x") is None
    assert r.authenticate("nobody@example.org", secret) is None
    assert r.authenticate("not an email", secret) is None
    assert r.authenticate(w.mentor.email, "") is None
    refused = r.audit_log(SYSTEM, limit=10, outcome="refused")
    assert any(e.action == "auth.sign_in" for e in refused)
    assert all(secret not in e.detail for e in r.audit_log(SYSTEM, limit=1000))
    with r._tx() as s:
        stored = s.scalar(select(m.Person.password_hash).where(m.Person.id == w.mentor.id))
    assert stored.startswith("$argon2id$") and secret not in stored

    with pytest.raises(PermissionDenied, match="current password"):
        r.set_password(w.mentor, w.mentor.id, "a-brand-new-passphrase", "wrong")
    with pytest.raises(InvalidInput, match="at least 12"):
        r.set_password(w.mentor, w.mentor.id, "short", secret)
    with pytest.raises(InvalidInput, match="repeats"):
        r.set_password(w.mentor, w.mentor.id, "aaaaaaaaaaaaaaaa", secret)
    r.set_password(w.mentor, w.mentor.id, "a-brand-new-passphrase", secret)
    assert r.authenticate(w.mentor.email, "a-brand-new-passphrase") is not None
    assert r.authenticate(w.mentor.email, secret) is None


def test_adding_people_checks_input(world: World) -> None:
    w, r = world, world.record
    with pytest.raises(InvalidInput, match="already in the record"):
        r.add_person(w.admin, name="Again", email="MINA@example.org", role="mentor")
    with pytest.raises(InvalidInput, match="role must be one of"):
        r.add_person(w.admin, name="X", email="x@example.org", role="boss")
    with pytest.raises(InvalidInput, match="email address"):
        r.add_person(w.admin, name="X", email="no-at-sign", role="mentor")
    with pytest.raises(InvalidInput, match="name is empty"):
        r.add_person(w.admin, name="   ", email="x@example.org", role="mentor")
    person, secret = r.add_person(
        w.admin,
        name="Neha Iyer",
        email="neha@example.org",
        role="mentor",
        expertise=["technology", "esg"],
    )
    assert len(secret) >= 20 and person.expertise == ["technology", "esg"]
    assert r.authenticate("neha@example.org", secret) == person
    with pytest.raises(InvalidInput, match="mentor role"):
        r.create_pair(w.hr, w.cycle_id, w.mentee.id, person.id)
    with pytest.raises(NotFound):
        r.get_person(w.admin, 99_999)


def test_sessions_numbering_rhythm_and_sides(world: World) -> None:
    w, r = world, world.record
    pair = r.get_pair(w.mentee, w.pair_id)
    assert pair.sessions_held == 1 and pair.next_session_number == 2
    assert pair.next_session_due == date(2026, 3, 2) + timedelta(days=28)
    second = r.create_session(w.mentee, w.pair_id, topic="Money: saving, wealth and retirement")
    assert second.number == 2 and second.topic == "money"
    free = r.create_session(w.mentor, w.pair_id, topic="How my friends pick banks")
    assert free.number == 3 and free.topic == "How my friends pick banks"

    # Each side sees only its own text until the other side shares with the pair.
    as_mentor = r.get_session(w.mentor, w.sid)
    assert as_mentor.mentee_notes is None and as_mentor.reflection is None
    assert as_mentor.personal_effectiveness is None and as_mentor.hidden == ("mentee",)
    as_mentee = r.get_session(w.mentee, w.sid)
    assert as_mentee.plan is None and as_mentee.mentor_notes is None
    assert as_mentee.my_notes and as_mentee.my_side == "mentee"
    r.share_with_pair(w.mentor, w.sid, True)
    shared = r.get_session(w.mentee, w.sid)
    assert shared.plan == {"agenda": ["short video", "questions"]}
    assert shared.mentor_notes.startswith("Mentor side")
    as_hr = r.get_session(w.hr, w.sid)
    assert as_hr.mentor_notes is None and as_hr.personal_effectiveness == 5
    assert as_hr.items_total == 1 and as_hr.action_items == []

    r.end_pair(w.hr, w.pair_id)
    with pytest.raises(InvalidInput, match="ended"):
        r.create_session(w.mentor, w.pair_id)
    r.save_notes(w.mentor, w.sid, "Notes can still be finished after the pair ends.")


def test_action_items_reflection_and_ratings(world: World) -> None:
    w, r = world, world.record
    reflection = {"takeaways": ["video first"], "next_topics": ["talent"]}
    items = [
        {"text": "Send the clip list", "owner": "mentor", "due_on": "2026-04-01"},
        {"text": "Ask the social team for numbers", "owner": "mentee"},
    ]
    r.save_reflection(w.mentee, w.sid, reflection, items)
    again = r.save_reflection(w.mentee, w.sid, reflection, items)  # re-save adds nothing
    assert again.items_total == 3 and again.reflection == reflection
    mentor_view = r.get_session(w.mentor, w.sid)
    assert [i.text for i in mentor_view.action_items] == ["Send the clip list"]
    assert mentor_view.action_items[0].due_on == date(2026, 4, 1)
    clip = mentor_view.action_items[0]
    assert r.set_action_item_done(w.mentor, clip.id).done
    assert [i.id for i in r.my_action_items(w.mentor, status="done")] == [clip.id]
    mentee_own = next(i for i in again.action_items if i.owner_id == w.mentee.id)
    with pytest.raises(PermissionDenied, match="owns or wrote"):
        r.set_action_item_done(w.mentor, mentee_own.id)
    with pytest.raises(InvalidInput, match="mentor or the mentee"):
        r.add_action_item(w.mentor, w.sid, "x", owner=w.other_mentee.id)
    with pytest.raises(InvalidInput, match="empty"):
        r.add_action_item(w.mentor, w.sid, "   ")

    for bad in (0, 6, "5", 4.5, True):
        with pytest.raises(InvalidInput, match="1 to 5"):
            r.rate_session(w.mentee, w.sid, bad, 3)  # type: ignore[arg-type]
    assert r.rate_session(w.mentee, w.sid, 3, None).business_effectiveness is None
    with pytest.raises(InvalidInput, match="JSON object"):
        r.save_plan(w.mentor, w.sid, ["not", "a", "dict"])  # type: ignore[arg-type]


def test_notes_keep_what_was_typed_and_refuse_what_cannot_be_stored(world: World) -> None:
    w, r = world, world.record
    hostile = "<script>alert(1)</script> ‏مرحبا 🎧 ```ignore previous instructions```\n\ttabs"
    assert r.save_notes(w.mentor, w.sid, hostile).mentor_notes == hostile
    assert r.save_notes(w.mentor, w.sid, "a\x00b").mentor_notes == "ab"
    with pytest.raises(InvalidInput, match="limit is 200,000"):
        r.save_notes(w.mentor, w.sid, "x" * 200_001)
    with pytest.raises(InvalidInput, match="not bytes"):
        r.save_notes(w.mentor, w.sid, b"\xff\xfe")  # type: ignore[arg-type]
    assert r.get_session(w.mentor, w.sid).mentor_notes == "ab", "failed saves changed nothing"
    with pytest.raises(InvalidInput, match="no notes of yours"):
        r.submit_share(w.mentor, r.create_session(w.mentor, w.pair_id).id)
    with pytest.raises(InvalidInput, match="date like"):
        r.update_session(w.mentor, w.sid, held_on="next Thursday")


def test_program_figures_and_csv(world: World) -> None:
    w, r = world, world.record
    s2 = r.create_session(w.mentee, w.pair_id, topic="money", held_on="2026-04-02")
    r.rate_session(w.mentee, s2.id, 3, 5)
    s3 = r.create_session(
        w.other_mentor, w.other_pair_id, topic="=HYPERLINK(1)", held_on="2026-04-20"
    )
    r.add_action_item(w.other_mentor, s3.id, "Bring examples")
    r.set_session_status(w.other_mentor, s3.id, "held")  # an item alone does not say it was held
    r.create_session(w.mentee, w.pair_id, topic="esg", held_on="2026-05-01")  # planned only
    item = r.get_session(w.mentee, w.sid).action_items[0]
    r.set_action_item_done(w.mentee, item.id)
    r.end_pair(w.hr, w.other_pair_id)

    stats = r.program_stats(w.hr)
    assert (stats.pairs_total, stats.active_pairs, stats.sessions_total) == (2, 1, 3)
    assert (stats.sessions_planned, stats.sessions_cancelled) == (1, 0)
    assert stats.sessions_per_month == {"2026-03": 1, "2026-04": 2}
    assert stats.topics == {"technology": 1, "money": 1, "=HYPERLINK(1)": 1}
    assert (stats.rated_personal, stats.personal_effective) == (2, 1)
    assert stats.personal_effective_share == 0.5 and stats.business_effective_share == 1.0
    assert (stats.action_items_done, stats.action_items_total) == (1, 2)
    other_program = r.create_program(w.hr, "Empty")
    empty = r.program_stats(w.admin, program_id=other_program.id)
    assert empty.sessions_total == 0 and empty.personal_effective_share is None

    rows = list(csv.reader(io.StringIO(r.stats_csv(w.hr))))
    assert rows[0] == ["metric", "key", "value"]
    table = {(a, b): c for a, b, c in rows[1:]}
    assert table[("pairs", "active")] == "1"
    assert table[("personal_effectiveness", "effective_share")] == "0.500"
    assert ("topic", "'=HYPERLINK(1)") in table, "formulas are defused"


def test_cycles_and_pairs_for_hr(world: World) -> None:
    w, r = world, world.record
    cycle = r.create_cycle(w.hr, r.list_programs(w.hr)[0].id, "Autumn", date(2026, 9, 7), 10, 14)
    assert cycle.end_date == date(2026, 11, 16)
    with pytest.raises(InvalidInput, match="1 to 365"):
        r.update_cycle(w.hr, cycle.id, cadence_days=0)
    with pytest.raises(InvalidInput, match="already paired"):
        r.create_pair(w.hr, w.cycle_id, w.mentor.id, w.mentee.id)
    pair = r.create_pair(w.hr, cycle.id, w.mentor.id, w.mentee.id)
    assert {p.id for p in r.my_pairs(w.mentor)} == {w.pair_id, pair.id}
    assert [p.id for p in r.list_pairs(w.admin, cycle_id=cycle.id)] == [pair.id]
    assert r.my_pairs(w.hr) == []
    with r._tx() as s:
        assert s.scalar(select(m.Cycle.cadence_days).where(m.Cycle.id == cycle.id)) == 14
