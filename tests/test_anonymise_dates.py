"""Dates of birth written every common way, in English, Indonesian and Spanish, and Spanish
DNI and NIE numbers written with dots, spaces and dashes.

A date goes only after a cue of birth; the same date elsewhere in a note (a meeting, a launch)
is substance and stays, and words that look like Roman numerals are left alone.
"""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Kofi, born 5th Nov. '97, runs the grad forum.",
            "[PERSON_1], born [DOB], runs the grad forum.",
        ),
        ("DOB: 3/IV/1990", "DOB: [DOB]"),
        ("DOB 14.XI.1988 on the form", "DOB [DOB] on the form"),
        ("d.o.b. 1990-11-05", "d.o.b. [DOB]"),
        ("Intern list: b. 12 Mar 1988, Leeds.", "Intern list: b. [DOB], Leeds."),
        ("born on the 21st of June, '01", "born on the [DOB]"),
        ("born 02-Sep-1999 in Accra", "born [DOB] in Accra"),
        ("fecha de nacimiento: 5 de noviembre de 1997", "fecha de nacimiento: [DOB]"),
        ("nacido el 3-IV-1990 en Sevilla", "nacido el [DOB] en Sevilla"),
        ("nacida el 9 de abril del 94", "nacida el [DOB]"),
        ("lahir 5 Nopember 1997 di Medan", "lahir [DOB] di Medan"),
        ("tgl lahir: 05/11/97", "tgl lahir: [DOB]"),
        ("tanggal lahir 5-11-1997", "tanggal lahir [DOB]"),
        ("TTL: Bandung, 17-Agu-1993", "TTL: Bandung, [DOB]"),
    ],
)
def test_dates_of_birth_in_other_formats_go(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    "note",
    [
        "Agreed at the meeting on 5 Nov to pilot the app.",
        "Born and raised in Medan; the launch is on 5 Nov 2019.",
        "Phase IV of the Civic plan starts on 3/4/2026. MIX and DIV stay as they are.",
        "Lahir di Medan. Rapat tanggal 5-11-2025 membahas anggaran.",
    ],
)
def test_dates_that_are_not_of_birth_stay(note: str) -> None:
    assert anonymise(note).text == note


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("DNI 48.219.375-J para el alta.", "DNI [ID] para el alta."),
        ("Su DNI es 73.651.204 Y.", "Su DNI es [ID]."),
        ("NIE Y-4821937-R", "NIE [ID]"),
        ("NIE: X 7305126 G", "NIE: [ID]"),
    ],
)
def test_spanish_ids_with_dots_spaces_and_dashes_go(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


def test_a_dotted_number_with_the_wrong_letter_stays() -> None:
    note = "Pedido 48.219.375-K enviado."
    assert anonymise(note).text == note
