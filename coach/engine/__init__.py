"""The coach engine: prepare a session, refine the plan, reflect on notes."""

from coach.engine.coach import Coach
from coach.engine.schemas import (
    ActionItem,
    AgendaItem,
    CitedItem,
    Excerpt,
    PrepareRequest,
    Question,
    Reflection,
    SessionPlan,
    Takeaway,
)
from coach.engine.stream_events import Replace

__all__ = [
    "ActionItem",
    "AgendaItem",
    "CitedItem",
    "Coach",
    "Excerpt",
    "PrepareRequest",
    "Question",
    "Reflection",
    "Replace",
    "SessionPlan",
    "Takeaway",
]
