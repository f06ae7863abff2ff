"""Cohort themes on a generated set with known themes (``evals/data/themes_labelled.jsonl``).

Eighty short anonymised lessons, ten for each of eight themes, in ten styles (bullets, prose,
fragments, Q and A, lowercase chat, numbered lists, a senior's first person, a headline,
American spelling, quotes). Each theme's notes alternate between the ``tune`` split, which the
grouping may be tuned on, and the ``held`` split, never looked at while tuning. Each split is
grouped on its own, as HR would see it, with the real offline MiniLM.

Printed per split: the number of themes found, the adjusted Rand index against the known themes
(goal >= 0.8), purity (each found theme counted as its commonest known theme) and the labels.

Run from the repo root: ``python -m evals.eval_themes [--show]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from math import comb
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "evals" / "data" / "themes_labelled.jsonl"

from coach.themes import NoteText, centred, choose_groups, embed_notes, group_notes  # noqa: E402

GOAL = 0.8


def load(split: str | None = None) -> list[dict]:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    return [r for r in rows if split is None or r["split"] == split]


def adjusted_rand(truth: list[str], found: list[int]) -> float:
    """Hubert and Arabie's adjusted Rand index: 1 for the same grouping, about 0 by chance."""
    cells = Counter(zip(truth, found))
    rows, cols = Counter(truth), Counter(found)
    index = sum(comb(n, 2) for n in cells.values())
    row_sum = sum(comb(n, 2) for n in rows.values())
    col_sum = sum(comb(n, 2) for n in cols.values())
    expected = row_sum * col_sum / comb(len(truth), 2)
    top = (row_sum + col_sum) / 2
    return 1.0 if top == expected else (index - expected) / (top - expected)


def purity(truth: list[str], found: list[int]) -> float:
    """The share of notes whose found theme's commonest known theme is their own."""
    by_found: dict[int, Counter] = {}
    for t, f in zip(truth, found):
        by_found.setdefault(f, Counter())[t] += 1
    return sum(c.most_common(1)[0][1] for c in by_found.values()) / len(truth)


def score(rows: list[dict], embed: object) -> tuple[int, float, float]:
    vectors = centred(embed_notes([r["text"] for r in rows], embed))  # type: ignore[arg-type]
    found = choose_groups(vectors).tolist()
    truth = [r["theme"] for r in rows]
    return len(set(found)), adjusted_rand(truth, found), purity(truth, found)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true", help="print each split's theme labels")
    args = parser.parse_args()
    from coach.embeddings import MiniLMEmbedding

    embed = MiniLMEmbedding().encode
    print(f"{'split':<6} {'notes':>5} {'known':>5} {'found':>5} {'ARI':>6} {'purity':>7}")
    held_ari = 0.0
    for split in ("tune", "held"):
        rows = load(split)
        k, ari, pure = score(rows, embed)
        held_ari = ari if split == "held" else held_ari
        known = len({r["theme"] for r in rows})
        print(f"{split:<6} {len(rows):>5} {known:>5} {k:>5} {ari:>6.3f} {pure:>7.3f}")
        if args.show:
            notes = [NoteText(f"note:{r['id']}", r["style"], r["text"]) for r in rows]
            theme_of = {f"note:{r['id']}": r["theme"] for r in rows}
            for t in group_notes(notes, embed):
                known_here = Counter(theme_of[s] for s in t.sources).most_common(2)
                print(f"   {t.count:>2}  {t.label}  <- {known_here}")
    print(f"goal: ARI >= {GOAL} on the held split: {'met' if held_ari >= GOAL else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
