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


def test_a_name_found_by_a_cue_is_the_person_again_before_a_verb() -> None:
    out = anonymise("We met with Sunny and her flatmate. Sunny banks with Chime.").text
    assert "Sunny" not in out, out


def test_sticky_notes_signed_after_a_dash_name_their_writers() -> None:
    note = (
        "Retro board\n"
        "- grads love the vaults - Summer\n"
        "- Summer's demo was great - Rose\n"
        "- the rose gold cards confuse people - Tomasz\n"
        "- no budget until summer"
    )
    out = anonymise(note).text
    assert "Summer" not in out and "Rose" not in out and "Tomasz" not in out, out
    assert "until summer" in out and "rose gold" in out


def test_a_dash_before_a_season_in_a_heading_stays() -> None:
    note = "Plans - Summer\nBudget review in the autumn."
    assert anonymise(note).text == note
