"""Cohort themes on generated sets written after the first was tuned on, scored on what HR
sees: the themes ``group_notes`` returns. Two sets, each grouped on its own:

``evals/data/themes_fresh.jsonl``: fifty-four anonymised lessons in styles the first set does
not use (emails, timestamped minutes, diary entries, numbered threads, second-person advice,
formal reports, before/after, dialogue with placeholders, emoji, run-on sentences). Themes
share vocabulary on purpose (pensions, pay in instalments and renting all talk money and apps;
hiring and customer service both happen on social media; greenwashing touches employers and
pensions), their sizes run from 3 to 8, and four notes are about nothing in particular (a moved
room, small talk): their ``theme`` is ``noise``.

``evals/data/themes_close.jsonl``: forty-nine lessons in the same styles, nine themes in three
neighbourhoods that share most of their words: money (investing, budgeting, pensions: app,
phone, money, friends), social media (hiring, creators, complaints: TikTok, post, video) and
work (hybrid office, feedback, learning: team, manager, week); sizes 4 to 7, three noise notes.

Printed: themes found, the adjusted Rand index and purity over the themed notes (noise notes
are grouped with the rest but not scored), and the ARI with each noise note counted as a theme
of its own (so noise folded into a theme costs something).

These sets are never tuned on: run it to report, not to choose settings.
Run from the repo root: ``python -m evals.eval_themes_fresh [--show]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SETS = ("themes_fresh", "themes_close")

from coach.themes import NoteText, group_notes  # noqa: E402
from evals.eval_themes import GOAL, adjusted_rand, purity  # noqa: E402


def load(name: str) -> list[dict]:
    path = ROOT / "evals" / "data" / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def found_groups(rows: list[dict], embed: object) -> tuple[list[int], list]:
    notes = [NoteText(f"note:{r['id']}", r["style"], r["text"]) for r in rows]
    themes = group_notes(notes, embed)  # type: ignore[arg-type]
    group_of = {s: g for g, t in enumerate(themes) for s in t.sources}
    return [group_of[n.source] for n in notes], themes


def report(name: str, embed: object, show: bool) -> float:
    """Print one set's row (and its themes with `show`); return its ARI over themed notes."""
    rows = load(name)
    found, themes = found_groups(rows, embed)
    themed = [i for i, r in enumerate(rows) if r["theme"] != "noise"]
    truth = [rows[i]["theme"] for i in themed]
    mine = [found[i] for i in themed]
    ari, pure = adjusted_rand(truth, mine), purity(truth, mine)
    solo = [r["theme"] if r["theme"] != "noise" else r["id"] for r in rows]
    ari_all = adjusted_rand(solo, found)
    known = len(set(truth))
    print(
        f"{name:<13} {len(rows):>5} {known:>5} {len(themes):>5} {ari:>6.3f} {pure:>7.3f}"
        f" {ari_all:>9.3f}"
    )
    if show:
        theme_of = {f"note:{r['id']}": r["theme"] for r in rows}
        for t in themes:
            known_here = Counter(theme_of[s] for s in t.sources).most_common(3)
            print(f"   {t.count:>2}  {t.label}  <- {known_here}")
    return ari


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true", help="print each theme's label")
    args = parser.parse_args()
    from coach.embeddings import MiniLMEmbedding

    embed = MiniLMEmbedding().encode
    print(
        f"{'set':<13} {'notes':>5} {'known':>5} {'found':>5} {'ARI':>6} {'purity':>7}"
        f" {'ARI+noise':>9}"
    )
    aris = [report(name, embed, args.show) for name in SETS]
    met = all(a >= GOAL for a in aris)
    print(f"goal: ARI >= {GOAL} on each set: {'met' if met else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
