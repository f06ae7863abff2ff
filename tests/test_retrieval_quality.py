"""Retrieval quality on the real library: a labelled set of queries -> expected sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.index import Index

QUERIES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "retrieval_queries.jsonl")
    .read_text()
    .splitlines()
    if line.strip()
]
BOTH = ("everyone", "hr")


def rank_of(index: Index, q: dict, mode: str, k: int = 5) -> int | None:
    hits = index.search(q["query"], k=k, mode=mode, visibility=BOTH)
    for n, h in enumerate(hits, 1):
        if h.source in q["expected"]:
            return n
    return None


def test_the_labelled_set_is_big_enough() -> None:
    assert len(QUERIES) >= 40
    assert sum(q["exact_term"] for q in QUERIES) >= 10


@pytest.fixture(scope="module")
def ranks(library_index: Index) -> dict[str, list[int | None]]:
    return {
        mode: [rank_of(library_index, q, mode) for q in QUERIES]
        for mode in ("hybrid", "vector", "keyword")
    }


def test_hybrid_hit_at_5(ranks: dict[str, list[int | None]]) -> None:
    hit = {m: sum(r is not None for r in rs) / len(rs) for m, rs in ranks.items()}
    print(
        f"hit@5 hybrid {hit['hybrid']:.3f} vector {hit['vector']:.3f} "
        f"keyword {hit['keyword']:.3f} over {len(QUERIES)} queries"
    )
    missed = [q["query"] for q, r in zip(QUERIES, ranks["hybrid"]) if r is None]
    assert hit["hybrid"] >= 0.90, missed


def test_hybrid_beats_vector_on_exact_terms(ranks: dict[str, list[int | None]]) -> None:
    def mrr(mode: str) -> float:
        rs = [r for q, r in zip(QUERIES, ranks[mode]) if q["exact_term"]]
        return sum(1 / r for r in rs if r) / len(rs)

    print(f"exact-term MRR@5 hybrid {mrr('hybrid'):.3f} vector {mrr('vector'):.3f}")
    assert mrr("hybrid") > mrr("vector")
