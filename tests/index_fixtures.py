"""Index fixtures: the offline embedder, a real `chroma run` server, and the real library."""

from __future__ import annotations

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


@pytest.fixture(scope="session")
def library_index(tmp_path_factory: pytest.TempPathFactory, embedder: MiniLMEmbedding) -> Index:
    """The real knowledge/ library, indexed once per test session (read-only for tests)."""
    from coach.ingest import sync

    settings = load_settings(
        data_dir=tmp_path_factory.mktemp("library"), knowledge_dir=PROJECT_ROOT / "knowledge"
    )
    index = open_index(settings, embedder)
    results = sync(index, settings, roots=[settings.knowledge_dir])
    errors = [r.line() for r in results if r.status == "error"]
    assert not errors, errors
    return index
