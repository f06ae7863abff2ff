"""Commitments found by meaning: a sentence is compared with labelled example sentences.

The examples (``data/commitments.jsonl``) are data, not code: sentences that promise work
("Priya owns the follow-up with the data team") and sentences that only describe
("She owns a flat with two friends"). A sentence whose nearest examples are mostly promises,
and close enough, reads as a commitment even without a cue word. Only the subject and the
first words of the predicate are compared ("someone owns the write-up of"), so the verb's
sense counts rather than the topic. The rules in ``actions.py``
stay the first signal; this one only looks at sentences the rules passed over whose subject
is a person.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

EXAMPLES = Path(__file__).with_name("data") / "commitments.jsonl"
K = 5
MIN_SIMILARITY = 0.45


_SUBJECT = re.compile(r"^(?:I'm|I am|I|we|she|he|[A-Z][\w'-]+)(?:'s)?\s+(?P<rest>.+)$", re.I)


def predicate(sentence: str) -> str:
    """ "Hannah owns the write-up of how ..." -> "someone owns the write-up of"."""
    m = _SUBJECT.match(sentence.strip())
    rest = m.group("rest") if m else sentence
    return "someone " + " ".join(rest.split()[:4])


class Embedder(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray: ...


@lru_cache(maxsize=1)
def _examples() -> tuple[tuple[str, ...], np.ndarray]:
    rows = [
        json.loads(ln) for ln in EXAMPLES.read_text(encoding="utf-8").splitlines() if ln.strip()
    ]
    return tuple(r["text"] for r in rows), np.array([bool(r["commitment"]) for r in rows])


_CACHE: dict[int, np.ndarray] = {}


def _example_vectors(embedder: Embedder) -> np.ndarray:
    key = id(embedder)
    if key not in _CACHE:
        _CACHE.clear()  # one embedder at a time is all the coach uses
        texts = [predicate(t) for t in _examples()[0]]
        _CACHE[key] = np.asarray(embedder.encode(texts), dtype=float)
    return _CACHE[key]


def commitment_scores(embedder: Embedder, sentences: list[str]) -> np.ndarray:
    """For each sentence: the similarity-weighted share of promises among its K nearest
    examples, or 0 when even the nearest promise is not close."""
    if not sentences:
        return np.zeros(0)
    vectors = embedder.encode([predicate(s) for s in sentences])
    ex = _example_vectors(embedder)
    labels = _examples()[1]
    sims = np.asarray(vectors, dtype=float) @ ex.T
    out = np.zeros(len(vectors))
    for i, row in enumerate(sims):
        top = np.argsort(-row)[:K]
        w = np.clip(row[top], 0, None)
        best_promise = row[labels].max() if labels.any() else 0.0
        if w.sum() > 0 and best_promise >= MIN_SIMILARITY:
            out[i] = float(w[labels[top]].sum() / w.sum())
    return out
