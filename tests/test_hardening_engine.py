"""The engine against a misbehaving model and odd notes: answers stay bounded and traceable."""

from __future__ import annotations

import time

from coach.engine.model_tasks import locate
from coach.engine.text import split_sentences

NOTES = " ".join(f"Point {i}: my mentor showed how people her age pick a bank app."
                 for i in range(600))


def test_a_quote_is_found_again_when_reworded_slightly() -> None:
    sentences = split_sentences(NOTES)
    where = locate("Point 417 my mentor showed how people of her age pick bank apps",
                   NOTES, sentences)
    assert where is not None and where.text.startswith("Point 417:")
    assert NOTES[where.start:where.end] == where.text


def test_a_huge_invented_quote_costs_little() -> None:
    """A model can 'quote' pages that are not in the notes; matching must not take minutes."""
    sentences = split_sentences(NOTES)
    started = time.perf_counter()
    for _ in range(10):
        assert locate("zq " * 5000, NOTES, sentences) is None
    assert time.perf_counter() - started < 3  # was about two minutes before pruning
