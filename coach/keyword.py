"""BM25 keyword scoring over the index's chunks, so exact terms ("QRIS", "ESG") are not lost.

Held in memory, built from the Chroma collection on first use and rebuilt when the collection
changes. Postings carry precomputed BM25 weights, so a query is a few numpy additions.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import snowballstemmer

_TOKEN = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
# Function words, plus the filler of questions people type ("anything on X I could bring up").
_STOP = frozenset(
    """a about above after again all also am an and any anything are as at be because been
    before being below between both but by can could did do does doing down during each few for
    from further get got had has have having he her here hers him his how i if in into is it its
    itself just know let like me more most much my myself need no nor not now of off on once only
    or other our ours out over own please same she should so some something such tell than that
    the their theirs them then there these they thing things this those through to too under
    until up very want was way we were what whats when where which while who whom why will with
    would you your yours""".split()
)


def tokenize(text: str) -> list[str]:
    out = []
    for tok in _TOKEN.findall(text.lower()):
        if tok in _STOP:
            continue
        out.append(_stem(tok))
    return out


_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=50_000)
def _stem(tok: str) -> str:
    """The Snowball English (Porter2) stem: "travelling" and "travel", "stopped" and "stop"."""
    return _STEMMER.stemWord(tok)


class KeywordIndex:
    def __init__(
        self,
        ids: Sequence[str],
        texts: Sequence[str],
        metas: Sequence[dict],
        k1: float = 1.2,
        b: float = 0.75,
    ) -> None:
        self.ids = list(ids)
        self.texts = list(texts)
        self.metas = list(metas)
        n = len(self.ids)
        docs = [Counter(tokenize(t)) for t in self.texts]
        lengths = np.array([sum(d.values()) for d in docs], dtype=np.float32)
        avgdl = float(lengths.mean()) if n else 1.0
        postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for i, d in enumerate(docs):
            for term, tf in d.items():
                postings[term].append((i, tf))
        self.postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for term, plist in postings.items():
            idx = np.fromiter((p[0] for p in plist), dtype=np.int32, count=len(plist))
            tf = np.fromiter((p[1] for p in plist), dtype=np.float32, count=len(plist))
            idf = math.log(1 + (n - len(plist) + 0.5) / (len(plist) + 0.5))
            norm = k1 * (1 - b + b * lengths[idx] / max(avgdl, 1e-9))
            self.postings[term] = (idx, (idf * tf * (k1 + 1) / (tf + norm)).astype(np.float32))
        self._columns: dict[str, np.ndarray] = {}
        self._row = {cid: i for i, cid in enumerate(self.ids)}
        self._masks: dict[tuple, np.ndarray] = {}
        self.df = {term: len(p[0]) for term, p in self.postings.items()}

    def __len__(self) -> int:
        return len(self.ids)

    def _column(self, key: str) -> np.ndarray:
        if key not in self._columns:
            self._columns[key] = np.array([str(m.get(key, "")) for m in self.metas], dtype=object)
        return self._columns[key]

    def matches(self, cid: str, filters: dict[str, Sequence[str]]) -> bool:
        row = self._row.get(cid)
        if row is None:
            return False
        meta = self.metas[row]
        return all(str(meta.get(key, "")) in allowed for key, allowed in filters.items())

    def row(self, cid: str) -> int | None:
        return self._row.get(cid)

    def mask(self, filters: dict[str, Sequence[str]]) -> np.ndarray:
        """Rows that pass the filters, cached per filter set (they repeat across queries)."""
        key = tuple(sorted((k, tuple(sorted(v))) for k, v in filters.items()))
        if key not in self._masks:
            mask = np.ones(len(self.ids), dtype=bool)
            for k, allowed in filters.items():
                mask &= np.isin(self._column(k), list(allowed))
            self._masks[key] = mask
        return self._masks[key]

    def fraction(self, filters: dict[str, Sequence[str]]) -> float:
        """Share of rows that pass the filters: it decides how to query vectors."""
        if not self.ids:
            return 0.0
        return float(self.mask(filters).mean()) if filters else 1.0

    def rare_terms(self, query: str, max_df: int = 3) -> list[str]:
        """Query terms found in only a few chunks: exact names like "QRIS" or "Scope 3"."""
        return [t for t in set(tokenize(query)) if 0 < self.df.get(t, 0) <= max_df]

    def ids_with(self, terms: Sequence[str]) -> set[str]:
        """Ids of the chunks that contain any of these (tokenised) terms."""
        return {self.ids[int(r)] for t in terms if t in self.postings for r in self.postings[t][0]}

    def search(
        self, query: str, k: int, filters: dict[str, Sequence[str]] | None = None
    ) -> list[tuple[int, float]]:
        """Top-k (row, score) for the query among rows whose metadata match every filter."""
        n = len(self.ids)
        terms = set(tokenize(query))
        if not n or not terms:
            return []
        scores = np.zeros(n, dtype=np.float32)
        for term in terms:
            hit = self.postings.get(term)
            if hit is not None:
                scores[hit[0]] += hit[1]
        if filters:
            scores *= self.mask(filters)
        rows = np.flatnonzero(scores)
        if not len(rows):
            return []
        k = min(k, len(rows))
        part = rows[np.argpartition(-scores[rows], k - 1)[:k]]
        top = part[np.argsort(-scores[part], kind="stable")]
        return [(int(i), float(scores[i])) for i in top]
