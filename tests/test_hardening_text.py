"""Half an emoji (a lone surrogate, as a browser can send after a cut) never loses a note."""

from __future__ import annotations

from coach.engine import Coach
from tests.record_fixtures import World

HALF_EMOJI = "\ud83d"  # the first half of 😀: valid in a JSON string, not encodable as UTF-8


def test_notes_with_half_an_emoji_are_saved(world: World) -> None:
    text = f"Great session {HALF_EMOJI} I will try the savings app by Friday."
    saved = world.record.save_notes(world.mentee, world.sid, text)
    assert saved.mentee_notes == "Great session \ufffd I will try the savings app by Friday."
    person, _ = world.record.add_person(
        world.admin, name=f"Zoë {HALF_EMOJI}", email="z@example.org", role="mentor"
    )
    assert person.name == "Zoë \ufffd"


def test_reflect_and_search_accept_it(offline_coach: Coach) -> None:
    r = offline_coach.reflect(
        f"We talked about banks {HALF_EMOJI}. I will send the app list by Friday."
    )
    assert [a.due for a in r.action_items] == ["Friday"]
    assert offline_coach.index.search(f"saving apps {HALF_EMOJI}", 3)
