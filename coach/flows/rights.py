"""Data rights: export my data, delete my account. Each person acts for themselves here."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from coach.errors import InvalidInput
from coach.flows.access import Declined
from coach.record import ActorRef, PersonView, Record


@dataclass(frozen=True)
class MyData:
    data: dict[str, Any]
    filename: str

    @property
    def json_text(self) -> str:
        return json.dumps(self.data, indent=2, ensure_ascii=False, default=str)


@dataclass(frozen=True)
class DeleteInput:
    understood: bool  # "I understand this cannot be undone"
    typed_email: str  # the account's email, typed again


@dataclass(frozen=True)
class Deleted:
    email: str
    counts: dict[str, int]

    @property
    def summary(self) -> str:
        return (
            f"{self.counts.get('sessions_erased', 0)} sessions erased, "
            f"{self.counts.get('shared_notes', 0)} shared notes removed"
        )


def export_my_data(record: Record, actor: ActorRef) -> MyData:
    """Everything held about the acting person, as JSON-ready data."""
    me = _me(record, actor)
    return MyData(
        record.export_person(me, me.id), f"turntable-my-data-{date.today().isoformat()}.json"
    )


def delete_my_account(record: Record, actor: ActorRef, confirm: DeleteInput) -> Deleted:
    """Erase the acting person's account and data, once they confirmed with their email."""
    me = _me(record, actor)
    if not confirm.understood or (confirm.typed_email or "").strip().lower() != me.email.lower():
        raise Declined("Tick the box and type your email exactly to confirm.", "Not deleted")
    return Deleted(me.email, record.delete_person(me, me.id))


def _me(record: Record, actor: ActorRef) -> PersonView:
    person_id = getattr(actor, "id", actor)
    if not isinstance(person_id, int):
        raise InvalidInput("Only a person can export or delete their own data.")
    return record.get_person(actor, person_id)
