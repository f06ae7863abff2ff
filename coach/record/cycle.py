"""The cycle as a plan: a pair's sessions with their dates, topics and status, and one list of
the pair's action items across all of them.

Either member plans: the default plan (six sessions at the cycle's cadence), a session added
deliberately (a date and a topic), a session moved, cancelled or marked held, an empty one
removed. HR and admins read sessions through ``list_sessions`` (dates, topics, statuses and
counts, never text).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from coach.errors import InvalidInput
from coach.record import models as m
from coach.record.core import ActorRef
from coach.record.programs import _date
from coach.record.sessions import OVERSEERS, SessionsMixin
from coach.record.views import ActionItemView, SessionView, item_view

PLANNED_SESSIONS = 6  # a cycle's sessions unless the pair plans otherwise


class CycleMixin(SessionsMixin):
    def plan_cycle(self, actor: ActorRef, pair_id: int) -> list[SessionView]:
        """The pair's sessions; a pair with none gets the cycle's default plan first."""
        with self._tx() as s:  # most loads find a plan: no write lock for them
            self._plan_member(s, actor, pair_id)
        sessions = self.list_sessions(actor, pair_id)
        if sessions:
            return sessions
        with self._tx(write=True) as s:
            a, pair = self._plan_member(s, actor, pair_id)
            count = (
                s.scalar(
                    select(func.count(m.MentoringSession.id)).where(
                        m.MentoringSession.pair_id == pair_id
                    )
                )
                or 0
            )
            if count == 0 and pair.status == "active":
                cycle = pair.cycle
                for n in range(PLANNED_SESSIONS):
                    s.add(
                        m.MentoringSession(
                            pair=pair,
                            number=n + 1,
                            status="planned",
                            topic="general",
                            held_on=cycle.start_date + timedelta(days=cycle.cadence_days * n),
                        )
                    )
                s.flush()
                self._audit(
                    s, a, "session.plan_cycle", "pair", pair_id, f"planned={PLANNED_SESSIONS}"
                )
        return self.list_sessions(actor, pair_id)

    def _plan_member(self, s: Any, actor: ActorRef, pair_id: int) -> tuple[Any, Any]:
        """The acting person and the pair, when they are one of its two people."""
        a = self._actor(s, actor, "session.plan_cycle", "pair", pair_id)
        pair = self._get(s, m.Pair, pair_id, "pair")
        if self._side(a, pair) is None:
            raise self._refuse(
                a,
                "session.plan_cycle",
                "pair",
                pair_id,
                "Only the two people in a pair can plan its sessions.",
            )
        return a, pair

    def add_session(
        self, actor: ActorRef, pair_id: int, *, held_on: date | str | None, topic: str | None
    ) -> SessionView:
        """A session added on purpose: its date and its topic are both needed."""
        if _date(held_on, "session date") is None:
            raise InvalidInput("Give the new session a date, like 2026-12-10.")
        if not (topic or "").strip():
            raise InvalidInput("Give the new session a topic.")
        return self.create_session(actor, pair_id, topic=topic, held_on=held_on)

    def set_session_status(self, actor: ActorRef, session_id: int, status: str) -> SessionView:
        """Mark a session planned, held or cancelled (either member)."""
        if status not in m.SESSION_STATUSES:
            raise InvalidInput("A session is planned, held or cancelled.")
        with self._tx(write=True) as s:
            a, sess, _ = self._member_session(s, actor, session_id, "session.status")
            sess.status = status
            self._audit(s, a, "session.status", "session", session_id, f"status={status}")
            return self._session_view(a, sess)

    def remove_session(self, actor: ActorRef, session_id: int) -> None:
        """Remove a session nobody has written anything in (cancel one that has content)."""
        with self._tx(write=True) as s:
            a, sess, _ = self._member_session(s, actor, session_id, "session.remove")
            shared = (
                s.scalar(
                    select(func.count(m.ShareItem.id)).where(m.ShareItem.session_id == session_id)
                )
                or 0
            )
            if (
                sess.mentor_notes.strip()
                or sess.mentee_notes.strip()
                or sess.plan
                or sess.reflection
                or sess.action_items
                or shared
                or sess.personal_effectiveness
                or sess.business_effectiveness
            ):
                raise InvalidInput(
                    f"Session {sess.number} has notes, a plan or action items, "
                    "so it cannot be removed; cancel it instead."
                )
            number, pair_id = sess.number, sess.pair_id
            s.delete(sess)
            s.flush()
            # Later sessions move up one, so numbering stays 1, 2, 3 ... with no gap.
            later = s.scalars(
                select(m.MentoringSession)
                .where(m.MentoringSession.pair_id == pair_id, m.MentoringSession.number > number)
                .order_by(m.MentoringSession.number)
            )
            for row in later:
                row.number -= 1
                s.flush()
            self._audit(
                s, a, "session.remove", "session", session_id, f"pair={pair_id} number={number}"
            )

    def pair_action_items(self, actor: ActorRef, pair_id: int) -> list[ActionItemView]:
        """The pair's action items across all its sessions, as this member may see them."""
        with self._tx() as s:
            a = self._actor(s, actor, "item.pair", "pair", pair_id)
            pair = self._get(s, m.Pair, pair_id, "pair")
            if self._side(a, pair) is None:
                raise self._refuse(
                    a,
                    "item.pair",
                    "pair",
                    pair_id,
                    "Only the two people in a pair can see its action items.",
                )
            rows = s.scalars(
                select(m.ActionItem)
                .join(m.MentoringSession)
                .where(m.MentoringSession.pair_id == pair_id)
                .order_by(m.MentoringSession.number, m.ActionItem.id)
            )
            return [item_view(i) for i in rows if self._item_visible(a, i, i.session)]


__all__ = ["OVERSEERS", "PLANNED_SESSIONS", "CycleMixin"]
