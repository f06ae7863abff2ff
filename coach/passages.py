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
    added_by: str = ""  # who put the document in the library
    added_at: str = ""  # when (ISO 8601, UTC)
    flags: str = ""  # what HR was asked to look at when it was uploaded

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def label(self) -> str:
        """A short human label for a citation chip."""
        return f"{self.title} — {self.section}" if self.section else self.title

    @property
    def provenance(self) -> str:
        """Where a passage came from, for every citation: the built-in library or a person."""
        if self.source.startswith("knowledge/"):
            return "Turntable's built-in library"
        if self.source.startswith("note:"):
            return "A shared note, anonymised and approved by HR" + _on(self.added_at)
        who = self.added_by if self.added_by and self.added_by != "unknown" else "someone unknown"
        return f"Uploaded guidance, added by {who}{_on(self.added_at)}"


def _on(when: str) -> str:
    return f" on {when[:10]}" if when[:4].isdigit() else ""
