"""Ways a name is written that the anonymiser read as words or cut short: a passport-style
surname in capitals before the given name, Arabic particles inside a name, and every word of
such a name removed, none left behind."""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # Passport style: the surname in capitals, then the given name.
        (
            "Guests from Nagoya: TANAKA Hiroshi and KOBAYASHI Yumi (Sales).",
            "Guests from Nagoya: [PERSON_1] and [PERSON_2] (Sales).",
        ),
        (
            "Our host was Hiroshi TANAKA from the Nagoya office.",
            "Our host was [PERSON_1] from the Nagoya office.",
        ),
        # "bint" (daughter of) sits inside the name like "bin".
        (
            "Lunch with Fatima bint Rashid Al Nuaimi and the grads.",
            "Lunch with [PERSON_1] and the grads.",
        ),
    ],
)
def test_every_word_of_the_name_goes(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    "note",
    [
        "The NHS Trust and the BBC both joined.",
        "Deadline for the UK FCA return is Friday.",
    ],
)
def test_acronyms_beside_capitalised_words_stay(note: str) -> None:
    assert anonymise(note).text == note


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # "dan" and "y" join a list of names as "and" does.
        (
            "tadi ngobrol sama ratih dan wiwik dari tim hr. wiwik setuju.",
            "tadi ngobrol sama [PERSON_1] dan [PERSON_2] dari tim hr. [PERSON_2] setuju.",
        ),
        # Saying who is speaking: "ini aku ..." ("it's me ..."), "soy ...".
        (
            "halo kak, ini aku sekar. besok aku telat ya",
            "halo kak, ini aku [PERSON_1]. besok aku telat ya",
        ),
        # Who a voice note or message is from.
        (
            "vn dari anjani jam 09.15: kak, besok rapat pindah ke siang ya",
            "vn dari [PERSON_1] jam 09.15: kak, besok rapat pindah ke siang ya",
        ),
        (
            "nota de voz de maite: oye, manana no puedo ir",
            "nota de voz de [PERSON_1]: oye, manana no puedo ir",
        ),
    ],
)
def test_lower_case_names_by_cues(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    "note",
    [
        "vn dari kantor jam 10: rapat batal",
        "pesan dari tim legal: kontrak sudah siap",
        "nota de voz de compras: faltan datos",
        "ini aku kirim datanya ya",
    ],
)
def test_lower_case_words_after_those_cues_stay(note: str) -> None:
    assert anonymise(note).text == note


@pytest.mark.parametrize(
    ("note", "dates"),
    [
        # A table column headed "DOB" holds dates of birth, in whatever format.
        (
            "Ref\tName\tDate of birth\tSite\nR-11\tAlex Moss\t2001-07-09\tLeeds\n"
            "R-12\tSam Ode\tJul 9 2000\tYork",
            ["2001-07-09", "Jul 9 2000"],
        ),
        ("| Nama | Tgl lahir | Kota |\n|---|---|---|\n| Ayu | 09/07/1999 | Solo |", ["09/07/1999"]),
    ],
)
def test_dates_in_a_birth_date_column_go(note: str, dates: list[str]) -> None:
    out = anonymise(note)
    assert out.removed().get("DOB") == dates


def test_dates_in_other_columns_stay() -> None:
    note = "Task\tDue\tOwner\nSurvey\t2025-07-09\tOps\nDeck\tJul 9 2025\tRisk"
    assert anonymise(note).text == note


def test_a_birth_date_after_fecha_de_nac_goes() -> None:
    out = anonymise("Alta: fecha de nac. 4 de mar. de 1999; puesto: analista.")
    assert out.removed().get("DOB") == ["4 de mar. de 1999"]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Reviewed by: SATO Haruki (Legal)", "Reviewed by: [PERSON_1] (Legal)"),
        ("Signed off by TANAKA Sho (Legal)", "Signed off by [PERSON_1] (Legal)"),
    ],
)
def test_a_capitals_surname_beside_an_unlisted_given_name(note: str, expected: str) -> None:
    assert anonymise(note).text == expected
