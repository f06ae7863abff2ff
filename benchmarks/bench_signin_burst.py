"""Sign-in burst benchmark: how long a cheap request takes while one client fails 200 sign-ins.

Serves the app in this process (its own temporary data dir, an empty library, the demo
program), measures the latency of `GET /gradio_api/login_check` (a request that does no work)
with nothing else going on, then again while 200 failed sign-ins from one client arrive at
once, and prints median and max of both, and how many passwords were actually hashed.

Usage: python benchmarks/bench_signin_burst.py [--attempts 200]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def measure(url: str, attempts: int) -> tuple[list[float], list[float]]:
    import httpx

    limits = httpx.Limits(max_connections=attempts + 5)
    async with httpx.AsyncClient(base_url=url, trust_env=False, timeout=120, limits=limits) as c:

        async def cheap() -> float:
            t = time.perf_counter()
            try:
                await c.get("/gradio_api/login_check", timeout=30)
            except httpx.TimeoutException:
                return float("inf")  # not answered within 30 s
            return (time.perf_counter() - t) * 1000

        idle = [await cheap() for _ in range(50)]

        async def guess(n: int) -> None:
            try:
                await c.post(
                    "/login",
                    data={"username": f"guess{n}@example.org", "password": "wrong"},
                    timeout=600,
                )
            except httpx.TimeoutException:
                pass

        task = asyncio.ensure_future(asyncio.gather(*[guess(n) for n in range(attempts)]))
        during = []
        while not task.done() and len(during) < 10_000:
            during.append(await cheap())
        await task
        return idle, during


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=200)
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="bench-signin-"))
    os.environ.update(
        GRADIO_ANALYTICS_ENABLED="False",
        ANONYMIZED_TELEMETRY="False",
        HF_HUB_OFFLINE="1",
        COACH_DATA_DIR=str(data_dir),
    )
    from coach.settings import load_settings
    from ui import build_app, launch_options, queue
    from ui.deps import build_deps, seed_demo_if_empty

    deps = build_deps(load_settings(data_dir=data_dir))
    seed_demo_if_empty(deps)
    hashed = [0]
    name = "sign_in" if hasattr(deps.record, "sign_in") else "authenticate"  # older record
    real = getattr(deps.record, name)

    def counted(*a: object, **k: object) -> object:
        hashed[0] += 1
        return real(*a, **k)

    setattr(deps.record, name, counted)
    demo = queue(build_app(deps))
    port = free_port()
    demo.launch(prevent_thread_lock=True, **{**launch_options(deps), "server_port": port})
    try:
        idle, during = asyncio.run(measure(f"http://127.0.0.1:{port}", args.attempts))
    finally:
        demo.close()
    print(
        f"cheap request, idle:        median {statistics.median(idle):7.1f} ms, "
        f"max {max(idle):7.1f} ms ({len(idle)} requests)"
    )
    p95 = sorted(during)[int(len(during) * 0.95)]
    print(
        f"cheap request, during burst: median {statistics.median(during):7.1f} ms, "
        f"p95 {p95:7.1f} ms, max {max(during):7.1f} ms ({len(during)} requests while "
        f"{args.attempts} failed sign-ins arrived; "
        f"{sum(d == float('inf') for d in during)} not answered within 30 s)"
    )
    print(f"passwords hashed for the burst: {hashed[0]} of {args.attempts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
