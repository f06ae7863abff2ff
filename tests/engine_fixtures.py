"""Engine fixtures: the scripted chat server, and coaches over the real library index."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from coach.engine import Coach
from coach.engine.llm import build_chat_model
from coach.settings import Settings, load_settings
from tests.llm_server import LLMServer

MODEL = "test-model"


@pytest.fixture
def llm_server() -> Iterator[LLMServer]:
    with LLMServer() as server:
        yield server


def model_settings(url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "model": MODEL,
        "openai_base_url": url,
        "openai_api_key": "sk-test",
        "llm_timeout": 5.0,
        "llm_retries": 1,
        "structured_output": "prompt",
    }  # a scripted server: no probe
    values.update(overrides)
    return load_settings(**values)


@pytest.fixture(scope="session")
def offline_coach(library_index) -> Coach:  # noqa: ANN001 - Index from index_fixtures
    """The offline coach on the real knowledge/ library (shared; it holds no state but a cache)."""
    return Coach(settings=load_settings(), index=library_index)


@pytest.fixture
def model_coach(llm_server: LLMServer, library_index, offline_coach: Coach) -> Coach:  # noqa: ANN001
    """A coach whose model is the scripted server, reached with the real openai client."""
    settings = model_settings(llm_server.url)
    return Coach(
        settings=settings,
        index=library_index,
        llm=build_chat_model(settings),
        backoff=0.01,
        encoder=offline_coach.encode,
    )  # one embedding cache for all
