"""The vector cache in front of the real offline MiniLM, and suggested pairs through it: an
unchanged phrase is not embedded again, a new one is, and one nobody lists any more goes."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import numpy as np

from coach.embeddings import MiniLMEmbedding
from coach.flows.pairing import SuggestInput, suggest_pairs
from coach.record import SYSTEM
from coach.vector_cache import VectorCache, cached
from tests.test_flows_pairing import open_program, rows

TEXTS = ["social media; money", "understand how Gen Z banks", "renting; car clubs"]


class Counting:
    """The real embedder, counting the texts it is asked for."""

    def __init__(self, model: MiniLMEmbedding) -> None:
        self.model, self.asked = model, []
        self.identity = model.identity

    def encode(self, texts: list[str]) -> np.ndarray:
        self.asked.append(list(texts))
        return self.model.encode(texts)


def test_known_texts_are_read_back_and_new_ones_embedded(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    model = Counting(embedder)
    cache = cached(tmp_path, model)
    first = cache(TEXTS)
    assert model.asked == [TEXTS] and np.allclose(first, embedder.encode(TEXTS), atol=1e-6)
    again = cached(tmp_path, model)([TEXTS[1], TEXTS[0], "brand new text", TEXTS[1]])
    assert model.asked[1:] == [["brand new text"]]  # one batch, the unknown text only
    assert np.array_equal(again[0], first[1]) and np.array_equal(again[1], first[0])
    assert np.array_equal(again[3], first[1])
    path = tmp_path / "vectors.sqlite3"
    assert os.stat(path).st_mode & 0o077 == 0  # this user only, like the record
    assert b"Gen Z" not in path.read_bytes()  # keys are hashes; the texts are not stored


def test_another_embedder_does_not_read_these_vectors(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    cached(tmp_path, Counting(embedder))(TEXTS)
    other = Counting(embedder)
    other.identity = "openai/text-embedding-3-small"
    cached(tmp_path, other)(TEXTS)
    assert other.asked == [TEXTS]


def test_an_unreadable_cache_is_bypassed(tmp_path: Path, embedder: MiniLMEmbedding) -> None:
    path = tmp_path / "vectors.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    model = Counting(embedder)
    out = VectorCache(path, model.identity, model.encode)(TEXTS)
    assert model.asked == [TEXTS] and np.allclose(out, embedder.encode(TEXTS), atol=1e-6)


def test_retain_keeps_only_the_texts_in_use(tmp_path: Path, embedder: MiniLMEmbedding) -> None:
    model = Counting(embedder)
    cache = cached(tmp_path, model)
    cache(TEXTS)
    assert cache.retain(TEXTS[:2]) == 1
    cache(TEXTS)
    assert model.asked[-1] == [TEXTS[2]]
    with sqlite3.connect(tmp_path / "vectors.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM vectors").fetchone()[0] == 3


def test_suggesting_again_embeds_only_the_people_who_changed(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    record, hr, cycle = open_program(tmp_path)
    record.import_people(hr, rows())
    model = Counting(embedder)
    first = suggest_pairs(record, hr, SuggestInput(cycle), cached(tmp_path, model))
    assert len(model.asked) == 1 and len(model.asked[0]) == 6  # each phrase once
    again = suggest_pairs(record, hr, SuggestInput(cycle), cached(tmp_path, model))
    assert len(model.asked) == 1  # nobody changed: nothing embedded
    assert again.as_dict() == first.as_dict()  # and the same suggestions
    tom = record.find_person(SYSTEM, "tom@example.org")
    record.update_person(tom.id, tom.id, expertise=["renting", "second-hand fashion"])
    suggest_pairs(record, hr, SuggestInput(cycle), cached(tmp_path, model))
    assert model.asked[1:] == [["second-hand fashion"]]  # "renting" is read back
    with sqlite3.connect(tmp_path / "vectors.sqlite3") as conn:  # Tom's "car clubs" is gone
        assert conn.execute("SELECT count(*) FROM vectors").fetchone()[0] == 6
