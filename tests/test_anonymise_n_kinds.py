"""Kinds the hard notes still miss: professional titles, lower-case names, handles, dates of
birth, capitals, national IDs and single names. Sentences are written for these tests."""

from __future__ import annotations

from coach.anonymise import anonymise


def _out(text: str) -> str:
    return anonymise(text).text


# Spanish professional titles (Lic., Ing., Arq., Mtra.) are titles, not names: they stay, the
# name after them goes, and a second pass over the result changes nothing.


def test_spanish_professional_titles_stay_and_cue_the_name() -> None:
    text = "Presentes: Lic. Marcela Robledo Fuentes, Ing. Octavio Ramírez Soto, Arq. Tomás Lira"
    out = _out(text)
    for title in ("Lic.", "Ing.", "Arq."):
        assert title in out, out
    for word in ("Marcela", "Octavio", "Tomás", "Lira", "Robledo"):
        assert word not in out, out


def test_a_title_between_two_people_does_not_join_them() -> None:
    out = _out("Reunión con la Mtra. Gabriela Núñez y el Ing. Rubén Castañeda en Monterrey.")
    assert "Mtra." in out and "Ing." in out and " y el " in out, out
    assert "Gabriela" not in out and "Castañeda" not in out, out


def test_a_titled_attendee_list_is_stable_under_a_second_pass() -> None:
    text = (
        "Presentes: Lic. Marcela Robledo Fuentes, Ing. Octavio Ramírez Soto\n"
        "| Tema | Quién |\n| Presupuesto | Marcela R. |"
    )
    once = _out(text)
    assert _out(once) == once


def test_ing_as_a_bank_and_lic_in_prose_are_left_alone() -> None:
    out = _out("We moved our savings to ING last year; the licence fee went up.")
    assert "ING" in out and "licence fee" in out, out
