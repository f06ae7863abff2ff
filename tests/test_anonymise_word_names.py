"""Names that are everyday words (Hope, Mark, Autumn, June): the sentence decides.

A capitalised everyday word is a person when a person's cue surrounds it (a verb of speech or
of an act only people do, a department it is "from", an apposition naming a role), and stays a
word where it is used as one ("I hope the pilot works", "Mark the date", "3 June").
"""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # Apposition: "X, our intern, ..." names a person by the role that follows.
        ("Harmony, our intern, told the board about it.",
         "[PERSON_1], our intern, told the board about it."),
        ("Blessing, the grad rep, agreed.", "[PERSON_1], the grad rep, agreed."),
        ("Ray, the new trainee, said so.", "[PERSON_1], the new trainee, said so."),
        ("Lucía habló con Esperanza, nuestra becaria, ayer.",
         "[PERSON_1] habló con [PERSON_2], nuestra becaria, ayer."),
    ],
)
def test_a_name_in_apposition_to_a_role(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Mark will send the deck.", "[PERSON_1] will send the deck."),
        ("Autumn took notes.", "[PERSON_1] took notes."),
        ("Faith from Talent took notes.", "[PERSON_1] from Talent took notes."),
        ("May from Payroll agreed.", "[PERSON_1] from Payroll agreed."),
        ("Maya posts in Indonesian.", "[PERSON_1] posts in Indonesian."),
    ],
)
def test_an_everyday_word_before_what_only_people_do(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    "note",
    [
        "I hope the pilot works.",
        "Mark the date in the calendar.",
        "In the autumn we plan a cohort.",
        "Summer will be busy for the team.",
        "Dawn is when the night shift ends.",
        "Apple sent a survey to every user.",
        "London, our biggest market, grew.",
    ],
)
def test_the_same_words_used_as_words_stay(note: str) -> None:
    assert anonymise(note).text == note


def test_a_month_that_is_also_a_name_stays_a_date() -> None:
    note = "June said the emails are long. We ship in June and review on 3 June."
    assert anonymise(note).text == (
        "[PERSON_1] said the emails are long. We ship in June and review on 3 June."
    )
