"""Ranking over embeddings: centrality for extractive summaries, MMR for diverse picks."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def centrality(
    vectors: np.ndarray, damping: float = 0.85, floor: float = 0.1, iterations: int = 50
) -> np.ndarray:
    """LexRank on cosine similarity: a sentence matters if sentences that matter resemble it.

    ``vectors`` are L2-normalised rows. Returns scores that sum to 1.
    """
    n = len(vectors)
    if n == 0:
        return np.zeros(0)
    if n == 1:
        return np.ones(1)
    sim = np.clip(vectors @ vectors.T, 0.0, None)
    np.fill_diagonal(sim, 0.0)
    sim[sim < floor] = 0.0
    rows = sim.sum(axis=1, keepdims=True)
    trans = np.where(rows > 0, sim / np.where(rows > 0, rows, 1), 1.0 / n)
    scores = np.full(n, 1.0 / n)
    for _ in range(iterations):
        new = (1 - damping) / n + damping * trans.T @ scores
        if np.abs(new - scores).sum() < 1e-8:
            scores = new
            break
        scores = new
    return scores / scores.sum()


def mmr(
    query_scores: Sequence[float],
    vectors: np.ndarray,
    k: int,
    lam: float = 0.7,
    max_similarity: float = 0.9,
    exclude: Sequence[int] = (),
) -> list[int]:
    """Maximal marginal relevance: relevant picks that do not repeat each other.

    Candidates more similar than ``max_similarity`` to one already picked are never taken,
    so the result holds no near-duplicates even when fewer than k remain.
    """
    rel = np.asarray(query_scores, dtype=float)
    chosen: list[int] = []
    banned = set(exclude)
    while len(chosen) < k:
        best, best_value = -1, -np.inf
        for i in range(len(rel)):
            if i in banned or i in chosen:
                continue
            redundancy = float(np.max(vectors[chosen] @ vectors[i])) if chosen else 0.0
            if redundancy > max_similarity:
                continue
            value = lam * rel[i] - (1 - lam) * redundancy
            if value > best_value:
                best, best_value = i, value
        if best < 0:
            break
        chosen.append(best)
    return chosen


def cosine_to(vectors: np.ndarray, query: np.ndarray) -> np.ndarray:
    """Cosine of each normalised row with one normalised query vector."""
    if len(vectors) == 0:
        return np.zeros(0)
    return vectors @ query
