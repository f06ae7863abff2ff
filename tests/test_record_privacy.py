"""Private notes stay private: a canary in one person's notes reaches nobody else, no view,
no export of another person, and never the shared index, even after that person shares."""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import select, text

from coach.record import SYSTEM
from coach.record import models as m
from coach.record.views import jsonable
from tests.record_fixtures import CANARY_NAME, CANARY_WORD, World


def _dump(value: Any) -> str:
    return json.dumps(jsonable(value), default=str, ensure_ascii=False)


def _index_text(w: World) -> str:
    """Everything the index holds (documents and metadata), plus what searches return."""
    rows = list(w.index.rows(text=True))
    hits = []
    for query in (CANARY_WORD, CANARY_NAME, "Quorvanth", "Blisterwick"):
        for mode in ("keyword", "vector", "hybrid"):
            hits += w.index.search(query, k=20, mode=mode, visibility=("everyone", "hr"))
    return _dump([[r.text for r in rows], [r.metadata for r in rows], [h.to_dict() for h in hits]])


def _others_see(w: World) -> str:
    """Every view a person other than the mentee can get, as one string."""
    r = w.record
    views: list[Any] = []
    for who in (w.mentor, w.other_mentor, w.other_mentee):
        views += [
            r.my_pairs(who),
            r.my_action_items(who),
            r.my_shares(who),
            r.export_person(who, who.id),
        ]
    views += [
        r.get_session(w.mentor, w.sid),
        r.list_sessions(w.mentor, w.pair_id),
        r.get_person(w.mentor, w.mentee.id),
    ]
    for overseer in (w.hr, w.admin):
        views += [
            r.list_people(overseer),
            r.list_pairs(overseer),
            r.list_cycles(overseer),
            r.list_sessions(overseer, w.pair_id),
            r.get_session(overseer, w.sid),
            r.program_stats(overseer),
            r.stats_csv(overseer),
            r.list_share_queue(overseer, status=None),
        ]
    views += [
        r.audit_log(w.admin, limit=10_000),
        r.export_person(w.admin, w.mentor.id),
        r.approved_notes_for_index(),
    ]
    return _dump(views)


def test_canary_in_private_notes_reaches_nobody_else(world: World) -> None:
    w, r = world, world.record
    # The mentee offers a *different* session's notes, naming people and contact details.
    second = r.create_session(w.mentee, w.pair_id, topic="money")
    r.save_notes(
        w.mentee,
        second.id,
        f"{CANARY_NAME} here. Mina Okoro showed me round-up savings apps; "
        "write to quorvanth@example.org or call +44 7700 900123. "
        "Lesson: fees shown up front earn more trust than lower hidden fees.",
    )
    item = r.submit_share(w.mentee, second.id)
    r.approve_share(w.hr, item.id)
    # Something did reach the index, and it is the lesson.
    assert "fees shown up front" in _index_text(w)

    seen = _others_see(w)
    assert CANARY_WORD not in seen
    assert "round-up savings" not in _dump(r.get_session(w.mentor, second.id))
    index_text = _index_text(w)
    for secret in (
        CANARY_WORD,
        "Quorvanth",
        "Blisterwick",
        "Mina",
        "Okoro",
        "quorvanth@example.org",
        "7700 900123",
    ):
        assert secret not in index_text

    # Control: once the mentee shares their side with the pair, the mentor does see it.
    r.share_with_pair(w.mentee, w.sid, True)
    assert CANARY_WORD in _dump(r.get_session(w.mentor, w.sid))
    # ...and still nobody else, and never HR.
    assert CANARY_WORD not in _dump(
        [
            r.get_session(w.hr, w.sid),
            r.export_person(w.mentor, w.mentor.id),
            r.list_sessions(w.hr, w.pair_id),
        ]
    )


def test_canary_in_a_question_to_the_coach_reaches_nobody_else(world: World) -> None:
    from datetime import date

    w, r = world, world.record
    question = f"{CANARY_NAME} here: what if she keeps checking her email?"
    conv = r.start_conversation(w.mentee, question)
    r.add_turn(w.mentee, conv.id, "user", question)
    r.add_turn(
        w.mentee,
        conv.id,
        "assistant",
        "Pause and ask whether now suits [1].",
        [{"n": 1, "id": "x", "title": "t", "section": "", "source": "knowledge/x.md"}],
    )
    seen = _others_see(w) + _dump(
        [r.my_conversations(who) for who in (w.mentor, w.other_mentor, w.hr, w.admin)]
        + [r.export_person(w.admin, w.mentee.id), r.overdue_items(w.hr, date(2030, 1, 1))]
    )
    assert "checking her email" not in seen and "Pause and ask" not in seen
    assert "checking her email" in _dump(r.export_person(w.mentee, w.mentee.id))


def test_share_queue_keeps_kinds_not_removed_values(world: World) -> None:
    w, r = world, world.record
    r.save_notes(
        w.mentor,
        w.sid,
        "Mina Okoro here: Petra Vosk and I met at 12 Elm Street. "
        "Her handle is @petravosk. Takeaway: ask before assuming.",
    )
    preview = r.preview_share(w.mentor, w.sid)
    assert {s.original for s in preview.spans} >= {"Petra Vosk", "@petravosk"}
    item = r.submit_share(w.mentor, w.sid, title="What Petra Vosk taught me")
    assert item.status == "pending"
    assert {"Petra", "Vosk", "Mina", "Okoro", "@petravosk"}.isdisjoint(
        set(item.anonymised_text.split()) | set(item.title.split())
    )
    assert all(set(span) == {"kind", "placeholder"} for span in item.removed)
    assert "PERSON" in {span["kind"] for span in item.removed}
    with r._tx() as s:  # the stored row itself, not only the view
        raw = s.execute(
            text("SELECT anonymised_text, removed, title FROM share_queue WHERE id = :i"),
            {"i": item.id},
        ).one()
    assert "Petra" not in _dump(list(raw)) and "petravosk" not in _dump(list(raw))


def test_edited_text_is_anonymised_again(world: World) -> None:
    w, r = world, world.record
    preview = r.preview_share(w.mentee, w.sid)
    edited = preview.text + " Also: Olly Penhaligon (olly.p@example.com) agreed."
    item = r.submit_share(w.mentee, w.sid, edited_text=edited)
    assert "Penhaligon" not in item.anonymised_text
    assert "olly.p@example.com" not in item.anonymised_text
    assert "agreed" in item.anonymised_text
    kinds = {span["kind"] for span in item.removed}
    assert "EMAIL" in kinds


def test_approve_indexes_reject_does_not_withdraw_removes(world: World) -> None:
    w, r = world, world.record
    r.save_notes(
        w.mentor,
        w.sid,
        "Lesson: colleagues trust transparent dashboards more than quarterly slide decks.",
    )
    approved = r.submit_share(w.mentor, w.sid, topic="technology")
    rejected = r.submit_share(w.mentor, w.sid)
    r.approve_share(w.hr, approved.id)
    r.reject_share(w.hr, rejected.id)

    def chunks(item_id: int) -> list[dict[str, Any]]:
        return [r.metadata for r in w.index.rows(sources=[f"note:{item_id}"])]

    metas = chunks(approved.id)
    assert metas and {mm["kind"] for mm in metas} == {"shared-note"}
    assert {mm["visibility"] for mm in metas} == {"everyone"}
    assert {mm["topic"] for mm in metas} == {"technology"}
    hits = w.index.search("transparent dashboards", k=3, kinds="shared-note")
    assert hits and hits[0].source == f"note:{approved.id}"
    assert chunks(rejected.id) == []
    assert [n.source for n in r.approved_notes_for_index()] == [f"note:{approved.id}"]
    assert [i.id for i in r.list_share_queue(w.hr)] == []  # nothing left pending

    withdrawn = r.withdraw_share(w.mentor, approved.id)
    assert withdrawn.status == "withdrawn"
    assert chunks(approved.id) == []
    assert r.approved_notes_for_index() == []


def test_delete_person_reaches_the_index_and_the_audit_keeps_no_content(world: World) -> None:
    w, r = world, world.record
    item = r.submit_share(w.mentee, w.sid)
    r.approve_share(w.hr, item.id)
    assert list(w.index.rows(sources=[f"note:{item.id}"]))
    r.save_notes(w.mentor, w.sid, "Mentor keeps this.")

    counts = r.delete_person(w.mentee, w.mentee.id)
    assert counts["shared_notes"] == 1 and counts["index_chunks"] >= 1

    assert not list(w.index.rows(sources=[f"note:{item.id}"]))
    assert CANARY_WORD not in _index_text(w)
    # The partner keeps their side; the pair shows a former member and has ended.
    after = r.get_session(w.mentor, w.sid)
    assert after.mentor_notes == "Mentor keeps this." and after.plan
    pair = r.get_pair(w.mentor, w.pair_id)
    assert pair.mentee_id is None and pair.mentee_name is None and pair.status == "ended"
    # Nothing of the mentee's text is left anywhere in the database, audit included.
    with r._tx() as s:
        dump = _dump(
            [
                [list(row) for row in s.execute(select(table))]
                for table in m.Base.metadata.sorted_tables
            ]
        )
        events = list(s.scalars(select(m.AuditEvent).where(m.AuditEvent.action == "person.delete")))
    assert CANARY_WORD not in dump and CANARY_NAME not in dump
    assert "quorvanth@example.org" not in dump
    assert len(events) == 1 and events[0].target_id == w.mentee.id
    assert events[0].outcome == "allowed"
    assert re.fullmatch(r"(\w+=\d+ ?)+", events[0].detail), "counts only, no content"
    # ...nor in the file on disk once the write-ahead log is folded in.
    with r.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = w.record.engine.url.database or ""
    with open(raw, "rb") as fh:
        assert CANARY_WORD.encode() not in fh.read()
    assert r.authenticate(w.mentee.email, w.passwords[w.mentee.email]) is None


def test_export_is_json_and_holds_only_the_persons_data(world: World) -> None:
    w, r = world, world.record
    data = r.export_person(w.mentee, w.mentee.id)
    text_out = json.dumps(data)  # JSON-serialisable as returned
    assert CANARY_WORD in text_out  # their own notes and reflection are in it
    assert "Mentor side" not in text_out  # the partner's notes are not theirs
    assert "password" not in text_out.replace("can_sign_in", "")
    assert data["person"]["email"] == w.mentee.email
    assert data["sessions"][0]["personal_effectiveness"] == 5
    assert data["action_items"] and data["pairs"][0]["partner_name"] == w.mentor.name
    assert any(e["action"] == "session.notes" for e in data["audit"])
    assert r.audit_log(SYSTEM, limit=1)[0].action == "person.export"
