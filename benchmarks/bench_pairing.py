"""Pairing benchmark: suggested pairs for 1,000 juniors and 1,000 seniors, timed.

The program is generated (seeded): seven departments, a manager tree across both sides, and
free-text expertise and goals composed from phrase pools so nearly every text is distinct
(the real MiniLM embeds each distinct text once). Prints the embedding time, the scoring +
constraint + assignment time and the total; goal: total under 10 s on this machine.

Usage: python benchmarks/bench_pairing.py [--juniors 1000] [--seniors 1000] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach.embeddings import MiniLMEmbedding  # noqa: E402
from coach.pairing import Candidate, suggest  # noqa: E402

DEPARTMENTS = ("Finance", "Marketing", "Operations", "IT", "Legal", "Sales", "Risk")
THINGS = (
    "social media",
    "mobile banking",
    "renting flats",
    "climate action",
    "short video",
    "job hunting on Discord",
    "remote work",
    "crypto wallets",
    "resale apps",
    "esports",
    "side hustles",
    "mental health",
    "budgeting",
    "podcasts",
    "subscriptions",
    "plant-based food",
    "accessibility",
    "phishing scams",
    "personal branding",
    "car sharing",
    "AI chatbots",
    "student debt",
    "ethical brands",
    "gig work",
)
VERBS = (
    "understand",
    "learn about",
    "get better at",
    "see how young people use",
    "know why graduates choose",
)


def program(
    juniors: int, seniors: int, seed: int
) -> tuple[list[Candidate], list[Candidate], dict[int, int | None]]:
    rng = random.Random(seed)
    total = juniors + seniors
    managers: dict[int, int | None] = {1: None}
    for pid in range(2, total + 1):
        managers[pid] = rng.randint(max(1, pid - 50), pid - 1)
    ids = list(range(1, total + 1))
    rng.shuffle(ids)
    js = [
        Candidate(i, f"Junior {i}", rng.choice(DEPARTMENTS), tuple(rng.sample(THINGS, 3)))
        for i in ids[:juniors]
    ]
    ss = [
        Candidate(
            i,
            f"Senior {i}",
            rng.choice(DEPARTMENTS),
            (f"{rng.choice(VERBS)} {rng.choice(THINGS)} and {rng.choice(THINGS)}",),
        )
        for i in ids[juniors:]
    ]
    return js, ss, managers


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--juniors", type=int, default=1000)
    parser.add_argument("--seniors", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    juniors, seniors, managers = program(args.juniors, args.seniors, args.seed)
    model = MiniLMEmbedding()
    model.encode(["warm up"])  # loading the model is start-up, not pairing
    spent = {"embed": 0.0}

    def timed_embed(texts: list[str]) -> np.ndarray:
        start = time.perf_counter()
        out = model.encode(texts)
        spent["embed"] += time.perf_counter() - start
        return out

    start = time.perf_counter()
    result = suggest(juniors, seniors, managers, timed_embed)
    total = time.perf_counter() - start
    distinct = len({"; ".join(p.areas) for p in (*juniors, *seniors)})
    print(f"people: {len(juniors)} juniors, {len(seniors)} seniors, {distinct} distinct texts")
    print(
        f"pairs suggested: {len(result.pairs)}; unmatched juniors "
        f"{len(result.unmatched_juniors)}, seniors {len(result.unmatched_seniors)}"
    )
    print(f"embedding: {spent['embed']:.2f} s")
    print(f"scoring, constraints and assignment: {total - spent['embed']:.2f} s")
    print(f"total: {total:.2f} s (goal < 10 s): {'met' if total < 10 else 'NOT met'}")
    print(f"example: {result.pairs[0].why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
