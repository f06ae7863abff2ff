"""Passport-style names, surname first in capitals: "KIM Jisoo", "LIM Mei Xuan".

Many East and South-East Asian surnames are also English words or common words (Kim, Park,
Lim, Tan, Lie, Long), so a surname in capitals is taken as a name only beside a given name no
word list knows, and the whole name goes: no surname is left behind.
"""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "gone"),
    [
        ("Visa list:\n1. KIM Jisoo\n2. PARK Hye-jin", ["KIM", "Jisoo", "PARK", "Hye-jin"]),
        ("Full name: LIM Mei Xuan\nTeam: Payments", ["LIM", "Mei Xuan"]),
        ("Guests: TAN Boon Huat and LIE Siok Hwa from Medan.", ["TAN", "Boon", "LIE", "Siok"]),
    ],
)
def test_a_surname_in_capitals_goes_with_its_given_name(note: str, gone: list[str]) -> None:
    out = anonymise(note).text
    for word in gone:
        assert word not in out, out


@pytest.mark.parametrize(
    "note",
    ["Meet at the CAR PARK Entrance.", "The TAN Report is due.", "LONG Term plans first."],
)
def test_capitals_beside_ordinary_words_stay(note: str) -> None:
    assert anonymise(note).text == note


def test_a_shouted_given_name_that_is_a_word_goes_with_its_surname() -> None:
    out = anonymise("HARRIET MOSS: CAN YOU SEND IT\nJOY PEREIRA: SENT. ASK HARRIET").text
    assert "JOY" not in out and "PEREIRA" not in out, out
    assert "SENT" in out


@pytest.mark.parametrize(
    ("note", "gone"),
    [
        ("Full name: LIM Jun Hao\nTeam: Payments", "LIM"),
        ("Signed by Jun Hao LIM, Treasury.", "LIM"),
    ],
)
def test_no_capitalised_surname_is_left_beside_a_name(note: str, gone: str) -> None:
    out = anonymise(note).text
    assert gone not in out and "Jun" not in out, out


def test_a_verb_after_a_subject_is_no_repeat_of_a_shouted_name() -> None:
    out = anonymise(
        "MARK OBI: CAN YOU SEND THE SLIDES\nJOY PEREIRA: SENT\n"
        "MARK OBI: OK. I'LL MARK IT FOR MONDAY"
    ).text
    assert "OBI" not in out and "MARK IT" in out, out


@pytest.mark.parametrize(
    ("note", "gone"),
    [
        ("Wang Xiaoming joined from Beijing.", ["Wang", "Xiaoming"]),
        ("Liu Yang (刘洋) said hi.", ["Liu", "Yang"]),
        ("Mohd Faizal bin Hj. Razak attended.", ["Faizal", "Razak"]),
    ],
)
def test_romanised_and_titled_names_go_whole(note: str, gone: list[str]) -> None:
    out = anonymise(note).text
    for word in gone:
        assert word not in out, out


def test_the_indonesian_word_yang_stays() -> None:
    note = "Tim yang kecil lebih cepat."
    assert anonymise(note).text == note
