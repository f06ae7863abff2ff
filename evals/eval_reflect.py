"""How good the reflection is: DialogSum summaries, and action items on our labelled notes.

1. DialogSum test (Chen et al., 2021; ``../shared/data/dialogsum.test.jsonl``, CC BY-NC-SA):
   ROUGE-1/2/L F1 with stemming of the reflection's summary against ``summary1``, beside
   LEAD-3 (the first three turns) and a second human (``summary2`` against ``summary1``), all
   computed in this run. References are only ever read by the scorer.
2. Our labelled notes (``tests/data/reflect_notes.jsonl``): action-item recall and precision
   (an item is found when its source clause holds the labelled phrase), owner and due-date
   accuracy on found items, and recall of labelled takeaways, assumptions and next topics.

The coach is whatever the settings configure: the offline coach by default, or a model when
``COACH_MODEL`` (and ``OPENAI_BASE_URL``/``OPENAI_API_KEY``) are set.

Run from the repo root: ``python -m evals.eval_reflect [--limit N] [--data PATH]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DIALOGSUM = ROOT.parent / "shared" / "data" / "dialogsum.test.jsonl"
NOTES = ROOT / "tests" / "data" / "reflect_notes.jsonl"
KEYS = ("rouge1", "rouge2", "rougeL")


def load_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return rows[:limit] if limit else rows


def lead3(dialogue: str) -> str:
    return "\n".join(dialogue.splitlines()[:3])


def rouge(pairs: list[tuple[str, str]]) -> dict[str, float]:
    """Mean F1 x100 over (hypothesis, reference) pairs."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(KEYS), use_stemmer=True)
    totals = dict.fromkeys(KEYS, 0.0)
    for hyp, ref in pairs:
        scores = scorer.score(ref, hyp)
        for k in KEYS:
            totals[k] += scores[k].fmeasure
    return {k: 100 * v / max(len(pairs), 1) for k, v in totals.items()}


def _found(phrase: str, texts: list[str]) -> bool:
    return any(phrase.lower() in t.lower() for t in texts)


def score_notes(reflect: Callable[[str], Any], rows: list[dict]) -> dict[str, Any]:
    """Action-item precision and recall, and recall of the other labelled parts.

    ``reflect`` maps notes to a Reflection (``coach.reflect``, or a lookup of ones made).
    """
    tp = fp = expected = owner_ok = due_ok = due_n = 0
    parts = {"takeaways": [0, 0], "assumptions": [0, 0], "next_topics": [0, 0]}
    misses: list[str] = []
    for row in rows:
        r = reflect(row["notes"])
        labels = row["action_items"]
        expected += len(labels)
        hit: set[int] = set()
        for item in r.action_items:
            match = [
                i for i, a in enumerate(labels) if a["match"].lower() in item.source.text.lower()
            ]
            if not match:
                fp += 1
                misses.append(f"{row['id']} extra: {item.owner}: {item.action}")
                continue
            tp += 1
            hit.update(match)
            label = labels[match[0]]
            owner_ok += item.owner.lower() == label["owner"].lower()
            if label.get("due"):
                due_n += 1
                due_ok += bool(item.due and label["due"].lower() in item.due.lower())
        misses += [
            f"{row['id']} missed: {a['match']}" for i, a in enumerate(labels) if i not in hit
        ]
        for key, tally in parts.items():
            got = [t.source.text for t in getattr(r, key)]
            tally[0] += sum(_found(p, got) for p in row[key])
            tally[1] += len(row[key])
    found = expected - sum(1 for m in misses if " missed: " in m)
    return {
        "notes": len(rows),
        "expected": expected,
        "predicted": tp + fp,
        "recall": found / max(expected, 1),
        "precision": tp / max(tp + fp, 1),
        "owner_accuracy": owner_ok / max(tp, 1),
        "due_accuracy": due_ok / max(due_n, 1),
        **{f"{k}_recall": v[0] / max(v[1], 1) for k, v in parts.items()},
        "misses": misses,  # type: ignore[dict-item]
    }


def build_coach() -> Any:
    from coach.embeddings import make_embedder
    from coach.engine import Coach
    from coach.settings import load_settings

    settings = load_settings()
    coach = Coach.from_settings(settings, index=None)
    coach.embedder = make_embedder(settings)
    return coach


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="first N dialogues only")
    ap.add_argument("--data", type=Path, default=DIALOGSUM)
    args = ap.parse_args(argv)
    coach = build_coach()
    print(f"coach: {coach.mode}")

    if args.data.exists():
        rows = load_jsonl(args.data, args.limit)
        started = time.monotonic()
        ours, fallbacks = [], 0
        for row in rows:
            r = coach.reflect(row["dialogue"])
            fallbacks += r.mode != coach.mode
            ours.append((r.summary, row["summary1"]))
        took = time.monotonic() - started
        table = [
            ("LEAD-3", rouge([(lead3(r["dialogue"]), r["summary1"]) for r in rows])),
            (f"coach ({coach.mode})", rouge(ours)),
            ("second human (summary2)", rouge([(r["summary2"], r["summary1"]) for r in rows])),
        ]
        print(
            f"\nDialogSum test, n={len(rows)}: ROUGE F1 x100 against summary1, stemming "
            f"({took:.0f} s for the coach, {1000 * took / len(rows):.0f} ms a dialogue)"
        )
        print(f"{'system':<32}{'R-1':>7}{'R-2':>7}{'R-L':>7}")
        for name, s in table:
            print(f"{name:<32}{s['rouge1']:>7.2f}{s['rouge2']:>7.2f}{s['rougeL']:>7.2f}")
        if fallbacks:
            print(f"({fallbacks} answers came from the offline fallback)")
        beats = all(table[1][1][k] > table[0][1][k] for k in KEYS)
        print(f"beats LEAD-3 on all three: {'yes' if beats else 'no'}")
    else:
        print(f"(DialogSum not found at {args.data}; skipped)", file=sys.stderr)

    s = score_notes(coach.reflect, load_jsonl(NOTES))
    print(
        f"\nLabelled notes ({s['notes']} notes, {s['expected']} action items): "
        f"action items recall {s['recall']:.2f}, precision {s['precision']:.2f} "
        f"({s['predicted']} predicted); owner {s['owner_accuracy']:.2f}, "
        f"due date {s['due_accuracy']:.2f} on found items"
    )
    print(
        f"takeaways recall {s['takeaways_recall']:.2f}, assumptions "
        f"{s['assumptions_recall']:.2f}, next topics {s['next_topics_recall']:.2f}"
    )
    for m in s["misses"]:
        print("  " + m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
