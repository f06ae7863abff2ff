"""Ask the coach: a free question answered from the library, kept in the asker's conversation.

The page, the CLI and tests call the same flow. Who asks decides what is searched: HR and
admins read HR-only guidance as well; everyone else reads what is visible to everyone
(guidance and approved, anonymised notes). The question is stored before the coach is asked,
so it survives a failing model; the answer is stored with the passages it cites. Nobody but
the asker reads a conversation.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from coach.engine import Coach, Replace
from coach.engine.answer import Answer, check_question
from coach.record import ActorRef, ConversationView, PersonView, Record

HR_READERS = ("hr", "admin")
TITLE_CHARS = 80
ASKERS = {
    "mentor": "a junior mentor",
    "mentee": "a senior leader being mentored",
    "hr": "an HR program lead",
    "admin": "an administrator of the program",
}


@dataclass(frozen=True)
class Asked:
    """What one question left in the record: its conversation and the answer."""

    conversation_id: int
    answer: Answer


def visibility_for(role: str) -> tuple[str, ...]:
    """What a role may retrieve: HR-only guidance stays with HR and admins."""
    return ("everyone", "hr") if role in HR_READERS else ("everyone",)


def _history(record: Record, actor: ActorRef, conversation_id: int) -> list[dict]:
    turns = record.get_conversation(actor, conversation_id).turns
    return [{"role": t.role, "content": t.text} for t in turns]


def ask_stream(
    record: Record,
    coach: Coach,
    actor: PersonView,
    question: str,
    conversation_id: int | None = None,
) -> Iterator[str | Replace | Asked]:
    """Store the question, then yield the answer as written, then what was kept."""
    question = check_question(question)
    if conversation_id is None:
        conversation_id = record.start_conversation(actor, _title(question)).id
    history = _history(record, actor, conversation_id)  # refuses someone else's
    record.add_turn(actor, conversation_id, "user", question)  # persist first
    answer: Answer | None = None
    for part in coach.ask_stream(
        question,
        visibility_for(actor.role),
        history,
        ASKERS.get(actor.role, "a person in the program"),
    ):
        if isinstance(part, Answer):
            answer = part
        else:
            yield part
    assert answer is not None
    record.add_turn(
        actor, conversation_id, "assistant", answer.text, answer.citations(), answer.notice
    )
    yield Asked(conversation_id, answer)


def ask(
    record: Record,
    coach: Coach,
    actor: PersonView,
    question: str,
    conversation_id: int | None = None,
) -> Asked:
    """The whole answer at once (the CLI, scripts)."""
    result = None
    for part in ask_stream(record, coach, actor, question, conversation_id):
        result = part
    assert isinstance(result, Asked)
    return result


def latest_conversation(record: Record, actor: ActorRef) -> ConversationView | None:
    """The asker's most recent conversation, with its turns (what a reload shows again)."""
    mine = record.my_conversations(actor)
    return record.get_conversation(actor, mine[0].id) if mine else None


def _title(question: str) -> str:
    line = " ".join(question.split())
    return line if len(line) <= TITLE_CHARS else line[: TITLE_CHARS - 1].rstrip() + "…"
