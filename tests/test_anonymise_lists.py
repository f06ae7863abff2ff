"""Who is in the room, and what else people are called.

An attendee line ("Participants:", "Peserta:", "Asistentes:") lists people, whatever their
names look like; a nickname in brackets after a name, or a short form of a name already found
("Des" for Desmond), is that person; an initial before a surname goes with the surname.
"""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "gone", "kept"),
    [
        (
            "Steering group\nParticipants: Okonjo (chair), Abernathy, S. Venkataraman\n"
            "Apologies: Fitzwilliam\nDecision: pilot in Lagos first.",
            ["Okonjo", "Abernathy", "Venkataraman", "S.", "Fitzwilliam"],
            ["chair", "Lagos", "Decision", "Participants", "Apologies"],
        ),
        (
            "RAPAT. HADIR: PAK YOHANES SITUMORANG, BU MEGAWATI, SDR. FIKRI. "
            "FIKRI AKAN CEK DENGAN TOKOPEDIA.",
            ["YOHANES", "SITUMORANG", "MEGAWATI", "FIKRI"],
            ["TOKOPEDIA", "HADIR", "PAK"],
        ),
        (
            "Asistentes: Nerea Olabarria y Koldo\nLa Jefa de Riesgos pidió datos.",
            ["Nerea", "Olabarria", "Koldo"],
            ["Jefa de Riesgos", "Asistentes"],
        ),
        (
            "Attendees: Finance team, HR, me\nAgreed: monthly sessions.",
            [],
            ["Finance team", "HR", "me", "Agreed"],
        ),
    ],
)
def test_an_attendee_line_lists_people(note: str, gone: list[str], kept: list[str]) -> None:
    out = anonymise(note).text
    for word in gone:
        assert word not in out, out
    for word in kept:
        assert word in out, out


def test_every_person_on_an_attendee_line_gets_their_own_placeholder() -> None:
    out = anonymise("Peserta: Galuh, Ratih dan Sekarwangi\nRatih setuju.").text
    assert out == "Peserta: [PERSON_1], [PERSON_2] dan [PERSON_3]\n[PERSON_2] setuju."


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Shadowed Venkatesh Subramaniam (Venky) on the desk. Venky's team uses Paytm.",
            "Shadowed [PERSON_1] ([PERSON_1]) on the desk. [PERSON_1]'s team uses Paytm.",
        ),
        (
            "Paired with 陈晓明 (Xiaoming). Xiaoming pays with Alipay.",
            "Paired with [PERSON_1] ([PERSON_1]). [PERSON_1] pays with Alipay.",
        ),
        (
            "MENTOR: DESMOND ACHEBE-WRIGHT. NEXT SESSION WITH DES ON 3 JULY.",
            "MENTOR: [PERSON_1]. NEXT SESSION WITH [PERSON_1] ON 3 JULY.",
        ),
        (
            "Met Duncan Ferreira from Payroll. Dunc thinks payslips belong in the app.",
            "Met [PERSON_1] from Payroll. [PERSON_1] thinks payslips belong in the app.",
        ),
    ],
)
def test_another_name_for_someone_already_found(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    "note",
    [
        "Met Rhiannon Pryce (Finance). Rhiannon uses Monzo.",
        "Lunch with Janet Okoro on 3 Jan. Janet brought the survey.",
        "Coffee with Marcus Webb (London). Marcus likes the app.",
    ],
)
def test_a_bracket_or_a_short_word_that_is_not_a_name_stays(note: str) -> None:
    out = anonymise(note).text
    for word in ("Finance", "Jan", "London"):
        if word in note:
            assert word in out, out


def test_an_initial_goes_with_the_surname() -> None:
    out = anonymise("Please ask S. Venkataraman and J. Okafor about the rollout.").text
    assert out == "Please ask [PERSON_1] and [PERSON_2] about the rollout."
