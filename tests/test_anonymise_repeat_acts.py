"""A given name that is an everyday word, found once in full, is that person again when a
later sentence opens with it and goes on with a verb: "Faith Mwangi ... Faith built the tool".
The word used as a word (a lower-case "faith", "Grace period") stays."""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "word"),
    [
        ("I recommend Faith Achieng for the role. Faith built our payments tool.", "Faith"),
        ("Dawn Kowalski leads product at Bunq. Dawn now advises two startups.", "Dawn"),
        ("We spoke with Sunny Adeyemi today. Sunny banks with Chime.", "Sunny"),
        ("Joy Mensah joined in May. Joy also runs the grad Discord.", "Joy"),
        ("Hope Nakamura chaired. Hope is moving to Leeds next year.", "Hope"),
    ],
)
def test_an_everyday_word_name_opening_a_sentence_is_the_person(note: str, word: str) -> None:
    out = anonymise(note).text
    assert word not in out, out


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("Grace Lee spoke first. Grace periods end on Friday.", "Grace periods"),
        ("Will Turner chaired. Will you send the notes?", "Will you"),
        ("Faith Okoro presented. I have every faith in the plan.", "faith"),
    ],
)
def test_the_word_as_a_word_stays(note: str, kept: str) -> None:
    assert kept in anonymise(note).text
