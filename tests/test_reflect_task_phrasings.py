"""Tasks phrased without a modal: "leave X with me", "her homework:", "on the hook for",
"volunteered to", "has taken on", a person "from insight", subjectless gerunds with a date,
"promised Kemi a tour", "task - owner, due" rows, and a question answered in a chat."""

from __future__ import annotations

from coach.engine.actions import extract_actions
from coach.engine.text import split_sentences


def items(notes: str) -> list[tuple[str, str, str | None]]:
    return [(a.owner, a.action, a.due) for a in extract_actions(notes, split_sentences(notes))]


def test_leave_it_with_me_is_the_speakers_task() -> None:
    notes = "Session 2 with Ada\n- leave the recruiter brief with me, I'll have it redone by Friday"
    got = items(notes)
    assert [(o, d) for o, _, d in got] == [("me", "Friday")]
    assert "recruiter brief" in got[0][1]


def test_homework_and_on_the_hook_name_their_owner() -> None:
    notes = (
        "Topic: social media with Lola.\n"
        "Lola says our Instagram reads like a press release.\n"
        "Her homework: three brand accounts she follows.\n"
        "Mine: read the creator economy report.\n"
        "Sam in comms is on the hook for a draft posting calendar by weds."
    )
    assert [o for o, _, _ in items(notes)] == ["Lola", "me", "Sam"]


def test_volunteered_taken_on_and_a_person_from_a_team() -> None:
    notes = (
        "Good session with Grace today.\n"
        "Grace volunteered to run a poll in her group chat.\n"
        "Owen from insight agreed to share last year's switching survey.\n"
        "Grace has also taken on finding three Reddit threads on providers."
    )
    assert [o for o, _, _ in items(notes)] == ["Grace", "Owen", "Grace"]


def test_subjectless_gerunds_with_a_date_and_promised_someone_something() -> None:
    notes = (
        "Catch-up w/ Kemi\n"
        "- sending her the org chart tomorrow\n"
        "- promised Kemi a tour of the trading floor\n"
        "- asking around is how she finds jobs"
    )
    got = items(notes)
    assert [(o, d) for o, _, d in got] == [("me", "tomorrow"), ("me", None)]
    assert got[1][1].lower().startswith("a tour")


def test_task_dash_owner_comma_due_rows() -> None:
    notes = (
        "Things to do:\n"
        "* exit survey questions - Amir, weds\n"
        "* a coffee with two of the grads who left - me, in two weeks"
    )
    got = items(notes)
    assert [(o, d) for o, _, d in got] == [("Amir", "weds"), ("me", "in two weeks")]
    assert got[0][1].lower() == "exit survey questions"


def test_a_chat_question_with_a_tail_answered_yes() -> None:
    notes = (
        "Ada Lovell  10:02 AM\nthe ghosting bit stuck with me\n"
        "Ben Carter  10:06 AM\nand could you ask two uni friends what put them off? no rush\n"
        "Ada Lovell  10:07 AM\nsure, will do over the weekend"
    )
    assert [(o, d) for o, _, d in items(notes)] == [("Ada Lovell", "over the weekend")]
