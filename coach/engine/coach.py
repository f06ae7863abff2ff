"""The coach: prepare, refine and reflect, with a model when one is configured.

Dependencies come in as one dataclass (settings, index, chat model, prompts folder), so tests
and the app swap any of them without patching. Every model path ends in the offline coach when
the model fails, with a notice saying so; inputs are never changed or dropped here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel
from pydantic import ValidationError

from coach.engine import llm as llm_calls
from coach.engine.model_tasks import (
    plan_validator,
    prepare_variables,
    refine_variables,
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
from coach.engine.prompts import PROMPTS_DIR, render
from coach.engine.refine_offline import describe_changes, is_sceptical, read_message
from coach.engine.retrieval import Gathered, gather, topic_label
from coach.engine.schemas import PrepareRequest, Reflection, SessionPlan
from coach.engine.text import split_sentences
from coach.errors import CoachError, InvalidInput
from coach.passages import Passage
from coach.sanitise import StreamSanitiser, safe_plan, safe_reflection, well_formed
from coach.settings import Settings

MAX_NOTES_CHARS = 50_000
MAX_MESSAGE_CHARS = 2_000


def _fallback_notice(model: str, exc: Exception) -> str:
    cause = exc.__cause__ if isinstance(exc, llm_calls.ModelUnavailable) and exc.__cause__ \
        else exc
    reason = llm_calls.describe(cause)
    return (f"The model ({model.removeprefix('model:')}) could not be used: {reason}. "
            "The offline coach answered instead, from the guidance library and your own words.")


def check_text(text: Any, what: str, limit: int) -> str:
    """Refuse input that cannot be used, with a sentence that says why."""
    if not isinstance(text, str):
        raise InvalidInput(f"The {what} must be text.")
    if "\x00" in text:
        raise InvalidInput(f"The {what} look like a binary file, not text.")
    if not text.strip():
        raise InvalidInput(f"There are no {what} to work with: the text is empty.")
    if len(text) > limit:
        raise InvalidInput(f"The {what} are too long ({len(text):,} characters; the limit is "
                           f"{limit:,}). Split them and try again.")
    return well_formed(text)


def _request(values: dict) -> PrepareRequest:
    try:
        return PrepareRequest.model_validate(values)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "request"
        raise InvalidInput(f"The plan request cannot be used: {where}: {first['msg']}.") from None


def _history(history: Any) -> list[dict]:
    """Chat history as role/content dicts, from either Gradio format."""
    out: list[dict] = []
    for turn in history or []:
        if isinstance(turn, dict):
            out.append({"role": str(turn.get("role", "user")),
                        "content": str(turn.get("content", ""))})
        elif isinstance(turn, list | tuple) and len(turn) == 2:
            out += [{"role": "user", "content": str(turn[0] or "")},
                    {"role": "assistant", "content": str(turn[1] or "")}]
    return out


@dataclass
class Coach:
    """Everything the coach needs, passed in."""

    settings: Settings
    index: Any | None = None  # coach.index.Index; None only for reflection without prompts
    llm: BaseChatModel | None = None
    prompts_dir: Path = PROMPTS_DIR
    embedder: Any | None = None  # defaults to the index's embedder
    backoff: float = 0.5  # first retry pause in seconds; doubles each time
    _encode: Encoder | None = field(default=None, init=False, repr=False)

    @classmethod
    def from_settings(cls, settings: Settings, index: Any | None = None) -> Coach:
        return cls(settings=settings, index=index, llm=llm_calls.build_chat_model(settings))

    @property
    def mode(self) -> str:
        return llm_calls.model_label(self.llm) if self.llm is not None else "offline"

    @property
    def encode(self) -> Encoder:
        if self._encode is None:
            embedder = self.embedder or getattr(self.index, "embedder", None)
            if embedder is None:
                raise CoachError("The coach needs an index or an embedder.")
            self._encode = Encoder(embedder)
        return self._encode

    def _need_index(self) -> Any:
        if self.index is None:
            raise CoachError("Preparing a session needs the guidance index; run `coach ingest`.")
        return self.index

    def _ask(self, task: str, variables: dict, validate: Any) -> Any:
        messages = llm_calls.to_messages(render(task, variables, self.prompts_dir))
        return llm_calls.ask_structured(self.llm, messages, validate,
                                        retries=self.settings.llm_retries, backoff=self.backoff)

    # -- prepare -------------------------------------------------------------------------
    def _prompt_passages(self, g: Gathered, request: PrepareRequest) -> list[Passage]:
        fmt = choose_format(self.encode, request, g, Preferences())
        guides = [p for p in g.guides if any(w in p.section.lower() for w in ("bring", "pitfall"))]
        chosen = [*g.questions[:8], *g.notes[:2], *guides[:4], *(fmt.passages if fmt else []),
                  *([g.stage] if g.stage else []), *g.sceptic[:2]]
        return list({p.id: p for p in chosen}.values())

    def prepare(self, request: PrepareRequest | dict) -> SessionPlan:
        """A plan for one session: agenda, 5-8 cited questions, things to bring, pitfalls."""
        return safe_plan(self._prepare(request))

    def _prepare(self, request: PrepareRequest | dict) -> SessionPlan:
        req = request if isinstance(request, PrepareRequest) else _request(request)
        g = gather(self._need_index(), req, sceptical=is_sceptical(req.wishes))
        if self.llm is None:
            return plan_offline(self.encode, req, g)
        passages = self._prompt_passages(g, req)
        notice = f"Written by {self.mode.removeprefix('model:')} from {len(passages)} " \
                 "retrieved guidance passages; citations point at them."
        try:
            return self._ask("prepare", prepare_variables(req, passages, topic_label(req)),
                             plan_validator(req, passages, self.mode, notice))
        except (llm_calls.ModelOutputInvalid, llm_calls.ModelUnavailable) as exc:
            return plan_offline(self.encode, req, g, notice=_fallback_notice(self.mode, exc))

    # -- refine --------------------------------------------------------------------------
    def _refine_offline(self, plan: SessionPlan, message: str, notice: str) -> SessionPlan:
        reading = read_message(plan, message)
        g = gather(self._need_index(), reading.request, extra=message,
                   sceptical=is_sceptical(message) or is_sceptical(reading.request.wishes))
        new = plan_offline(self.encode, reading.request, g, reading.prefs, notice=notice)
        return new.model_copy(update={"changes": describe_changes(plan, new, reading.said)})

    def refine_stream(self, plan: SessionPlan, message: str,
                      history: Any = None) -> Iterator[str | SessionPlan]:
        """Yield the 'what changed' text as it is written, then the revised plan."""
        message = check_text(message, "message", MAX_MESSAGE_CHARS)
        if self.llm is None:
            new = safe_plan(self._refine_offline(plan, message, NO_MODEL_NOTICE))
            yield new.changes
            yield new
            return
        reading = read_message(plan, message)
        g = gather(self._need_index(), reading.request, extra=message,
                   sceptical=is_sceptical(message))
        passages = self._prompt_passages(g, reading.request)
        cited = {c for item in [*plan.questions, *plan.bring, *plan.pitfalls, *plan.agenda]
                 for c in item.citations}
        known = {p.id for p in passages}
        # The plan comes back from the client: only passages anyone may read are looked up.
        passages += [p for p in self._need_index().get([c for c in cited if c not in known])
                     if p.visibility == "everyone"]
        notice = f"Revised by {self.mode.removeprefix('model:')}; citations point at the " \
                 "retrieved guidance."
        validate = plan_validator(reading.request, passages, self.mode, notice)
        variables = refine_variables(plan, message, _history(history), passages,
                                     topic_label(reading.request))
        messages = llm_calls.to_messages(render("refine", variables, self.prompts_dir))
        text = ""
        clean = StreamSanitiser()
        try:
            shown = 0
            for token in llm_calls.stream_text(self.llm, messages,
                                               retries=self.settings.llm_retries,
                                               backoff=self.backoff):
                text += token
                visible = _before_json(text)
                if visible is None:
                    visible = text[:max(shown, len(text) - 4)]  # hold back a possible '---'
                if len(visible) > shown:
                    if out := clean.feed(visible[shown:]):
                        yield out
                    shown = len(visible)
            if out := clean.flush():
                yield out
            new = llm_calls.ask_structured(self.llm, messages, validate,
                                           retries=self.settings.llm_retries,
                                           backoff=self.backoff, first_answer=text)
            if not new.changes:
                new = new.model_copy(update={"changes": (_before_json(text) or "").strip()})
        except (llm_calls.ModelOutputInvalid, llm_calls.ModelUnavailable) as exc:
            new = self._refine_offline(plan, message, _fallback_notice(self.mode, exc))
            yield "\n\n" + new.notice + "\n\n" + new.changes
        yield safe_plan(new)

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
            return self.index.search(f"after a session: what I heard, what I will do. "
                                     f"{notes[:1500]}", 6, kinds=["reflection-prompts"])
        except CoachError:
            return []

    def reflect(self, notes: str) -> Reflection:
        """Takeaways, challenged assumptions, action items, next topics and prompts."""
        return safe_reflection(self._reflect(notes))

    def _reflect(self, notes: str) -> Reflection:
        notes = check_text(notes, "notes", MAX_NOTES_CHARS)
        passages = self._reflection_passages(notes)
        embedder = self.encode.embedder  # notes are one-off text: no point caching them
        if self.llm is None:
            return reflect_offline(notes, embedder, passages)
        notice = f"Written by {self.mode.removeprefix('model:')} from your notes; each item " \
                 "points at the sentence it came from."
        validate = reflection_validator(notes, split_sentences(notes), passages, self.mode,
                                        notice)
        try:
            return self._ask("reflect", reflect_variables(notes, passages), validate)
        except (llm_calls.ModelOutputInvalid, llm_calls.ModelUnavailable) as exc:
            result = reflect_offline(notes, embedder, passages)
            return result.model_copy(update={"notice": _fallback_notice(self.mode, exc)})


def _before_json(text: str) -> str | None:
    """The prose before the JSON part of a refine answer, once the split is visible."""
    cuts = [i for i in (text.find("\n---"), text.find("{"), text.find("```")) if i >= 0]
    return text[:min(cuts)] if cuts else None


__all__ = ["Coach", "OFFLINE_NOTICE", "NO_MODEL_NOTICE"]
