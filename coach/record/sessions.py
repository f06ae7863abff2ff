"""Sessions of a pair: notes, plan, reflection, ratings and action items, each side private.

The mentor's side is the plan and the mentor's notes; the mentee's side is the mentee's notes,
the reflection and the ratings. A partner sees the other side only while its owner shares it
with the pair. HR and admins see a session's metadata, ratings and item counts, never text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coach.errors import InvalidInput
from coach.record import models as m
from coach.record.core import MAX_NOTE_CHARS, Actor, ActorRef, RecordCore, clean_short, clean_text
from coach.record.programs import _date
from coach.record.views import ActionItemView, SessionView, aware, item_view
from coach.topics import normalise_topic

OVERSEERS = ("hr", "admin", "system")


def _json_doc(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise InvalidInput(f"The {what} must be a JSON object.")
    try:
        text = json.dumps(dict(value), default=str)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"The {what} cannot be stored as JSON.") from exc
    if len(text) > MAX_NOTE_CHARS:
        raise InvalidInput(f"The {what} is too large to store.")
    return json.loads(text)


def _plan_for(plan: dict[str, Any] | None, side: str | None) -> dict[str, Any] | None:
    """The plan as this side may read it: the mentor's working draft (request, refine chat)
    stays with the mentor even when the saved plan is shared with the pair."""
    if plan is None or side == "mentor":
        return plan
    return {k: v for k, v in plan.items() if k != "working"}


def _rating(value: int | None, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise InvalidInput(f"The {what} rating must be a whole number from 1 to 5.")
    return value


def _topic(value: str | None) -> str:
    """A topic slug when it matches one of the eight areas, else the free text (trimmed)."""
    if not value or not str(value).strip():
        return "general"
    text = clean_short(value, "topic")
    slug = normalise_topic(text)
    return slug if slug != "general" or text.lower() == "general" else text


class SessionsMixin(RecordCore):
    # Views -----------------------------------------------------------------------------------

    def _item_visible(self, a: Actor, item: m.ActionItem, sess: m.MentoringSession) -> bool:
        if a.id is not None and a.id in (item.owner_id, item.created_by_id):
            return True
        side = self._side(a, sess.pair)
        if side is None or item.created_by_id is None:
            return False
        creator_side = "mentor" if item.created_by_id == sess.pair.mentor_id else "mentee"
        return creator_side != side and (
            sess.mentor_shared if creator_side == "mentor" else sess.mentee_shared
        )

    def _session_view(self, a: Actor, sess: m.MentoringSession) -> SessionView:
        side = self._side(a, sess.pair)
        mentor_ok = side == "mentor" or (side == "mentee" and sess.mentor_shared)
        mentee_ok = side == "mentee" or (side == "mentor" and sess.mentee_shared)
        ratings_ok = mentee_ok or a.role in OVERSEERS
        heard_ok = mentor_ok or a.role in OVERSEERS
        sides = (("mentor", mentor_ok), ("mentee", mentee_ok))
        hidden = tuple(name for name, ok in sides if not ok)
        items = [item_view(i) for i in sess.action_items if self._item_visible(a, i, sess)]
        return SessionView(
            id=sess.id,
            pair_id=sess.pair_id,
            number=sess.number,
            held_on=sess.held_on,
            topic=sess.topic,
            my_side=side,
            plan=_plan_for(sess.plan, side) if mentor_ok else None,
            mentor_notes=sess.mentor_notes if mentor_ok else None,
            mentee_notes=sess.mentee_notes if mentee_ok else None,
            reflection=sess.reflection if mentee_ok else None,
            personal_effectiveness=sess.personal_effectiveness if ratings_ok else None,
            business_effectiveness=sess.business_effectiveness if ratings_ok else None,
            mentor_shared=sess.mentor_shared,
            mentee_shared=sess.mentee_shared,
            action_items=items if side else [],
            items_done=sum(1 for i in sess.action_items if i.status == "done"),
            items_total=len(sess.action_items),
            updated_at=aware(sess.updated_at),
            hidden=hidden,
            status=sess.status,
            mentor_heard=sess.mentor_heard if heard_ok else None,
        )

    def _mark_held(self, sess: m.MentoringSession) -> None:
        """Notes, a summary or a rating on or after a planned session's date: it was held."""
        if sess.status == "planned" and (
            sess.held_on is None or sess.held_on <= self._now().date()
        ):
            sess.status = "held"

    def _member_session(
        self, s: Session, actor: ActorRef, session_id: int, action: str, need: str | None = None
    ) -> tuple[Actor, m.MentoringSession, str]:
        """Load a session for a pair member; `need` restricts it to "mentor" or "mentee"."""
        a = self._actor(s, actor, action, "session", session_id)
        sess = self._get(s, m.MentoringSession, session_id, "session")
        side = self._side(a, sess.pair)
        if side is None:
            raise self._refuse(
                a,
                action,
                "session",
                session_id,
                "Only the two people in this pair can do that for its sessions.",
            )
        if need and side != need:
            who = "mentor" if need == "mentor" else "mentee"
            raise self._refuse(
                a, action, "session", session_id, f"Only the pair's {who} can do that."
            )
        return a, sess, side

    # Reading ---------------------------------------------------------------------------------

    def get_session(self, actor: ActorRef, session_id: int) -> SessionView:
        with self._tx() as s:
            a = self._actor(s, actor, "session.view", "session", session_id)
            sess = self._get(s, m.MentoringSession, session_id, "session")
            if self._side(a, sess.pair) is None and a.role not in OVERSEERS:
                raise self._refuse(
                    a,
                    "session.view",
                    "session",
                    session_id,
                    "You can only see sessions of your own pairs.",
                )
            return self._session_view(a, sess)

    def list_sessions(self, actor: ActorRef, pair_id: int) -> list[SessionView]:
        with self._tx() as s:
            a = self._actor(s, actor, "session.list", "pair", pair_id)
            pair = self._get(s, m.Pair, pair_id, "pair")
            if self._side(a, pair) is None and a.role not in OVERSEERS:
                raise self._refuse(
                    a,
                    "session.list",
                    "pair",
                    pair_id,
                    "You can only see sessions of your own pairs.",
                )
            rows = s.scalars(
                select(m.MentoringSession)
                .where(m.MentoringSession.pair_id == pair_id)
                .order_by(m.MentoringSession.number)
            )
            return [self._session_view(a, r) for r in rows]

    def my_action_items(self, actor: ActorRef, status: str | None = None) -> list[ActionItemView]:
        """Items the actor owns or wrote, across all their sessions."""
        with self._tx() as s:
            a = self._actor(s, actor, "item.mine", "action_item", None)
            query = select(m.ActionItem).where(
                or_(m.ActionItem.owner_id == a.id, m.ActionItem.created_by_id == a.id)
            )
            if status:
                query = query.where(m.ActionItem.status == status)
            return [item_view(i) for i in s.scalars(query.order_by(m.ActionItem.id))]

    # Writing ---------------------------------------------------------------------------------

    def create_session(
        self,
        actor: ActorRef,
        pair_id: int,
        *,
        topic: str | None = None,
        held_on: date | str | None = None,
    ) -> SessionView:
        """Open the pair's next session (numbered in order); either member may do it."""
        day = _date(held_on, "session date")
        slug = _topic(topic)
        for attempt in range(5):
            try:
                with self._tx(write=True) as s:
                    a = self._actor(s, actor, "session.create", "pair", pair_id)
                    pair = self._get(s, m.Pair, pair_id, "pair")
                    # Row lock: numbering is serialised per pair (no-op on SQLite,
                    # which already holds the write lock).
                    s.refresh(pair, with_for_update=True)
                    if self._side(a, pair) is None:
                        raise self._refuse(
                            a,
                            "session.create",
                            "pair",
                            pair_id,
                            "Only the two people in a pair can add its sessions.",
                        )
                    if pair.status != "active":
                        raise InvalidInput("This pair has ended; no new sessions can be added.")
                    last = (
                        s.scalar(
                            select(func.max(m.MentoringSession.number)).where(
                                m.MentoringSession.pair_id == pair_id
                            )
                        )
                        or 0
                    )
                    sess = m.MentoringSession(pair=pair, number=last + 1, held_on=day, topic=slug)
                    s.add(sess)
                    s.flush()
                    self._audit(
                        s,
                        a,
                        "session.create",
                        "session",
                        sess.id,
                        f"pair={pair_id} number={sess.number}",
                    )
                    return self._session_view(a, sess)
            except IntegrityError:
                # Another writer took this number (databases without a write lock); retry.
                if attempt == 4:
                    raise
        raise AssertionError("unreachable")

    def update_session(
        self,
        actor: ActorRef,
        session_id: int,
        *,
        topic: str | None = None,
        held_on: date | str | None = None,
    ) -> SessionView:
        with self._tx(write=True) as s:
            a, sess, _ = self._member_session(s, actor, session_id, "session.update")
            if topic is not None:
                sess.topic = _topic(topic)
            if held_on is not None:
                sess.held_on = _date(held_on, "session date")
            self._audit(s, a, "session.update", "session", session_id)
            return self._session_view(a, sess)

    def save_notes(self, actor: ActorRef, session_id: int, text: str) -> SessionView:
        """Autosave the actor's own private notes for this session (whole text replaced)."""
        body = clean_text(text, "notes")
        with self._tx(write=True) as s:
            a, sess, side = self._member_session(s, actor, session_id, "session.notes")
            if body == (sess.mentor_notes if side == "mentor" else sess.mentee_notes):
                return self._session_view(a, sess)  # autosave of unchanged text: no write
            if side == "mentor":
                sess.mentor_notes = body
            else:
                sess.mentee_notes = body
            if body.strip():
                self._mark_held(sess)
            self._audit(s, a, "session.notes", "session", session_id, f"{len(body)} chars")
            return self._session_view(a, sess)

    def save_plan(self, actor: ActorRef, session_id: int, plan: Mapping[str, Any]) -> SessionView:
        """The mentor's preparation (agenda, questions, citations) for this session."""
        doc = _json_doc(plan, "plan")
        with self._tx(write=True) as s:
            a, sess, _ = self._member_session(s, actor, session_id, "session.plan", "mentor")
            sess.plan = doc
            self._audit(s, a, "session.plan", "session", session_id)
            return self._session_view(a, sess)

    def save_reflection(
        self,
        actor: ActorRef,
        session_id: int,
        reflection: Mapping[str, Any],
        action_items: Iterable[Mapping[str, Any]] = (),
    ) -> SessionView:
        """The mentee's reflection, plus its action items.

        Each item is ``{"text", "owner": "mentor"|"mentee"|person id, "due_on"}``. An item whose
        text this mentee already wrote for the same owner in this session is not added twice, so
        re-saving is safe; one task for both people is two items.
        """
        doc = _json_doc(reflection, "reflection")
        wanted = list(action_items)
        with self._tx(write=True) as s:
            a, sess, _ = self._member_session(s, actor, session_id, "session.reflect", "mentee")
            sess.reflection = doc
            self._mark_held(sess)
            known = {
                (i.text.strip().lower(), i.owner_id)
                for i in sess.action_items
                if i.created_by_id == a.id
            }
            added = 0
            for spec in wanted:
                item = self._new_item(a, sess, spec)
                key = (item.text.strip().lower(), item.owner_id)
                if key in known:
                    continue
                known.add(key)
                s.add(item)
                added += 1
            s.flush()
            s.refresh(sess, ["action_items"])
            self._audit(s, a, "session.reflect", "session", session_id, f"items_added={added}")
            return self._session_view(a, sess)

    def _new_item(
        self, a: Actor, sess: m.MentoringSession, spec: Mapping[str, Any]
    ) -> m.ActionItem:
        if not isinstance(spec, Mapping):
            raise InvalidInput("Each action item must be an object with at least a text.")
        text = clean_text(spec.get("text"), "action item", limit=2000, allow_empty=False).strip()
        owner = spec.get("owner", spec.get("owner_id"))
        if owner in (None, "", "me"):
            owner_id = a.id
        elif owner == "mentor":
            owner_id = sess.pair.mentor_id
        elif owner == "mentee":
            owner_id = sess.pair.mentee_id
        elif isinstance(owner, int) and owner in (sess.pair.mentor_id, sess.pair.mentee_id):
            owner_id = owner
        else:
            raise InvalidInput("An action item belongs to the mentor or the mentee of the pair.")
        return m.ActionItem(
            session_id=sess.id,
            owner_id=owner_id,
            created_by_id=a.id,
            text=text,
            due_on=_date(spec.get("due_on"), "due date"),
            status="open",
        )

    def add_action_item(
        self,
        actor: ActorRef,
        session_id: int,
        text: str,
        owner: str | int | None = None,
        due_on: date | str | None = None,
    ) -> ActionItemView:
        with self._tx(write=True) as s:
            a, sess, _ = self._member_session(s, actor, session_id, "item.add")
            item = self._new_item(a, sess, {"text": text, "owner": owner, "due_on": due_on})
            s.add(item)
            s.flush()
            self._audit(s, a, "item.add", "action_item", item.id, f"session={session_id}")
            return item_view(item)

    def set_action_item_done(
        self, actor: ActorRef, item_id: int, done: bool = True
    ) -> ActionItemView:
        """Tick (or untick) an item: its owner or the person who wrote it."""
        with self._tx(write=True) as s:
            a = self._actor(s, actor, "item.toggle", "action_item", item_id)
            item = self._get(s, m.ActionItem, item_id, "action item")
            if a.id is None or a.id not in (item.owner_id, item.created_by_id):
                raise self._refuse(
                    a,
                    "item.toggle",
                    "action_item",
                    item_id,
                    "Only the person who owns or wrote an action item can tick it.",
                )
            item.status = "done" if done else "open"
            item.done_at = datetime.now(UTC) if done else None
            self._audit(s, a, "item.toggle", "action_item", item_id, f"status={item.status}")
            return item_view(item)

    def reassign_action_item(self, actor: ActorRef, item_id: int, owner: str) -> ActionItemView:
        """Give an item to the pair's "mentor" or "mentee": its owner or its writer may."""
        if owner not in ("mentor", "mentee"):
            raise InvalidInput("An action item belongs to the mentor or the mentee of the pair.")
        with self._tx(write=True) as s:
            a = self._actor(s, actor, "item.reassign", "action_item", item_id)
            item = self._get(s, m.ActionItem, item_id, "action item")
            if a.id is None or a.id not in (item.owner_id, item.created_by_id):
                raise self._refuse(
                    a,
                    "item.reassign",
                    "action_item",
                    item_id,
                    "Only the person who owns or wrote an action item can pass it on.",
                )
            pair = item.session.pair
            new_owner = pair.mentor_id if owner == "mentor" else pair.mentee_id
            if new_owner is None:
                raise InvalidInput("That person has left the program; the item stays as it is.")
            item.owner_id = new_owner
            self._audit(s, a, "item.reassign", "action_item", item_id, f"owner={owner}")
            return item_view(item)

    def rate_session(
        self, actor: ActorRef, session_id: int, personal: int | None, business: int | None
    ) -> SessionView:
        """The mentee rates how effective the session was (1-5) for them and the business."""
        p, b = _rating(personal, "personal"), _rating(business, "business")
        with self._tx(write=True) as s:
            a, sess, _ = self._member_session(s, actor, session_id, "session.rate", "mentee")
            sess.personal_effectiveness, sess.business_effectiveness = p, b
            self._mark_held(sess)
            self._audit(s, a, "session.rate", "session", session_id, f"personal={p} business={b}")
            return self._session_view(a, sess)

    def share_with_pair(self, actor: ActorRef, session_id: int, shared: bool) -> SessionView:
        """Show (or hide) the actor's own side of this session to their partner."""
        with self._tx(write=True) as s:
            a, sess, side = self._member_session(s, actor, session_id, "session.share_pair")
            if side == "mentor":
                sess.mentor_shared = bool(shared)
            else:
                sess.mentee_shared = bool(shared)
            self._audit(
                s, a, "session.share_pair", "session", session_id, f"{side} shared={bool(shared)}"
            )
            return self._session_view(a, sess)
