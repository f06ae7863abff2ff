"""Notes, action items and ratings as flows, without Gradio: each refuses the wrong person."""

from __future__ import annotations

import pytest

from coach.errors import InvalidInput, PermissionDenied
from coach.flows.items import ReassignInput, TickInput, reassign_item, tick_items
from coach.flows.notes import NotesInput, NotesTooLong, save_notes
from coach.flows.rating import RatingInput, rate_session
from coach.record.core import MAX_NOTE_CHARS
from tests.record_fixtures import World


def test_notes_are_saved_on_the_actors_own_side(world: World) -> None:
    save_notes(world.record, world.mentor, NotesInput(world.sid, "bring the TikTok examples"))
    seen = world.record.get_session(world.mentor, world.sid)
    assert seen.mentor_notes == "bring the TikTok examples"
    assert world.record.get_session(world.mentee, world.sid).mentee_notes != seen.mentor_notes


def test_notes_over_the_limit_are_refused_whole(world: World) -> None:
    before = world.record.get_session(world.mentee, world.sid).mentee_notes
    with pytest.raises(NotesTooLong) as refused:
        save_notes(world.record, world.mentee, NotesInput(world.sid, "x" * (MAX_NOTE_CHARS + 1)))
    assert refused.value.chars == MAX_NOTE_CHARS + 1 and "limit" in str(refused.value)
    assert world.record.get_session(world.mentee, world.sid).mentee_notes == before


def test_nobody_writes_notes_into_another_pairs_session(world: World) -> None:
    with pytest.raises(PermissionDenied):
        save_notes(world.record, world.other_mentor, NotesInput(world.sid, "mine now"))
    with pytest.raises(PermissionDenied):
        save_notes(world.record, world.hr, NotesInput(world.sid, "HR reads no notes"))


def test_ticking_writes_only_what_changed(world: World) -> None:
    item = world.record.get_session(world.mentee, world.sid).action_items[0]
    first = tick_items(world.record, world.mentee, TickInput(world.sid, [item.id]))
    assert first.count == 1 and first.changed[0].done
    assert tick_items(world.record, world.mentee, TickInput(world.sid, [item.id])).count == 0
    assert tick_items(world.record, world.mentee, TickInput(world.sid, [])).changed[0].done is False


def test_another_person_cannot_tick_the_pairs_items(world: World) -> None:
    item = world.record.get_session(world.mentee, world.sid).action_items[0]
    with pytest.raises(PermissionDenied):
        tick_items(world.record, world.other_mentor, TickInput(world.sid, [item.id]))
    # the partner neither owns nor wrote it: it is not among the items they can tick
    assert tick_items(world.record, world.mentor, TickInput(world.sid, [item.id])).count == 0
    assert not world.record.get_session(world.mentee, world.sid).action_items[0].done


def test_an_item_passes_to_the_partner_who_then_owns_it(world: World) -> None:
    item = world.record.get_session(world.mentee, world.sid).action_items[0]
    moved = reassign_item(world.record, world.mentee, ReassignInput(item.id, "mentor"))
    assert moved.owner_id == world.mentor.id
    assert any(i.id == item.id for i in world.record.my_action_items(world.mentor))
    back = reassign_item(world.record, world.mentor, ReassignInput(item.id, "mentee"))
    assert back.owner_id == world.mentee.id


def test_reassigning_is_refused_outside_the_pair_and_to_nobody(world: World) -> None:
    item = world.record.get_session(world.mentee, world.sid).action_items[0]
    with pytest.raises(PermissionDenied):
        reassign_item(world.record, world.other_mentor, ReassignInput(item.id, "mentor"))
    with pytest.raises(PermissionDenied):
        reassign_item(world.record, world.hr, ReassignInput(item.id, "mentor"))
    with pytest.raises(InvalidInput):
        reassign_item(world.record, world.mentee, ReassignInput(item.id, "HR"))  # type: ignore[arg-type]
    assert (
        world.record.get_session(world.mentee, world.sid).action_items[0].owner_id
        == world.mentee.id
    )


def test_the_senior_rates_both_sides(world: World) -> None:
    s = rate_session(world.record, world.mentee, RatingInput(world.sid, 3, 5))
    assert (s.personal_effectiveness, s.business_effectiveness) == (3, 5)


def test_a_rating_needs_both_numbers_and_the_senior(world: World) -> None:
    with pytest.raises(InvalidInput, match="both ratings"):
        rate_session(world.record, world.mentee, RatingInput(world.sid, 4, None))
    with pytest.raises(PermissionDenied):  # the junior does not rate
        rate_session(world.record, world.mentor, RatingInput(world.sid, 1, 1))
    with pytest.raises(PermissionDenied):  # another pair's senior
        rate_session(world.record, world.other_mentee, RatingInput(world.sid, 1, 1))
    s = world.record.get_session(world.mentee, world.sid)
    assert (s.personal_effectiveness, s.business_effectiveness) == (5, 4)
