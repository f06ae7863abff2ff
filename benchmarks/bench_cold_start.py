"""Cold start: how long from `python app.py` to the first page a person sees.

Prepares a data dir once (the real library, the demo program seeded), then starts `app.py`
on it `--runs` times, each a new process, and times each start from spawn to the first
answered `GET /` (the sign-in page) and to the signed-in page's `/config` (what the browser
asks for next). The server's CPU time (user and system, from the kernel's accounting of the
child) is taken once it is stopped right after, so it is the start-up's cost, not a share
of the machine: on a busy machine wall time grows with the load average, CPU time much less.

Usage: python benchmarks/bench_cold_start.py [--runs 3]
One line per start, then the median:

    start=N first_page_s=W config_s=C user_cpu_s=U sys_cpu_s=S rss_mb=R load=L
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_load import library_into, rss_mb  # noqa: E402


def _env(data_dir: Path, port: int) -> dict[str, str]:
    from tests.ui_fixtures import app_env

    return app_env(data_dir, port)


def _first_answer(proc: subprocess.Popen, url: str, limit: float = 600) -> None:
    import httpx

    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:  # readiness poll, bounded
        if proc.poll() is not None:
            raise SystemExit(f"app.py exited with {proc.returncode}")
        try:
            if httpx.get(url + "/", timeout=2, trust_env=False).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    raise SystemExit(f"app.py did not answer within {limit:.0f} s")


def _signed_in_config(url: str, email: str, password: str) -> None:
    import httpx

    with httpx.Client(base_url=url, trust_env=False, timeout=120) as http:
        said = http.post("/login", data={"username": email, "password": password})
        assert said.status_code == 200, said.text
        config = http.get("/config")
        assert config.status_code == 200 and config.json().get("components"), config.text[:200]


def one_start(data_dir: Path, email: str, password: str) -> dict[str, float]:
    from tests.index_fixtures import free_port

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = (data_dir / "app.log").open("ab")
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "app.py"), "--no-demo"],
        cwd=ROOT,
        env=_env(data_dir, port),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _first_answer(proc, url)
        first = time.perf_counter() - started
        _signed_in_config(url, email, password)
        config = time.perf_counter() - started
        rss = rss_mb(proc.pid)
    finally:
        proc.terminate()
    _, status, usage = os.wait4(proc.pid, 0)
    log.close()
    return {
        "first_page_s": first,
        "config_s": config,
        "user_cpu_s": usage.ru_utime,
        "sys_cpu_s": usage.ru_stime,
        "rss_mb": rss,
        "load": os.getloadavg()[0],
    }


def _line(label: str, row: dict[str, float]) -> str:
    return f"{label} " + " ".join(
        f"{k}={v:.2f}" if k != "rss_mb" else f"{k}={v:.0f}" for k, v in row.items()
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not 1 <= args.runs <= 20:
        parser.error("bounded: 1 to 20 runs")
    os.environ.update(HF_HUB_OFFLINE="1", ANONYMIZED_TELEMETRY="False")
    data_dir = Path(tempfile.mkdtemp(prefix="bench-cold-"))
    os.chmod(data_dir, 0o700)
    try:
        from coach.record import open_record
        from coach.record.demo import seed_demo
        from coach.settings import load_settings

        library_into(data_dir)
        record = open_record(load_settings(data_dir=data_dir))
        passwords = seed_demo(record)
        record.close()
        email = "mentor@demo.turntable.example"
        rows = []
        for n in range(1, args.runs + 1):
            rows.append(one_start(data_dir, email, passwords[email]))
            print(_line(f"start={n}", rows[-1]), flush=True)
        median = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
        print(_line("median", median))
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
