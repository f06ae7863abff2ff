"""Action items in styles of meeting tools and trackers: tables whose owner column holds
initials, speaker headers with the time around the name, task rows owned by a full name,
"On my side / On yours" lists and Spanish commitments in the present tense."""

from __future__ import annotations

from coach.engine.action_rows import as_action_lines
from coach.engine.actions import extract_actions
from coach.engine.text import split_sentences
from coach.flows.owners import PairPeople, resolve_owner

PAIR = PairPeople("Nora Quinn", "Paul Drake")


def items(notes: str) -> list[tuple[str, str, str | None]]:
    text = as_action_lines(notes).text
    return [(a.owner, a.action, a.due) for a in extract_actions(text, split_sentences(text))]


def sides(notes: str, author: str = "mentee") -> list[object]:
    return [resolve_owner(o, author, PAIR) for o, _, _ in items(notes)]  # type: ignore[arg-type]


def test_initials_in_an_owner_column_are_the_pair() -> None:
    notes = (
        "Follow-ups\n"
        "Who\tWhat\tWhen\n"
        "NQ\tSend the list of savings apps\tFri\n"
        "PD\tBook a room for the workshop\tnext week\n"
    )
    assert sides(notes) == [["mentor"], ["mentee"]]


def test_named_owner_in_a_table_unchanged() -> None:
    notes = "Who\tWhat\tWhen\nNora\tSend the list of savings apps\tFri\n"
    assert sides(notes) == [["mentor"]]
