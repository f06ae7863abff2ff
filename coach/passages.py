"""A retrieved passage: what every suggestion cites."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Passage:
    id: str  # stable chunk id, used in citations
    text: str
    source: str  # e.g. "knowledge/topics/money/questions.md", "uploads/x.pdf", "note:42"
    title: str
    section: str  # heading path, " > " separated
    topic: str
    kind: str
    visibility: str = "everyone"
    score: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def label(self) -> str:
        """A short human label for a citation chip."""
        return f"{self.title} — {self.section}" if self.section else self.title
