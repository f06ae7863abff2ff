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
from coach.engine.schemas import (
    AgendaItem,
    CitedItem,
    Excerpt,
    PrepareRequest,
    Question,
    Reflection,
    SessionPlan,
    Takeaway,
)
from coach.engine.text import Sentence
from coach.passages import Passage
from coach.sanitise import sanitise_data


class PlanDraft(BaseModel):
    agenda: list[AgendaItem] = Field(min_length=2, max_length=12)
    questions: list[Question] = Field(min_length=5, max_length=8)
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


def prepare_variables(request: PrepareRequest, passages: list[Passage], label: str) -> dict:
    return {  # the form fields sit inline in the prompt, so fence look-alikes are broken
        "topic": neutralise(label), "role": neutralise(request.role),
        "goal": neutralise(request.goal) or "(not stated)",
        "session_number": request.session_number, "minutes": request.minutes,
        "earlier_takeaways": fence_text("takeaways", _bullets(request.earlier_takeaways)),
        "wishes": fence_text("wishes", request.wishes or "(none)"),
        "passages": fence_passages(passages),
    }


def plan_for_prompt(plan: SessionPlan) -> str:
    """The current plan as compact JSON, for the refine prompt."""
    body = plan.model_dump(include={"agenda", "questions", "bring", "pitfalls"})
    return json.dumps(body, ensure_ascii=False, indent=1)


def refine_variables(plan: SessionPlan, message: str, history: list[dict],
                     passages: list[Passage], label: str) -> dict:
    turns = "\n".join(f"{h.get('role', 'user')}: {h.get('content', '')}" for h in history[-8:])
    return {
        "topic": neutralise(label), "role": neutralise(plan.request.role),
        "session_number": plan.request.session_number,
        "minutes": plan.request.minutes, "plan": fence_text("plan", plan_for_prompt(plan)),
        "history": fence_text("history", turns or "(none)"),
        "message": fence_text("message", message), "passages": fence_passages(passages),
    }


def reflect_variables(notes: str, passages: list[Passage]) -> dict:
    return {"notes": fence_text("notes", notes), "passages": fence_passages(passages)}


def _keep(citations: list[str], allowed: set[str]) -> list[str]:
    return [c for c in dict.fromkeys(citations) if c in allowed]


def plan_validator(request: PrepareRequest, passages: list[Passage], mode: str, notice: str):
    """Turn a model answer into a SessionPlan, or raise with a message the model can act on."""
    by_id = {p.id: p for p in passages}
    allowed = set(by_id)

    def validate(answer: str) -> SessionPlan:
        data = sanitise_data(extract_json(answer))
        draft = PlanDraft.model_validate(data)
        total = sum(a.minutes for a in draft.agenda)
        if total != request.minutes:
            raise ModelOutputInvalid(
                f"The agenda minutes add up to {total}; they must add up to {request.minutes}.")
        for item in [*draft.agenda, *draft.questions, *draft.bring, *draft.pitfalls]:
            item.citations = _keep(item.citations, allowed)  # never invented
        cited = {c for item in [*draft.agenda, *draft.questions, *draft.bring, *draft.pitfalls]
                 for c in item.citations}
        return SessionPlan(request=request, agenda=draft.agenda, questions=draft.questions,
                           bring=draft.bring, pitfalls=draft.pitfalls,
                           sources=[by_id[i].to_dict() for i in by_id if i in cited],
                           mode=mode, notice=notice, changes=draft.changes)

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
        return Excerpt(text=notes[at:at + len(quote)], start=at, end=at + len(quote))
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


def reflection_validator(notes: str, sentences: list[Sentence], passages: list[Passage],
                         mode: str, notice: str):
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
        actions = []
        for a in draft.action_items:
            where = locate(a.quote or a.action, notes, sentences)
            if where:
                actions.append({"owner": a.owner or "me", "action": a.action, "due": a.due,
                                "source": where})
        prompts = [CitedItem(text=p.text, citations=_keep(p.citations, set(by_id)))
                   for p in draft.prompts]
        cited = {c for p in prompts for c in p.citations}
        return Reflection(summary=draft.summary, takeaways=traced(draft.takeaways),
                          assumptions=traced(draft.assumptions), action_items=actions,
                          next_topics=traced(draft.next_topics), prompts=prompts,
                          sources=[by_id[i].to_dict() for i in by_id if i in cited],
                          mode=mode, notice=notice)

    return validate
