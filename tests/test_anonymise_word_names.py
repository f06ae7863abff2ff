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
        (
            "Harmony, our intern, told the board about it.",
            "[PERSON_1], our intern, told the board about it.",
        ),
        ("Blessing, the grad rep, agreed.", "[PERSON_1], the grad rep, agreed."),
        ("Ray, the new trainee, said so.", "[PERSON_1], the new trainee, said so."),
        (
            "Lucía habló con Esperanza, nuestra becaria, ayer.",
            "[PERSON_1] habló con [PERSON_2], nuestra becaria, ayer.",
        ),
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


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Met Chelsea Ramos. Chelsea (the neighbourhood) is too pricey. Chelsea will send data.",
            "Met [PERSON_1]. Chelsea (the neighbourhood) is too pricey. [PERSON_1] will send data.",
        ),
        (
            "Florence Adjei said Florence, the city, was cheaper. Florence will share it.",
            "[PERSON_1] said Florence, the city, was cheaper. [PERSON_1] will share it.",
        ),
        (
            "Austin Reed said Austin feels cheaper than Dallas. Austin will check.",
            "[PERSON_1] said Austin feels cheaper than Dallas. [PERSON_1] will check.",
        ),
        (
            "Regina Cole thinks Regina is a friendly city. Regina wrote it up.",
            "[PERSON_1] thinks Regina is a friendly city. [PERSON_1] wrote it up.",
        ),
    ],
)
def test_a_place_named_like_a_person_in_the_note_stays_a_place(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


def test_a_brand_in_apposition_to_what_it_is_stays() -> None:
    note = "Joy recommended Emma, the budgeting app, to everyone."
    assert anonymise(note).text == "[PERSON_1] recommended Emma, the budgeting app, to everyone."


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Rapat dengan Bagus Saputra di Denpasar.", "Rapat dengan [PERSON_1] di Denpasar."),
        (
            "Ngopi bareng Sari Wulandari di Yogyakarta kemarin.",
            "Ngopi bareng [PERSON_1] di Yogyakarta kemarin.",
        ),
        ("Reunión con Ana Ruiz de Guadalajara.", "Reunión con [PERSON_1] de Guadalajara."),
    ],
)
def test_di_or_de_before_a_town_is_not_part_of_the_name(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Bill will pay the bill.", "[PERSON_1] will pay the bill."),
        ("Joy shared her screen.", "[PERSON_1] shared her screen."),
        ("Autumn and Summer ran the session.", "[PERSON_1] and [PERSON_2] ran the session."),
        ("Rose and Jay joined the call.", "[PERSON_1] and [PERSON_2] joined the call."),
        ("Summer Lee joined.", "[PERSON_1] joined."),
        ("Jordan went to Jordan last spring.", "[PERSON_1] went to Jordan last spring."),
    ],
)
def test_more_acts_only_people_do(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Chase from Sales thinks so.", "[PERSON_1] from Sales thinks so."),
        ("Sky said she left Sky TV.", "[PERSON_1] said she left Sky TV."),
    ],
)
def test_a_team_or_brand_beside_a_person_stays(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    "note",
    [
        "Summer brought its usual slump in sales.",
        "Paris went into lockdown early.",
        "Spring and Autumn ran the same campaign twice.",
        "Rose gold and silver sold out.",
    ],
)
def test_more_words_used_as_words(note: str) -> None:
    assert anonymise(note).text == note


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Dian, anak magang baru, usul pakai Canva.",
            "[PERSON_1], anak magang baru, usul pakai Canva.",
        ),
        (
            "Kata Embun, generasinya suka kerja remote.",
            "Kata [PERSON_1], generasinya suka kerja remote.",
        ),
        ("Mawar akan kirim datanya besok.", "[PERSON_1] akan kirim datanya besok."),
        (
            "Angel and Precious from Finance joined the call.",
            "[PERSON_1] and [PERSON_2] from Finance joined the call.",
        ),
    ],
)
def test_cues_in_indonesian_and_chains(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


def test_a_name_that_is_a_word_stays_a_word_in_lower_case_in_a_cased_note() -> None:
    note = "Luz dijo que nadie usa cheques. Hay poca luz en la oficina."
    expected = "[PERSON_1] dijo que nadie usa cheques. Hay poca luz en la oficina."
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("April joined the team in May.", "[PERSON_1] joined the team in May."),
        ("River presented the survey.", "[PERSON_1] presented the survey."),
        ("Autumn summarised the findings for us.", "[PERSON_1] summarised the findings for us."),
    ],
)
def test_work_only_people_present_or_join(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    "note", ["Apple shared their results.", "Sales presented the deck.", "Sales ran the session."]
)
def test_a_brand_or_team_doing_work_stays(note: str) -> None:
    assert anonymise(note).text == note


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Thanks, Hope!", "Thanks, [PERSON_1]!"),
        ("Thank you, Faith.", "Thank you, [PERSON_1]."),
        ("Hope, thanks for today.", "[PERSON_1], thanks for today."),
    ],
)
def test_a_name_thanked_or_addressed(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


def test_a_street_named_like_someone_in_the_note_stays() -> None:
    note = "Mark said Mark Street is closed."
    assert anonymise(note).text == "[PERSON_1] said Mark Street is closed."
