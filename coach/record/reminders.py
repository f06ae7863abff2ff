"""What reminders need from the record: overdue action items as dates and owners, no text.

HR, admins and the operator (the `coach remind` cron job) see which pair has how many items
past their due date and since when; never what the items say.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from coach.errors import InvalidInput
from coach.record import models as m
from coach.record.core import ActorRef, RecordCore

OVERDUE_READERS = ("hr", "admin", "system")


@dataclass(frozen=True)
class OverdueView:
    item_id: int
    pair_id: int
    session_number: int
    owner_id: int | None
    due_on: date


class RemindersMixin(RecordCore):
    def overdue_items(self, actor: ActorRef, today: date) -> list[OverdueView]:
        """Open items of active pairs due before `today`, oldest first, without their text."""
        if not isinstance(today, date):
            raise InvalidInput("The day to count from must be a date.")
        with self._tx() as s:
            a = self._actor(s, actor, "item.overdue", "action_item", None)
            self._require(
                a,
                OVERDUE_READERS,
                "item.overdue",
                "action_item",
                None,
                "Only HR and admins can see overdue items across pairs.",
            )
            rows = s.execute(
                select(
                    m.ActionItem.id,
                    m.MentoringSession.pair_id,
                    m.MentoringSession.number,
                    m.ActionItem.owner_id,
                    m.ActionItem.due_on,
                )
                .join(m.MentoringSession, m.ActionItem.session_id == m.MentoringSession.id)
                .join(m.Pair, m.MentoringSession.pair_id == m.Pair.id)
                .where(
                    m.ActionItem.status == "open",
                    m.ActionItem.due_on.is_not(None),
                    m.ActionItem.due_on < today,
                    m.Pair.status == "active",
                )
                .order_by(m.ActionItem.due_on, m.ActionItem.id)
            )
            return [OverdueView(*row) for row in rows]
