"""The coach: prepare, refine and reflect, with a model when one is configured.

Dependencies come in as one dataclass (settings, index, chat model, prompts folder), so tests
and the app swap any of them without patching. Every model path ends in the offline coach when
the model fails, with a notice saying so; inputs are never changed or dropped here.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from coach.engine import llm as llm_calls
from coach.engine import refine as refine_task
from coach.engine.model_tasks import (
    plan_validator,
    prepare_variables,
    reflect_variables,
    reflection_validator,
)
from coach.engine.offline_prepare import (
    NO_MODEL_NOTICE,
    Encoder,
    Preferences,
    choose_format,
    plan_offline,
)
from coach.engine.offline_reflect import OFFLINE_NOTICE, reflect_offline
from coach.engine.ports import GuidanceIndex, TextEmbedder
from coach.engine.prompts import PROMPTS_DIR, RenderedPrompt, render
from coach.engine.refine import history_dicts as _history  # noqa: F401 - old name, still used
from coach.engine.refine_offline import is_sceptical
from coach.engine.retrieval import Gathered, gather, topic_label
from coach.engine.schemas import PrepareRequest, Reflection, SessionPlan
from coach.engine.stream_events import Replace
from coach.engine.structured import (
    Capabilities,
    Prober,
    ask_structured,
)
from coach.engine.task_schemas import (
    MAX_TOKENS,
    SMALL_PASSAGES,
    SMALL_TOKENS,
    aliases,
    is_small,
    plan_schema,
    plan_shape,
    prompt_budget,
    reflection_schema,
    reflection_shape,
    shorten,
    unalias,
)
from coach.engine.text import split_sentences
from coach.engine.turns import FAILURES as _FAILURES
from coach.engine.turns import check_text
from coach.engine.turns import fallback_notice as _fallback_notice
from coach.engine.turns import model_name as _model_name
from coach.errors import CoachError, InvalidInput
from coach.passages import Passage
from coach.sanitise import safe_plan, safe_reflection
from coach.settings import Settings

if TYPE_CHECKING:  # a configured model brings the client libraries in
    from langchain_core.language_models import BaseChatModel

MAX_NOTES_CHARS = 50_000
PROBE_SECONDS = 30.0


def _request(values: dict) -> PrepareRequest:
    try:
        return PrepareRequest.model_validate(values)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "request"
        raise InvalidInput(f"The plan request cannot be used: {where}: {first['msg']}.") from None


@dataclass
class Coach:
    """Everything the coach needs, passed in."""

    settings: Settings
    index: GuidanceIndex | None = None  # None only for reflection without prompts
    llm: BaseChatModel | None = None
    prompts_dir: Path = PROMPTS_DIR
    embedder: TextEmbedder | None = None  # defaults to the index's embedder
    backoff: float = 0.5  # first retry pause in seconds; doubles each time
    calls: deque = field(default_factory=lambda: deque(maxlen=500), repr=False)  # per call
    encoder: Encoder | None = None  # the embedder with a cache; coaches may share one
    _prober: Prober | None = field(default=None, init=False, repr=False)

    @classmethod
    def from_settings(cls, settings: Settings, index: GuidanceIndex | None = None) -> Coach:
        coach = cls(settings=settings, index=index, llm=llm_calls.build_chat_model(settings))
        coach.start_probe()
        return coach

    @property
    def mode(self) -> str:
        return llm_calls.model_label(self.llm) if self.llm is not None else "offline"

    @property
    def encode(self) -> Encoder:
        if self.encoder is None:
            embedder = self.embedder or (self.index.embedder if self.index else None)
            if embedder is None:
                raise CoachError("The coach needs an index or an embedder.")
            self.encoder = Encoder(embedder)
        return self.encoder

    def _need_index(self) -> GuidanceIndex:
        if self.index is None:
            raise CoachError("Preparing a session needs the guidance index; run `coach ingest`.")
        return self.index

    # -- the model: probed once, asked within one deadline --------------------------------
    def _seconds(self) -> float:
        client = float(getattr(self.llm, "request_timeout", None) or self.settings.llm_timeout)
        return min(self.settings.llm_timeout, client)

    def _probe(self) -> Prober:
        if self._prober is None:
            assert self.llm is not None
            self._prober = Prober(
                self.llm, self.settings.structured_output, min(PROBE_SECONDS, self._seconds())
            )
        return self._prober

    def start_probe(self) -> None:
        """Find out, in the background, how (and whether) the model gives structured output."""
        if self.llm is not None:
            self._probe().start()

    def capabilities(self) -> Capabilities | None:
        """What the probe found; waits for it the first time. None when no model is set."""
        return self._probe().get() if self.llm is not None else None

    @property
    def model_status(self) -> str | None:
        """One sentence when the probe found the model unusable; None otherwise."""
        caps = self._prober.caps if self._prober is not None else None
        if self.llm is None or caps is None or caps.usable:
            return None
        return (
            f"The model ({_model_name(self.mode)}) cannot be used: {caps.reason}. "
            "The offline coach answers instead."
        )

    def _record(
        self,
        task: str,
        call: llm_calls.Call | None,
        started: float,
        error: Exception | str | None = None,
    ) -> None:
        stats = call.stats if call is not None else {}
        reason = (
            None
            if error is None
            else error
            if isinstance(error, str)
            else llm_calls.describe(error.__cause__ or error)
        )
        self.calls.append(
            {
                "task": task,
                "mode": call.mode if call else None,
                "seconds": time.monotonic() - started,
                "first_token": stats.get("first_token"),
                "valid_first": error is None and not stats.get("repaired"),
                "fallback": reason,
                "detail": None if error is None else str(error)[:300],
            }
        )

    @property
    def _small(self) -> bool:
        return is_small(self.settings.llm_context)

    def _deadline(self, started: float) -> float:
        """One deadline for the model's part: most of the request's time, the rest kept for
        the offline coach's answer should the model fail; never less than a quarter of it."""
        seconds = self._seconds()
        return max(started + 0.85 * seconds, time.monotonic() + 0.25 * seconds)

    def _render(
        self,
        task: str,
        make: Callable[[list[Passage], str], dict],
        passages: list[Passage],
        shape: Callable[[list[str]], str],
    ) -> tuple[RenderedPrompt, list[Passage], dict[str, Passage]]:
        """The prompt with as many passages as fit the model's context window; in a small
        window, the few most useful ones, cut short and cited by short ids."""
        budget = prompt_budget(self.settings.llm_context, self._tokens(task))
        passages = shorten(passages, self.settings.llm_context)
        alias: dict[str, Passage] = {}
        if self._small:
            alias = aliases(passages[: SMALL_PASSAGES[task]])
            passages = [replace(p, id=a) for a, p in alias.items()]
        while True:
            prompt = render(task, make(passages, shape([p.id for p in passages])), self.prompts_dir)
            if len(prompt.system) + len(prompt.user) <= budget or not passages:
                return prompt, passages, alias
            passages = passages[:-1]

    def _tokens(self, task: str) -> int:
        return (SMALL_TOKENS if self._small else MAX_TOKENS)[task]

    def _call(
        self, task: str, prompt: RenderedPrompt, schema: dict, caps: Capabilities
    ) -> llm_calls.Call:
        return llm_calls.Call(
            llm_calls.to_messages(prompt),
            max_tokens=self._tokens(task),
            mode=caps.mode or "prompt",
            schema=schema,
            name=task,
            token_param=caps.token_param,
        )

    def _ask(
        self, task: str, call: llm_calls.Call, validate: Any, deadline: float, caps: Capabilities
    ) -> Any:
        return ask_structured(
            self.llm,
            call,
            validate,
            deadline=deadline,
            caps=caps,
            retries=self.settings.llm_retries,
            backoff=self.backoff,
        )

    # -- for other tasks (coach.engine.answer) -------------------------------------------
    def deadline(self, started: float) -> float:
        return self._deadline(started)

    def note_call(
        self,
        task: str,
        call: llm_calls.Call | None,
        started: float,
        error: Exception | str | None = None,
    ) -> None:
        self._record(task, call, started, error)

    def fallback_notice(self, exc: Exception | str) -> str:
        return _fallback_notice(self.mode, exc)

    def ask_stream(
        self,
        question: str,
        visibility: tuple[str, ...],
        history: list[dict] | None = None,
        asker: str = "a person in the program",
    ) -> Iterator[Any]:
        """A free question answered from the library: text as written, then the Answer."""
        from coach.engine.answer import answer_stream

        yield from answer_stream(self, question, visibility, _history(history), asker)

    # -- prepare -------------------------------------------------------------------------
    def _prompt_passages(self, g: Gathered, request: PrepareRequest) -> list[Passage]:
        fmt = choose_format(self.encode, request, g, Preferences())
        guides = [p for p in g.guides if any(w in p.section.lower() for w in ("bring", "pitfall"))]
        chosen = [
            *g.questions[:6],
            *guides[:2],
            *(fmt.passages[:1] if fmt else []),
            *g.sceptic[:1],
            *([g.stage] if g.stage else []),
            *g.questions[6:8],
            *g.notes[:2],
            *guides[2:4],
            *g.sceptic[1:2],
        ]  # most useful first: cut last
        return list({p.id: p for p in chosen}.values())

    def prepare(self, request: PrepareRequest | dict) -> SessionPlan:
        """A plan for one session: agenda, 5-8 cited questions, things to bring, pitfalls."""
        return safe_plan(self._prepare(request))

    def _prepare(self, request: PrepareRequest | dict) -> SessionPlan:
        started = time.monotonic()
        req = request if isinstance(request, PrepareRequest) else _request(request)
        g = gather(self._need_index(), req, sceptical=is_sceptical(req.wishes))
        if self.llm is None:
            return plan_offline(self.encode, req, g)
        caps = self.capabilities()
        assert caps is not None
        if not caps.usable:
            self._record("prepare", None, started, caps.reason)
            return plan_offline(
                self.encode, req, g, notice=_fallback_notice(self.mode, caps.reason)
            )
        deadline = self._deadline(started)
        prompt, passages, alias = self._render(
            "prepare",
            lambda ps, shape: prepare_variables(req, ps, topic_label(req), shape),
            self._prompt_passages(g, req),
            lambda ids: plan_shape(ids, req.minutes, small=self._small),
        )
        notice = (
            f"Written by {_model_name(self.mode)} from {len(passages)} "
            "retrieved guidance passages; citations point at them."
        )
        call = self._call(
            "prepare", prompt, plan_schema([p.id for p in passages], small=self._small), caps
        )
        validate = plan_validator(req, passages, self.mode, notice)
        try:
            plan = self._ask("prepare", call, lambda a: unalias(validate(a), alias), deadline, caps)
            self._record("prepare", call, started)
            return plan
        except _FAILURES as exc:
            self._record("prepare", call, started, exc)
            return plan_offline(self.encode, req, g, notice=_fallback_notice(self.mode, exc))

    # -- refine: coach/engine/refine.py ------------------------------------------------
    def refine_stream(
        self, plan: SessionPlan, message: str, history: Any = None
    ) -> Iterator[str | Replace | SessionPlan]:
        """Yield the 'what changed' text as it is written, then the revised plan (a
        ``Replace`` says "show this instead of the turn so far")."""
        return refine_task.refine_stream(self, plan, message, history)

    def refine(self, plan: SessionPlan, message: str, history: Any = None) -> SessionPlan:
        """A follow-up turn on a plan ("less technical", "he is sceptical about crypto")."""
        result = None
        for item in self.refine_stream(plan, message, history):
            result = item
        assert isinstance(result, SessionPlan)
        return result

    # -- reflect -------------------------------------------------------------------------
    def _reflection_passages(self, notes: str) -> list[Passage]:
        if self.index is None:
            return []
        try:
            return self.index.search(
                f"after a session: what I heard, what I will do. {notes[:1500]}",
                6,
                kinds=["reflection-prompts"],
            )
        except CoachError:
            return []

    def reflect(self, notes: str) -> Reflection:
        """Takeaways, challenged assumptions, action items, next topics and prompts."""
        return safe_reflection(self._reflect(notes))

    def _reflect(self, notes: str) -> Reflection:
        started = time.monotonic()
        notes = check_text(notes, "notes", MAX_NOTES_CHARS)
        passages = self._reflection_passages(notes)
        embedder = self.encode.embedder  # notes are one-off text: no point caching them
        offline = reflect_offline(notes, embedder, passages, known=self.encode)
        if self.llm is None:
            return offline
        caps = self.capabilities()
        assert caps is not None
        if not caps.usable:
            self._record("reflect", None, started, caps.reason)
            return offline.model_copy(update={"notice": _fallback_notice(self.mode, caps.reason)})
        deadline = self._deadline(started)
        room = max(1500, prompt_budget(self.settings.llm_context, self._tokens("reflect")) - 2600)
        shown = notes if len(notes) <= room else notes[:room] + " …"
        prompt, passages, alias = self._render(
            "reflect",
            lambda ps, shape: reflect_variables(shown, ps, shape),
            passages[:3],
            lambda ids: reflection_shape(ids, self._small),
        )
        notice = (
            f"Written by {_model_name(self.mode)} from your notes; each item "
            "points at the sentence it came from."
        )
        check = reflection_validator(
            notes,
            split_sentences(notes),
            passages,
            self.mode,
            notice,
            offline=offline,
            prompt_text=prompt.system,
        )  # the shape may be echoed
        call = self._call(
            "reflect", prompt, reflection_schema([p.id for p in passages], self._small), caps
        )
        try:
            result = self._ask("reflect", call, lambda a: unalias(check(a), alias), deadline, caps)
            self._record("reflect", call, started)
            return result
        except _FAILURES as exc:
            self._record("reflect", call, started, exc)
            return offline.model_copy(update={"notice": _fallback_notice(self.mode, exc)})


__all__ = ["Coach", "OFFLINE_NOTICE", "NO_MODEL_NOTICE", "Replace"]
