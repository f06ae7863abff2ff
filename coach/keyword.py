"""BM25 keyword scoring over the index's chunks, so exact terms ("QRIS", "ESG") are not lost.

Held in memory, built from the Chroma collection on first use and rebuilt when the collection
changes. Postings carry precomputed BM25 weights, so a query is a few numpy additions.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
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


_UNITS = """zero one two three four five six seven eight nine ten eleven twelve thirteen
    fourteen fifteen sixteen seventeen eighteen nineteen""".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORDINALS = """zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh
    twelfth""".split()
NUMBER_WORDS: dict[str, str] = {
    **{w: str(n) for n, w in enumerate(_UNITS)},
    **{w: str(n) for n, w in enumerate(_ORDINALS) if n},
    **{w: str(20 + 10 * n) for n, w in enumerate(_TENS)},
    **{
        f"{t}-{u}": str(20 + 10 * n + m)
        for n, t in enumerate(_TENS)
        for m, u in enumerate(_UNITS[1:10], 1)
    },
}
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


def number_of(tok: str) -> str | None:
    """ "four", "fourth", "4th" and "4" are one term: people type numbers either way."""
    if tok in NUMBER_WORDS:
        return NUMBER_WORDS[tok]
    m = _ORDINAL_DIGITS.match(tok)
    return m.group(1) if m else None


def words(text: str) -> list[str]:
    """The words of a text as search reads them: lower case, function words left out."""
    return [tok for tok in _TOKEN.findall(text.lower()) if tok not in _STOP]


def tokenize(text: str) -> list[str]:
    return [number_of(tok) or stem(tok) for tok in words(text)]


_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=50_000)
def stem(tok: str) -> str:
    """The Snowball English (Porter2) stem: "travelling" and "travel", "stopped" and "stop"."""
    return _STEMMER.stemWord(tok)


MIN_CORRECTED = 5  # shorter words are too often a real word, or a name, to correct
CORRECTION_CUTOFF = 0.8  # difflib similarity a correction needs


_NAME = re.compile(r"(?<=[\w,;:)] )[A-Z][a-z]+")


def names_in(query: str) -> set[str]:
    """Capitalised words after the first, lower-cased: likely names ("Starling", "Aisha"),
    which no correction or stand-in word should replace."""
    return {m.group(0).lower() for m in _NAME.finditer(query)}


def _closest(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate most like the word, if similar enough, sharing its first letter or its
    second (one slip of the finger, not another word)."""
    pool = [c for c in candidates if c[0] == word[0] or c[1:2] == word[1:2]]
    found = difflib.get_close_matches(word, pool, n=1, cutoff=CORRECTION_CUTOFF)
    return found[0] if found else None


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
        self.idf: dict[str, float] = {}
        for term, plist in postings.items():
            idx = np.fromiter((p[0] for p in plist), dtype=np.int32, count=len(plist))
            tf = np.fromiter((p[1] for p in plist), dtype=np.float32, count=len(plist))
            idf = self.idf[term] = math.log(1 + (n - len(plist) + 0.5) / (len(plist) + 0.5))
            norm = k1 * (1 - b + b * lengths[idx] / max(avgdl, 1e-9))
            self.postings[term] = (idx, (idf * tf * (k1 + 1) / (tf + norm)).astype(np.float32))
        heads: dict[str, list[int]] = defaultdict(list)
        for i, meta in enumerate(self.metas):
            for term in set(tokenize(str(meta.get("section", "")))):
                heads[term].append(i)
        self.heading_rows = {t: np.array(r, dtype=np.int32) for t, r in heads.items()}
        self._columns: dict[str, np.ndarray] = {}
        self._row = {cid: i for i, cid in enumerate(self.ids)}
        self._masks: dict[tuple, np.ndarray] = {}
        self.df = {term: len(p[0]) for term, p in self.postings.items()}
        self._spellings: dict[int, list[str]] | None = None
        self._vocabulary: list[str] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def spellings(self) -> dict[int, list[str]]:
        """The library's own words, by length: what a mistyped query word is checked against."""
        if self._spellings is None:
            by_len: dict[int, set[str]] = defaultdict(set)
            for word in {w for t in self.texts for w in words(t)}:
                if word.isalpha() and len(word) >= MIN_CORRECTED:
                    by_len[len(word)].add(word)
            self._spellings = {n: sorted(ws) for n, ws in by_len.items()}
        return self._spellings

    @property
    def vocabulary(self) -> list[str]:
        """The library's words, one per stem (its most used form), most used first: what a
        word the library never uses can be met by (coach.query_expansion)."""
        if self._vocabulary is None:
            counts = Counter(w for t in self.texts for w in words(t) if w.isalpha() and len(w) >= 3)
            by_stem: dict[str, str] = {}
            for word, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
                by_stem.setdefault(stem(word), word)
            self._vocabulary = list(by_stem.values())
        return self._vocabulary

    def correct(self, query: str) -> str:
        """The query with each word the library never uses, and that is not a number, replaced
        by the closest word the library does use ("confidentallity" by "confidentiality",
        "sesion" by "session"), when one is close enough; other words, and capitalised words
        after the first (names: "Starling" is not "starting"), are kept as typed."""
        out = query
        names = names_in(query)
        for word in dict.fromkeys(words(query)):
            if not word.isalpha() or len(word) < MIN_CORRECTED or number_of(word) or word in names:
                continue
            if stem(word) in self.postings:
                continue
            near = _closest(word, self._near_lengths(len(word)))
            if near:
                out = re.sub(rf"(?i)\b{re.escape(word)}\b", near, out)
        return out

    def _near_lengths(self, n: int) -> Iterable[str]:
        for m in range(n - 2, n + 3):
            yield from self.spellings.get(m, ())

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

    def coverage(self, query: str) -> tuple[np.ndarray, np.ndarray]:
        """Per row, the share of the query's words (weighted by how rare each is) that the
        passage holds, and that its section heading holds. BM25 lets one rare word repeated
        outscore a passage holding every word of the question once; a heading that names the
        question's words is the section about it, not a neighbour mentioning them."""
        n = len(self.ids)
        body, head = np.zeros(n, dtype=np.float32), np.zeros(n, dtype=np.float32)
        terms = [t for t in set(tokenize(query)) if t in self.postings]
        total = sum(self.idf[t] for t in terms)
        for t in terms:
            body[self.postings[t][0]] += self.idf[t] / total
            if t in self.heading_rows:
                head[self.heading_rows[t]] += self.idf[t] / total
        return body, head

    def ids_with(self, terms: Sequence[str]) -> set[str]:
        """Ids of the chunks that contain any of these (tokenised) terms."""
        return {self.ids[int(r)] for t in terms if t in self.postings for r in self.postings[t][0]}

    def search(
        self,
        query: str,
        k: int,
        filters: dict[str, Sequence[str]] | None = None,
        extra: dict[str, float] | None = None,
    ) -> list[tuple[int, float]]:
        """Top-k (row, score) for the query among rows whose metadata match every filter.
        ``extra``: more terms (stems), each with the weight its BM25 score counts at."""
        n = len(self.ids)
        terms = dict.fromkeys(tokenize(query), 1.0)
        for term, weight in (extra or {}).items():
            terms.setdefault(term, weight)
        if not n or not terms:
            return []
        scores = np.zeros(n, dtype=np.float32)
        for term, weight in terms.items():
            hit = self.postings.get(term)
            if hit is not None:
                scores[hit[0]] += weight * hit[1]
        if filters:
            scores *= self.mask(filters)
        rows = np.flatnonzero(scores)
        if not len(rows):
            return []
        k = min(k, len(rows))
        part = rows[np.argpartition(-scores[rows], k - 1)[:k]]
        top = part[np.argsort(-scores[part], kind="stable")]
        return [(int(i), float(scores[i])) for i in top]
