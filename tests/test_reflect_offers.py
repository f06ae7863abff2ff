"""Commitments made as offers or questions: "shall I ...?" answered yes, "want me to ...?",
"happy to ...", "I owe you ...", and an e-mail reply whose quoted lines are the sender's."""

from __future__ import annotations

from coach.engine.actions import extract_actions
from coach.engine.text import split_sentences


def items(notes: str) -> list[tuple[str, str, str | None]]:
    return [(a.owner, a.action, a.due) for a in extract_actions(notes, split_sentences(notes))]


def test_an_offer_answered_yes_in_a_transcript_is_the_offerers() -> None:
    notes = (
        "Ada: Nobody my age reads the printed guide.\n"
        "Ben: Fair. Shall I send you the digital version before we meet again?\n"
        "Ada: Yes, send it over.\n"
        "Ben: And I'll ask the print team what it costs."
    )
    got = items(notes)
    assert [o for o, _, _ in got] == ["Ben", "Ben"]
    assert "digital version" in got[0][1]


def test_an_offer_in_prose_notes_is_the_authors_once_accepted() -> None:
    notes = (
        "Session 5 with Ada\n"
        "She freelances on the side.\n"
        "Shall I send her the moonlighting policy? She said yes, so it goes to her by Friday.\n"
        'Ada: "want me to ask around who else has a side job?" Yes please.'
    )
    got = items(notes)
    assert [(o, d) for o, _, d in got] == [("me", "Friday"), ("Ada", None)]


def test_an_unanswered_question_is_not_a_task() -> None:
    notes = "Session 2 with Ada\nShould I even keep the printed guide? Not sure yet."
    assert items(notes) == []


def test_happy_to_and_i_owe_you_are_promises() -> None:
    notes = (
        "Session 3 with Ada\n"
        "- Happy to ask Legal whether the policy covers weekend work\n"
        "- I owe her the intro to Raj in brand, will do it tomorrow"
    )
    got = items(notes)
    assert [(o, d) for o, _, d in got] == [("me", None), ("me", "tomorrow")]
    assert got[1][1].startswith("The intro to Raj")


def test_a_bare_lets_do_that_is_not_a_task() -> None:
    notes = (
        "Ada: The all-hands slides lose people after two minutes.\n"
        "Ben: Hm, fair.\n"
        "Ada: I can run a demo for your team.\n"
        "Ben: Yes please, let's do that"
    )
    assert [a for _, a, _ in items(notes)] == ["Run a demo for your team"]


def test_quoted_lines_of_an_email_reply_are_the_senders() -> None:
    notes = (
        "Hi Ada,\n\nThanks. I'll book the room for the grads.\n\nBen\n\n"
        "On Thu, 12 Nov 2026 at 17:05, Ada Lovell <ada@example.com> wrote:\n"
        "> From my side:\n"
        "> - I'll write up the five questions new joiners ask, by Monday\n"
        "> Do you want me to draft the one-pager too? Happy to.\n"
    )
    got = items(notes)
    assert [o for o, _, _ in got] == ["me", "Ada Lovell", "Ada Lovell"]
    assert "one-pager" in got[2][1]
