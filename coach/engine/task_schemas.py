"""JSON schemas built per request, the answer shape shown in the prompt, and prompt budgets.

A schema names the passage ids actually retrieved (an enum), so a server that enforces it
cannot cite anything else, and caps lengths so a small model cannot write until its context
runs out. The agenda's minutes are the app's to fix: a model's timing is rescaled, never
grounds for throwing a good plan away.
"""

from __future__ import annotations

import json

from coach.engine.schemas import MAX_QUESTIONS, MIN_QUESTIONS, AgendaItem
from coach.passages import Passage

# Output tokens per task: enough for a full answer, little room to ramble.
MAX_TOKENS = {"prepare": 900, "refine": 1000, "reflect": 700}
CHARS_PER_TOKEN = 3.0  # conservative for English prose and JSON
SMALL_CONTEXT = 4096
PASSAGE_CHARS_SMALL = 450


def _str(limit: int) -> dict:
    return {"type": "string", "maxLength": limit}


def _cites(ids: list[str], at_least: int = 0) -> dict:
    if not ids:
        return {"type": "array", "items": {"type": "string"}, "maxItems": 0}
    return {"type": "array", "items": {"type": "string", "enum": ids},
            "minItems": at_least, "maxItems": 2}


def _obj(props: dict, required: list[str] | None = None) -> dict:
    return {"type": "object", "properties": props, "required": required or list(props)}


def plan_schema(ids: list[str], with_changes: bool = False) -> dict:
    """The plan a model may return: ``changes`` first, so it can be streamed."""
    props: dict = {"changes": _str(300)} if with_changes else {}
    props |= {
        "agenda": {"type": "array", "minItems": 2, "maxItems": 5, "items": _obj(
            {"minutes": {"type": "integer"}, "title": _str(80), "detail": _str(160),
             "citations": _cites(ids)})},
        "questions": {"type": "array", "minItems": MIN_QUESTIONS,
                      "maxItems": min(MAX_QUESTIONS, 6), "items": _obj(
                          {"text": _str(200), "why": _str(160),
                           "citations": _cites(ids, at_least=1)})},
        "bring": {"type": "array", "minItems": 1, "maxItems": 3,
                  "items": _obj({"text": _str(160), "citations": _cites(ids)})},
        "pitfalls": {"type": "array", "minItems": 1, "maxItems": 3,
                     "items": _obj({"text": _str(160), "citations": _cites(ids)})},
    }
    return _obj(props)


def reflection_schema(ids: list[str]) -> dict:
    quoted = _obj({"text": _str(200), "quote": _str(300)})
    return _obj({
        "summary": _str(700),
        "takeaways": {"type": "array", "maxItems": 5, "items": quoted},
        "assumptions": {"type": "array", "maxItems": 3, "items": quoted},
        "action_items": {"type": "array", "maxItems": 8, "items": _obj(
            {"owner": _str(60), "action": _str(200), "due": _str(60), "quote": _str(300)})},
        "next_topics": {"type": "array", "maxItems": 3, "items": quoted},
        "prompts": {"type": "array", "maxItems": 2,
                    "items": _obj({"text": _str(200), "citations": _cites(ids)})},
    })


def plan_shape(ids: list[str], minutes: int, with_changes: bool = False) -> str:
    """A compact example of the answer, with a real id, for the end of the prompt."""
    cite = [ids[0]] if ids else []
    body: dict = {"changes": "What changed, in one sentence."} if with_changes else {}
    body |= {"agenda": [{"minutes": minutes - 10, "title": "...", "detail": "...",
                         "citations": cite},
                        {"minutes": 10, "title": "...", "detail": "...", "citations": []}],
             "questions": [{"text": "...?", "why": "...", "citations": cite}],
             "bring": [{"text": "...", "citations": cite}],
             "pitfalls": [{"text": "...", "citations": []}]}
    return json.dumps(body, ensure_ascii=False)


def reflection_shape(ids: list[str]) -> str:
    return json.dumps({
        "summary": "...", "takeaways": [{"text": "...", "quote": "words from the notes"}],
        "assumptions": [{"text": "...", "quote": "..."}],
        "action_items": [{"owner": "me", "action": "...", "due": "", "quote": "..."}],
        "next_topics": [{"text": "...", "quote": "..."}],
        "prompts": [{"text": "...", "citations": [ids[0]] if ids else []}]},
        ensure_ascii=False)


def rescale_agenda(agenda: list[AgendaItem], minutes: int) -> list[AgendaItem]:
    """The same steps, their minutes scaled to add up to the session length exactly."""
    if not agenda:
        return agenda
    weights = [max(1, a.minutes) for a in agenda]
    total = sum(weights)
    if total == minutes:
        return agenda
    scaled = [max(1, round(w * minutes / total)) for w in weights]
    diff = minutes - sum(scaled)
    order = sorted(range(len(scaled)), key=lambda i: -scaled[i])
    k = 0
    while diff and k < 10 * len(scaled):  # bounded: each pass moves one minute
        i = order[k % len(order)]
        if diff > 0 or scaled[i] > 1:
            step = 1 if diff > 0 else -1
            scaled[i] += step
            diff -= step
        k += 1
    return [a.model_copy(update={"minutes": m}) for a, m in zip(agenda, scaled)]


def prompt_budget(context_tokens: int, max_tokens: int) -> int:
    """Characters a prompt may take and still leave room for the answer."""
    return int((context_tokens - max_tokens - 64) * CHARS_PER_TOKEN)


def shorten(passages: list[Passage], context_tokens: int) -> list[Passage]:
    """In a small context window, each passage is cut to its opening."""
    if context_tokens > SMALL_CONTEXT:
        return passages
    from dataclasses import replace

    out = []
    for p in passages:
        text = p.text.strip()
        if len(text) > PASSAGE_CHARS_SMALL:
            cut = text.rfind(" ", 0, PASSAGE_CHARS_SMALL)
            text = text[:cut if cut > 0 else PASSAGE_CHARS_SMALL] + " …"
        out.append(replace(p, text=text))
    return out
