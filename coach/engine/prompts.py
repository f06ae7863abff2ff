"""Prompts as files: ``prompts/<task>/system.md`` and ``user.md`` with ``{{variables}}``.

Variables are checked at render time, so a renamed field fails loudly instead of sending a
model a literal ``{{topic}}``. Stored text (passages, notes) is fenced as data before it is
put into a prompt, and anything inside that looks like a fence is neutralised.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from coach.errors import CoachError
from coach.passages import Passage
from coach.settings import bundled_dir

PROMPTS_DIR = bundled_dir("prompts")
SYSTEM_SECTIONS = ("# IDENTITY and PURPOSE", "# OUTPUT SECTIONS", "# OUTPUT INSTRUCTIONS")
USER_SECTIONS = ("# INPUT",)

_VAR = re.compile(r"\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}")
_FENCE_LOOKALIKE = re.compile(r"<{3,}|>{3,}")


class PromptError(CoachError):
    """A prompt file is missing or malformed."""


class MissingVariables(PromptError):
    """A prompt uses a variable the caller did not give."""


class UnknownVariables(PromptError):
    """The caller gave a variable no prompt of the task uses (usually a typo)."""


@dataclass(frozen=True)
class RenderedPrompt:
    system: str
    user: str


def variables_in(template: str) -> set[str]:
    """The variable names a template uses."""
    return set(_VAR.findall(template))


def load_template(task: str, part: str, prompts_dir: Path = PROMPTS_DIR) -> str:
    path = Path(prompts_dir) / task / f"{part}.md"
    if not path.is_file():
        raise PromptError(f"The prompt file {path} is missing.")
    return path.read_text(encoding="utf-8")


def fill(template: str, variables: Mapping[str, object]) -> str:
    """Substitute in one pass, so a value that itself contains ``{{x}}`` is left as text."""
    missing = sorted(variables_in(template) - set(variables))
    if missing:
        raise MissingVariables(f"The prompt needs values for: {', '.join(missing)}.")
    return _VAR.sub(lambda m: str(variables[m.group(1)]), template)


def render(
    task: str, variables: Mapping[str, object], prompts_dir: Path = PROMPTS_DIR
) -> RenderedPrompt:
    """Render a task's system and user prompt; every variable given must be used."""
    system = load_template(task, "system", prompts_dir)
    user = load_template(task, "user", prompts_dir)
    unknown = sorted(set(variables) - variables_in(system) - variables_in(user))
    if unknown:
        raise UnknownVariables(f"The {task} prompt has no variable(s): {', '.join(unknown)}.")
    return RenderedPrompt(system=fill(system, variables), user=fill(user, variables))


def tasks(prompts_dir: Path = PROMPTS_DIR) -> list[str]:
    """Every task folder that holds a system prompt."""
    return sorted(p.parent.name for p in Path(prompts_dir).glob("*/system.md"))


def neutralise(text: str) -> str:
    """Break anything that looks like a fence so data cannot close its own block."""
    return _FENCE_LOOKALIKE.sub(lambda m: " ".join(m.group(0)), text)


def _attr(value: str) -> str:
    return neutralise(value).replace('"', "'").replace("\n", " ").strip()


def fence_passages(passages: Iterable[Passage]) -> str:
    """Retrieved passages as data blocks the model can cite by id."""
    blocks = []
    for p in passages:
        header = f'<<<PASSAGE id="{_attr(p.id)}" kind="{_attr(p.kind)}" title="{_attr(p.label)}">>>'
        blocks.append(f"{header}\n{neutralise(p.text.strip())}\n<<<END>>>")
    return "\n\n".join(blocks) if blocks else "(no passages were retrieved)"


def fence_text(label: str, text: str) -> str:
    """User text (notes, wishes, a chat message) as one data block."""
    body = neutralise(text.strip()) or "(empty)"
    return f"<<<{label.upper()}>>>\n{body}\n<<<END>>>"
