"""Requests made of the author and reported promises are tasks; negatives, "none" and
discourse phrases ("I'll be honest") are not."""

from __future__ import annotations

from coach.engine.actions import extract_actions
from coach.engine.text import split_sentences


def items(notes: str) -> list[tuple[str, str, str | None]]:
    return [(a.owner, a.action, a.due) for a in extract_actions(notes, split_sentences(notes))]


def test_a_request_of_the_author_is_the_authors_task() -> None:
    notes = (
        "note to self after session w/ Robert\n"
        "- Robert wants me to pull together five finfluencer accounts\n"
        "- he asked me to send him the Ofcom report tmrw\n"
        "- remind myself to book the demo room"
    )
    got = items(notes)
    assert [(o, d) for o, _, d in got] == [("me", None), ("me", "tmrw"), ("me", None)]
    assert got[0][1].lower().startswith("pull together")


def test_reported_promises_are_the_promisers() -> None:
    notes = (
        "Second session with Ethan.\n"
        "I also told him I would look at the subscription data over the weekend. "
        "Ethan said he'll mock up the new screen for Friday."
    )
    got = items(notes)
    assert [(o, d) for o, _, d in got] == [("me", "over the weekend"), ("Ethan", "Friday")]


def test_negatives_and_none_give_no_items() -> None:
    notes = (
        "Session 2 with Dev\n"
        "- We won't build our own points scheme this year\n"
        "- No need to involve IT yet\n"
        "- I'll be honest, I'd assumed loyalty was about pay\n"
        "Actions: none this time, we agreed to let it sink in."
    )
    assert items(notes) == []


def test_a_chat_reply_after_a_word_of_thanks_still_promises() -> None:
    notes = (
        "Ada Lovell  9:05 AM\nthe demo screens look great\n"
        "Ben Carter  9:06 AM\nperfect, will sort access for you by EOW\n"
        "Ada Lovell  9:07 AM\nthanks!\n"
        "Ben Carter  9:08 AM\nand I owe you the intro to Raj - will do it tomorrow (edited)"
    )
    got = items(notes)
    assert [(o, d) for o, _, d in got] == [("Ben Carter", "EOW"), ("Ben Carter", "tomorrow")]
    assert "(edited)" not in got[1][1]


def test_talk_me_through_next_session_is_a_task_not_a_topic() -> None:
    notes = (
        "Session 5 with Maya\nShe offered to talk me through how she prices her work next session."
    )
    assert [o for o, _, _ in items(notes)] == ["Maya"]
