"""JSON schemas built per request, the answer shape shown in the prompt, and prompt budgets.

A schema names the passage ids actually retrieved (an enum), so a server that enforces it
cannot cite anything else, and caps lengths so a small model cannot write until its context
runs out. The agenda's minutes are the app's to fix: a model's timing is rescaled, never
grounds for throwing a good plan away.
"""

from __future__ import annotations

import json
from typing import TypeVar

from coach.engine.prose_json import DELIMITER
from coach.engine.schemas import MAX_QUESTIONS, MIN_QUESTIONS, AgendaItem
from coach.passages import Passage

# Output tokens per task: enough for a full answer, little room to ramble.
MAX_TOKENS = {"prepare": 900, "refine": 1000, "reflect": 700}
SMALL_TOKENS = {"prepare": 450, "refine": 500, "reflect": 300}  # windows of 4096 or less
SMALL_PASSAGES = {"prepare": 5, "refine": 5, "reflect": 2}
CHARS_PER_TOKEN = 3.0  # conservative for English prose and JSON
SMALL_CONTEXT = 4096
PASSAGE_CHARS_SMALL = 300
T = TypeVar("T")


def _str(limit: int) -> dict:
    return {"type": "string", "maxLength": limit}


def _cites(ids: list[str], at_least: int = 0) -> dict:
    if not ids:
        return {"type": "array", "items": {"type": "string"}, "maxItems": 0}
    return {
        "type": "array",
        "items": {"type": "string", "enum": ids},
        "minItems": at_least,
        "maxItems": 2,
    }


def _obj(props: dict, required: list[str] | None = None) -> dict:
    return {"type": "object", "properties": props, "required": required or list(props)}


def plan_schema(ids: list[str], with_changes: bool = False, small: bool = False) -> dict:
    """The plan a model may return: ``changes`` first, so it can be streamed. A small
    model gets a compact plan: every token is a tenth of a second on a CPU."""
    props: dict = {"changes": _str(200 if small else 300)} if with_changes else {}
    if small:
        one = (
            {
                "type": "array",
                "items": {"type": "string", "enum": ids},
                "minItems": 1,
                "maxItems": 1,
            }
            if ids
            else _cites(ids)
        )
        return _obj(
            props
            | {
                "agenda": {
                    "type": "array",
                    "minItems": 2,
                    "maxItems": 3,
                    "items": _obj({"minutes": {"type": "integer"}, "title": _str(50)}),
                },
                "questions": {
                    "type": "array",
                    "minItems": MIN_QUESTIONS,
                    "maxItems": MIN_QUESTIONS,
                    "items": _obj({"text": _str(90), "citations": one}),
                },
                "bring": {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": 1,
                    "items": _obj({"text": _str(70)}),
                },
                "pitfalls": {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": 1,
                    "items": _obj({"text": _str(70)}),
                },
            }
        )
    props |= {
        "agenda": {
            "type": "array",
            "minItems": 2,
            "maxItems": 5,
            "items": _obj(
                {
                    "minutes": {"type": "integer"},
                    "title": _str(80),
                    "detail": _str(160),
                    "citations": _cites(ids),
                }
            ),
        },
        "questions": {
            "type": "array",
            "minItems": MIN_QUESTIONS,
            "maxItems": min(MAX_QUESTIONS, 6),
            "items": _obj(
                {"text": _str(200), "why": _str(160), "citations": _cites(ids, at_least=1)}
            ),
        },
        "bring": {
            "type": "array",
            "minItems": 1,
            "maxItems": 3,
            "items": _obj({"text": _str(160), "citations": _cites(ids)}),
        },
        "pitfalls": {
            "type": "array",
            "minItems": 1,
            "maxItems": 3,
            "items": _obj({"text": _str(160), "citations": _cites(ids)}),
        },
    }
    return _obj(props)


def reflection_schema(ids: list[str], small: bool = False) -> dict:
    quoted = _obj({"text": _str(200), "quote": _str(300)})
    if small:  # the extractor supplies actions and quotes; the model writes the prose
        brief = _obj({"text": _str(120), "quote": _str(160)})
        return _obj(
            {
                "summary": _str(300),
                "takeaways": {"type": "array", "maxItems": 2, "items": brief},
                "next_topics": {"type": "array", "maxItems": 1, "items": brief},
            }
        )
    return _obj(
        {
            "summary": _str(700),
            "takeaways": {"type": "array", "maxItems": 5, "items": quoted},
            "assumptions": {"type": "array", "maxItems": 3, "items": quoted},
            "action_items": {
                "type": "array",
                "maxItems": 8,
                "items": _obj(
                    {"owner": _str(60), "action": _str(200), "due": _str(60), "quote": _str(300)}
                ),
            },
            "next_topics": {"type": "array", "maxItems": 3, "items": quoted},
            "prompts": {
                "type": "array",
                "maxItems": 2,
                "items": _obj({"text": _str(200), "citations": _cites(ids)}),
            },
        }
    )


def plan_shape(
    ids: list[str], minutes: int, with_changes: bool = False, small: bool = False
) -> str:
    """A compact example of the answer, with a real id, for the end of the prompt."""
    cite = [ids[0]] if ids else []
    body: dict = {"changes": "What changed, in one sentence."} if with_changes else {}
    if small:
        body |= {
            "agenda": [{"minutes": minutes - 10, "title": "..."}, {"minutes": 10, "title": "..."}],
            "questions": [{"text": "...?", "citations": cite}],
            "bring": [{"text": "..."}],
            "pitfalls": [{"text": "..."}],
        }
        return json.dumps(body, ensure_ascii=False)
    body |= {
        "agenda": [
            {"minutes": minutes - 10, "title": "...", "detail": "...", "citations": cite},
            {"minutes": 10, "title": "...", "detail": "...", "citations": []},
        ],
        "questions": [{"text": "...?", "why": "...", "citations": cite}],
        "bring": [{"text": "...", "citations": cite}],
        "pitfalls": [{"text": "...", "citations": []}],
    }
    return json.dumps(body, ensure_ascii=False)


def refine_shape(ids: list[str], minutes: int, json_mode: bool, small: bool = False) -> str:
    """How the refine answer is laid out: prose, the delimiter, then the plan."""
    if json_mode:
        return (
            "Answer with one JSON object of this shape, `changes` first, the agenda "
            f"adding up to {minutes} minutes:\n" + plan_shape(ids, minutes, True, small)
        )
    return (
        "First write one or two sentences saying what you changed. Then a line with only "
        f"`{DELIMITER}`. Then the revised plan as one JSON object of this shape, the "
        f"agenda adding up to {minutes} minutes:\n" + plan_shape(ids, minutes, small=small)
    )


def reflection_shape(ids: list[str], small: bool = False) -> str:
    if small:
        return json.dumps(
            {
                "summary": "In this session the senior and their mentor talked "
                "about ... The senior learned ...",
                "takeaways": [{"text": "...", "quote": "..."}],
                "next_topics": [{"text": "...", "quote": "..."}],
            }
        )
    return json.dumps(
        {
            "summary": "...",
            "takeaways": [{"text": "...", "quote": "words from the notes"}],
            "assumptions": [{"text": "...", "quote": "..."}],
            "action_items": [{"owner": "me", "action": "...", "due": "", "quote": "..."}],
            "next_topics": [{"text": "...", "quote": "..."}],
            "prompts": [{"text": "...", "citations": [ids[0]] if ids else []}],
        },
        ensure_ascii=False,
    )


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
            text = text[: cut if cut > 0 else PASSAGE_CHARS_SMALL] + " …"
        out.append(replace(p, text=text))
    return out


def is_small(context_tokens: int) -> bool:
    return context_tokens <= SMALL_CONTEXT


def aliases(passages: list[Passage]) -> dict[str, Passage]:
    """Short ids (S1, S2, ...) for a small window: a 64-character id costs ~40 tokens."""
    return {f"S{i + 1}": p for i, p in enumerate(passages)}


def unalias(result: T, alias: dict[str, Passage]) -> T:
    """Citations and sources back to the passages' real ids."""
    if not alias:
        return result
    items = [
        *getattr(result, "agenda", []),
        *getattr(result, "questions", []),
        *getattr(result, "bring", []),
        *getattr(result, "pitfalls", []),
        *getattr(result, "prompts", []),
    ]
    cited: list[str] = []
    for item in items:
        item.citations = [alias[c].id for c in item.citations if c in alias]
        cited += item.citations
    real = {p.id: p for p in alias.values()}
    sources = [real[i].to_dict() for i in dict.fromkeys(cited)]
    return result.model_copy(update={"sources": sources})
