"""Minutes and trackers: initials declared beside a name ("Ada Lovell (AL)") and used after an
"AP:" marker, status words in front of a row ("TODO  Ben: ..."), and Q/A interview notes."""

from __future__ import annotations

from coach.engine.actions import extract_actions
from coach.engine.text import split_sentences


def items(notes: str) -> list[tuple[str, str, str | None]]:
    return [(a.owner, a.action, a.due) for a in extract_actions(notes, split_sentences(notes))]


MINUTES = """MINUTES
Present: Ada Lovell (AL), Ben Carter (BC)
1. Hybrid working
   1.1 AL: most of her friends want two fixed home days.
   AP: AL to collect five questions from her cohort.
   AP: BC – ask the People team for badge-in data by Friday."""

TRACKER = """Tracker – Ada & Ben
DONE  Ben: shared the grad survey
TODO  Ben: ask Treasury about a round-up pot
TODO  Ada: test the sign-up flow with three friends"""

QA = """Q: What would make you save more?
A: Seeing it per month.
Q: Anything I can do?
A: Yes. I said I'd take the enrolment letter to the pensions team."""


def test_initials_declared_beside_a_name_own_the_action_points() -> None:
    assert [o for o, _, _ in items(MINUTES)] == ["AL", "BC"]


def test_status_words_open_a_row_and_done_rows_are_not_tasks() -> None:
    got = items(TRACKER)
    assert [o for o, _, _ in got] == ["Ben", "Ada"]
    assert got[0][1].startswith("Ask Treasury")


def test_q_and_a_tags_are_not_speakers() -> None:
    assert [o for o, _, _ in items(QA)] == ["me"]
