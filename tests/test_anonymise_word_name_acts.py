"""Everyday-word names decided by what the sentence has them do, in English and Indonesian,
and a lower-case word after a capitalised name stays a word."""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "word"),
    [
        ("yep. Hope set it up for the whole floor", "Hope"),
        ("Summer was on leave, so the demo moved.", "Summer"),
        ("Sesuai arahan Kepala Divisi, Dawn akan memimpin sesi.", "Dawn"),
        ("Minggu depan Bunga akan menyampaikan hasil survei.", "Bunga"),
    ],
)
def test_a_word_name_doing_what_people_do_goes(note: str, word: str) -> None:
    out = anonymise(note).text
    assert word not in out, out


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("Menurut Bunga, cinta saja tidak cukup.", "cinta saja"),
        ("Kata Rani, bunga KPR naik lagi.", "bunga KPR"),
        ("The summer was on the quiet side.", "summer was"),
    ],
)
def test_the_word_as_a_word_stays(note: str, kept: str) -> None:
    assert kept in anonymise(note).text


@pytest.mark.parametrize(
    "note",
    [
        "Teman kantor saya, Fajar, cuma pakai tunai.",
        "Rekan kerja saya, Wulan, lebih suka QRIS.",
        "My workmate, Tendai, pays cash.",
    ],
)
def test_a_friend_or_colleague_named_in_apposition_goes(note: str) -> None:
    out = anonymise(note).text
    assert "[PERSON_1]" in out, out
