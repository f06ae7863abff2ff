"""Rate a session: the senior says how effective it was, for them and for the business."""

from __future__ import annotations

from dataclasses import dataclass

from coach.errors import InvalidInput
from coach.flows.access import whole_number
from coach.record import ActorRef, Record, SessionView


@dataclass(frozen=True)
class RatingInput:
    session_id: int
    personal: int | None
    business: int | None


def rate_session(record: Record, actor: ActorRef, rating: RatingInput) -> SessionView:
    """Store both ratings (1-5); HR sees them only as program figures."""
    if rating.personal is None or rating.business is None:
        raise InvalidInput("Give both ratings, from 1 to 5.")
    return record.rate_session(
        actor,
        rating.session_id,
        whole_number(rating.personal, "personal rating"),
        whole_number(rating.business, "business rating"),
    )


def rate_heard(record: Record, actor: ActorRef, session_id: int, heard: int | None) -> SessionView:
    """The junior says how heard they felt (1-5); HR sees it only as program figures."""
    if heard is None:
        raise InvalidInput("Give a rating from 1 to 5 for how heard you felt.")
    return record.rate_heard(actor, session_id, whole_number(heard, "heard rating"))
