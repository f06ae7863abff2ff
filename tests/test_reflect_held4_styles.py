"""Action items in styles of recaps, trackers and exports: tasks indented under a person's
name without bullets and with a recording's timestamps, checkbox glyphs, CSV exports and
tables whose columns are named as tools name them ("assignee", "description", "PJ"), speakers
labelled by their role in the pair, and "Next:" lines of a check-in."""

from __future__ import annotations

from datetime import date

from coach.engine.action_rows import as_action_lines
from coach.engine.actions import extract_actions
from coach.engine.text import split_sentences
from coach.flows.dates import resolve_due
from coach.flows.owners import PairPeople, resolve_owner

PAIR = PairPeople("Nora Quinn", "Paul Drake")
THU = date(2026, 10, 15)


def items(notes: str) -> list[tuple[str, str, str | None]]:
    text = as_action_lines(notes).text
    return [(a.owner, a.action, a.due) for a in extract_actions(text, split_sentences(text))]


def sides(notes: str, author: str = "mentee") -> list[object]:
    return [resolve_owner(o, author, PAIR) for o, _, _ in items(notes)]  # type: ignore[arg-type]


def dues(notes: str) -> list[date | None]:
    return [resolve_due(d, THU) for _, _, d in items(notes)]


# Tasks indented under a name, with the recording's timestamps

NAMED_INDENTED = (
    "Paul Drake <> Nora Quinn | 15 Oct\n"
    "Overview\n- Nora showed how her friends plan trips on TikTok.\n\n"
    "Action Items\n"
    "Paul Drake\n"
    "  Book the tasting room for the March offsite (03:12)\n"
    "  Ask the travel desk for last year's spend, COB Friday (14:50)\n"
    "Nora Quinn\n"
    "  Send Paul three travel creators she follows (21:07)\n"
)


def test_indented_lines_under_a_name_are_that_persons_tasks() -> None:
    assert sides(NAMED_INDENTED) == [["mentee"], ["mentee"], ["mentor"]]


def test_a_recordings_timestamp_is_no_due_date() -> None:
    assert dues(NAMED_INDENTED) == [None, date(2026, 10, 16), None]
    assert all("(" not in task for _, task, _ in items(NAMED_INDENTED))


def test_close_of_business_and_the_next_catch_up_are_due_dates() -> None:
    notes = (
        "Actions\n"
        "- Nora to send the menu, COB Friday\n"
        "- I'll share the budget ahead of our next catch-up\n"
        "- Nora to collect quotes before next mtg\n"
    )
    nxt = date(2026, 10, 29)
    got = [resolve_due(d, THU, next_session=nxt) for _, _, d in items(notes)]
    assert got == [date(2026, 10, 16), nxt, nxt]
