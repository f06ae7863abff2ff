"""Due phrases as people write them beside a task: "in two weeks", "[by EOW]", "— Thurs",
"antes del día 14", "paling lambat Kamis", "dua minggu lagi", each found on the item and
resolved against the session date."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.actions import extract_actions
from coach.engine.text import split_sentences
from coach.flows.dates import resolve_due

TUE = date(2026, 11, 10)


def due_of(line: str) -> str | None:
    notes = f"Session 2 with Ada\nActions:\n- me: {line}"
    items = extract_actions(notes, split_sentences(notes))
    assert len(items) == 1, items
    found = resolve_due(items[0].due, TUE)
    return found.isoformat() if found else None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ask Facilities about food waste in two weeks", "2026-11-24"),
        ("compare our fee page with two fintechs [by EOW]", "2026-11-13"),
        ("book 30 min with the education team [first thing Monday]", "2026-11-16"),
        ("send the explainer [weds]", "2026-11-11"),
        ("ask Treasury about a round-up pot — Thurs", "2026-11-12"),
        ("send the survey (before the 14th)", "2026-11-14"),
    ],
)
def test_a_due_phrase_beside_the_task_is_its_date(line: str, expected: str) -> None:
    assert due_of(line) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("antes del día 14", date(2026, 11, 14)),
        ("para el 3", date(2026, 12, 3)),
        ("en dos semanas", date(2026, 11, 24)),
        ("esta semana", date(2026, 11, 13)),
        ("a más tardar el viernes", date(2026, 11, 13)),
        ("paling lambat Kamis", date(2026, 11, 12)),
        ("dua minggu lagi", date(2026, 11, 24)),
        ("tanggal 20", date(2026, 11, 20)),
        ("two weeks from now", date(2026, 11, 24)),
        ("first thing Monday", date(2026, 11, 16)),
    ],
)
def test_spanish_indonesian_and_spoken_dues_resolve(phrase: str, expected: date) -> None:
    assert resolve_due(phrase, TUE) == expected


def test_a_count_is_no_date() -> None:
    assert resolve_due("three friends", TUE) is None
    assert resolve_due("dos amigos", TUE) is None
