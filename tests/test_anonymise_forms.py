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
