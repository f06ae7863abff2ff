"""The model path measured: the same prepare, reflect and refine requests for the offline
coach and for a model, with the share of calls valid the first time, per-call seconds, time
to the first token, fallback reasons, and DialogSum ROUGE of the model's summaries.

By default the model is llama.cpp's server with SmolLM2-135M (started here on loopback; see
``evals/llama_server.py``). ``--configured`` uses whatever COACH_MODEL/OPENAI_BASE_URL set.

Run from the repo root: ``python -m evals.eval_model [--per-task N] [--dialogues N]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from evals.eval_reflect import DIALOGSUM, NOTES, load_jsonl, rouge

ROOT = Path(__file__).resolve().parent.parent
REQUESTS = [
    {"topic": "money", "role": "Chief Financial Officer", "goal": "understand banking apps"},
    {"topic": "technology", "role": "COO", "goal": "use AI tools with my team"},
    {"topic": "talent", "role": "HR director", "goal": "why juniors leave", "minutes": 30},
    {"topic": "esg", "role": "CEO", "goal": "what juniors expect on climate", "minutes": 60},
]
REFINES = ["make it less technical", "he is sceptical, keep it short", "add more on apps"]


def _index(data_dir: Path) -> Any:
    from coach.embeddings import make_embedder
    from coach.index import open_index
    from coach.ingest import sync
    from coach.settings import load_settings

    settings = load_settings(data_dir=data_dir, knowledge_dir=ROOT / "knowledge")
    index = open_index(settings, make_embedder(settings))
    sync(index, settings, roots=[settings.knowledge_dir])
    return index


def _timed(rows: list[dict], task: str, fn: Callable[[], Any]) -> Any:
    started = time.monotonic()
    result = fn()
    rows.append(
        {"task": task, "seconds": time.monotonic() - started, "mode": getattr(result, "mode", "?")}
    )
    return result


def run(coach: Any, offline: Any, per_task: int, dialogues: list[dict]) -> dict[str, Any]:
    """Every request once; the answers and the wall-clock seconds each took."""
    from coach.engine import PrepareRequest

    rows: list[dict] = []
    plans = [
        _timed(rows, "prepare", lambda r=r: coach.prepare(PrepareRequest(**r)))
        for r in REQUESTS[:per_task]
    ]
    notes = [row["notes"] for row in load_jsonl(NOTES, per_task)]
    for n in notes:
        _timed(rows, "reflect", lambda n=n: coach.reflect(n))
    for i, message in enumerate(REFINES[:per_task]):
        base = offline.prepare(PrepareRequest(**REQUESTS[i % len(REQUESTS)]))
        _timed(rows, "refine", lambda b=base, m=message: coach.refine(b, m, []))
    summaries = [
        _timed(rows, "dialogsum", lambda d=d: coach.reflect(d["dialogue"])).summary
        for d in dialogues
    ]
    return {"rows": rows, "plans": plans, "summaries": summaries}


def table(name: str, coach: Any, result: dict[str, Any]) -> list[str]:
    calls = list(getattr(coach, "calls", []))
    lines = []
    for task in ("prepare", "reflect", "refine", "dialogsum"):
        rows = [r for r in result["rows"] if r["task"] == task]
        if not rows:
            continue
        seconds = [r["seconds"] for r in rows]
        from_model = sum(1 for r in rows if str(r["mode"]).startswith("model:"))
        lines.append(
            f"{name:<10} {task:<9} {len(rows):>5} {from_model:>6} "
            f"{statistics.mean(seconds):>7.1f} {max(seconds):>7.1f}"
        )
    if calls:
        valid = sum(1 for c in calls if c["valid_first"])
        ttft = [c["first_token"] for c in calls if c["first_token"] is not None]
        reasons = Counter(c["fallback"] for c in calls if c["fallback"])
        lines.append(
            f"{name}: {len(calls)} model calls, valid first time "
            f"{valid / len(calls):.2f}, valid in the end "
            f"{sum(1 for c in calls if not c['fallback']) / len(calls):.2f}, "
            f"time to first token mean {statistics.mean(ttft) if ttft else 0:.1f} s "
            f"(max {max(ttft) if ttft else 0:.1f} s)"
        )
        lines += [f"  fallback x{n}: {why}" for why, n in reasons.most_common()]
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--per-task", type=int, default=3, help="requests per task (max 4/3)")
    ap.add_argument("--dialogues", type=int, default=3, help="DialogSum dialogues")
    ap.add_argument(
        "--configured",
        action="store_true",
        help="use the model the settings configure, not a local llama.cpp",
    )
    ap.add_argument(
        "--data",
        type=Path,
        default=None,
        help="DialogSum test file (default ../shared/data/dialogsum.test.jsonl)",
    )
    ap.add_argument("--json", type=Path, default=None, help="also write the raw calls here")
    args = ap.parse_args(argv)

    from coach.engine import Coach
    from coach.settings import load_settings
    from evals.llama_server import CONTEXT, llama_server

    dialogsum = next((p for p in (args.data, DIALOGSUM) if p and p.exists()), None)
    dialogues = load_jsonl(dialogsum, args.dialogues) if dialogsum else []
    print(f"DialogSum: {dialogsum or 'not found (pass --data)'}", flush=True)
    with ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        print("indexing the library…", flush=True)
        index = _index(tmp / "data")
        offline = Coach(settings=load_settings(data_dir=tmp / "data"), index=index)
        if args.configured:
            settings = load_settings(data_dir=tmp / "data")
        else:
            server = stack.enter_context(llama_server(tmp / "llama.log"))
            settings = load_settings(
                data_dir=tmp / "data",
                model=server.model,
                openai_base_url=server.url,
                llm_context=CONTEXT,
            )
        started = time.monotonic()
        model = Coach.from_settings(settings, index=index)
        model.encoder = offline.encode
        caps = model.capabilities()
        print(
            f"model: {model.mode}; probe: {caps} in {time.monotonic() - started:.1f} s", flush=True
        )
        results = {"offline": run(offline, offline, args.per_task, dialogues)}
        results["model"] = run(model, offline, args.per_task, dialogues)

    print(f"\n{'coach':<10} {'task':<9} {'calls':>5} {'model':>6} {'mean s':>7} {'max s':>7}")
    for name, coach in (("offline", offline), ("model", model)):
        print("\n".join(table(name, coach, results[name])))
    if dialogues:
        refs = [d["summary1"] for d in dialogues]
        for name in results:
            scores = rouge(list(zip(results[name]["summaries"], refs)))
            print(
                f"DialogSum ({len(refs)}) {name}: "
                + ", ".join(f"{k} {v:.1f}" for k, v in scores.items())
            )
    if args.json:
        args.json.write_text(
            json.dumps(
                {"calls": list(model.calls), "rows": {k: v["rows"] for k, v in results.items()}},
                indent=1,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
