"""Save notes: a person's own side of a session, kept as they type (persist first, always)."""

from __future__ import annotations

from dataclasses import dataclass

from coach.errors import InvalidInput
from coach.flows.access import Declined, whole_number
from coach.record import ActorRef, Record, SessionView
from coach.record.core import MAX_NOTE_CHARS


class NotesTooLong(Declined):
    """Notes over the record's limit: refused whole, so nothing half-saved is shown as saved."""

    def __init__(self, chars: int) -> None:
        super().__init__(
            f"Not saved: your notes are {chars:,} characters long, over the limit "
            f"of {MAX_NOTE_CHARS:,}. Shorten them (or split them across sessions).",
            "Notes too long",
        )
        self.chars = chars


@dataclass(frozen=True)
class NotesInput:
    session_id: int
    text: str


def save_notes(record: Record, actor: ActorRef, notes: NotesInput) -> SessionView:
    """Store the actor's notes for their side of the session (the record checks it is theirs)."""
    text = notes.text or ""
    if not isinstance(text, str):
        raise InvalidInput("Notes must be text.")
    session_id = whole_number(notes.session_id, "session")
    if len(text) > MAX_NOTE_CHARS:
        raise NotesTooLong(len(text))
    return record.save_notes(actor, session_id, text)
