"""How hybrid search ranks: one score per passage from meaning, its heading and its words.

Reciprocal-rank fusion threw the size of each signal away: a passage the embedding found a
near-perfect match and one it barely preferred counted alike. Hybrid search now adds, to the
cosine of the query with the passage, the cosine of the query with the passage's heading (so
hits land in the section that is about the question, not a neighbour that mentions it), a
share of the BM25 score, and a lift for rare exact terms. The weights are named here and were
tuned on the ``tune`` half of ``evals/data/library_questions.jsonl`` only, checked against the
file-level set in ``tests/data/retrieval_queries.jsonl``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class HybridWeights:
    """What each signal adds to a passage's cosine similarity with the query."""

    heading: float = 0.6  # cosine of the query with "title: section heading"
    keyword_rank: float = 0.05  # times 10 / (10 + place in the BM25 ranking)
    keyword_score: float = 0.05  # times BM25 / 10, capped at 1
    rare_term: float = 0.3  # holds a query term found in only a few chunks ("QRIS", "Scope 3")
    shared_note: float = -0.1  # a past pair's note, against guidance written for everyone


WEIGHTS = HybridWeights()


def place_of(meta: Mapping[str, object]) -> tuple[str, str]:
    """Where a passage sits for a reader: a past pair's note is one place; guidance is its
    file's top-level section (a format's 30-, 45- and 60-minute parts are one place)."""
    source = str(meta.get("source", ""))
    if meta.get("kind") == "shared-note":
        return source, ""
    return source, str(meta.get("section", "")).split(" > ")[0]


def distinct(
    ranked: Sequence[tuple[str, float]], place: Mapping[str, tuple[str, str]]
) -> list[tuple[str, float]]:
    """The best passage of each place, in order: five sections of one note, or three parts of
    one format, no longer push the guidance a person needed off a top 5."""
    seen: set[tuple[str, str]] = set()
    out = []
    for cid, score in ranked:
        key = place.get(cid, (cid, ""))
        if key not in seen:
            seen.add(key)
            out.append((cid, score))
    return out


def heading_of(meta: Mapping[str, object]) -> str:
    return f"{meta.get('title', '')}: {meta.get('section', '')}"


def fuse(
    ids: Sequence[str],
    cosine: Mapping[str, float],
    heading: Mapping[str, float],
    bm25: Mapping[str, float],
    rare: set[str],
    notes: set[str],
    weights: HybridWeights = WEIGHTS,
) -> list[tuple[str, float]]:
    """Candidates best first; ties broken by id, so the order never depends on k."""
    place = {cid: n for n, cid in enumerate(sorted(bm25, key=lambda c: (-bm25[c], c)))}
    scored = []
    for cid in dict.fromkeys(ids):
        score = cosine.get(cid, 0.0) + weights.heading * heading.get(cid, 0.0)
        if cid in place:
            score += (
                weights.keyword_rank * 10 / (10 + place[cid])
                + weights.keyword_score * min(bm25[cid], 10.0) / 10
            )
        score += (weights.rare_term if cid in rare else 0.0) + (
            weights.shared_note if cid in notes else 0.0
        )
        scored.append((cid, score))
    return sorted(scored, key=lambda kv: (-kv[1], kv[0]))
