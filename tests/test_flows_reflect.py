"""Summarise as a flow, without Gradio: notes saved first, items resolved to the pair once."""

from __future__ import annotations

from datetime import date

import pytest

from coach.errors import CoachError
from coach.flows.reflect import summarise_session
from tests.record_fixtures import World

NOTES = (
    "Session with Mina on how Gen Z banks.\n"
    "We will both read the Ofcom media report by Friday.\n"
    "Mina will send me 3 TikTok videos by 15 Dec.\n"
    "I will book a slot with the pricing team before next session.\n"
)


def test_items_belong_to_the_pair_with_dates_from_the_session(world: World, offline_coach) -> None:  # noqa: ANN001
    done = summarise_session(world.record, offline_coach, world.mentee, world.sid, NOTES)
    assert world.record.get_session(world.mentee, world.sid).mentee_notes == NOTES
    items = {(i.owner_id, i.text): i.due_on for i in done.session.action_items}
    held = date(2026, 3, 5)  # a Thursday
    friday = date(2026, 3, 6)
    assert items[(world.mentee.id, "Read the Ofcom media report")] == friday
    assert items[(world.mentor.id, "Read the Ofcom media report")] == friday
    tiktok = [k for k in items if "TikTok" in k[1]]
    assert tiktok and tiktok[0][0] == world.mentor.id and items[tiktok[0]] == date(2026, 12, 15)
    slot = [k for k in items if "pricing team" in k[1]]
    assert slot and slot[0][0] == world.mentee.id and items[slot[0]] is not None
    assert items[slot[0]] > held
    # the mentor sees the task the senior's notes gave them, never the notes themselves
    mine = world.record.my_action_items(world.mentor)
    assert any("TikTok" in i.text for i in mine)


def test_the_notes_are_kept_when_the_coach_fails(world: World) -> None:
    class Broken:
        def reflect(self, notes: str) -> None:
            raise CoachError("the coach is down")

    with pytest.raises(CoachError):
        summarise_session(world.record, Broken(), world.mentee, world.sid, "kept anyway")  # type: ignore[arg-type]
    assert world.record.get_session(world.mentee, world.sid).mentee_notes == "kept anyway"
