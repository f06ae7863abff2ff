"""The server starts with glibc's malloc arenas bounded, however it is started.

With one arena per thread (glibc's default, up to 8 per core) a load run of 10 people left the
server ~140 MB larger than with MALLOC_ARENA_MAX=2 (docs/reliability.md). glibc reads the
variable once, when the process starts, so `coach serve` and `python app.py` start again with
it set when it is absent; a value the operator chose is kept. Checked on a real process: its
environment as the kernel holds it (/proc/<pid>/environ), which is what glibc read.
"""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from coach.settings import PROJECT_ROOT
from tests.index_fixtures import free_port
from tests.ui_fixtures import app_env, stop_app

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc and /proc")
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _environ(pid: int) -> dict[str, str]:
    raw = Path(f"/proc/{pid}/environ").read_bytes()
    pairs = (item.split(b"=", 1) for item in raw.split(b"\0") if b"=" in item)
    return {k.decode(): v.decode() for k, v in pairs}


def _answers(url: str) -> bool:
    try:
        with _OPENER.open(url + "/", timeout=2):
            return True
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False


def _arenas_of_started(command: list[str], tmp_path: Path, **extra: str) -> str | None:
    """Start `command` as a server would be; MALLOC_ARENA_MAX in its environment once it has
    it, or None once the app answers (or exits) without it."""
    port = free_port()
    env = app_env(tmp_path / "data", port, **extra)
    if "MALLOC_ARENA_MAX" not in extra:
        env.pop("MALLOC_ARENA_MAX", None)
    with (tmp_path / "app.log").open("wb") as log:
        proc = subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:  # bounded: until it is set, or the app is up
            if proc.poll() is not None:
                return None
            try:
                env_now = _environ(proc.pid)
                command_now = Path(f"/proc/{proc.pid}/cmdline").read_bytes().decode()
            except OSError:
                env_now, command_now = {}, ""
            if "MALLOC_ARENA_MAX" in env_now and "app.py" in command_now:
                return env_now["MALLOC_ARENA_MAX"]
            if _answers(f"http://127.0.0.1:{port}"):
                return _environ(proc.pid).get("MALLOC_ARENA_MAX")
            time.sleep(0.1)
        pytest.fail("the app neither started nor set MALLOC_ARENA_MAX within 300 s")
    finally:
        stop_app(proc)


def test_python_app_py_starts_with_the_arenas_bounded(tmp_path: Path) -> None:
    command = [sys.executable, str(PROJECT_ROOT / "app.py"), "--no-demo"]
    assert _arenas_of_started(command, tmp_path) == "2"


def test_coach_serve_starts_with_the_arenas_bounded(tmp_path: Path) -> None:
    coach = Path(sys.executable).with_name("coach")
    if not coach.exists():
        pytest.skip("the coach command is not installed in this environment")
    assert _arenas_of_started([str(coach), "serve", "--no-demo"], tmp_path) == "2"


def test_an_operators_own_value_is_kept(tmp_path: Path) -> None:
    from app import with_malloc_arenas

    assert with_malloc_arenas({"MALLOC_ARENA_MAX": "4", "A": "b"}) is None
    assert with_malloc_arenas({"A": "b"}) == {"A": "b", "MALLOC_ARENA_MAX": "2"}
    command = [sys.executable, str(PROJECT_ROOT / "app.py"), "--no-demo"]
    assert _arenas_of_started(command, tmp_path, MALLOC_ARENA_MAX="4") == "4"
