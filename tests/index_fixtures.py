"""Index fixtures: the offline embedder, a real `chroma run` server, and the real library."""

from __future__ import annotations

import fcntl
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.embeddings import MiniLMEmbedding
from coach.index import Index, open_index
from coach.settings import PROJECT_ROOT, Settings, load_settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _chroma_binary() -> str:
    found = Path(sys.executable).parent / "chroma"
    return str(found) if found.exists() else (shutil.which("chroma") or "chroma")


@pytest.fixture(scope="session")
def embedder() -> MiniLMEmbedding:
    return MiniLMEmbedding()


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Chroma server on a free loopback port, stopped after the session."""
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    log = (path / "server.log").open("wb")
    proc = subprocess.Popen(
        [
            _chroma_binary(),
            "run",
            "--path",
            str(path / "db"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:  # readiness poll, bounded: the server answers its heartbeat when up
            if proc.poll() is not None:
                pytest.fail(f"chroma run exited with {proc.returncode}; see {path}/server.log")
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("chroma run did not answer within 60 s")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(params=["embedded", "server"])
def store_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """Settings for a fresh, empty index: embedded in tmp_path, or on the Chroma server."""
    if request.param == "server":
        url = request.getfixturevalue("chroma_server")
        name = f"t{time.monotonic_ns()}"
        return load_settings(data_dir=tmp_path, chroma_url=url, chroma_collection=name)
    return load_settings(data_dir=tmp_path)


@pytest.fixture
def store(store_settings: Settings, embedder: MiniLMEmbedding) -> Index:
    return open_index(store_settings, embedder)


def _built_library(tmp_path_factory: pytest.TempPathFactory, embedder: MiniLMEmbedding) -> Path:
    """The knowledge/ library embedded once per run, as a data dir to copy.

    With several test processes (pytest -n) the first one builds it under the run's shared
    temporary folder while the others wait on a file lock, then each copies it: the library
    is embedded once, not once per process.
    """
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # shared by the run's processes
    built = base / "library-built"
    with (base / "library-built.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (built / ".complete").exists():
            from coach.ingest import sync

            shutil.rmtree(built, ignore_errors=True)
            settings = load_settings(data_dir=built, knowledge_dir=PROJECT_ROOT / "knowledge")
            results = sync(open_index(settings, embedder), settings, roots=[settings.knowledge_dir])
            errors = [r.line() for r in results if r.status == "error"]
            assert not errors, errors
            (built / ".complete").touch()
    return built


_LIBRARY_COPIES: dict[int, Path] = {}  # id(Index) -> the built data dir it was copied from


def library_chroma(index: Index) -> Path | None:
    """The built Chroma folder behind the session's library index (None for any other)."""
    built = _LIBRARY_COPIES.get(id(index))
    return built / "chroma" if built else None


@pytest.fixture(scope="session")
def library_index(tmp_path_factory: pytest.TempPathFactory, embedder: MiniLMEmbedding) -> Index:
    """The real knowledge/ library, indexed once per test run (read-only for tests)."""
    built = _built_library(tmp_path_factory, embedder)
    data_dir = tmp_path_factory.mktemp("library")
    shutil.copytree(built / "chroma", data_dir / "chroma")
    settings = load_settings(data_dir=data_dir, knowledge_dir=PROJECT_ROOT / "knowledge")
    index = open_index(settings, embedder)
    _LIBRARY_COPIES[id(index)] = built
    return index
