"""The chat model behind one narrow edge: build it from settings, call it, survive it failing.

Any OpenAI-compatible endpoint works (OpenAI, Azure OpenAI's v1 endpoint, Ollama, vLLM,
llama.cpp server): the client speaks plain chat completions and we ask for JSON in the prompt
rather than relying on tool calling or response formats that not every server supports.
"""

from __future__ import annotations

import json
import random
import re
import time
from collections.abc import Callable, Iterator
from typing import TypeVar

import httpx
import openai
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from coach.engine.prompts import RenderedPrompt
from coach.errors import CoachError, ConfigError, ModelUnavailable
from coach.settings import Settings

T = TypeVar("T")

MAX_BACKOFF = 8.0
_TRANSIENT = (
    openai.APITimeoutError,
    openai.APIConnectionError,
    openai.RateLimitError,
    openai.InternalServerError,
    httpx.TimeoutException,
    httpx.TransportError,
    openai.APIResponseValidationError,
    json.JSONDecodeError,  # a body that is not JSON
    IndexError,  # a completion with no choices
)


class ModelOutputInvalid(CoachError):
    """The model answered, but not with what we asked for."""


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
            "or OPENAI_BASE_URL for a local server, or unset COACH_MODEL to use the offline coach.")
    return ChatOpenAI(
        model=settings.model,
        api_key=key,
        base_url=settings.openai_base_url,
        timeout=settings.llm_timeout,
        max_retries=0,  # retries happen here, so they cover malformed answers too
    )


def model_label(llm: BaseChatModel) -> str:
    name = getattr(llm, "model_name", None) or getattr(llm, "model", None)
    return f"model:{name or type(llm).__name__}"


def is_transient(exc: BaseException) -> bool:
    """Worth another try: timeouts, refused connections, 429 and 5xx."""
    if isinstance(exc, _TRANSIENT):
        return True
    return isinstance(exc, openai.APIStatusError) and exc.status_code >= 500


def describe(exc: BaseException) -> str:
    """A short, key-free reason for a notice."""
    if isinstance(exc, openai.APITimeoutError | httpx.TimeoutException):
        return "it did not answer in time"
    if isinstance(exc, openai.APIConnectionError | httpx.TransportError):
        return "it could not be reached"
    if isinstance(exc, openai.APIStatusError):
        return f"it answered with HTTP {exc.status_code}"
    if isinstance(exc, ModelOutputInvalid):
        return "its answer was not in the expected form"
    if isinstance(exc, json.JSONDecodeError | IndexError | openai.APIResponseValidationError):
        return "its response could not be read"
    if isinstance(exc, ValueError):  # langchain-openai on a body that is not a completion
        return "its response could not be read"
    return f"it failed ({type(exc).__name__})"


def to_messages(prompt: RenderedPrompt) -> list[BaseMessage]:
    return [SystemMessage(prompt.system), HumanMessage(prompt.user)]


def _pause(attempt: int, backoff: float) -> None:
    if backoff > 0:
        delay = min(MAX_BACKOFF, backoff * (2**attempt))
        time.sleep(delay * (0.5 + random.random() / 2))


def _content(message: BaseMessage) -> str:
    content = message.content
    if isinstance(content, str):
        return content
    return "".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)


def invoke_text(llm: BaseChatModel, messages: list[BaseMessage], *, retries: int,
                backoff: float) -> str:
    """One answer as text, retrying transient failures with exponential backoff."""
    for attempt in range(retries + 1):
        try:
            return _content(llm.invoke(messages))
        except Exception as exc:  # noqa: BLE001 - every failure is either retried or reported
            if not is_transient(exc) or attempt == retries:
                raise ModelUnavailable(f"The model failed: {describe(exc)}.") from exc
            _pause(attempt, backoff)
    raise AssertionError("unreachable")


def stream_text(llm: BaseChatModel, messages: list[BaseMessage], *, retries: int,
                backoff: float) -> Iterator[str]:
    """Tokens as they arrive; a failure before the first token is retried like invoke_text."""
    for attempt in range(retries + 1):
        started = False
        try:
            for chunk in llm.stream(messages):
                text = _content(chunk)
                if text:
                    started = True
                    yield text
            return
        except Exception as exc:  # noqa: BLE001
            if started or not is_transient(exc) or attempt == retries:
                raise ModelUnavailable(f"The model failed: {describe(exc)}.") from exc
            _pause(attempt, backoff)


_FENCE_OPEN = re.compile(r"```(?:json)?\s*(?=\{)")


def _fenced(text: str) -> str | None:
    """The first fenced block holding an object, found in one pass (no backtracking)."""
    for match in _FENCE_OPEN.finditer(text):
        close = text.find("```", match.end())
        if close < 0:
            return None
        body = text[match.end():close].rstrip()
        if body.endswith("}"):
            return body
    return None


def extract_json(text: str) -> dict:
    """The JSON object in an answer, tolerating code fences and chatter around it."""
    candidate = _fenced(text) or text
    start, end = candidate.find("{"), candidate.rfind("}")
    if start < 0 or end <= start:
        raise ModelOutputInvalid("The answer holds no JSON object.")
    try:
        value = json.loads(candidate[start:end + 1])
    except json.JSONDecodeError as exc:
        raise ModelOutputInvalid(f"The JSON is malformed: {exc.msg} at {exc.pos}.") from exc
    if not isinstance(value, dict):
        raise ModelOutputInvalid("The answer is not a JSON object.")
    return value


def ask_structured(llm: BaseChatModel, messages: list[BaseMessage],
                   validate: Callable[[str], T], *, retries: int, backoff: float,
                   first_answer: str | None = None) -> T:
    """Ask, validate, and on invalid output ask once more with the error; then give up.

    ``validate`` turns the raw answer into a result or raises (ValueError, ModelOutputInvalid,
    pydantic.ValidationError). ``first_answer`` lets a streamed answer be validated too.
    """
    answer = first_answer if first_answer is not None else invoke_text(
        llm, messages, retries=retries, backoff=backoff)
    try:
        return validate(answer)
    except (ValueError, ModelOutputInvalid) as exc:
        error = str(exc)[:2000]
    retry = [*messages, AIMessage(answer[:8000]), HumanMessage(
        "Your answer could not be used: " + error +
        "\nAnswer again with only the corrected JSON object, following the instructions.")]
    answer = invoke_text(llm, retry, retries=retries, backoff=backoff)
    try:
        return validate(answer)
    except (ValueError, ModelOutputInvalid) as exc:
        raise ModelOutputInvalid(f"The model's answer was invalid twice: {exc}") from exc
