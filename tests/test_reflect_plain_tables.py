"""Tables of actions pasted without Markdown: pipe rows with no rule line, tab-separated
cells, and columns lined up with spaces. Each row is a task for the row's owner."""

from __future__ import annotations

from coach.engine.action_rows import as_action_lines
from coach.engine.actions import extract_actions
from coach.engine.text import split_sentences


def rows(notes: str) -> list[tuple[str, str, str | None]]:
    text = as_action_lines(notes).text
    return [(a.owner, a.action, a.due) for a in extract_actions(text, split_sentences(text))]


PIPES = """Session 2 with Ada
Action | Owner | Due
Send the list of student Discord servers | Ada | Weds
Ask the TA team for cost per hire | me | end of month
Check the brand rules on TikTok | Comms (Raj) | -"""

TABS = (
    "Who\tWhat\tWhen\n"
    "Ada\tsend the list of student Discord servers\tFriday\n"
    "me\task the TA team for cost per hire\t"
)

COLUMNS = """Catch-up w/ Ada

WHO      WHAT                                        WHEN
Ada      send the list of student Discord servers    Fri
me       ask the TA team for cost per hire            next week"""


def test_pipe_rows_without_a_rule_line_are_a_table() -> None:
    got = rows(PIPES)
    assert [(o, d) for o, _, d in got] == [("Ada", "Weds"), ("me", "end of month"), ("Raj", None)]
    assert got[0][1].startswith("Send the list of student Discord servers")


def test_tab_separated_rows_are_a_table() -> None:
    assert [(o, d) for o, _, d in rows(TABS)] == [("Ada", "Friday"), ("me", None)]


def test_columns_lined_up_with_spaces_are_a_table() -> None:
    got = rows(COLUMNS)
    assert [(o, d) for o, _, d in got] == [("Ada", "Fri"), ("me", "next week")]
    assert "cost per hire" in got[1][1]


def test_a_prose_line_with_a_pipe_is_left_as_written() -> None:
    notes = "Session 3 | Ada | what grads want\n- she reads Glassdoor before any offer"
    assert as_action_lines(notes).text == notes
