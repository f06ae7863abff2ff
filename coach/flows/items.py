"""Tick or reassign action items: the owner or the writer changes them, nobody else."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from coach.flows.access import whole_numbers
from coach.flows.owners import Side
from coach.record import ActionItemView, ActorRef, Record


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
    """Set each item of the session done or open as asked; only real changes are written."""
    wanted = whole_numbers(ticks.done_ids, "items to tick")
    changed = [record.set_action_item_done(actor, item.id, item.id in wanted)
               for item in record.get_session(actor, ticks.session_id).action_items
               if (item.id in wanted) != item.done]
    return Ticked(changed)


def reassign_item(record: Record, actor: ActorRef, move: ReassignInput) -> ActionItemView:
    """Give an item to the other person of the pair (or back)."""
    return record.reassign_action_item(actor, move.item_id, move.owner)
