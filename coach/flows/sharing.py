"""Offer a lesson to the shared library, and the review that follows.

The owner previews what would be shared (the notes as typed are saved first), edits it and
offers it; HR approves (it is indexed for everyone) or rejects it; the owner may withdraw it at
any time (it leaves the index). The record checks every step: only the owner previews, offers or
withdraws, only HR and admins review.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.errors import InvalidInput
from coach.flows.notes import NotesInput, save_notes
from coach.record import ActorRef, Record, ShareView

OFFERED = ("pending", "approved")  # the owner's shares that can still be withdrawn


@dataclass(frozen=True)
class SharePreview:
    segments: list[tuple[str, str | None]]  # the notes, with what goes labelled
    text: str  # what would be shared
    removed: dict[str, list[str]]  # kind -> the distinct strings removed

    @property
    def summary(self) -> str:
        """'2 names, 1 email', or that nothing identifying was found."""
        return (
            ", ".join(
                f"{len(v)} {k.lower()}{'s' if len(v) != 1 else ''}" for k, v in self.removed.items()
            )
            or "nothing identifying was found"
        )


@dataclass(frozen=True)
class OfferInput:
    session_id: int
    text: str  # the edited preview
    title: str | None = None
    topic: str | None = None


def preview_offer(record: Record, actor: ActorRef, notes: NotesInput) -> SharePreview:
    """Save the notes as typed, then show what sharing them would publish; nothing is queued."""
    save_notes(record, actor, notes)
    anon = record.preview_share(actor, notes.session_id)
    return SharePreview(anon.segments(), anon.text, anon.removed())


def offer_share(record: Record, actor: ActorRef, offer: OfferInput) -> ShareView:
    """Queue the (edited) text for HR's review; it is anonymised again before it is stored."""
    if offer.text is not None and not isinstance(offer.text, str):
        raise InvalidInput("The text to share must be text.")
    for what, value in (("title", offer.title), ("topic", offer.topic)):
        if value is not None and not isinstance(value, str):
            raise InvalidInput(f"The {what} must be text.")
    if not (offer.text or "").strip():
        raise InvalidInput("Show what would be shared first, then send it.")
    return record.submit_share(
        actor, offer.session_id, offer.text, title=offer.title or None, topic=offer.topic or None
    )


def approve_share(record: Record, actor: ActorRef, item_id: int) -> ShareView:
    """HR publishes an offered note: it joins the library (note:<id>) for everyone."""
    return record.approve_share(actor, item_id)


def reject_share(record: Record, actor: ActorRef, item_id: int) -> ShareView:
    """HR turns an offered note down; it is never indexed."""
    return record.reject_share(actor, item_id)


def withdraw_share(record: Record, actor: ActorRef, item_id: int) -> ShareView:
    """The owner takes a note back: out of the queue and out of the library."""
    return record.withdraw_share(actor, item_id)


def my_offers(record: Record, actor: ActorRef) -> list[ShareView]:
    """The actor's offered notes that can still be withdrawn, newest first."""
    return [s for s in reversed(record.my_shares(actor)) if s.status in OFFERED]
