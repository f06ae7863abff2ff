"""What the model is asked, and how its answer is checked before anyone sees it.

Each task renders its prompt files with fenced data, and validates the JSON answer against the
same pydantic types the offline coach fills. Citations are kept only if they name a passage we
actually retrieved; every string is sanitised; a reflection item is kept only if its quote can
be found in the notes.
"""

from __future__ import annotations

import json
import re
from difflib import SequenceMatcher

from pydantic import BaseModel, Field

from coach.engine.llm import ModelOutputInvalid, extract_json
from coach.engine.prompts import fence_passages, fence_text, neutralise
from coach.engine.prose_json import DELIMITER
from coach.engine.schemas import (
    MIN_QUESTIONS,
    AgendaItem,
    CitedItem,
    Excerpt,
    PrepareRequest,
    Question,
    Reflection,
    SessionPlan,
    Takeaway,
)
from coach.engine.task_schemas import rescale_agenda
from coach.engine.text import Sentence
from coach.passages import Passage
from coach.sanitise import sanitise_data


class PlanDraft(BaseModel):
    agenda: list[AgendaItem] = Field(min_length=2, max_length=12)
    questions: list[Question] = Field(min_length=5, max_length=12)  # the first 8 are kept
    bring: list[CitedItem] = Field(default_factory=list, max_length=6)
    pitfalls: list[CitedItem] = Field(default_factory=list, max_length=6)
    changes: str = ""


class QuotedItem(BaseModel):
    text: str = ""
    quote: str = ""


class QuotedAction(BaseModel):
    owner: str = "me"
    action: str = Field(min_length=1)
    due: str | None = None
    quote: str = ""


class ReflectionDraft(BaseModel):
    summary: str
    takeaways: list[QuotedItem] = Field(default_factory=list, max_length=8)
    assumptions: list[QuotedItem] = Field(default_factory=list, max_length=6)
    action_items: list[QuotedAction] = Field(default_factory=list, max_length=20)
    next_topics: list[QuotedItem] = Field(default_factory=list, max_length=6)
    prompts: list[CitedItem] = Field(default_factory=list, max_length=3)


def _bullets(items: list[str]) -> str:
    return "\n".join(f"- {t}" for t in items) if items else "(none)"


def prepare_variables(
    request: PrepareRequest, passages: list[Passage], label: str, shape: str = ""
) -> dict:
    # the form fields sit inline in the prompt, so fence look-alikes are broken
    return {
        "answer_shape": shape,
        "topic": neutralise(label),
        "role": neutralise(request.role),
        "goal": neutralise(request.goal) or "(not stated)",
        "session_number": request.session_number,
        "minutes": request.minutes,
        "earlier_takeaways": fence_text("takeaways", _bullets(request.earlier_takeaways)),
        "wishes": fence_text("wishes", request.wishes or "(none)"),
        "passages": fence_passages(passages),
    }


def plan_for_prompt(plan: SessionPlan) -> str:
    """The current plan as compact JSON, for the refine prompt."""
    body = plan.model_dump(include={"agenda", "questions", "bring", "pitfalls"})
    return json.dumps(body, ensure_ascii=False, indent=1)


def refine_variables(
    plan: SessionPlan,
    message: str,
    history: list[dict],
    passages: list[Passage],
    label: str,
    shape: str = "",
) -> dict:
    turns = "\n".join(f"{h.get('role', 'user')}: {h.get('content', '')}" for h in history[-8:])
    return {
        "topic": neutralise(label),
        "role": neutralise(plan.request.role),
        "session_number": plan.request.session_number,
        "minutes": plan.request.minutes,
        "plan": fence_text("plan", plan_for_prompt(plan)),
        "history": fence_text("history", turns or "(none)"),
        "message": fence_text("message", message),
        "passages": fence_passages(passages),
        "answer_shape": shape,
        "delimiter": DELIMITER,
    }


def reflect_variables(notes: str, passages: list[Passage], shape: str = "") -> dict:
    return {
        "notes": fence_text("notes", notes),
        "passages": fence_passages(passages),
        "answer_shape": shape,
    }


def _keep(citations: list[str], allowed: set[str]) -> list[str]:
    return [c for c in dict.fromkeys(citations) if c in allowed]


def plan_validator(request: PrepareRequest, passages: list[Passage], mode: str, notice: str):
    """Turn a model answer into a SessionPlan, or raise with a message the model can act on."""
    by_id = {p.id: p for p in passages}
    allowed = set(by_id)

    def validate(answer: str) -> SessionPlan:
        data = sanitise_data(extract_json(answer))
        for a in data.get("agenda") or [] if isinstance(data.get("agenda"), list) else []:
            if isinstance(a, dict) and isinstance(a.get("minutes"), int | float):
                a["minutes"] = min(60, max(1, int(a["minutes"])))  # rescaled below
        draft = PlanDraft.model_validate(data)
        draft.agenda = rescale_agenda(draft.agenda, request.minutes)  # timing is ours to fix
        for item in [*draft.agenda, *draft.questions, *draft.bring, *draft.pitfalls]:
            item.citations = _keep(item.citations, allowed)  # never invented
        draft.questions = draft.questions[:8]
        if allowed and sum(1 for q in draft.questions if q.citations) < MIN_QUESTIONS:
            raise ModelOutputInvalid(
                f"At least {MIN_QUESTIONS} questions must each cite a passage id given."
            )
        cited = {
            c
            for item in [*draft.agenda, *draft.questions, *draft.bring, *draft.pitfalls]
            for c in item.citations
        }
        return SessionPlan(
            request=request,
            agenda=draft.agenda,
            questions=draft.questions,
            bring=draft.bring,
            pitfalls=draft.pitfalls,
            sources=[by_id[i].to_dict() for i in by_id if i in cited],
            mode=mode,
            notice=notice,
            changes=draft.changes,
        )

    return validate


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


MIN_MATCH = 0.6  # how close a reworded quote must be to a sentence of the notes


def locate(quote: str, notes: str, sentences: list[Sentence]) -> Excerpt | None:
    """Where a quoted sentence sits in the notes: exact, else the closest sentence."""
    quote = quote.strip().strip('"“”')
    if not quote:
        return None
    at = notes.lower().find(quote.lower())
    if at >= 0:
        return Excerpt(text=notes[at : at + len(quote)], start=at, end=at + len(quote))
    matcher = SequenceMatcher(None, _norm(quote))
    best, best_ratio = None, 0.0
    for s in sentences:
        matcher.set_seq2(_norm(s.text))
        # The cheap upper bounds skip sentences that cannot win: a long invented quote
        # would otherwise cost a full comparison with every sentence of long notes.
        floor = max(best_ratio, MIN_MATCH)
        if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
            continue
        ratio = matcher.ratio()
        if ratio > best_ratio:
            best, best_ratio = s, ratio
    if best is None or best_ratio < MIN_MATCH:
        return None
    return Excerpt(text=best.text, start=best.start, end=best.end)


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = _norm(text).split()
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def parrots(summary: str, prompt_text: str, notes: str) -> bool:
    """True when the summary repeats the instructions rather than the notes."""
    ours = _shingles(summary)
    borrowed = ours & (_shingles(prompt_text) - _shingles(notes))
    return len(borrowed) >= 2 or (bool(ours) and len(borrowed) / len(ours) >= 0.2)


def _overlaps(a: Excerpt, b: Excerpt) -> bool:
    return a.start < b.end and b.start < a.end


def reflection_validator(
    notes: str,
    sentences: list[Sentence],
    passages: list[Passage],
    mode: str,
    notice: str,
    offline: Reflection | None = None,
    prompt_text: str = "",
):
    """The model writes the prose; the offline extractor guarantees actions and quotes: every
    commitment it finds is kept, and a section the model left untraceable is filled from it."""
    by_id = {p.id: p for p in passages}

    def traced(items: list[QuotedItem]) -> list[Takeaway]:
        out = []
        for item in items:
            where = locate(item.quote or item.text, notes, sentences)
            if where and (item.text or item.quote):
                out.append(Takeaway(text=item.text or where.text, source=where))
        return out

    def validate(answer: str) -> Reflection:
        draft = ReflectionDraft.model_validate(sanitise_data(extract_json(answer)))
        summary = draft.summary.strip()
        if len(summary.split()) < 4:
            raise ModelOutputInvalid(
                "The summary is missing: write two or three sentences about what the notes say."
            )
        if parrots(summary, prompt_text, notes):
            raise ModelOutputInvalid(
                "The summary repeats the instructions: summarise the "
                "notes themselves, in two or three sentences."
            )
        actions = [a.model_dump() for a in offline.action_items] if offline else []
        for a in draft.action_items:
            where = locate(a.quote or a.action, notes, sentences)
            if where and not any(_overlaps(where, Excerpt(**k["source"])) for k in actions):
                due = a.due if a.due and a.due.lower() not in ("none", "null", "") else None
                actions.append(
                    {
                        "owner": a.owner or "me",
                        "action": a.action,
                        "due": due,
                        "source": where.model_dump(),
                    }
                )
        prompts = [
            CitedItem(text=p.text, citations=_keep(p.citations, set(by_id))) for p in draft.prompts
        ]
        cited = {c for p in prompts for c in p.citations}

        def part(items: list[QuotedItem], name: str) -> list[Takeaway]:
            found = traced(items)
            return found or (list(getattr(offline, name)) if offline else [])

        return Reflection(
            summary=summary,
            takeaways=part(draft.takeaways, "takeaways"),
            assumptions=part(draft.assumptions, "assumptions"),
            action_items=actions,
            next_topics=part(draft.next_topics, "next_topics"),
            prompts=prompts,
            sources=[by_id[i].to_dict() for i in by_id if i in cited],
            mode=mode,
            notice=notice,
        )

    return validate
