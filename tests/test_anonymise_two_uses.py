"""One word, two uses in the same note: the person, and the place or brand named the same.

Each occurrence is decided by its own cue ("Florence booked", "the Florence trip"); a person
found once does not turn every later mention of the town or the label into that person.
Also here: two people joined by "y" are two people, and speakers, titles and lists in the
styles of Indonesian and Spanish notes.
"""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "gone", "kept"),
    [
        (
            "Coffee with Savannah and Carolina. Savannah moved here from Savannah last year; "
            "Carolina says North Carolina rents are half of ours.",
            ["with Savannah", "and Carolina", "Savannah moved", "Carolina says"],
            ["from Savannah last", "North Carolina"],
        ),
        (
            "Florence booked the Florence trip; Florence says flights are cheap in March.",
            ["Florence booked", "Florence says"],
            ["the Florence trip"],
        ),
        (
            "Toured the office with Phoenix. Phoenix thinks Phoenix in July is worse.",
            ["with Phoenix", "Phoenix thinks"],
            ["Phoenix in July"],
        ),
        (
            "Catch-up with Mercedes from Legal. Mercedes drives a Mercedes, ironically. "
            "Dior from Comms joined late; Dior thinks Dior ads are cringe.",
            ["with Mercedes", "Mercedes drives", "Dior from", "Dior thinks"],
            ["a Mercedes", "Dior ads"],
        ),
        (
            "- 1:1 w/ Bay (Treasury)\n- next: Bay + me -> walkthrough\n- the loading bay is shut",
            ["w/ Bay", "Bay +"],
            ["loading bay", "Treasury"],
        ),
        ("Thanks Monzo for the free export. Thanks, Hope!", ["Hope"], ["Thanks Monzo"]),
        (
            "Walked the site with Dallas and Adelaide. Dallas moved here from Dallas last year. "
            "Adelaide prefers Adelaide to Sydney.",
            ["with Dallas", "and Adelaide", "Dallas moved", "Adelaide prefers"],
            ["from Dallas last", "prefers Adelaide to Sydney"],
        ),
        (
            "Site visit with Florence. Florence says Florence in August is too hot.",
            ["with Florence", "Florence says"],
            ["Florence in August"],
        ),
        (
            "Mentor Valentina Costa explained it.\nCosta to send the pricing comparison.",
            ["Costa"],
            ["pricing comparison"],
        ),
    ],
)
def test_each_use_decides_for_itself(note: str, gone: list[str], kept: list[str]) -> None:
    out = anonymise(note).text
    for phrase in gone:
        assert phrase not in out, out
    for phrase in kept:
        assert phrase in out, out


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Café con Pilar y Rosario de Riesgos. Rosario quiere datos.",
            "Café con [PERSON_1] y [PERSON_2] de Riesgos. [PERSON_2] quiere datos.",
        ),
        (
            "hoy cafe con la Mati y el Nacho. la Mati dice que si.",
            "hoy cafe con la [PERSON_1] y el [PERSON_2]. la [PERSON_1] dice que si.",
        ),
    ],
)
def test_two_people_joined_by_y_are_two(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


def test_a_double_surname_joined_by_y_stays_one_person() -> None:
    out = anonymise("Leímos a José Ortega y Gasset en clase.").text
    assert out == "Leímos a [PERSON_1] en clase."


@pytest.mark.parametrize(
    ("note", "gone"),
    [
        ("besok aku tny ke koh aldo soal bca mobile", ["aldo"]),
        (
            "grabbed lunch w/ marisol and oyelaran from ops. oyelaran wants a dark mode",
            ["oyelaran"],
        ),
        (
            "JUNO MARTINEZ-OKAFOR: nobody reads the intranet.\nSpeaker 2: Right.\n"
            "JUNO MARTINEZ-OKAFOR: we use Slack.\nSpeaker 2: ok\nJUNO MARTINEZ-OKAFOR: yes",
            ["JUNO", "MARTINEZ"],
        ),
    ],
)
def test_cues_in_lower_case_and_transcripts(note: str, gone: list[str]) -> None:
    out = anonymise(note).text
    for word in gone:
        assert word not in out, out


def test_a_spanish_department_is_no_person() -> None:
    out = anonymise("Lucía trabaja en Banca Privada en Valencia.").text
    assert out == "[PERSON_1] trabaja en Banca Privada en Valencia."
