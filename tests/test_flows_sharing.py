"""Offering a lesson and its review as flows, without Gradio; the index is real Chroma."""

from __future__ import annotations

import pytest

from coach.errors import InvalidInput, PermissionDenied
from coach.flows.notes import NotesInput
from coach.flows.sharing import (
    OfferInput,
    approve_share,
    my_offers,
    offer_share,
    preview_offer,
    reject_share,
    withdraw_share,
)
from tests.record_fixtures import CANARY_NAME, World

NOTES = f"{CANARY_NAME} showed me how short video sells savings. Mail me at q@example.org."


def _sources(world: World) -> set[str]:
    got = world.index.collection.get(include=["metadatas"])
    return {str(m.get("source")) for m in got["metadatas"] or []}


def test_the_preview_saves_the_notes_and_shows_what_goes(world: World) -> None:
    shown = preview_offer(world.record, world.mentee, NotesInput(world.sid, NOTES))
    assert world.record.get_session(world.mentee, world.sid).mentee_notes == NOTES
    assert CANARY_NAME not in shown.text and "q@example.org" not in shown.text
    assert "".join(t for t, _ in shown.segments) == NOTES
    assert shown.summary != "nothing identifying was found"


def test_an_offer_is_reviewed_then_withdrawn(world: World) -> None:
    preview = preview_offer(world.record, world.mentee, NotesInput(world.sid, NOTES))
    item = offer_share(world.record, world.mentee, OfferInput(world.sid, preview.text, "Video"))
    assert item.status == "pending" and [s.id for s in my_offers(world.record, world.mentee)] == [
        item.id
    ]
    assert approve_share(world.record, world.hr, item.id).status == "approved"
    assert f"note:{item.id}" in _sources(world)
    assert withdraw_share(world.record, world.mentee, item.id).status == "withdrawn"
    assert f"note:{item.id}" not in _sources(world)
    assert my_offers(world.record, world.mentee) == []


def test_a_rejected_offer_never_reaches_the_index(world: World) -> None:
    item = offer_share(world.record, world.mentee, OfferInput(world.sid, "Short video sells."))
    assert reject_share(world.record, world.hr, item.id).status == "rejected"
    assert f"note:{item.id}" not in _sources(world)


def test_offers_and_reviews_refuse_the_wrong_person(world: World) -> None:
    with pytest.raises(InvalidInput):
        offer_share(world.record, world.mentee, OfferInput(world.sid, "   "))
    with pytest.raises(PermissionDenied):  # another pair's member
        preview_offer(world.record, world.other_mentor, NotesInput(world.sid, "theirs"))
    item = offer_share(world.record, world.mentee, OfferInput(world.sid, "Short video sells."))
    for who in (world.mentee, world.mentor, world.other_mentor):  # only HR reviews
        with pytest.raises(PermissionDenied):
            approve_share(world.record, who, item.id)
        with pytest.raises(PermissionDenied):
            reject_share(world.record, who, item.id)
    with pytest.raises(PermissionDenied):  # only the owner withdraws
        withdraw_share(world.record, world.other_mentor, item.id)
    assert world.record.get_share(world.hr, item.id).status == "pending"
