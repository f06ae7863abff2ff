"""UI fixtures: the real app (`python app.py`) on a free loopback port, and a real Chromium.

One server per test session: its own data dir, the real library copied in from the
session's indexed library (so no second ingest), the demo program seeded by the app itself on
first start, the offline coach. Browser tests need Debian's Chromium at /usr/bin/chromium; they
skip without it unless TURNTABLE_REQUIRE_BROWSER=1, when they fail instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from coach.embeddings import MiniLMEmbedding
from coach.index import Index, open_index
from coach.settings import PROJECT_ROOT, load_settings
from tests.index_fixtures import free_port, library_chroma

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback, never a proxy
DEMO = {
    "admin": "admin@demo.turntable.example",
    "hr": "hr@demo.turntable.example",
    "mentor": "mentor@demo.turntable.example",
    "mentee": "mentee@demo.turntable.example",
}


@dataclass
class UiServer:
    url: str
    data_dir: Path
    passwords: dict[str, str]
    log: Path

    def creds(self, role: str) -> tuple[str, str]:
        email = DEMO[role]
        return email, self.passwords[email]


def copy_library(source: Index, data_dir: Path, embedder: MiniLMEmbedding) -> None:
    """Give a fresh data dir the already-embedded library, chunk for chunk.

    The session's library is copied as its built Chroma folder (a file copy); any other index
    row by row.
    """
    built = library_chroma(source)
    target = load_settings(data_dir=data_dir).chroma_path
    if built is not None and not target.exists():
        shutil.copytree(built, target)
        return
    index = open_index(load_settings(data_dir=data_dir), embedder)
    index.write_rows(list(source.rows(text=True, vectors=True)))


def _wait_until_up(proc: subprocess.Popen, url: str, log: Path, limit: float = 300) -> None:
    deadline = time.monotonic() + limit
    while True:  # readiness poll, bounded: the login page answers once the app is up
        if proc.poll() is not None:
            pytest.fail(f"app.py exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with _OPENER.open(url + "/", timeout=2):
                return
        except urllib.error.HTTPError:
            return  # answering at all means it is up (the root may ask for sign-in)
        except OSError:
            if time.monotonic() > deadline:
                pytest.fail(
                    f"app.py did not answer within {limit:.0f} s:\n{log.read_text()[-3000:]}"
                )
            time.sleep(0.2)


def app_env(data_dir: Path, port: int, **extra: str) -> dict[str, str]:
    """The environment an app process is started with: this one's, without any coach, model or
    Gradio setting, pointed at `data_dir` on a loopback port, offline, with `extra` on top."""
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("COACH_", "OPENAI_", "GRADIO_"))
    }
    env.update(
        COACH_DATA_DIR=str(data_dir),
        COACH_HOST="127.0.0.1",
        COACH_PORT=str(port),
        GRADIO_ANALYTICS_ENABLED="False",
        ANONYMIZED_TELEMETRY="False",
        HF_HUB_OFFLINE="1",
        PYTHONUNBUFFERED="1",
        **extra,
    )
    return env


def start_app(
    data_dir: Path, *args: str, env: dict[str, str] | None = None
) -> tuple[subprocess.Popen, str, Path]:
    """Start `python app.py` on a free loopback port with its own data dir, offline unless
    `env` configures a model."""
    port = free_port()
    env = app_env(data_dir, port, **(env or {}))
    log = data_dir / f"app-{port}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, str(PROJECT_ROOT / "app.py"), *args],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(proc, url, log)
    except BaseException:
        stop_app(proc)
        raise
    return proc, url, log


def stop_app(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def ui_server(
    tmp_path_factory: pytest.TempPathFactory, library_index: Index, embedder: MiniLMEmbedding
) -> Iterator[UiServer]:
    """`python app.py` serving a demo program on its own data dir; stopped after the session."""
    from ui.deps import read_demo_accounts

    data_dir = tmp_path_factory.mktemp("ui-app")
    copy_library(library_index, data_dir, embedder)
    proc, url, log = start_app(data_dir)
    try:
        passwords = read_demo_accounts(data_dir)
        assert set(DEMO.values()) <= set(passwords), log.read_text()[-2000:]
        yield UiServer(url=url, data_dir=data_dir, passwords=passwords, log=log)
    finally:
        stop_app(proc)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's Chromium driven by Playwright, one for the whole session."""
    if not CHROMIUM.exists():
        if os.environ.get("TURNTABLE_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{CHROMIUM} is missing and TURNTABLE_REQUIRE_BROWSER=1")
        pytest.skip(f"{CHROMIUM} is not installed")
    from playwright.sync_api import expect, sync_playwright

    # Waits are for a state, not a speed: on a busy 2-core machine a page can take a while.
    expect.set_options(timeout=60_000)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def sign_in(
    browser: object, server: UiServer, email: str, password: str, expect_ok: bool = True
) -> object:
    """A fresh browser context signed in as one person; returns its page."""
    from playwright.sync_api import expect

    context = browser.new_context(
        viewport={"width": 1440, "height": 1000},  # type: ignore[attr-defined]
        accept_downloads=True,
    )
    context.set_default_timeout(60_000)
    page = context.new_page()
    page.goto(server.url)
    page.get_by_label("username").fill(email)
    page.get_by_label("password").fill(password)
    page.get_by_role("button", name="Login").click()
    if expect_ok:
        expect(page.locator("#whoami")).to_contain_text("Signed in as")
    return page


def start_session(page) -> None:  # noqa: ANN001
    """Start a new session on Reflect, deliberately: a date and a topic."""
    from datetime import date

    page.get_by_text("Start a new session").click()
    page.locator("#reflect-new-date textarea, #reflect-new-date input").fill(
        date.today().isoformat()
    )
    page.locator("#reflect-new-topic textarea, #reflect-new-topic input").fill("Technology")
    page.locator("#reflect-new").click()


def shot(page: object, name: str) -> Path:
    """Save a full-page screenshot under test-artifacts/ (gitignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)  # type: ignore[attr-defined]
    return path


@contextmanager
def served_demo(data_dir: Path) -> Iterator[tuple[str, Any, Any, dict[str, str]]]:
    """The app in this process on a free loopback port, over the demo program in
    `data_dir`: (url, the queued app, its deps, the demo passwords)."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    from coach.record.demo import seed_demo
    from ui import build_app, launch_options, queue
    from ui.deps import build_deps

    deps = build_deps(load_settings(data_dir=data_dir))
    passwords = seed_demo(deps.record)
    demo = queue(build_app(deps))
    port = free_port()
    demo.launch(prevent_thread_lock=True, **{**launch_options(deps), "server_port": port})
    try:
        yield f"http://127.0.0.1:{port}", demo, deps, passwords
    finally:
        demo.close()


class HttpPerson:
    """One signed-in person speaking HTTP to a served app the way the page does: sign in at
    /login, then join the queue and read a session's stream (httpx, loopback, no proxy)."""

    def __init__(self, url: str, email: str | None = None, password: str | None = None) -> None:
        import httpx

        self.http = httpx.Client(base_url=url, timeout=30, trust_env=False)
        self.session_hash = "h" + os.urandom(8).hex()
        if email is not None:
            said = self.http.post("/login", data={"username": email, "password": password})
            assert said.status_code == 200, said.text

    def fn_index(self, api_name: str) -> int:
        """An event by its api name, or ("#elem-id") by the id of the button that fires it."""
        config = self.http.get("/config").json()
        if api_name.startswith("#"):
            ids = {
                c["id"]
                for c in config["components"]
                if c.get("props", {}).get("elem_id") == api_name[1:]
            }
            return next(
                d["id"]
                for d in config["dependencies"]
                if any(t[0] in ids for t in d.get("targets", []))
            )
        return next(d["id"] for d in config["dependencies"] if d.get("api_name") == api_name)

    def join(self, api_name: str, data: list, session_hash: str | None = None) -> object:
        return self.http.post(
            "/gradio_api/queue/join",
            json={
                "data": data,
                "fn_index": self.fn_index(api_name),
                "event_data": None,
                "session_hash": session_hash or self.session_hash,
                "trigger_id": None,
            },
        )

    def stream(self, session_hash: str | None = None, max_lines: int = 400) -> list[dict]:
        """The messages of a session's stream up to its first completed event."""
        import json

        out: list[dict] = []
        with self.http.stream(
            "GET",
            "/gradio_api/queue/data",
            params={"session_hash": session_hash or self.session_hash},
        ) as answer:
            assert answer.status_code == 200, answer.read()
            for n, line in enumerate(answer.iter_lines()):
                if line.startswith("data:"):
                    out.append(json.loads(line[5:]))
                    if out[-1].get("msg") in ("process_completed", "close_stream"):
                        break
                if n > max_lines:
                    break
        return out

    def run(self, api_name: str, data: list) -> list:
        """Run one event in this person's session; its output data (or the error message)."""
        joined = self.join(api_name, data)
        assert joined.status_code == 200, joined.text
        done = [m for m in self.stream() if m.get("msg") == "process_completed"]
        assert done, f"{api_name} did not complete"
        output = done[-1].get("output", {})
        return output.get("data") if done[-1].get("success") else [output.get("error")]

    def close(self) -> None:
        self.http.close()


@pytest.fixture(scope="module")
def own_ui_server(
    tmp_path_factory: pytest.TempPathFactory, library_index: Index, embedder: MiniLMEmbedding
) -> Iterator[UiServer]:
    """A server of the test module's own: for tests that change the demo program's sessions
    or load the server, so they never disturb the tests sharing `ui_server`."""
    from ui.deps import read_demo_accounts

    data_dir = tmp_path_factory.mktemp("ui-own")
    copy_library(library_index, data_dir, embedder)
    proc, url, log = start_app(data_dir)
    try:
        yield UiServer(url=url, data_dir=data_dir, passwords=read_demo_accounts(data_dir), log=log)
    finally:
        stop_app(proc)
