"""Names for cohort themes from the model, when one is configured; the offline ones otherwise.

The themes' central phrases and quotes are fenced as data (one block per theme, numbered), the
model answers JSON naming each number, and every name is checked before anyone sees it: plain
text, short, no placeholder or address, only numbers it was given. A theme the model leaves
out, or names badly, keeps its offline label; a model that fails leaves them all offline, with
a notice saying so. The grouping itself never depends on the model.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field, ValidationError

from coach.engine import llm as llm_calls
from coach.engine.llm import ModelOutputInvalid, extract_json
from coach.engine.prompts import neutralise, render
from coach.engine.structured import ask_structured
from coach.errors import CoachError
from coach.sanitise import sanitise_text
from coach.themes import Theme

if TYPE_CHECKING:
    from coach.engine.coach import Coach

LABEL_TOKENS = 300
MAX_LABEL_CHARS = 60
MAX_THEMES_ASKED = 12
_UNSAFE = re.compile(r"\[[A-Z_0-9]+\]|@|https?:|www\.|[<>`*#|]")


class ThemeLabel(BaseModel):
    theme: int
    label: str = Field(min_length=1, max_length=200)


class ThemeLabels(BaseModel):
    labels: list[ThemeLabel] = Field(max_length=MAX_THEMES_ASKED * 2)


@dataclass(frozen=True)
class Labelled:
    themes: list[Theme]
    mode: str  # "offline" or "model:<name>"
    notice: str = ""


def theme_blocks(themes: list[Theme]) -> str:
    """Each theme as one fenced block: its phrases, then its quotes."""
    blocks = []
    for n, theme in enumerate(themes, 1):
        lines = [f"phrases: {', '.join(theme.phrases) or '(none)'}"]
        lines += [f"- {q.text}" for q in theme.quotes]
        body = neutralise("\n".join(lines))
        blocks.append(f'<<<THEME n="{n}" notes="{theme.count}">>>\n{body}\n<<<END>>>')
    return "\n\n".join(blocks)


def prompt_variables(themes: list[Theme]) -> dict[str, object]:
    return {"themes": theme_blocks(themes), "count": len(themes)}


def clean_label(text: str) -> str | None:
    """The label as shown, or None when it cannot be used (empty, long, marked up, personal)."""
    if _UNSAFE.search(text):
        return None
    text = " ".join(sanitise_text(neutralise(text)).split()).strip(" .,:;\"'")
    if not text or len(text) > MAX_LABEL_CHARS or _UNSAFE.search(text):
        return None
    return text[:1].upper() + text[1:]


def validator(count: int):  # noqa: ANN201 - a closure for ask_structured
    def validate(answer: str) -> dict[int, str]:
        try:
            parsed = ThemeLabels.model_validate(extract_json(answer))
        except ValidationError as exc:
            raise ModelOutputInvalid(f"The labels do not match the schema: {exc}") from exc
        out: dict[int, str] = {}
        for item in parsed.labels:
            label = clean_label(item.label)
            if 1 <= item.theme <= count and label and item.theme not in out:
                out[item.theme] = label
        if not out:
            raise ModelOutputInvalid("No theme got a usable label.")
        return out

    return validate


def label_themes(coach: Coach, themes: list[Theme]) -> Labelled:
    """The themes with the model's names where it gave good ones; offline names otherwise."""
    if coach.llm is None or not themes:
        return Labelled(themes, "offline")
    caps = coach.capabilities()
    if caps is None or not caps.usable:
        return Labelled(themes, "offline", coach.fallback_notice(caps.reason if caps else "none"))
    asked = themes[:MAX_THEMES_ASKED]
    started = time.monotonic()
    prompt = render("themes", prompt_variables(asked), coach.prompts_dir)
    call = llm_calls.Call(
        llm_calls.to_messages(prompt),
        max_tokens=LABEL_TOKENS,
        mode=caps.mode or "prompt",
        schema=ThemeLabels.model_json_schema(),
        name="themes",
        token_param=caps.token_param,
    )
    try:
        names = ask_structured(
            coach.llm,
            call,
            validator(len(asked)),
            deadline=coach.deadline(started),
            caps=caps,
            retries=coach.settings.llm_retries,
            backoff=coach.backoff,
        )
    except CoachError as exc:
        coach.note_call("themes", call, started, exc)
        return Labelled(themes, "offline", coach.fallback_notice(exc))
    coach.note_call("themes", call, started)
    named = [replace(t, label=names.get(n, t.label)) for n, t in enumerate(themes, 1)]
    kept = len(asked) - len(names)
    notice = f"Themes named by {coach.mode.removeprefix('model:')}"
    notice += f"; {kept} kept their offline name." if kept else "."
    return Labelled(named, coach.mode, notice)
