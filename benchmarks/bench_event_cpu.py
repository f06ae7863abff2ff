"""Server CPU per event, over HTTP, one event at a time: what each request costs the server.

Starts the server as `bench_load.py` does (offline coach, the real library, its own data dir,
one account per person), signs in `--users` people, then runs each event once to warm up and
again for every person it belongs to, one after another, reading the server process's CPU
time (user + system, every thread, `/proc/<pid>/stat`) before and after. Unlike latency on a
shared machine, CPU time hardly depends on what else runs there. One line per event:

    event=on_load n=49 server_cpu_ms=..

The page load counts Gradio's work around the app's own (postprocessing every output on the
event loop), which `bench_coach_cpu.py`, calling the app's functions directly, does not.

Usage: python benchmarks/bench_event_cpu.py [--users 50]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_load as load  # noqa: E402 - the server and people of the load benchmark


def cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _events(p: load.Person) -> dict[str, list[Any]]:
    from ui.prepare import NEW
    from ui.program import ALL

    if p.role == "mentor":
        goal = "why customers switch banks"
        return {"make_plan": [p.pair, NEW, "money", "head of retail", goal, "", 45]}
    if p.role == "mentee":
        return {"autosave": [p.session, "Notes.", json.dumps({"rev": 1})]}
    return {"do_search": ["short video", "any", "any"], "on_refresh": [ALL]}


async def measure(url: str, fns: dict[str, int], people: list[load.Person], pid: int) -> None:
    tally = load.Tally()
    clients = [(load.Client(url, fns, tally), p) for p in people]
    for c, p in clients:
        await c.sign_in(p)
    runs: dict[str, list[tuple[load.Client, list[Any]]]] = {"on_load": []}
    for c, p in clients:
        runs["on_load"].append((c, []))
        for name, data in _events(p).items():
            runs.setdefault(name, []).append((c, data))
    for name, calls in runs.items():
        await calls[0][0].call(name, calls[0][1])  # warm-up: first use loads what it needs
        before = cpu_s(pid)
        for c, data in calls[1:]:
            await c.call(name, data)
        spent = (cpu_s(pid) - before) * 1000 / max(1, len(calls) - 1)
        print(f"event={name} n={len(calls) - 1} server_cpu_ms={spent:.0f}", flush=True)
    for c, _ in clients:
        await c.close()
    if tally.errors:
        print(f"errors: {dict(tally.errors)} {tally.samples}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    args = parser.parse_args()
    if not 5 <= args.users <= 200:
        parser.error("bounded: 5 to 200 users")
    os.environ.update(HF_HUB_OFFLINE="1", ANONYMIZED_TELEMETRY="False")
    data_dir = Path(tempfile.mkdtemp(prefix="bench-cpu-"))
    os.chmod(data_dir, 0o700)
    try:
        load.library_into(data_dir)
        people = load.seed_people(data_dir, args.users)
        proc, url = load.start_server(data_dir, False)
        try:
            fns = asyncio.run(load.event_ids(url, people[0]))
            asyncio.run(measure(url, fns, people, proc.pid))
        finally:
            load.stop_server(proc)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
