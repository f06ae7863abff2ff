"""Our cycle's text, built from the record for each side: the partner's notes, summary and
agenda appear only once shared; stored text is inert; the notes script is this page's own."""

from __future__ import annotations

from datetime import date

from coach.flows.cycle import cycle_plan
from coach.flows.items import pair_items
from tests.record_fixtures import CANARY_WORD, World
from ui.pair import items_md, next_md, notes_script, past_md


def test_the_partner_sees_only_what_is_shared(world: World) -> None:
    r, w = world.record, world
    junior_sees = past_md(w.mentor, cycle_plan(r, w.mentor, w.pair_id))
    assert CANARY_WORD not in junior_sees and "has not shared" in junior_sees
    senior_sees = past_md(w.mentee, cycle_plan(r, w.mentee, w.pair_id))
    assert "three short videos" not in senior_sees, "the junior's notes stay theirs"
    r.share_with_pair(w.mentee, w.sid, True)
    r.share_with_pair(w.mentor, w.sid, True)
    assert CANARY_WORD in past_md(w.mentor, cycle_plan(r, w.mentor, w.pair_id))
    assert "three short videos" in past_md(w.mentee, cycle_plan(r, w.mentee, w.pair_id))


def test_agenda_waits_for_the_share_and_text_is_inert(world: World) -> None:
    r, w = world.record, world
    s = r.add_session(w.mentor, w.pair_id, held_on="2026-12-10", topic="esg")
    r.save_plan(w.mentor, s.id, {"agenda": [{"title": "<img src=x onerror=alert(1)> Intro"}]})
    assert "not shared an agenda" in next_md(w.mentee, cycle_plan(r, w.mentee, w.pair_id))
    assert "only you see it" in next_md(w.mentor, cycle_plan(r, w.mentor, w.pair_id))
    r.share_with_pair(w.mentor, s.id, True)
    shown = next_md(w.mentee, cycle_plan(r, w.mentee, w.pair_id))
    assert "Intro" in shown and "<img" not in shown


def test_items_table_marks_overdue_and_whose(world: World) -> None:
    r, w = world.record, world
    r.add_action_item(w.mentee, w.sid, "Send me | 3 videos", owner="mentor", due_on="2026-03-10")
    table = items_md(pair_items(r, w.mentor, w.pair_id, today=date(2026, 4, 1)))
    row = next(line for line in table.splitlines() if "videos" in line)
    assert row.startswith("| You |") and "**overdue**" in row and "\\|" in row


def test_the_notes_script_is_this_pages_own() -> None:
    js = notes_script()
    assert "#pair-notes textarea" in js and "pair-notes-save-now" in js
    assert "window.turntablePairNotes" in js and "window.turntableNotes" not in js
    assert '"#notes' not in js and '"notes-' not in js
