"""Words the library never uses, met through the nearest words it does use.

BM25 only meets a query on the library's own words: "duos", "outing" or "compensation" find
nothing, though the library speaks of pairs, field trips and pay. Hand-kept synonym lists go
stale and miss the next word. The embedding model already knows which words are near each
other, so a query word the library never uses (and that is not a number or a name) is looked
up against the library's own vocabulary, and its nearest words, when near enough, join the
keyword query as if typed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

import numpy as np

from coach.keyword import KeywordIndex, names_in, number_of, stem, words

# Cosine a library word needs with the query word to stand in for it. At 0.5, "supposed"
# brought in "actual" and "meant", "laptop" "desk", "mall" "town", and Indonesian words
# English ones at random; 0.55 keeps "duos" and "pairs" (tuning splits of the library eval:
# hit@1 0.666 to 0.680 on average, none lower).
MIN_SIMILARITY = 0.55
NEIGHBOURS = 3  # library words at most per query word
MIN_LETTERS = 3
WEIGHT = 1.0  # a stand-in counts as the word itself in BM25
MAX_VOCABULARY = 5000  # the library's most used words, one per stem, that can stand in

Encode = Callable[[Sequence[str]], np.ndarray]


class WordNeighbours:
    """The library words nearest to a query's unknown words; vectors of library words are
    kept across rebuilds of the keyword index, so only new words are embedded again."""

    def __init__(self, encode: Encode, encode_vocabulary: Encode | None = None) -> None:
        """``encode_vocabulary``: how the library's words are embedded, when not like a
        query's (through a disk cache: the first search of a process then costs no model
        time for them)."""
        self._encode = encode
        self._encode_vocabulary = encode_vocabulary or encode
        self._vectors: dict[str, np.ndarray] = {}
        self._matrix: tuple[int, list[str], np.ndarray] | None = None
        self._lock = threading.Lock()

    def _vocabulary(self, kw: KeywordIndex) -> tuple[list[str], np.ndarray]:
        with self._lock:
            if self._matrix is not None and self._matrix[0] == id(kw):
                return self._matrix[1], self._matrix[2]
            vocab = kw.vocabulary[:MAX_VOCABULARY]
            todo = [w for w in vocab if w not in self._vectors]
            if todo:
                made = np.asarray(self._encode_vocabulary(todo), dtype=np.float32)
                self._vectors.update(zip(todo, made))
            live = set(vocab)
            for gone in [w for w in self._vectors if w not in live]:
                del self._vectors[gone]
            matrix = (
                np.stack([self._vectors[w] for w in vocab])
                if vocab
                else np.zeros((0, 1), dtype=np.float32)
            )
            self._matrix = (id(kw), vocab, matrix)
            return vocab, matrix

    def expand(self, query: str, kw: KeywordIndex) -> dict[str, float]:
        """Keyword terms (stems) to add to the query, with their weight."""
        names = names_in(query)
        unknown = [
            w
            for w in dict.fromkeys(words(query))
            if w.isalpha()
            and len(w) >= MIN_LETTERS
            and w not in names
            and not number_of(w)
            and stem(w) not in kw.postings
        ]
        if not unknown or not kw.vocabulary:
            return {}
        vocab, matrix = self._vocabulary(kw)
        sims = np.asarray(self._encode(unknown), dtype=np.float32) @ matrix.T
        out: dict[str, float] = {}
        for row in sims:
            for j in np.argsort(-row, kind="stable")[:NEIGHBOURS]:
                if row[j] >= MIN_SIMILARITY:
                    out[stem(vocab[j])] = WEIGHT
        return out
