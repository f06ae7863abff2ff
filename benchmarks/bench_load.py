"""Load benchmark: signed-in people using the app at once, over Gradio's queue, on loopback.

Starts `app.py` (offline coach, the real library, a record seeded with one account per
virtual person) on a free loopback port, then for each level runs that many virtual people
for `--seconds`: each signs in at /login, loads the page (the queued page-load event, which
fills the dropdowns of that page session), then repeats its role's work with a pause of 1-3 s:

- juniors (mentors): prepare a plan, then refine it once;
- seniors (mentees): type notes (an autosave after each sentence), summarise, tick an item;
- HR: search the library, read the program figures.

Every event is one `queue/join` and its stream, timed from join to completion; a refusal
(503 queue full, 429), a failed event or no answer within 60 s is an error. After each level
the record is read directly: every note save the server acknowledged must be there
(`lost_writes` counts sessions whose stored notes are not the last acknowledged text).
One line per level:

    users=N requests=R errors=E lost_writes=L p50_ms=X p95_ms=Y rss_mb=Z

(rss_mb: the server's resident memory after the level), preceded by a per-event breakdown.

Usage: python benchmarks/bench_load.py --users 10,50 --seconds 30 [--runs 1] [--trace]
`--runs K` repeats the levels K times against one server (memory across runs); `--trace`
runs the server under tracemalloc and prints what grew most between runs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
LIBRARY_CACHE = Path(tempfile.gettempdir()) / "turntable-bench-library"
TIMEOUT = 60.0
SENTENCES = [
    "She explained why her friends trust round-up savings apps more than banks.",
    "I assumed our website was the front door; it is the third or fourth stop.",
    "Short video is where her generation researches purchases, not search.",
    "I will ask the social team for our top five short videos by Friday.",
    "Fees shown up front beat lower hidden fees, she said.",
    "Next time we want to talk about how candidates check our climate claims.",
]
QUERIES = [
    "round-up savings apps",
    "short video",
    "flexible working",
    "sustainability claims",
    "open questions",
    "first session",
]


@dataclass
class Person:
    email: str
    password: str
    role: str
    pair: int | None = None
    session: int | None = None


@dataclass
class Tally:
    times: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    samples: list[str] = field(default_factory=list)
    signins: list[float] = field(default_factory=list)
    signin_busy: int = 0  # "sign-in is busy, try again" answers, retried
    acked: dict[int, tuple[str, str]] = field(default_factory=dict)  # session -> (email, text)

    def error(self, what: str, why: str) -> None:
        self.errors[what] += 1
        if self.errors[what] <= 2:  # two examples of each kind of failure
            self.samples.append(f"{what}: {why[:160]}")


# -- the data dir: library and people -------------------------------------------------------
def library_into(data_dir: Path) -> None:
    """The real knowledge/ library, ingested once into a cache and copied per run."""
    from coach.index import open_index
    from coach.ingest import sync
    from coach.settings import load_settings

    if not (LIBRARY_CACHE / "chroma").exists():
        settings = load_settings(data_dir=LIBRARY_CACHE, knowledge_dir=ROOT / "knowledge")
        sync(open_index(settings), settings, roots=[settings.knowledge_dir])
    shutil.copytree(LIBRARY_CACHE / "chroma", data_dir / "chroma")


def seed_people(data_dir: Path, users: int) -> list[Person]:
    """The demo program plus one account per virtual person: 2 juniors, 2 seniors, 1 HR of
    every 5, juniors and seniors paired, each pair with one session to write notes in."""
    from coach.record import SYSTEM, open_record
    from coach.record.demo import seed_demo
    from coach.settings import load_settings
    from ui.deps import write_demo_accounts

    record = open_record(load_settings(data_dir=data_dir))
    write_demo_accounts(data_dir, seed_demo(record))
    hr = record.find_person(SYSTEM, "hr@demo.turntable.example")
    cycle = record.list_cycles(hr)[0]
    people: list[Person] = []
    roles = ["mentor", "mentee", "mentor", "mentee", "hr"]
    for i in range(users):
        role = roles[i % len(roles)]
        view, secret = record.add_person(
            SYSTEM, name=f"Load Person {i}", role=role, email=f"load{i}@bench.turntable.example"
        )
        people.append(Person(view.email, secret, role))
        if role == "mentee":
            mentor = people[-2]
            pair = record.create_pair(
                hr, cycle.id, record.find_person(SYSTEM, mentor.email).id, view.id
            )
            sid = record.create_session(view, pair.id, topic="money").id
            mentor.pair, people[-1].pair, people[-1].session = pair.id, pair.id, sid
    record.close()
    return people


def lost_writes(data_dir: Path, acked: dict[int, tuple[str, str]]) -> int:
    from coach.record import SYSTEM, open_record
    from coach.settings import load_settings

    record = open_record(load_settings(data_dir=data_dir))
    lost = 0
    for sid, (email, text) in acked.items():
        me = record.find_person(SYSTEM, email)
        if (record.get_session(me, sid).my_notes or "") != text:
            lost += 1
    record.close()
    return lost


# -- the server ------------------------------------------------------------------------------
def stop_server(proc: subprocess.Popen) -> None:
    """Ask the server to stop; kill it when it has not within 15 s."""
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()


def start_server(data_dir: Path, trace: bool) -> tuple[subprocess.Popen, str]:
    from tests.index_fixtures import free_port
    from tests.ui_fixtures import app_env

    port = free_port()
    env = app_env(data_dir, port, BENCH_TRACE_DIR=str(data_dir))
    script = ROOT / ("benchmarks/serve_traced.py" if trace else "app.py")
    log = (data_dir / "app.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, str(script)], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    import httpx

    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:  # readiness poll, bounded
        if proc.poll() is not None:
            raise SystemExit((data_dir / "app.log").read_text()[-3000:])
        try:
            httpx.get(url + "/", timeout=2, trust_env=False)
            return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the app did not start within 600 s")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


# -- one virtual person ----------------------------------------------------------------------
class Client:
    def __init__(self, url: str, fns: dict[str, int], tally: Tally) -> None:
        import httpx

        self.http = httpx.AsyncClient(base_url=url, trust_env=False, timeout=TIMEOUT)
        self.fns = fns
        self.tally = tally
        self.hash = "b" + os.urandom(8).hex()

    async def sign_in(self, p: Person) -> bool:
        """Sign in as a person does: a "busy, try again" answer is retried after its
        Retry-After (at most 5 tries); those refusals are counted apart from the events."""
        t = time.perf_counter()
        for _ in range(5):
            try:
                said = await self.http.post(
                    "/login", data={"username": p.email, "password": p.password}
                )
            except Exception as exc:  # noqa: BLE001 - counted, never raised
                self.tally.error("signin", repr(exc))
                return False
            if said.status_code != 503:
                break
            self.tally.signin_busy += 1
            await asyncio.sleep(float(said.headers.get("retry-after", "2") or 2))
        self.tally.signins.append((time.perf_counter() - t) * 1000)
        if said.status_code != 200:
            self.tally.error("signin", f"{said.status_code} {said.text}")
        return said.status_code == 200

    async def call(self, name: str, data: list[Any]) -> list[Any] | None:
        """One event, join to completion; its output data, or None (counted as an error)."""
        t = time.perf_counter()
        try:
            out = await asyncio.wait_for(self._call(name, data), TIMEOUT)
        except Exception as exc:  # noqa: BLE001 - a timeout or a dropped stream is an error
            self.tally.error(name, repr(exc) or type(exc).__name__)
            return None
        if isinstance(out, str):
            self.tally.error(name, out)
            return None
        self.tally.times[name].append((time.perf_counter() - t) * 1000)
        return out

    async def _call(self, name: str, data: list[Any]) -> list[Any] | str:
        joined = await self.http.post(
            "/gradio_api/queue/join",
            json={
                "data": data,
                "fn_index": self.fns[name],
                "event_data": None,
                "session_hash": self.hash,
                "trigger_id": None,
            },
        )
        if joined.status_code != 200:
            return f"{joined.status_code} {joined.text}"
        event = joined.json().get("event_id")
        async with self.http.stream(
            "GET", "/gradio_api/queue/data", params={"session_hash": self.hash}
        ) as answer:
            async for line in answer.aiter_lines():
                if not line.startswith("data:"):
                    continue
                msg = json.loads(line[5:])
                if msg.get("event_id") not in (None, event):
                    continue
                if msg.get("msg") == "process_completed":
                    output = msg.get("output") or {}
                    if not msg.get("success"):
                        return f"failed: {output.get('error')}"
                    return output.get("data") or []
                if msg.get("msg") == "close_stream":
                    break
        return "the stream ended before the event completed"

    async def heartbeat(self) -> None:
        """The page's heartbeat stream, open while the page is: closing it tells the server
        the page went away, as a browser tab does."""
        try:
            async with self.http.stream(
                "GET", f"/gradio_api/heartbeat/{self.hash}", timeout=None
            ) as answer:
                async for _ in answer.aiter_lines():
                    pass
        except Exception:  # noqa: BLE001 - the page closing ends it
            pass

    async def close(self) -> None:
        await self.http.aclose()


async def pause() -> None:
    await asyncio.sleep(random.uniform(1.0, 3.0))


async def junior(c: Client, p: Person, until: float) -> None:
    from ui.prepare import NEW

    while time.monotonic() < until:
        plan = await c.call(
            "make_plan",
            [
                p.pair,
                NEW if p.pair else None,
                "money",
                "head of retail",
                "why customers switch banks",
                "",
                45,
            ],
        )
        await pause()
        if plan is not None and time.monotonic() < until:
            await c.call("refine", ["less technical, please", [], None, NEW])
            await pause()


async def senior(c: Client, p: Person, until: float, run: int) -> None:
    text = f"Run {run}."
    rev = 0
    while time.monotonic() < until:
        for sentence in random.sample(SENTENCES, 3):
            text = f"{text} {sentence}"
            rev += 1
            said = await c.call("autosave", [p.session, text, json.dumps({"rev": rev})])
            if said is not None:
                if json.loads(said[0]).get("ok"):
                    c.tally.acked[p.session] = (p.email, text)  # type: ignore[index]
                else:
                    c.tally.error("autosave", said[0])
            await asyncio.sleep(random.uniform(0.5, 1.5))
        out = await c.call("summarise_notes", [p.session, p.pair, text])
        if out is not None:
            c.tally.acked[p.session] = (p.email, text)  # type: ignore[index]
        await pause()
        items = (out[1] or {}).get("choices") if out and isinstance(out[1], dict) else None
        if items:
            await c.call("tick", [p.session, [items[0][1]]])
            await pause()


async def hr(c: Client, p: Person, until: float) -> None:
    from ui.program import ALL

    while time.monotonic() < until:
        await c.call("do_search", [random.choice(QUERIES), "any", "any"])
        await pause()
        await c.call("on_refresh", [ALL])
        await pause()


async def person(
    url: str, fns: dict[str, int], p: Person, tally: Tally, seconds: float, run: int, ramp: float
) -> None:
    await asyncio.sleep(random.uniform(0, ramp))
    c = Client(url, fns, tally)
    beat: asyncio.Task | None = None
    try:
        if not await c.sign_in(p):
            return
        beat = asyncio.ensure_future(c.heartbeat())
        if await c.call("on_load", []) is None:
            return
        until = time.monotonic() + seconds  # the work, after signing in and loading the page
        work = {
            "mentor": lambda: junior(c, p, until),
            "hr": lambda: hr(c, p, until),
            "mentee": lambda: senior(c, p, until, run),
        }[p.role]
        await work()
    finally:
        if beat is not None:
            beat.cancel()
        await c.close()


async def event_ids(url: str, p: Person) -> dict[str, int]:
    import httpx

    async with httpx.AsyncClient(base_url=url, trust_env=False, timeout=60) as c:
        await c.post("/login", data={"username": p.email, "password": p.password})
        config = (await c.get("/config")).json()
    out: dict[str, int] = {}
    for d in config["dependencies"]:
        if d.get("api_name") and d["api_name"] not in out:
            out[d["api_name"]] = d["id"]
    return out


def pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


async def level(
    url: str, fns: dict[str, int], people: list[Person], seconds: float, run: int
) -> Tally:
    tally = Tally()
    ramp = min(5.0, seconds / 4)
    await asyncio.gather(*[person(url, fns, p, tally, seconds, run, ramp) for p in people])
    return tally


def report(users: int, tally: Tally, lost: int, rss: float) -> None:
    for name in sorted(set(tally.times) | set(tally.errors)):
        t = tally.times.get(name, [])
        print(
            f"  {name:16} n={len(t):5d} errors={tally.errors.get(name, 0):4d} "
            f"p50_ms={pct(t, 0.5):7.0f} p95_ms={pct(t, 0.95):7.0f}"
        )
    if tally.signins:
        print(
            f"  sign-in          n={len(tally.signins):5d} p50_ms={pct(tally.signins, 0.5):7.0f}"
            f" p95_ms={pct(tally.signins, 0.95):7.0f} busy_retried={tally.signin_busy}"
        )
    for s in tally.samples:
        print(f"  e.g. {s}")
    every = [x for t in tally.times.values() for x in t]
    errors = sum(tally.errors.values())
    print(
        f"users={users} requests={len(every) + errors} errors={errors} lost_writes={lost} "
        f"p50_ms={pct(every, 0.5):.0f} p95_ms={pct(every, 0.95):.0f} rss_mb={rss:.0f}",
        flush=True,
    )


def trace_diff(proc: subprocess.Popen, data_dir: Path, run: int) -> None:
    """Ask the traced server for a snapshot; print what grew most since the first one."""
    import tracemalloc

    proc.send_signal(signal.SIGUSR1)
    path = data_dir / f"trace-{run}.snap"
    for _ in range(600):  # bounded wait for the snapshot
        if (data_dir / f"trace-{run}.done").exists():
            break
        time.sleep(0.1)
    if run == 0:
        return
    first = tracemalloc.Snapshot.load(str(data_dir / "trace-1.snap"))
    now = tracemalloc.Snapshot.load(str(path))
    if run > 1:
        print(
            f"  tracemalloc, run 1 -> run {run}: traced "
            f"{sum(s.size for s in first.statistics('filename')) / 2**20:.0f} -> "
            f"{sum(s.size for s in now.statistics('filename')) / 2**20:.0f} MB"
        )
        for stat in now.compare_to(first, "traceback")[:8]:
            frame = stat.traceback[0]
            print(
                f"    {stat.size_diff / 2**20:+7.1f} MB {stat.count_diff:+7d} blocks "
                f"{frame.filename.removeprefix(str(ROOT))}:{frame.lineno}"
            )
        before = json.loads((data_dir / "trace-1.types").read_text())
        after = json.loads((data_dir / f"trace-{run}.types").read_text())
        grown = sorted(((after[k] - before.get(k, 0), k) for k in after), reverse=True)
        print(
            f"  live objects, run 1 -> run {run}: "
            + ", ".join(f"{name} {n:+d}" for n, name in grown[:10] if n > 0)
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", default="10,50", help="levels, comma-separated")
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--runs", type=int, default=1, help="repeat the levels on one server")
    parser.add_argument("--trace", action="store_true", help="tracemalloc in the server")
    args = parser.parse_args()
    levels = [int(u) for u in args.users.split(",")]
    if max(levels) > 200 or args.seconds > 600 or args.runs > 20:
        parser.error("bounded: at most 200 users, 600 s and 20 runs")
    os.environ.update(HF_HUB_OFFLINE="1", ANONYMIZED_TELEMETRY="False")
    data_dir = Path(tempfile.mkdtemp(prefix="bench-load-"))
    os.chmod(data_dir, 0o700)
    random.seed(14)
    try:
        library_into(data_dir)
        people = seed_people(data_dir, max(levels))
        started = time.perf_counter()
        proc, url = start_server(data_dir, args.trace)
        print(
            f"app answering after {time.perf_counter() - started:.1f} s; "
            f"rss_mb={rss_mb(proc.pid):.0f}; load average {os.getloadavg()}",
            flush=True,
        )
        try:
            fns = asyncio.run(event_ids(url, people[0]))
            if args.trace:
                trace_diff(proc, data_dir, 0)  # tracing starts now, after start-up
            for run in range(1, args.runs + 1):
                for users in levels:
                    tally = asyncio.run(level(url, fns, people[:users], args.seconds, run))
                    time.sleep(1)
                    lost = lost_writes(data_dir, tally.acked)
                    print(f"run {run}, load average {os.getloadavg()}")
                    report(users, tally, lost, rss_mb(proc.pid))
                if args.trace:
                    trace_diff(proc, data_dir, run)
        finally:
            stop_server(proc)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
