"""The share queue: the only path from a private note into the shared library.

A pair member offers their own notes; the anonymiser removes identifiers (the record's roster
of names included); the queue keeps the anonymised text and the *kinds* of what was removed,
never the removed values. HR approves (the text goes into the index as ``note:<id>``) or
rejects; the submitter or HR may withdraw, which takes it out of the index again.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach.errors import ConfigError, InvalidInput
from coach.record import models as m
from coach.record.core import ActorRef, RecordCore, clean_short, clean_text
from coach.record.views import IndexableNote, ShareView, share_view
from coach.topics import TOPICS, normalise_topic

REVIEWERS = ("hr",)
QUEUE_VIEWERS = ("hr", "admin")


def _anonymise(text: str, roster: list[str]) -> Any:
    from coach.anonymise import anonymise  # imported late: the anonymiser is optional at import

    return anonymise(text, roster)


def _removed(*results: Any) -> list[dict[str, str]]:
    """Kinds and placeholders of removed spans, deduplicated; the originals are dropped."""
    seen: set[tuple[str, str]] = set()
    out: list[dict[str, str]] = []
    for result in results:
        for span in getattr(result, "spans", []) or []:
            key = (str(span.kind), str(span.placeholder))
            if key not in seen:
                seen.add(key)
                out.append({"kind": key[0], "placeholder": key[1]})
    return out


class SharingMixin(RecordCore):
    def _roster(self, s: Session) -> list[str]:
        return [name for name in s.scalars(select(m.Person.name)) if name]

    def _own_notes(
        self, s: Session, actor: ActorRef, session_id: int, action: str
    ) -> tuple[Any, m.MentoringSession, str]:
        a = self._actor(s, actor, action, "session", session_id)
        sess = self._get(s, m.MentoringSession, session_id, "session")
        side = self._side(a, sess.pair)
        if side is None:
            raise self._refuse(
                a, action, "session", session_id, "You can only share notes from your own sessions."
            )
        notes = sess.mentor_notes if side == "mentor" else sess.mentee_notes
        return a, sess, notes or ""

    def preview_share(self, actor: ActorRef, session_id: int) -> Any:
        """What sharing these notes would publish, and what would be removed (originals shown
        to the note's owner only; nothing is stored)."""
        with self._tx() as s:
            _, _, notes = self._own_notes(s, actor, session_id, "share.preview")
            roster = self._roster(s)
        if not notes.strip():
            raise InvalidInput("There are no notes of yours in this session to share.")
        return _anonymise(notes, roster)

    def submit_share(
        self,
        actor: ActorRef,
        session_id: int,
        edited_text: str | None = None,
        *,
        title: str | None = None,
        topic: str | None = None,
    ) -> ShareView:
        """Offer the actor's own notes of a session for the shared library (pending review).

        `edited_text` is the submitter's edit of the anonymised preview; it is anonymised
        again as a safety net before it is stored.
        """
        edited = None if edited_text is None else clean_text(edited_text, "shared text")
        with self._tx() as s:
            _, sess, notes = self._own_notes(s, actor, session_id, "share.submit")
            roster = self._roster(s)
            default_topic = sess.topic
            number = sess.number
        if not notes.strip() and not (edited and edited.strip()):
            raise InvalidInput("There are no notes of yours in this session to share.")
        first = _anonymise(notes, roster) if notes.strip() else None
        final = _anonymise(edited, roster) if edited is not None else first
        text = (final.text if final else "").strip()
        if not text:
            raise InvalidInput("Nothing is left to share once names and details are removed.")
        slug = normalise_topic(topic or default_topic)
        label = TOPICS.get(slug, "General")
        raw_title = clean_short(title, "title", allow_empty=True) if title else ""
        safe_title = _anonymise(raw_title, roster).text.strip() if raw_title else ""
        item_title = safe_title or f"Lesson from session {number}: {label}"
        removed = _removed(first, final) if final is not first else _removed(first)
        with self._tx(write=True) as s:
            a, sess, _ = self._own_notes(s, actor, session_id, "share.submit")
            item = m.ShareItem(
                session_id=sess.id,
                submitted_by_id=a.id,
                anonymised_text=text,
                removed=removed,
                status="pending",
                topic=slug,
                title=item_title,
            )
            s.add(item)
            s.flush()
            self._audit(
                s,
                a,
                "share.submit",
                "share",
                item.id,
                f"session={session_id} removed={len(removed)}",
            )
            return share_view(item)

    def get_share(self, actor: ActorRef, item_id: int) -> ShareView:
        with self._tx() as s:
            a = self._actor(s, actor, "share.view", "share", item_id)
            item = self._get(s, m.ShareItem, item_id, "shared note")
            if a.id != item.submitted_by_id and a.role not in QUEUE_VIEWERS:
                raise self._refuse(
                    a,
                    "share.view",
                    "share",
                    item_id,
                    "Only the submitter, HR and admins can see a queued note.",
                )
            return share_view(item)

    def list_share_queue(self, actor: ActorRef, status: str | None = "pending") -> list[ShareView]:
        """The queue for review (HR and admins see anonymised text only)."""
        with self._tx() as s:
            a = self._actor(s, actor, "share.list", "share", None)
            self._require(
                a,
                QUEUE_VIEWERS,
                "share.list",
                "share",
                None,
                "Only HR and admins can see the share queue.",
            )
            query = select(m.ShareItem).order_by(m.ShareItem.id)
            if status:
                if status not in m.SHARE_STATUSES:
                    raise InvalidInput(f"The status must be one of {', '.join(m.SHARE_STATUSES)}.")
                query = query.where(m.ShareItem.status == status)
            return [share_view(i) for i in s.scalars(query)]

    def my_shares(self, actor: ActorRef) -> list[ShareView]:
        with self._tx() as s:
            a = self._actor(s, actor, "share.mine", "share", None)
            rows = s.scalars(
                select(m.ShareItem)
                .where(m.ShareItem.submitted_by_id == a.id)
                .order_by(m.ShareItem.id)
            )
            return [share_view(i) for i in rows] if a.id is not None else []

    def _need_index(self, what: str) -> Any:
        if self.index is None:
            raise ConfigError(f"The shared index is not open, so the note cannot be {what}.")
        return self.index

    def approve_share(self, actor: ActorRef, item_id: int) -> ShareView:
        """HR approves a pending note: it is marked approved and indexed for everyone.

        Indexing happens inside the transaction: if it fails the note stays pending, and if
        the commit fails the chunks are removed again.
        """
        indexed = False
        try:
            with self._tx(write=True) as s:
                a = self._actor(s, actor, "share.approve", "share", item_id)
                self._require(
                    a,
                    REVIEWERS,
                    "share.approve",
                    "share",
                    item_id,
                    "Only HR can approve shared notes.",
                )
                item = self._get(s, m.ShareItem, item_id, "shared note")
                if item.status != "pending":
                    raise InvalidInput(f"This note is {item.status}, not pending review.")
                index = self._need_index("approved")
                item.status, item.reviewer_id = "approved", a.id
                item.reviewed_at = datetime.now(UTC)
                self._audit(s, a, "share.approve", "share", item_id)
                s.flush()
                view = share_view(item)
                index.add_text(
                    view.source,
                    view.anonymised_text,
                    title=view.title,
                    topic=view.topic,
                    kind="shared-note",
                    visibility="everyone",
                )
                indexed = True
            return view
        except Exception:
            if indexed and self.index is not None:
                self.index.remove_source(f"note:{item_id}")
            raise

    def reject_share(self, actor: ActorRef, item_id: int) -> ShareView:
        with self._tx(write=True) as s:
            a = self._actor(s, actor, "share.reject", "share", item_id)
            self._require(
                a, REVIEWERS, "share.reject", "share", item_id, "Only HR can reject shared notes."
            )
            item = self._get(s, m.ShareItem, item_id, "shared note")
            if item.status != "pending":
                raise InvalidInput(f"This note is {item.status}, not pending review.")
            item.status, item.reviewer_id = "rejected", a.id
            item.reviewed_at = datetime.now(UTC)
            self._audit(s, a, "share.reject", "share", item_id)
            return share_view(item)

    def withdraw_share(self, actor: ActorRef, item_id: int) -> ShareView:
        """The submitter (or HR) withdraws a note; if it was approved it leaves the index."""
        with self._tx(write=True) as s:
            a = self._actor(s, actor, "share.withdraw", "share", item_id)
            item = self._get(s, m.ShareItem, item_id, "shared note")
            if a.id != item.submitted_by_id and a.role not in REVIEWERS:
                raise self._refuse(
                    a,
                    "share.withdraw",
                    "share",
                    item_id,
                    "Only the person who shared a note, or HR, can withdraw it.",
                )
            if item.status not in ("pending", "approved"):
                raise InvalidInput(f"This note is already {item.status}.")
            was = item.status
            item.status = "withdrawn"
            self._audit(s, a, "share.withdraw", "share", item_id, f"was={was}")
            if was == "approved":
                self._need_index("withdrawn").remove_source(f"note:{item_id}")
            return share_view(item)

    def approved_notes_for_index(self) -> list[IndexableNote]:
        """Every approved note, for `coach reindex` to rebuild the shared notes (system use)."""
        with self._tx() as s:
            rows = s.scalars(
                select(m.ShareItem).where(m.ShareItem.status == "approved").order_by(m.ShareItem.id)
            )
            return [
                IndexableNote(
                    source=f"note:{i.id}", text=i.anonymised_text, title=i.title, topic=i.topic
                )
                for i in rows
            ]
