"""Pairing quality on the hand-labelled set (tests/data/pairing_labelled.jsonl).

Match quality: the share of seniors given the junior judged best for them by hand. Printed for
the real MiniLM suggestions and for the mean of 1,000 seeded random pairings, on the whole set
and on each half (seniors s01-s10 and s11-s20, each half matched among its own people). The
weights in coach/pairing.py were set before this set was scored and not tuned on it.

Usage: python -m evals.eval_pairing
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach.embeddings import MiniLMEmbedding  # noqa: E402
from coach.pairing import Candidate, suggest  # noqa: E402
from tests.test_pairing import load_labelled, match_quality  # noqa: E402


def score(
    juniors: list[Candidate], seniors: list[Candidate], good: dict[int, int], embed: object
) -> tuple[float, float]:
    result = suggest(juniors, seniors, {}, embed)  # type: ignore[arg-type]
    ours = match_quality([(p.junior_id, p.senior_id) for p in result.pairs], good)
    rng = random.Random(13)
    total = 0.0
    for _ in range(1000):
        ids = [p.id for p in juniors]
        rng.shuffle(ids)
        total += match_quality(list(zip(ids, [s.id for s in seniors])), good)
    return ours, total / 1000


def main() -> int:
    juniors, seniors, good = load_labelled()
    embed = MiniLMEmbedding().encode
    halves = {
        "all 20": (juniors, seniors),
        "half A (s01-s10)": (juniors[:10], seniors[:10]),
        "half B (s11-s20)": (juniors[10:], seniors[10:]),
    }
    for name, (js, ss) in halves.items():
        sub = {s.id: good[s.id] for s in ss}
        ours, chance = score(js, ss, sub, embed)
        print(f"{name}: suggested {ours:.2f}, random mean {chance:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
