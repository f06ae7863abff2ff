"""Refine a plan: a follow-up turn ("less technical", "30 minutes only") on the plan shown.

The coach streams what changed as it writes it, then the revised plan; this flow hands those
on as typed events, so the page, the API and the CLI read one shape.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from coach.engine import Coach, Replace, SessionPlan


@dataclass(frozen=True)
class RefineInput:
    plan: SessionPlan
    message: str
    history: list[dict[str, Any]] = field(default_factory=list)  # earlier chat turns


@dataclass(frozen=True)
class Said:
    """The 'what changed' text so far (the whole of it: a failed turn replaces earlier text)."""

    text: str


def refine_plan(coach: Coach, asked: RefineInput) -> Iterator[Said | SessionPlan]:
    """Yield what the coach has said so far as it grows, then the revised plan."""
    said = ""
    for part in coach.refine_stream(asked.plan, asked.message, asked.history):
        if isinstance(part, SessionPlan):
            yield part
            return
        said = part.text if isinstance(part, Replace) else said + part
        yield Said(said)
