"""The real openai client, over real HTTP, against a scripted OpenAI-compatible server."""

from __future__ import annotations

import time

import pytest
from langchain_core.messages import HumanMessage

from coach.engine.llm import (
    Call,
    ModelOutputInvalid,
    build_chat_model,
    extract_json,
    invoke_text,
    stream_text,
)
from coach.engine.structured import ask_structured
from coach.errors import ConfigError, ModelUnavailable
from coach.settings import load_settings
from tests.engine_fixtures import MODEL, model_settings
from tests.llm_server import LLMServer, closed_port

HI = [HumanMessage("hi")]


def _llm(server: LLMServer, **overrides: object):  # noqa: ANN202
    return build_chat_model(model_settings(server.url, **overrides))


def test_no_model_configured_means_offline() -> None:
    assert build_chat_model(load_settings()) is None


def test_a_model_without_key_or_server_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        build_chat_model(load_settings(model="gpt-4o-mini"))


def test_a_plain_answer_and_what_was_sent(llm_server: LLMServer) -> None:
    llm_server.reply("hello there")
    assert invoke_text(_llm(llm_server), HI, retries=0, backoff=0) == "hello there"
    request = llm_server.requests[0]
    assert request["model"] == MODEL and request["messages"][-1]["content"] == "hi"


def test_429_and_500_are_retried_then_answered(llm_server: LLMServer) -> None:
    llm_server.fail(429).fail(500).reply("third time lucky")
    text = invoke_text(_llm(llm_server), HI, retries=2, backoff=0.01)
    assert text == "third time lucky" and len(llm_server.requests) == 3


def test_persistent_5xx_gives_up_after_the_retries(llm_server: LLMServer) -> None:
    llm_server.fail(503, times=3)
    with pytest.raises(ModelUnavailable, match="HTTP 503"):
        invoke_text(_llm(llm_server), HI, retries=2, backoff=0.01)
    assert len(llm_server.requests) == 3


def test_a_client_error_is_not_retried(llm_server: LLMServer) -> None:
    llm_server.fail(401)
    with pytest.raises(ModelUnavailable, match="HTTP 401"):
        invoke_text(_llm(llm_server), HI, retries=3, backoff=0.01)
    assert len(llm_server.requests) == 1


def test_a_slow_server_times_out(llm_server: LLMServer) -> None:
    llm_server.slow(30, "too late")
    started = time.monotonic()
    with pytest.raises(ModelUnavailable, match="in time"):
        invoke_text(_llm(llm_server, llm_timeout=0.3), HI, retries=0, backoff=0)
    assert time.monotonic() - started < 5


def test_connection_refused() -> None:
    llm = build_chat_model(model_settings(f"http://127.0.0.1:{closed_port()}/v1"))
    with pytest.raises(ModelUnavailable, match="could not be reached"):
        invoke_text(llm, HI, retries=1, backoff=0.01)


def test_a_body_that_is_not_json_is_retried_then_reported(llm_server: LLMServer) -> None:
    llm_server.raw("<html>bad gateway</html>").raw('{"choices": []}')
    with pytest.raises(ModelUnavailable, match="could not be read"):
        invoke_text(_llm(llm_server), HI, retries=1, backoff=0.01)
    assert len(llm_server.requests) == 2


def test_streaming_yields_tokens_as_they_come(llm_server: LLMServer) -> None:
    llm_server.reply("one two three four")
    tokens = list(stream_text(_llm(llm_server), HI, retries=0, backoff=0))
    assert len(tokens) == 4 and "".join(tokens) == "one two three four"
    assert llm_server.requests[0]["stream"] is True


def test_streaming_retries_a_failure_before_the_first_token(llm_server: LLMServer) -> None:
    llm_server.fail(500).reply("after a retry")
    assert "".join(stream_text(_llm(llm_server), HI, retries=1, backoff=0.01)) == "after a retry"


def test_extract_json_tolerates_fences_and_chatter() -> None:
    assert extract_json('Sure!\n```json\n{"a": 1}\n```\nanything else') == {"a": 1}
    assert extract_json('prefix {"a": {"b": 2}} suffix') == {"a": {"b": 2}}
    for bad in ("no json here", "{not: valid}", "[1, 2]"):
        with pytest.raises(ModelOutputInvalid):
            extract_json(bad)


def _validate(answer: str) -> int:
    value = extract_json(answer).get("n")
    if not isinstance(value, int):
        raise ValueError("n must be an integer")
    return value


def test_invalid_output_is_retried_once_with_the_error(llm_server: LLMServer) -> None:
    llm_server.reply('{"n": "seven"}').reply('{"n": 7}')
    assert ask_structured(_llm(llm_server), Call(HI), _validate, deadline=time.monotonic() + 5) == 7
    second = llm_server.requests[1]["messages"]
    assert second[-2]["role"] == "assistant" and '"seven"' in second[-2]["content"]
    assert "n must be an integer" in second[-1]["content"]


def test_invalid_output_twice_is_an_error(llm_server: LLMServer) -> None:
    llm_server.reply("not json").reply('{"n": null}')
    with pytest.raises(ModelOutputInvalid, match="invalid twice"):
        ask_structured(_llm(llm_server), Call(HI), _validate, deadline=time.monotonic() + 5)
    assert not llm_server.unexpected
