"""Conversations with the coach: a person's questions and the cited answers, theirs alone.

Nobody else reads them, not the pair partner, not HR, not an admin, not the operator: a
question can say more about its author than a note does ("what do I do if he keeps checking
his email?"). The question is stored before the coach answers, so nothing typed is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach.errors import InvalidInput
from coach.record import models as m
from coach.record.core import Actor, ActorRef, RecordCore, clean_short, clean_text
from coach.record.views import aware

MAX_TURN_CHARS = 20_000
MAX_CITATIONS = 20
LISTED = 50  # conversations listed, newest first
_CITATION_KEYS = ("n", "id", "title", "section", "source")


@dataclass(frozen=True)
class TurnView:
    id: int
    role: str  # "user" or "assistant"
    text: str
    citations: list[dict[str, Any]]
    notice: str
    created_at: datetime | None


@dataclass(frozen=True)
class ConversationView:
    id: int
    title: str
    created_at: datetime | None
    updated_at: datetime | None
    turns: list[TurnView] = field(default_factory=list)


def _turn_view(t: m.ConversationTurn) -> TurnView:
    return TurnView(
        id=t.id,
        role=t.role,
        text=t.text,
        citations=list(t.citations or []),
        notice=t.notice,
        created_at=aware(t.created_at),
    )


def _view(c: m.Conversation, turns: bool = True) -> ConversationView:
    return ConversationView(
        id=c.id,
        title=c.title,
        created_at=aware(c.created_at),
        updated_at=aware(c.updated_at),
        turns=[_turn_view(t) for t in c.turns] if turns else [],
    )


def _citations(value: Any) -> list[dict[str, Any]]:
    """Only what names a passage: its number, id, title, section and source, as short text."""
    if not isinstance(value, list) or len(value) > MAX_CITATIONS:
        raise InvalidInput(f"Citations must be a list of at most {MAX_CITATIONS}.")
    out = []
    for c in value:
        if not isinstance(c, dict):
            raise InvalidInput("Each citation must be an object.")
        out.append(
            {
                k: (
                    c[k]
                    if k == "n" and isinstance(c[k], int)
                    else clean_text(str(c[k]), "citation", limit=400)
                )
                for k in _CITATION_KEYS
                if k in c
            }
        )
    return out


class ConversationsMixin(RecordCore):
    def _own_conversation(
        self, s: Session, actor: ActorRef, conversation_id: int, action: str
    ) -> tuple[Actor, m.Conversation]:
        a = self._actor(s, actor, action, "conversation", conversation_id)
        conv = self._get(s, m.Conversation, conversation_id, "conversation")
        if a.id is None or conv.person_id != a.id:
            raise self._refuse(
                a,
                action,
                "conversation",
                conversation_id,
                "Conversations with the coach are private to the person who asked.",
            )
        return a, conv

    def start_conversation(self, actor: ActorRef, title: str) -> ConversationView:
        """A new conversation of the actor's own (any signed-in person, not the operator)."""
        with self._tx(write=True) as s:
            a = self._actor(s, actor, "conversation.start", "conversation", None)
            if a.id is None:
                raise self._refuse(
                    a,
                    "conversation.start",
                    "conversation",
                    None,
                    "Only a signed-in person can ask the coach.",
                )
            conv = m.Conversation(person_id=a.id, title=clean_short(title[:200], "title"))
            s.add(conv)
            s.flush()
            self._audit(s, a, "conversation.start", "conversation", conv.id)
            return _view(conv)

    def add_turn(
        self,
        actor: ActorRef,
        conversation_id: int,
        role: str,
        text: str,
        citations: list[dict[str, Any]] | None = None,
        notice: str = "",
    ) -> TurnView:
        """Add a question (role "user") or an answer ("assistant") to one's own conversation."""
        if role not in m.TURN_ROLES:
            raise InvalidInput("A turn is either the question (user) or the answer (assistant).")
        with self._tx(write=True) as s:
            a, conv = self._own_conversation(s, actor, conversation_id, "conversation.turn")
            turn = m.ConversationTurn(
                conversation_id=conv.id,
                role=role,
                text=clean_text(text, "message", limit=MAX_TURN_CHARS, allow_empty=False),
                citations=_citations(citations or []),
                notice=clean_text(notice, "notice", limit=2000),
            )
            s.add(turn)
            conv.updated_at = self._now()
            s.flush()
            self._audit(s, a, "conversation.turn", "conversation", conv.id, f"role={role}")
            return _turn_view(turn)

    def get_conversation(self, actor: ActorRef, conversation_id: int) -> ConversationView:
        with self._tx() as s:
            _, conv = self._own_conversation(s, actor, conversation_id, "conversation.view")
            return _view(conv)

    def my_conversations(self, actor: ActorRef) -> list[ConversationView]:
        """The actor's own conversations, newest first, without their turns."""
        with self._tx() as s:
            a = self._actor(s, actor, "conversation.mine", "conversation", None)
            if a.id is None:
                return []
            rows = s.scalars(
                select(m.Conversation)
                .where(m.Conversation.person_id == a.id)
                .order_by(m.Conversation.updated_at.desc(), m.Conversation.id.desc())
                .limit(LISTED)
            )
            return [_view(c, turns=False) for c in rows]

    def delete_conversation(self, actor: ActorRef, conversation_id: int) -> None:
        with self._tx(write=True) as s:
            a, conv = self._own_conversation(s, actor, conversation_id, "conversation.delete")
            s.delete(conv)
            self._audit(s, a, "conversation.delete", "conversation", conversation_id)
