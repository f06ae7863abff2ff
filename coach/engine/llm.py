"""The chat model behind one narrow edge: build it from settings, call it, survive it failing.

Any OpenAI-compatible endpoint works (OpenAI, Azure OpenAI's v1 endpoint, Ollama, vLLM,
llama.cpp server). Every call streams, with a token limit, a low temperature and a deadline:
a call that runs out of time closes its stream, so the server stops generating instead of
making the next request queue behind an answer nobody will read. How structured output is
asked for (``response_format``, tools or the prompt alone) is decided in ``structured.py``.
"""

from __future__ import annotations

import functools
import json
import random
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from coach.engine.prompts import RenderedPrompt
from coach.errors import CoachError, ConfigError, ModelUnavailable
from coach.settings import Settings

if TYPE_CHECKING:  # imported when a model is configured: the offline coach starts without them
    import openai
    from langchain_core.language_models import BaseChatModel
    from langchain_core.messages import BaseMessage

MAX_BACKOFF = 8.0
TEMPERATURE = 0.2  # structured answers: little room for invention


class _Kinds(NamedTuple):
    timeouts: tuple[type[BaseException], ...]
    connection: tuple[type[BaseException], ...]
    unreadable: tuple[type[BaseException], ...]
    transient: tuple[type[BaseException], ...]


_OFFLINE = _Kinds((TimeoutError,), (), (json.JSONDecodeError, IndexError), ())


@functools.cache
def _client_kinds() -> _Kinds:
    """The client libraries' exception classes, once they are loaded.

    The openai client sends requests through httpx2; langchain-openai's wrapper and older
    clients use httpx. Errors raised while a stream is read are not wrapped by openai, so
    both transports' exceptions can reach us. Worth another try within the deadline
    (``transient``): a timeout is not, since the abandoned answer may still be generating
    and a retry would queue behind it.
    """
    import httpx
    import httpx2
    import openai

    timeouts = (openai.APITimeoutError, httpx.TimeoutException, httpx2.TimeoutException)
    connection = (openai.APIConnectionError, httpx.TransportError, httpx2.TransportError)
    unreadable = (openai.APIResponseValidationError, *_OFFLINE.unreadable)
    transient = (openai.RateLimitError, openai.InternalServerError, *connection, *unreadable)
    return _Kinds((*timeouts, TimeoutError), connection, unreadable, transient)


def _kinds() -> _Kinds:
    """Which exceptions mean what. Until the openai client is imported (no model configured,
    or none built yet) none of its exceptions can be raised, so it is not imported for this."""
    return _client_kinds() if "openai" in sys.modules else _OFFLINE


def _api_status(exc: BaseException) -> int | None:
    """The HTTP status of an openai API error, else None."""
    openai = sys.modules.get("openai")
    if openai is not None and isinstance(exc, openai.APIStatusError):
        return exc.status_code
    return None


class ModelOutputInvalid(CoachError):
    """The model answered, but not with what we asked for."""


class DeadlineExceeded(CoachError):
    """The request's overall time ran out (raised while a stream is being read)."""


class ResponseUnreadable(CoachError):
    """The server answered 200 with something that is not a chat completion stream."""


def build_chat_model(settings: Settings) -> BaseChatModel | None:
    """A ChatOpenAI for the configured model, or None when the offline coach should answer."""
    if not settings.model:
        return None
    from langchain_openai import ChatOpenAI  # imported here: no client work at import time

    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    if key is None and settings.openai_base_url:
        key = "not-needed"  # local servers (Ollama, vLLM, llama.cpp) accept any key
    if key is None:
        raise ConfigError(
            f"COACH_MODEL is set to '{settings.model}' but OPENAI_API_KEY is not. Set the key, "
            "or OPENAI_BASE_URL for a local server, or unset COACH_MODEL to use the offline coach."
        )
    return ChatOpenAI(
        model=settings.model,
        api_key=key,
        base_url=settings.openai_base_url,
        timeout=settings.llm_timeout,
        max_retries=0,  # retries happen here, within one deadline
    )


def model_label(llm: BaseChatModel) -> str:
    name = getattr(llm, "model_name", None) or getattr(llm, "model", None)
    return f"model:{name or type(llm).__name__}"


def is_timeout(exc: BaseException) -> bool:
    return isinstance(exc, (*_kinds().timeouts, DeadlineExceeded))


def is_transient(exc: BaseException) -> bool:
    """Worth another try: refused connections, 429 and 5xx; never a timeout."""
    if is_timeout(exc):
        return False
    if isinstance(exc, (*_kinds().transient, ResponseUnreadable)):
        return True
    status = _api_status(exc)
    return status is not None and status >= 500


def describe(exc: BaseException) -> str:
    """A short, key-free reason for a notice."""
    kinds = _kinds()
    if is_timeout(exc):
        return "it did not answer in time"
    if isinstance(exc, kinds.connection):
        return "it could not be reached"
    status = _api_status(exc)
    if status is not None:
        return f"it answered with HTTP {status}"
    if isinstance(exc, ModelOutputInvalid):
        return "its answer was not in the expected form"
    if isinstance(exc, (*kinds.unreadable, ResponseUnreadable)):
        return "its response could not be read"
    if isinstance(exc, ValueError):
        return "its response could not be read"
    return f"it failed ({type(exc).__name__})"


def to_messages(prompt: RenderedPrompt) -> list[BaseMessage]:
    from langchain_core.messages import HumanMessage, SystemMessage

    return [SystemMessage(prompt.system), HumanMessage(prompt.user)]


def _role(message: BaseMessage) -> str:
    return {"system": "system", "ai": "assistant"}.get(message.type, "user")


def _content(message: BaseMessage) -> str:
    content = message.content
    if isinstance(content, str):
        return content
    return "".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)


def as_dicts(messages: list[BaseMessage]) -> list[dict]:
    return [{"role": _role(m), "content": _content(m)} for m in messages]


@dataclass
class Call:
    """One request: what to send, how structured output is asked for, and its limits."""

    messages: list[BaseMessage]
    max_tokens: int = 800
    mode: str = "prompt"  # json_schema | json_object | tools | prompt
    schema: dict | None = None
    name: str = "answer"
    token_param: str = "max_tokens"  # or max_completion_tokens (OpenAI's reasoning models)
    stats: dict[str, Any] = field(default_factory=dict)  # first_token, seconds, chars


def _client(llm: BaseChatModel) -> openai.OpenAI:
    import openai

    client = getattr(llm, "root_client", None)
    if not isinstance(client, openai.OpenAI):
        raise ConfigError("The chat model must be an OpenAI-compatible client (ChatOpenAI).")
    return client


def request_body(llm: BaseChatModel, call: Call) -> dict:
    """The keyword arguments of one streamed chat completion."""
    body: dict[str, Any] = {
        "model": getattr(llm, "model_name", None) or "default",
        "messages": as_dicts(call.messages),
        "stream": True,
        "temperature": TEMPERATURE,
        call.token_param: call.max_tokens,
    }
    schema = call.schema or {"type": "object"}
    if call.mode == "json_schema":
        body["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": call.name, "schema": schema},
        }
    elif call.mode == "json_object":  # llama.cpp's server turns the schema into a grammar
        body["response_format"] = {"type": "json_object", "schema": schema}
    elif call.mode == "tools":
        body["tools"] = [
            {
                "type": "function",
                "function": {
                    "name": call.name,
                    "description": "Give the answer.",
                    "parameters": schema,
                },
            }
        ]
        body["tool_choice"] = {"type": "function", "function": {"name": call.name}}
    return body


def _pieces(chunk: Any, tools: bool) -> str:
    out = ""
    for choice in (getattr(chunk, "choices", None) or [])[:1]:
        delta = choice.delta
        if tools:
            for tc in delta.tool_calls or []:
                out += (tc.function.arguments or "") if tc.function else ""
        out += delta.content or ""  # some servers answer a tool call as plain content
    return out


def stream_call(llm: BaseChatModel, call: Call, deadline: float) -> Iterator[str]:
    """Text as it arrives, until the end or the deadline; the stream is always closed.

    Stopping early (the caller closes this generator, or the deadline passes) closes the HTTP
    response, which tells the server to stop generating.
    """
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise DeadlineExceeded("No time was left for the model.")
    client = _client(llm).with_options(timeout=remaining, max_retries=0)
    started = time.monotonic()
    stream = client.chat.completions.create(**request_body(llm, call))
    chunks = 0
    try:
        for chunk in stream:
            chunks += 1
            if time.monotonic() > deadline:
                raise DeadlineExceeded("The model was still writing when time ran out.")
            text = _pieces(chunk, call.mode == "tools")
            if text:
                call.stats.setdefault("first_token", time.monotonic() - started)
                yield text
    finally:
        stream.close()
        call.stats["seconds"] = time.monotonic() - started
    if chunks == 0:
        raise ResponseUnreadable("The server's answer was not a completion stream.")


def _pause(attempt: int, backoff: float, deadline: float) -> bool:
    """Wait before another try; False when the wait would pass the deadline."""
    delay = min(MAX_BACKOFF, backoff * (2**attempt)) * (0.5 + random.random() / 2)
    if time.monotonic() + delay >= deadline:
        return False
    if delay > 0:
        time.sleep(delay)
    return True


def stream_retrying(
    llm: BaseChatModel, call: Call, deadline: float, *, retries: int, backoff: float
) -> Iterator[str]:
    """Like stream_call; a transient failure before the first token is tried again."""
    for attempt in range(retries + 1):
        started = False
        try:
            for text in stream_call(llm, call, deadline):
                started = True
                yield text
            return
        except Exception as exc:  # noqa: BLE001 - every failure is either retried or reported
            if (
                started
                or not is_transient(exc)
                or attempt == retries
                or not _pause(attempt, backoff, deadline)
            ):
                raise ModelUnavailable(f"The model failed: {describe(exc)}.") from exc


def _deadline(llm: BaseChatModel, seconds: float | None = None) -> float:
    limit = seconds if seconds is not None else float(getattr(llm, "request_timeout", 60) or 60)
    return time.monotonic() + limit


def invoke_text(
    llm: BaseChatModel,
    messages: list[BaseMessage],
    *,
    retries: int,
    backoff: float,
    max_tokens: int = 800,
) -> str:
    """One answer as text, within the client's timeout as one deadline."""
    return "".join(
        stream_text(llm, messages, retries=retries, backoff=backoff, max_tokens=max_tokens)
    )


def stream_text(
    llm: BaseChatModel,
    messages: list[BaseMessage],
    *,
    retries: int,
    backoff: float,
    max_tokens: int = 800,
) -> Iterator[str]:
    """Tokens as they arrive; a failure before the first token is retried."""
    yield from stream_retrying(
        llm, Call(messages, max_tokens=max_tokens), _deadline(llm), retries=retries, backoff=backoff
    )


_FENCE_OPEN = re.compile(r"```(?:json)?\s*(?=\{)")


def _fenced(text: str) -> str | None:
    """The first fenced block holding an object, found in one pass (no backtracking)."""
    for match in _FENCE_OPEN.finditer(text):
        close = text.find("```", match.end())
        if close < 0:
            return None
        body = text[match.end() : close].rstrip()
        if body.endswith("}"):
            return body
    return None


def extract_json(text: str) -> dict:
    """The JSON object in an answer, tolerating code fences, chatter around it, and raw
    newlines or tabs inside strings (some servers' grammars let them through)."""
    candidate = _fenced(text) or text
    start, end = candidate.find("{"), candidate.rfind("}")
    if start < 0 or end <= start:
        raise ModelOutputInvalid("The answer holds no JSON object.")
    try:
        value = json.loads(candidate[start : end + 1], strict=False)
    except json.JSONDecodeError as exc:
        raise ModelOutputInvalid(f"The JSON is malformed: {exc.msg} at {exc.pos}.") from exc
    if not isinstance(value, dict):
        raise ModelOutputInvalid("The answer is not a JSON object.")
    return value


def repair_messages(messages: list[BaseMessage], answer: str, error: str) -> list[BaseMessage]:
    """The conversation once more, with the unusable answer and what was wrong with it."""
    from langchain_core.messages import AIMessage, HumanMessage

    return [
        *messages,
        AIMessage(answer[:8000]),
        HumanMessage(
            "Your answer could not be used: "
            + error[:2000]
            + "\nAnswer again with only the corrected JSON object, following the instructions."
        ),
    ]
