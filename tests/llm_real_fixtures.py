"""llama.cpp's OpenAI-compatible server with SmolLM2-135M, started once per test session.

Without ``make llm-test-deps`` the tests skip, unless TURNTABLE_REQUIRE_LLM_SERVER=1 (CI),
where they fail: a missing server must not pass silently there.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from evals.llama_server import CONTEXT, RealServer, ServerUnavailable, llama_server

__all__ = ["CONTEXT", "RealServer", "real_llm_server"]


@pytest.fixture(scope="session")
def real_llm_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RealServer]:
    log = tmp_path_factory.mktemp("llama") / "server.log"
    try:
        server = llama_server(log)
        started = server.__enter__()
    except ServerUnavailable as exc:
        message = f"{exc}: run `make llm-test-deps` to run the real-server tests"
        if os.environ.get("TURNTABLE_REQUIRE_LLM_SERVER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield started
    finally:
        server.__exit__(None, None, None)
