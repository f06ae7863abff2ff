"""Structured output the way each server supports it, found once by a small probe.

OpenAI, Azure, vLLM and Ollama take ``response_format`` ``json_schema``; llama.cpp's server
takes ``json_object`` with a ``schema`` (and answers ``json_schema`` with HTTP 500); some
servers only do tool calling; anything else gets the schema in the prompt. The probe tries
them in that order with a tiny request, and the answer decides whether the model is usable
at all, so a model that cannot produce JSON never makes a person wait for it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from coach.engine.llm import (
    Call,
    ModelOutputInvalid,
    describe,
    extract_json,
    repair_messages,
    stream_call,
    stream_retrying,
)
from coach.errors import ModelUnavailable

if TYPE_CHECKING:  # only a configured model brings the client libraries in
    from langchain_core.language_models import BaseChatModel
    from langchain_core.messages import BaseMessage

T = TypeVar("T")
MODES = ("json_schema", "json_object", "tools", "prompt")
PROBE_TOKENS = 40
RETRY_PROBE_AFTER = 300.0  # seconds before an unusable model is probed again, in the background
PROBE_SCHEMA = {
    "type": "object",
    "properties": {"ok": {"type": "boolean"}, "word": {"type": "string", "maxLength": 20}},
    "required": ["ok", "word"],
}


def _probe_messages() -> list[BaseMessage]:
    from langchain_core.messages import HumanMessage, SystemMessage

    return [
        SystemMessage("You answer with one JSON object and nothing else."),
        HumanMessage('Answer with exactly this JSON object: {"ok": true, "word": "ready"}'),
    ]


@dataclass
class Capabilities:
    """What a server can do, as the probe found (or the settings forced)."""

    mode: str | None  # None: the model cannot be used
    reason: str = ""
    token_param: str = "max_tokens"
    checked_at: float = 0.0
    probe_seconds: float = 0.0

    @property
    def usable(self) -> bool:
        return self.mode is not None


def _format_refused(exc: BaseException, mode: str) -> bool:
    """A 4xx about the request's shape while asking for structure: try the next way."""
    import openai

    if mode == "prompt" or not isinstance(exc, openai.APIStatusError):
        return False
    if exc.status_code not in (400, 422):
        return False
    text = str(exc).lower()
    return not any(w in text for w in ("context", "too long", "maximum length"))


def _status(exc: BaseException) -> int | None:
    import openai

    return exc.status_code if isinstance(exc, openai.APIStatusError) else None


def _token_param_refused(exc: BaseException) -> bool:
    import openai

    return isinstance(exc, openai.BadRequestError) and "max_completion_tokens" in str(exc)


def _probe_once(llm: BaseChatModel, mode: str, token_param: str, deadline: float) -> bool:
    call = Call(
        _probe_messages(),
        max_tokens=PROBE_TOKENS,
        mode=mode,
        schema=PROBE_SCHEMA,
        name="probe",
        token_param=token_param,
    )
    text = "".join(stream_call(llm, call, deadline))
    try:
        return isinstance(extract_json(text).get("ok"), bool)
    except ModelOutputInvalid:
        return False


def probe(llm: BaseChatModel, forced: str = "auto", seconds: float = 30.0) -> Capabilities:
    """Which way of asking for structure works on this server; None when none does."""
    started = time.monotonic()
    if forced != "auto":
        return Capabilities(
            mode=forced, reason="set by COACH_STRUCTURED_OUTPUT", checked_at=started
        )
    deadline = started + seconds
    token_param = "max_tokens"
    failures: list[str] = []
    for mode in MODES:
        for _ in range(2):  # a second go only when the token parameter was refused
            try:
                if _probe_once(llm, mode, token_param, deadline):
                    return Capabilities(
                        mode=mode,
                        token_param=token_param,
                        checked_at=started,
                        probe_seconds=time.monotonic() - started,
                    )
                failures.append(f"{mode}: not valid JSON")
            except Exception as exc:  # noqa: BLE001 - every failure is a finding of the probe
                if _token_param_refused(exc) and token_param == "max_tokens":
                    token_param = "max_completion_tokens"
                    continue
                if _status(exc) in (
                    None,
                    401,
                    403,
                    404,
                    429,
                ):
                    return Capabilities(
                        mode=None,
                        reason=describe(exc),
                        checked_at=started,
                        probe_seconds=time.monotonic() - started,
                    )
                failures.append(f"{mode}: HTTP {exc.status_code}")
            break
    return Capabilities(
        mode=None,
        reason=f"it did not produce valid structured output ({'; '.join(failures)})",
        checked_at=started,
        probe_seconds=time.monotonic() - started,
    )


class Prober:
    """The probe's result for one coach: run once at start-up, again later when it failed."""

    def __init__(self, llm: BaseChatModel, forced: str, seconds: float) -> None:
        self.llm, self.forced, self.seconds = llm, forced, seconds
        self.caps: Capabilities | None = None
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def _run(self) -> None:
        self.caps = probe(self.llm, self.forced, self.seconds)

    def start(self) -> None:
        """Probe in the background (the app starts at once; the first request waits)."""
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, daemon=True, name="model-probe")
                self._thread.start()

    def get(self) -> Capabilities:
        """The capabilities, waiting for a probe under way; an old failure is re-checked in
        the background while the offline coach keeps answering."""
        if self.caps is None:
            self.start()
            assert self._thread is not None
            self._thread.join(self.seconds + 5)
            if self.caps is None:
                return Capabilities(mode=None, reason="it did not answer in time")
        caps = self.caps
        if not caps.usable and time.monotonic() - caps.checked_at > RETRY_PROBE_AFTER:
            self.start()
        return caps


def stream_structured(
    llm: BaseChatModel,
    call: Call,
    deadline: float,
    caps: Capabilities | None,
    *,
    retries: int,
    backoff: float,
) -> Iterator[str]:
    """The answer as it streams; a refused ``response_format`` (a 4xx before any text)
    moves this server to the next way of asking, for this call and the ones after it."""
    while True:
        started = False
        try:
            for piece in stream_retrying(llm, call, deadline, retries=retries, backoff=backoff):
                started = True
                yield piece
            return
        except ModelUnavailable as exc:
            cause = exc.__cause__
            if started or cause is None or not _format_refused(cause, call.mode):
                raise
            call.mode = MODES[MODES.index(call.mode) + 1]
            call.stats["downgraded"] = call.mode
            if caps is not None:
                caps.mode = call.mode


def collect(
    llm: BaseChatModel,
    call: Call,
    deadline: float,
    caps: Capabilities | None,
    *,
    retries: int,
    backoff: float,
) -> str:
    """The whole answer as one string."""
    return "".join(stream_structured(llm, call, deadline, caps, retries=retries, backoff=backoff))


def ask_structured(
    llm: BaseChatModel,
    call: Call,
    validate: Callable[[str], T],
    *,
    deadline: float,
    caps: Capabilities | None = None,
    retries: int = 0,
    backoff: float = 0.0,
) -> T:
    """Ask, validate, and on invalid output ask once more with the error; then give up.

    ``validate`` turns the raw answer into a result or raises (ValueError, ModelOutputInvalid,
    pydantic.ValidationError). A streamed answer is validated by ``prose_json``.
    """
    answer = collect(llm, call, deadline, caps, retries=retries, backoff=backoff)
    try:
        return validate(answer)
    except (ValueError, ModelOutputInvalid) as exc:
        error = str(exc)
    return repair(
        llm,
        call,
        validate,
        answer,
        error,
        deadline=deadline,
        caps=caps,
        retries=retries,
        backoff=backoff,
    )


def repair(
    llm: BaseChatModel,
    call: Call,
    validate: Callable[[str], T],
    answer: str,
    error: str,
    *,
    deadline: float,
    caps: Capabilities | None = None,
    retries: int = 0,
    backoff: float = 0.0,
) -> T:
    """Ask once more, showing the unusable answer and what was wrong with it; validate the
    new answer or give up with ModelOutputInvalid."""
    call.messages = repair_messages(call.messages, answer, error)
    call.stats["repaired"] = True
    answer = collect(llm, call, deadline, caps, retries=retries, backoff=backoff)
    try:
        return validate(answer)
    except (ValueError, ModelOutputInvalid) as exc:
        raise ModelOutputInvalid(f"The model's answer was invalid twice: {exc}") from exc
