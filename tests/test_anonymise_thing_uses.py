"""A word once taken as someone's name is not removed where its own context makes it a place,
a brand or a thing: a station or a chocolate bar named like her, the county she commutes from,
the other town in "in Leeds, not Brooklyn", the app a comparison ranks. A name the record
knows still always goes."""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Sydney said the train to Sydney station was late again.",
            "[PERSON_1] said the train to Sydney station was late again.",
        ),
        (
            "Snickers aside, Mars handed out Mars bars at the offsite.",
            "Snickers aside, [PERSON_1] handed out Mars bars at the offsite.",
        ),
        (
            "Chelsea said her Chelsea app keeps logging her out.",
            "[PERSON_1] said her Chelsea app keeps logging her out.",
        ),
        (
            "Essex joined late; commuting from Essex takes him two hours.",
            "[PERSON_1] joined late; commuting from Essex takes him two hours.",
        ),
        (
            "Later Chelsea joined; Chelsea grew up in Leeds, not Chelsea.",
            "Later [PERSON_1] joined; [PERSON_1] grew up in Leeds, not Chelsea.",
        ),
        (
            "Tomasz said new hires prefer Monzo to the bank's own app.",
            "[PERSON_1] said new hires prefer Monzo to the bank's own app.",
        ),
        (
            "Tomasz said the juniors prefer Cleo to a branch visit.",
            "[PERSON_1] said the juniors prefer Cleo to a branch visit.",
        ),
    ],
)
def test_the_thing_named_like_her_stays(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


def test_a_known_person_goes_even_before_a_thing_word() -> None:
    out = anonymise("Dani Mars met us; Mars app feedback came from Mars.", roster=["Dani Mars"])
    assert "Mars" not in out.text


@pytest.mark.parametrize(
    "note",
    [
        "Grace said she would prefer Maya to lead the next session.",
        "I met Kent from Finance; Kent says the audit slipped.",
    ],
)
def test_people_next_to_such_words_still_go(note: str) -> None:
    out = anonymise(note).text
    assert "Maya" not in out and "Kent" not in out and "Grace" not in out


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Call with Aarav Sharma (आरव शर्मा) on Monday.",
            "Call with [PERSON_1] ([PERSON_1]) on Monday.",
        ),
        (
            "Lunch with Somchai Wongsawat (สมชาย วงศ์สวัสดิ์) at the Bangkok office.",
            "Lunch with [PERSON_1] ([PERSON_1]) at the Bangkok office.",
        ),
        (
            "Mentor: Layla Haddad (ليلى حداد) from Amman.",
            "Mentor: [PERSON_1] ([PERSON_1]) from Amman.",
        ),
    ],
)
def test_the_name_in_its_own_script_beside_it_goes(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


def test_a_thai_given_name_is_no_english_word_ending() -> None:
    assert anonymise("Met Somchai Wongsawat today.").text == "Met [PERSON_1] today."
    assert anonymise("Mulai Agustus sesi pindah ke Kamis.").text.startswith("Mulai Agustus")
