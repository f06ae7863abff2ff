"""Everyday words that are given names (Angel, Melody, Precious) are the person when they open
a sentence and an act only a person does follows, and a name alone on the last line of a message
is whoever signed it, even with no "Best," before it."""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Angel handed round the survey forms.", "[PERSON_1] handed round the survey forms."),
        (
            "Melody closed the session with a quiz.",
            "[PERSON_1] closed the session with a quiz.",
        ),
        ("Precious opened with the numbers.", "[PERSON_1] opened with the numbers."),
        (
            "Angel and Pim chaired the panel.",
            "[PERSON_1] and [PERSON_2] chaired the panel.",
        ),
        (
            "Kojo - happy to help with the pilot.\n\nPen\n",
            "[PERSON_1] - happy to help with the pilot.\n\n[PERSON_2]\n",
        ),
        (
            "Sure, Thursday works for me.\n\nSky\n\n> Could we meet on Thursday?",
            "Sure, Thursday works for me.\n\n[PERSON_1]\n\n> Could we meet on Thursday?",
        ),
    ],
)
def test_the_person_goes(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    "note",
    [
        "Tesla closed higher today.",
        "The melody opened the show.",
        "Notes from the offsite\n\nActions\n- send the deck",
        "Slides attached.\n\nThanks\n",
        "Budget agreed for Q3.\n\nDone\n",
    ],
)
def test_the_words_stay(note: str) -> None:
    assert anonymise(note).text == note


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Georgia and Kenya from Payments both joined. Kenya says cards still win.",
            "[PERSON_1] and [PERSON_2] from Payments both joined. [PERSON_2] says cards still win.",
        ),
        (
            "Chad from Payments joined late.",
            "[PERSON_1] from Payments joined late.",
        ),
        (
            "Mentee onboarding, Leeds: Rudi Hartono said hi.",
            "Mentee onboarding, Leeds: [PERSON_1] said hi.",
        ),
    ],
)
def test_a_team_after_a_place_word_makes_it_a_person(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Thanks Anna, Grace and Will for joining.",
            "Thanks [PERSON_1], [PERSON_2] and [PERSON_3] for joining.",
        ),
        (
            "Met with Chioma, Faith and Tunde Bakare at the stand.",
            "Met with [PERSON_1], [PERSON_2] and [PERSON_3] at the stand.",
        ),
    ],
)
def test_a_word_listed_between_two_people_is_a_person(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


def test_a_team_listed_between_people_stays() -> None:
    out = anonymise("Thanks Anna, Finance and Will for joining.").text
    assert "Finance" in out
