"""Words that are not personal data stay, and a name goes as one piece.

A tool's capitalised name is an English word in no list of names ("Dashboard", "Tracker"): it
is a person only with a cue only people take. A full name written with a no-break or a double
space is one person and one placeholder. A number a reference word introduces ("batch",
"PO", "invoice") and written as a plain run of digits is an order or a batch, not a phone.
"""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("Our KIM Dashboard shows churn rising since March.", "KIM Dashboard"),
        ("KIM Dashboard shows the churn by region.", "KIM Dashboard"),
        ("The LEE Tracker shows every open ticket.", "LEE Tracker"),
        ("In the retro the Planner showed who was double-booked.", "Planner"),
        ("Since the upgrade, Dashboard feels slower to the team.", "Dashboard"),
    ],
)
def test_a_tool_named_by_a_common_word_stays(note: str, kept: str) -> None:
    out = anonymise(note).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("note", "gone"),
    [
        ("Session with Tendai today. Tendai shows me how his friends save.", "Tendai"),
        ("Thandeka shows the team her budget app.", "Thandeka"),
        ("Mentor Dashwood said the app is slow.", "Dashwood"),
    ],
)
def test_a_person_doing_the_same_still_goes(note: str, gone: str) -> None:
    out = anonymise(note).text
    assert gone not in out, out
