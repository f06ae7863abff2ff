"""Summarise a session: the notes are saved first, then read, then the result is kept.

The order is the promise made to the person typing: whatever the coach or a model does next,
the notes are already in the record. Action items are resolved here, once, to the pair's two
people and to calendar dates counted from the session's date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coach.engine import Coach, Reflection
from coach.engine.coach import MAX_NOTES_CHARS
from coach.errors import InvalidInput
from coach.flows.access import Declined
from coach.flows.notes import NotesInput, save_notes
from coach.flows.owners import PairPeople, Side, item_specs
from coach.record import ActorRef, PairView, Record, SessionView


@dataclass(frozen=True)
class Summarised:
    reflection: Reflection
    session: SessionView


def summarise_session(
    record: Record,
    coach: Coach,
    actor: ActorRef,
    session_id: int,
    notes: str,
    *,
    today: date | None = None,
) -> Summarised:
    """Save the actor's notes, summarise them and store the summary with its action items."""
    save_for_summary(record, actor, NotesInput(session_id, notes or ""))
    return summarise_saved(record, coach, actor, session_id, notes or "", today=today)


def save_for_summary(record: Record, actor: ActorRef, notes: NotesInput) -> SessionView:
    """Step one: save the notes (persist first: the coach may fail), or say why not."""
    if notes.text is not None and not isinstance(notes.text, str):
        raise InvalidInput("The notes must be text.")
    if not (notes.text or "").strip():
        raise Declined(
            "There are no notes to work with yet: write or paste them, then press Summarise.",
            "No notes",
        )
    saved = save_notes(record, actor, notes)
    if len(notes.text) > MAX_NOTES_CHARS:
        raise Declined(
            f"Your notes are saved, but at {len(notes.text):,} characters they are "
            f"too long to summarise in one go (the limit is {MAX_NOTES_CHARS:,}). "
            "Split them across sessions, then summarise each.",
            "Notes too long",
        )
    return saved


def summarise_saved(
    record: Record,
    coach: Coach,
    actor: ActorRef,
    session_id: int,
    notes: str,
    *,
    today: date | None = None,
) -> Summarised:
    """Step two: summarise saved notes and keep the summary with its action items."""
    result = coach.reflect(notes)
    return Summarised(result, keep_reflection(record, actor, session_id, result, today=today))


def keep_reflection(
    record: Record,
    actor: ActorRef,
    session_id: int,
    result: Reflection,
    *,
    today: date | None = None,
) -> SessionView:
    """Store a summary and its action items, each resolved to one of the pair and a date."""
    saved = record.get_session(actor, session_id)
    pair = record.get_pair(actor, saved.pair_id)
    held = saved.held_on or today or date.today()
    specs = item_specs(
        [(a.owner, a.action, a.due) for a in result.action_items],
        author=_side(saved),
        pair=PairPeople(pair.mentor_name, pair.mentee_name),
        session_date=held,
        next_session=_next_planned(pair, held),
    )
    return record.save_reflection(
        actor, session_id, result.model_dump(mode="json"), [s.as_record() for s in specs]
    )


def _side(session: SessionView) -> Side:
    return "mentor" if session.my_side == "mentor" else "mentee"


def _next_planned(pair: PairView, held: date) -> date | None:
    """The cycle's next session date, when it comes after this session."""
    due = pair.next_session_due
    return due if due and due > held else None
