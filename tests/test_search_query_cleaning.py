"""A question pasted with its e-mail, chat or spoken wrapping is searched as the question."""

from __future__ import annotations

import pytest

from coach.index import Index
from coach.query_cleaning import clean_query


@pytest.mark.parametrize(
    "pasted, question",
    [
        (
            "Hello Maria,\n\nI hope you are keeping well. How long should a field trip take?"
            "\n\nMany thanks,\nGeorge Abbott\nSenior Buyer | Tel 0161 555 0101",
            "How long should a field trip take?",
        ),
        (
            "Dear programme team,\nWhich topics suit a CFO?\nRegards\nJ.",
            "Which topics suit a CFO?",
        ),
        (
            "Hi all, quick one: can a pair skip a session?\n\nSent from my Android phone",
            "can a pair skip a session?",
        ),
        (
            "Buenas tardes:\n¿Cuánto dura una sesión?\nSaludos cordiales,\nMarta",
            "¿Cuánto dura una sesión?",
        ),
        (
            "Selamat siang Pak,\nBerapa lama satu sesi?\nHormat saya,\nAgus",
            "Berapa lama satu sesi?",
        ),
        ("Fwd: RE: pilot size for wave one", "pilot size for wave one"),
        ("Subject: mentor circle agenda", "mentor circle agenda"),
        ("[09:15] Jo Bloggs: @channel what goes in a recap? 🙏🙂", "what goes in a recap?"),
        ("hey @ravi 👋 any tips for a first session", "any tips for a first session"),
        (
            "so um what do I, uh, bring to a session on pensions haha",
            "so what do I, bring to a session on pensions",
        ),
        (
            "Question below.\nHow do we report ratings?\n\nThis email is confidential. If you are "
            "not the intended recipient, delete it.",
            "Question below.\nHow do we report ratings?",
        ),
    ],
)
def test_the_wrapping_goes_and_the_question_stays(pasted: str, question: str) -> None:
    assert clean_query(pasted) == question


@pytest.mark.parametrize(
    "query",
    [
        "thanks for the last session, what next?",  # a thank-you that is part of the ask
        "Best way to open a first session",
        "hi",  # nothing but a greeting: left as typed
        "Regards to the team: how do I pass on the senior's thanks?",
        "What does the hope of promotion do to a junior's honesty?",
        "Scope 3",
    ],
)
def test_a_question_that_only_looks_like_wrapping_is_kept(query: str) -> None:
    assert clean_query(query) == query


@pytest.mark.parametrize(
    "question",
    [
        "What should we do in the mid-cycle session?",
        "How do we report ratings to the board without identifying a pair?",
        "What should I bring to show a CFO about banking apps?",
    ],
)
def test_an_emailed_question_is_searched_as_the_bare_question(
    library_index: Index, question: str
) -> None:
    pasted = (
        f"Hi team,\n\nHope you're all well! {question}\n\nThanks so much,\nSam Okafor\n"
        "Graduate Analyst, Operations | Ext. 2231\n\nSent from my iPhone"
    )
    vis = ("everyone", "hr")
    bare = [(p.id, round(p.score, 6)) for p in library_index.search(question, visibility=vis)]
    got = [(p.id, round(p.score, 6)) for p in library_index.search(pasted, visibility=vis)]
    assert got == bare
