"""Cohort themes for HR: what the shared lessons are about, grouped, counted and quoted.

Only notes HR approved for the shared library are read, as the library holds them: anonymised,
through the share queue's approved list. Private notes, and offers still pending, rejected or
withdrawn, never reach the grouping, so no theme, label or quote can come from them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from coach.flows.access import require_role
from coach.record import ActorRef, Record
from coach.themes import Embed, NoteText, Theme, group_notes

THEME_READERS = ("hr",)
Labeller = Callable[[list[Theme]], Any]  # -> coach.engine.theme_labels.Labelled


@dataclass(frozen=True)
class CohortThemes:
    themes: list[Theme]
    notes: int  # approved notes read
    labelled_by: str = "offline"  # or "model:<name>"
    notice: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "notes": self.notes,
            "labelled_by": self.labelled_by,
            "notice": self.notice,
            "themes": [
                {
                    "label": t.label,
                    "count": t.count,
                    "phrases": list(t.phrases),
                    "notes": list(t.sources),
                    "quotes": [
                        {"text": q.text, "source": q.source, "title": q.title} for q in t.quotes
                    ],
                }
                for t in self.themes
            ],
        }


def approved_notes(record: Record, actor: ActorRef) -> list[NoteText]:
    """The shared library's approved notes, anonymised, oldest first (HR only)."""
    require_role(record, actor, THEME_READERS)
    shared = record.list_share_queue(actor, status="approved")
    return [
        NoteText(s.source, s.title, s.anonymised_text) for s in shared if s.status == "approved"
    ]


def cohort_themes(
    record: Record, actor: ActorRef, embed: Embed, labeller: Labeller | None = None
) -> CohortThemes:
    """The themes of the approved notes; named by the model when `labeller` is given."""
    notes = approved_notes(record, actor)
    themes = group_notes(notes, embed)
    if labeller is None or not themes:
        return CohortThemes(themes, len(notes))
    named = labeller(themes)
    return CohortThemes(named.themes, len(notes), named.mode, named.notice)
