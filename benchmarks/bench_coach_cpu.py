"""CPU per call of the work a crowd waits on: prepare, refine, summarise, a page load, a sign-in.

Builds a record the way the tests do (`tests.record_fixtures.build_world`: two pairs, HR, an
admin) over an index holding the real knowledge/ library (copied from the load benchmark's
cache), with the offline coach. Each call is made once to warm up, then `--n` times; its CPU
time (`time.process_time`, this process's user + system time, all threads) is much less
sensitive than wall-clock time to other work on a shared machine. One line per call:

    call=prepare n=20 cpu_ms_p50=.. cpu_ms_p95=.. wall_ms_p50=..

- prepare: a pair's plan, each time with another goal (a person's prepare is seldom the same
  as the last one, so this is not the search cache's best case);
- refine: one change to the last plan prepared;
- summarise: the mentee's notes, one sentence longer each time;
- page_load: the server-side page load of the mentor, the mentee and HR in turn (who is
  asking, then every tab of theirs filled in), as `ui.loaded` builds it;
- password: one sign-in check (`Record.authenticate`, the argon2 verify).

Usage: python benchmarks/bench_coach_cpu.py [--n 20] [--only prepare,refine] [--profile CALL]
`--profile CALL` prints cProfile's top functions (by cumulative time) for that call's N runs.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
for _var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "COACH_MODEL", "COACH_CHROMA_URL"):
    os.environ.pop(_var, None)  # the offline coach on an embedded index, whatever is set here
os.environ["COACH_ENV_FILE"] = ""

GOALS = [
    "why customers switch banks",
    "how graduates choose a first account",
    "what makes a savings app feel safe",
    "why short video beats search for research",
    "how younger staff want feedback",
    "what candidates check before applying",
    "how to talk about fees plainly",
    "what flexible working means to new joiners",
    "how friends recommend money apps",
    "why our website is not the front door",
]
SENTENCES = [
    "She explained why her friends trust round-up savings apps more than banks.",
    "I assumed our website was the front door; it is the third or fourth stop.",
    "Short video is where her generation researches purchases, not search.",
    "I will ask the social team for our top five short videos by Friday.",
    "Fees shown up front beat lower hidden fees, she said.",
    "Next time we want to talk about how candidates check our climate claims.",
]
WHO = ["", "with graduates", "with new joiners", "in branches"]
CHANGES = ["less technical, please", "more time for questions", "add a short warm-up"]


class Request:
    """What `ui.common.caller` reads from Gradio's request: who is signed in, on which page."""

    def __init__(self, username: str, session_hash: str) -> None:
        self.username, self.session_hash = username, session_hash


def build(data_dir: Path) -> tuple[Any, Any]:
    """The world (record + index holding the library) and the app's dependencies over it."""
    from benchmarks.bench_load import library_into
    from coach.engine import Coach
    from coach.index import open_index
    from coach.settings import load_settings
    from tests.record_fixtures import build_world
    from ui.deps import Deps

    library_into(data_dir)
    settings = load_settings(data_dir=data_dir, knowledge_dir=ROOT / "knowledge")
    index = open_index(settings)
    world = build_world(data_dir, index)
    coach = Coach(settings=settings, index=index)
    return world, Deps(settings=settings, index=index, record=world.record, coach=coach)


def page_frame(deps: Any) -> Any:
    """Every view built once, as `ui.build_app` does, to fill in as a page load does."""
    import gradio as gr

    import ui

    with gr.Blocks():
        who, status = ui._header()
        with gr.Tabs() as tabs:
            views = [
                v.build(deps, status) if v is ui.knowledge else v.build(deps) for v in ui.VIEWS
            ]
    return ui.Frame(who, status, tabs, views)


Call = Callable[[int], Any]


def calls(world: Any, deps: Any) -> dict[str, tuple[Call | None, Call]]:
    """Each call's untimed setup (or None) and the call itself, both given the run's number."""
    from coach.flows.prepare import PrepareInput, prepare_and_keep
    from coach.flows.refine import RefineInput, refine_plan
    from coach.flows.reflect import summarise_session
    from ui import loaded
    from ui.common import caller

    last: dict[str, Any] = {}
    frame = page_frame(deps)
    people = [world.mentor, world.mentee, world.hr]

    def prepare(i: int, role: str = "head of retail") -> None:
        goal = f"{GOALS[i % len(GOALS)]} {WHO[i // len(GOALS) % len(WHO)]}".strip()
        asked = PrepareInput(topic="money", role=role, goal=goal, minutes=45, pair_id=world.pair_id)
        last["plan"] = prepare_and_keep(world.record, deps.coach, world.mentor, asked).plan

    def refine(i: int) -> None:
        asked = RefineInput(last["plan"], CHANGES[i % len(CHANGES)], [])
        list(refine_plan(deps.coach, asked))

    def summarise(i: int) -> None:
        notes = " ".join(SENTENCES[j % len(SENTENCES)] for j in range(i + 3))
        summarise_session(world.record, deps.coach, world.mentee, world.sid, f"Day {i}. {notes}")

    def page_load(i: int) -> None:
        me = people[i % len(people)]
        loaded(deps, caller(deps, Request(me.email, f"page-{i}")), frame)  # type: ignore[arg-type]

    def password(i: int) -> None:
        email = world.mentee.email
        assert world.record.authenticate(email, world.passwords[email]) is not None

    def before_refine(i: int) -> None:
        prepare(i, "head of marketing")  # a plan of its own to refine (untimed)

    return {
        "prepare": (None, prepare),
        "refine": (before_refine, refine),
        "summarise": (None, summarise),
        "page_load": (None, page_load),
        "password": (None, password),
    }


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(name: str, setup: Call | None, fn: Call, n: int, profile: bool) -> str:
    if setup:
        setup(n)
    fn(n)  # warm up: models loaded, caches of fixed text filled
    cpu, wall = [], []
    prof = cProfile.Profile() if profile else None
    for i in range(n):
        if setup:
            setup(i)
        c0, w0 = time.process_time(), time.perf_counter()
        if prof:
            prof.enable()
        fn(i)
        if prof:
            prof.disable()
        cpu.append((time.process_time() - c0) * 1000)
        wall.append((time.perf_counter() - w0) * 1000)
    if prof:
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(45)
        print(out.getvalue(), file=sys.stderr)
    return (
        f"call={name} n={n} cpu_ms_p50={statistics.median(cpu):.1f} "
        f"cpu_ms_p95={pct(cpu, 0.95):.1f} wall_ms_p50={statistics.median(wall):.1f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--only", default="", help="comma-separated calls (default: all)")
    ap.add_argument("--profile", default="", help="a call to profile (stats to stderr)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="turntable-cpu-") as tmp:
        world, deps = build(Path(tmp))
        chosen = [c for c in args.only.split(",") if c] or None
        for name, (setup, fn) in calls(world, deps).items():
            if chosen is None or name in chosen:
                print(measure(name, setup, fn, args.n, args.profile == name), flush=True)
        world.record.close()


if __name__ == "__main__":
    main()
