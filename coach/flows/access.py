"""Who may run a flow that the record does not guard itself (the library lives in the index)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from coach.errors import InvalidInput, PermissionDenied
from coach.record import Actor, ActorRef, Record

CURATORS = ("hr", "admin")
ROLE_WORDS = {
    "mentor": "junior mentors",
    "mentee": "senior mentees",
    "hr": "HR",
    "admin": "administrators",
    "system": "the operator",
}


def acting_role(record: Record, actor: ActorRef) -> str:
    """The actor's role as the record holds it now (a role change counts at once)."""
    if isinstance(actor, Actor) and actor.is_system:
        return "system"
    person_id = actor if isinstance(actor, int) else getattr(actor, "id", None)
    if not isinstance(person_id, int):
        raise PermissionDenied("Please sign in first.")
    person = record.get_person(person_id, person_id)
    if not person.active:
        raise PermissionDenied("This account is not active.")
    return person.role


def require_role(record: Record, actor: ActorRef, roles: tuple[str, ...]) -> str:
    """The actor's role, or a plain refusal naming who may do this."""
    role = acting_role(record, actor)
    if role not in roles:
        who = " and ".join(ROLE_WORDS.get(r, r) for r in roles if r != "system")
        raise PermissionDenied(f"Only {who} can do that.")
    return role


class Declined(InvalidInput):
    """Input a flow cannot use, with a short heading for the message (as a page shows it)."""

    def __init__(self, message: str, title: str = "Cannot do that") -> None:
        super().__init__(message)
        self.title = title


def whole_number(value: object, what: str) -> int:
    """`value` as an int, or InvalidInput naming `what` (a raw API call can send anything)."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise InvalidInput(f"The {what} must be a whole number.")
    try:
        number = int(value)
    except (ValueError, OverflowError):
        raise InvalidInput(f"The {what} must be a whole number.") from None
    if isinstance(value, float) and number != value:
        raise InvalidInput(f"The {what} must be a whole number.")
    if not -(2**63) <= number < 2**63:  # what a database column holds
        raise InvalidInput(f"The {what} is out of range.")
    return number


def whole_numbers(values: object, what: str) -> set[int]:
    """A collection of ints, or InvalidInput (a single value, text or None is not one)."""
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        raise InvalidInput(f"The {what} must be a list of whole numbers.")
    return {whole_number(v, what) for v in values}
