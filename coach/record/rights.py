"""Data rights: a person (or an admin for them) can export and delete everything held about them.

An admin's export for someone else leaves out their notes, plans, reflections and action item
texts: admins never read notes.

What deletion does:

- their profile and password hash are deleted, and every sign-in of theirs ends;
- their side of every session is erased (notes, and the plan if they mentored, or the
  reflection and ratings if they were the mentee), and their share-with-pair flag is cleared;
- action items they wrote are deleted; items their partner wrote for them stay with the
  partner, with no owner;
- their conversations with the coach are deleted;
- every note they offered to the shared library is deleted from the queue and its chunks are
  removed from the index (``note:<id>``);
- the partner keeps their own side of each session, and the pair is ended, showing a former
  member; sessions still count in program aggregates (dates and topics, no ratings of theirs);
- the audit trail keeps its events (ids, actions, outcomes: never content) and records the
  deletion itself with counts only.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, or_, select

from coach.errors import ConfigError
from coach.record import models as m
from coach.record.core import ActorRef, RecordCore
from coach.record.views import audit_view, aware, item_view, jsonable, person_view, share_view

RIGHTS_ADMINS = ("admin",)
# Session fields only their writer reads; admins never see notes (see coach.record).
PRIVATE_FIELDS = ("notes", "plan", "reflection")


class RightsMixin(RecordCore):
    def _check_self_or_admin(self, s: Any, actor: ActorRef, person_id: int, action: str) -> Any:
        a = self._actor(s, actor, action, "person", person_id)
        if a.id != person_id and a.role not in RIGHTS_ADMINS:
            raise self._refuse(
                a,
                action,
                "person",
                person_id,
                "Only the person themselves or an admin can do that.",
            )
        return a

    def export_person(self, actor: ActorRef, person_id: int) -> dict[str, Any]:
        """Everything held about a person, as JSON-ready data (self or admin)."""
        with self._tx(write=True) as s:
            a = self._check_self_or_admin(s, actor, person_id, "person.export")
            person = self._get(s, m.Person, person_id, "person")
            own = a.id == person_id
            pairs = list(
                s.scalars(
                    select(m.Pair)
                    .where(or_(m.Pair.mentor_id == person_id, m.Pair.mentee_id == person_id))
                    .order_by(m.Pair.id)
                )
            )
            pair_rows, session_rows = [], []
            for pair in pairs:
                side = "mentor" if pair.mentor_id == person_id else "mentee"
                partner = pair.mentee if side == "mentor" else pair.mentor
                pair_rows.append(
                    {
                        "id": pair.id,
                        "cycle": pair.cycle.name,
                        "my_role": side,
                        "partner_id": partner.id if partner else None,
                        "partner_name": partner.name if partner else None,
                        "status": pair.status,
                    }
                )
                rows = s.scalars(
                    select(m.MentoringSession)
                    .where(m.MentoringSession.pair_id == pair.id)
                    .order_by(m.MentoringSession.number)
                )
                for sess in rows:
                    row: dict[str, Any] = {
                        "id": sess.id,
                        "pair_id": pair.id,
                        "number": sess.number,
                        "held_on": sess.held_on,
                        "topic": sess.topic,
                        "my_side": side,
                    }
                    if side == "mentor":
                        row.update(
                            notes=sess.mentor_notes,
                            plan=sess.plan,
                            felt_heard=sess.mentor_heard,
                            shared_with_pair=sess.mentor_shared,
                        )
                    else:
                        row.update(
                            notes=sess.mentee_notes,
                            reflection=sess.reflection,
                            personal_effectiveness=sess.personal_effectiveness,
                            business_effectiveness=sess.business_effectiveness,
                            shared_with_pair=sess.mentee_shared,
                        )
                    if not own:  # an admin acting for them: metadata and ratings, no notes
                        row.update({k: None for k in PRIVATE_FIELDS if k in row})
                    session_rows.append(row)
            items = s.scalars(
                select(m.ActionItem)
                .where(
                    or_(m.ActionItem.owner_id == person_id, m.ActionItem.created_by_id == person_id)
                )
                .order_by(m.ActionItem.id)
            )
            shares = s.scalars(
                select(m.ShareItem)
                .where(m.ShareItem.submitted_by_id == person_id)
                .order_by(m.ShareItem.id)
            )
            audit = s.scalars(
                select(m.AuditEvent)
                .where(
                    or_(
                        m.AuditEvent.actor_id == person_id,
                        (m.AuditEvent.target_type == "person")
                        & (m.AuditEvent.target_id == person_id),
                    )
                )
                .order_by(m.AuditEvent.id)
            )
            signins = s.scalars(
                select(m.SignInSession)
                .where(m.SignInSession.person_id == person_id)
                .order_by(m.SignInSession.id)
            )
            conversations = s.scalars(
                select(m.Conversation)
                .where(m.Conversation.person_id == person_id)
                .order_by(m.Conversation.id)
            )
            profile = person_view(person).to_dict()
            profile["created_at"] = aware(person.created_at)
            data = {
                "exported_at": datetime.now(UTC),
                "person": profile,
                "pairs": pair_rows,
                "sessions": session_rows,
                "action_items": [
                    item_view(i) if own else replace(item_view(i), text=None) for i in items
                ],
                "shared_notes": [share_view(i) for i in shares],
                # Questions asked of the coach and its answers: the person's own alone.
                "conversations": [_conversation_row(c) for c in conversations] if own else [],
                "audit": [audit_view(e) for e in audit],
                # Where and when they signed in; the tokens themselves are never kept.
                "signins": [
                    {
                        "created_at": aware(x.created_at),
                        "last_seen_at": aware(x.last_seen_at),
                        "revoked_at": aware(x.revoked_at),
                        "client": x.client,
                    }
                    for x in signins
                ],
            }
            if not own:
                data["withheld"] = (
                    "private notes, plans, reflections, action item texts and "
                    "conversations with the coach: "
                    "only the person can export those"
                )
            self._audit(s, a, "person.export", "person", person_id)
            return jsonable(data)

    def delete_person(self, actor: ActorRef, person_id: int) -> dict[str, int]:
        """Delete a person and what derives from them, index included (self or admin).

        Returns counts of what was removed. See the module docstring for the partner's side.
        """
        with self._tx(write=True) as s:
            a = self._check_self_or_admin(s, actor, person_id, "person.delete")
            self._get(s, m.Person, person_id, "person")
            share_ids = list(
                s.scalars(select(m.ShareItem.id).where(m.ShareItem.submitted_by_id == person_id))
            )
            approved = s.scalar(
                select(m.ShareItem.id)
                .where(m.ShareItem.submitted_by_id == person_id, m.ShareItem.status == "approved")
                .limit(1)
            )
            if approved is not None and self.index is None:
                raise ConfigError(
                    "The shared index is not open, so notes this person shared "
                    "cannot be removed from it; nothing was deleted."
                )
            counts = {
                "sessions_erased": 0,
                "action_items": 0,
                "shared_notes": len(share_ids),
                "index_chunks": 0,
                "pairs_ended": 0,
            }
            pairs = list(
                s.scalars(
                    select(m.Pair).where(
                        or_(m.Pair.mentor_id == person_id, m.Pair.mentee_id == person_id)
                    )
                )
            )
            for pair in pairs:
                side = "mentor" if pair.mentor_id == person_id else "mentee"
                for sess in s.scalars(
                    select(m.MentoringSession).where(m.MentoringSession.pair_id == pair.id)
                ):
                    if side == "mentor":
                        sess.mentor_notes, sess.plan, sess.mentor_shared = "", None, False
                        sess.mentor_heard = None
                    else:
                        sess.mentee_notes, sess.reflection, sess.mentee_shared = "", None, False
                        sess.personal_effectiveness = sess.business_effectiveness = None
                    counts["sessions_erased"] += 1
                if pair.status == "active":
                    pair.status, pair.ended_at = "ended", datetime.now(UTC)
                    counts["pairs_ended"] += 1
            counts["action_items"] = (
                s.execute(
                    delete(m.ActionItem).where(m.ActionItem.created_by_id == person_id)
                ).rowcount
                or 0
            )
            s.execute(delete(m.ShareItem).where(m.ShareItem.submitted_by_id == person_id))
            for conv in s.scalars(
                select(m.Conversation).where(m.Conversation.person_id == person_id)
            ):
                s.delete(conv)
            # Their sign-ins end with them, and failed sign-ins under their address go too.
            email = s.scalar(select(m.Person.email).where(m.Person.id == person_id))
            s.execute(delete(m.SignInSession).where(m.SignInSession.person_id == person_id))
            s.execute(delete(m.SignInFailure).where(m.SignInFailure.email == email))
            s.flush()
            s.execute(delete(m.Person).where(m.Person.id == person_id))
            s.expire_all()
            if self.index is not None:
                for share_id in share_ids:
                    counts["index_chunks"] += int(self.index.remove_source(f"note:{share_id}"))
            detail = " ".join(f"{k}={v}" for k, v in counts.items())
            self._audit(s, a, "person.delete", "person", person_id, detail)
            return counts


def _conversation_row(c: m.Conversation) -> dict[str, Any]:
    return {
        "id": c.id,
        "title": c.title,
        "created_at": aware(c.created_at),
        "turns": [
            {
                "role": t.role,
                "text": t.text,
                "citations": t.citations,
                "notice": t.notice,
                "created_at": aware(t.created_at),
            }
            for t in c.turns
        ],
    }
