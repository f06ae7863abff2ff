"""One list of a pair's action items, for both people: owner, text, due date, done, session.

The same records the summary wrote: ticking one here ticks it everywhere. Each row says whose
it is (the junior or the senior, by name), whether it is the reader's own, and whether it is
overdue. Only an item's owner ticks it from the list; the other side sees it ticked. A
session's items can be ticked together, and an item passed to the other person of the pair,
by its owner or its writer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from coach.errors import InvalidInput
from coach.flows.access import whole_numbers
from coach.flows.owners import Side
from coach.record import ActionItemView, ActorRef, PairView, Record


@dataclass(frozen=True)
class TickInput:
    """The items of one session that should now be done; the others are open."""

    session_id: int
    done_ids: Iterable[int]


@dataclass(frozen=True)
class Ticked:
    changed: list[ActionItemView]

    @property
    def count(self) -> int:
        return len(self.changed)


@dataclass(frozen=True)
class ReassignInput:
    item_id: int
    owner: Side  # the pair's mentor or mentee


def tick_items(record: Record, actor: ActorRef, ticks: TickInput) -> Ticked:
    """Set each of the reader's own items of the session done or open as asked (the partner's
    are theirs to tick); only real changes are written."""
    wanted, me = whole_numbers(ticks.done_ids, "items to tick"), _id(record, actor)
    changed = [
        record.set_action_item_done(actor, item.id, item.id in wanted)
        for item in record.get_session(actor, ticks.session_id).action_items
        if item.owner_id == me and (item.id in wanted) != item.done
    ]
    return Ticked(changed)


def reassign_item(record: Record, actor: ActorRef, move: ReassignInput) -> ActionItemView:
    """Give an item to the other person of the pair (or back)."""
    return record.reassign_action_item(actor, move.item_id, move.owner)


@dataclass(frozen=True)
class ItemRow:
    id: int
    pair_id: int
    session_number: int | None
    owner: str  # "junior" or "senior" (of the pair), or "someone" once they left
    owner_name: str
    mine: bool
    text: str
    due_on: date | None
    done: bool
    overdue: bool

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["due_on"] = self.due_on.isoformat() if self.due_on else None
        return out


def _row(item: ActionItemView, pair: PairView, me: int, today: date) -> ItemRow:
    if item.owner_id is not None and item.owner_id == pair.mentor_id:
        owner, name = "junior", pair.mentor_name or "the junior"
    elif item.owner_id is not None and item.owner_id == pair.mentee_id:
        owner, name = "senior", pair.mentee_name or "the senior"
    else:
        owner, name = "someone", "a former member"
    return ItemRow(
        id=item.id,
        pair_id=pair.id,
        session_number=item.session_number,
        owner=owner,
        owner_name=name,
        mine=item.owner_id == me,
        text=item.text,
        due_on=item.due_on,
        done=item.done,
        overdue=not item.done and item.due_on is not None and item.due_on < today,
    )


def pair_items(
    record: Record, actor: ActorRef, pair_id: int, *, today: date | None = None
) -> list[ItemRow]:
    """The pair's items across its sessions, as this member may see them."""
    pair = record.get_pair(actor, pair_id)
    me = _id(record, actor)
    day = today or date.today()
    return [_row(i, pair, me, day) for i in record.pair_action_items(actor, pair_id)]


def my_items(record: Record, actor: ActorRef, *, today: date | None = None) -> list[ItemRow]:
    """Every item of every pair this person is in (theirs and their partners' they may see)."""
    out: list[ItemRow] = []
    for pair in record.my_pairs(actor):
        out += pair_items(record, actor, pair.id, today=today)
    return out


def tick_mine(
    record: Record, actor: ActorRef, pair_id: int, done_ids: Iterable[int]
) -> list[ItemRow]:
    """Set the reader's own items of the pair done (those listed) or open (the rest), as one
    list of ticks shows them; the partner's stay theirs. Returns the pair's list afterwards."""
    wanted = whole_numbers(done_ids, "items to tick")
    for row in pair_items(record, actor, pair_id):
        if row.mine and (row.id in wanted) != row.done:
            record.set_action_item_done(actor, row.id, row.id in wanted)
    return pair_items(record, actor, pair_id)


def tick(record: Record, actor: ActorRef, item_id: int, done: bool = True) -> ActionItemView:
    """Tick (or untick) one's own item: the partner's are theirs to tick."""
    me = _id(record, actor)
    for pair in record.my_pairs(actor):
        for item in record.pair_action_items(actor, pair.id):
            if item.id == item_id:
                if item.owner_id != me:
                    raise InvalidInput("This item is your partner's: only they tick it.")
                return record.set_action_item_done(actor, item_id, done)
    raise InvalidInput("There is no such action item among yours.")


def _id(record: Record, actor: ActorRef) -> int:
    if isinstance(actor, int):
        return actor
    ident = getattr(actor, "id", None)
    if not isinstance(ident, int):
        raise InvalidInput("Only a person of the pair has action items.")
    return ident
