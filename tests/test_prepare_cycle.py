"""The offline plan on requests it was not tuned on: goal first, a conversation, the cycle."""

from __future__ import annotations

import re

import pytest

from coach.engine import Coach, PrepareRequest, SessionPlan
from coach.engine.retrieval import formats_from, parse_steps
from coach.passages import Passage
from coach.settings import PROJECT_ROOT

NURSES = dict(
    topic="talent",
    role="Chief Nursing Officer of a hospital trust",
    goal="understand why newly qualified nurses leave within their first year",
)
STAGES = ("opening", "going deeper", "trying", "connecting", "closing")


def _sections(plan: SessionPlan) -> dict[str, str]:
    return {s["id"]: s["section"].lower() for s in plan.sources}


def _stage(plan: SessionPlan, citation: str) -> int:
    section = _sections(plan)[citation]  # a past pair's challenged belief goes deeper
    return next((i for i, word in enumerate(STAGES) if word in section), 1)


def _agenda(plan: SessionPlan) -> str:
    return " ".join(f"{a.title}. {a.detail}" for a in plan.agenda).lower()


def test_weights_are_named_and_the_goal_leads() -> None:
    from coach.engine.offline_prepare import WEIGHTS

    assert WEIGHTS.goal > WEIGHTS.topic and WEIGHTS.goal > WEIGHTS.stage
    assert WEIGHTS.stage <= 0.1  # a tie-breaker, not a veto


def test_the_goal_and_role_shape_the_questions(offline_coach: Coach) -> None:
    plan = offline_coach.prepare(PrepareRequest(**NURSES, session_number=3))
    words = re.compile(r"\b(?:nurs\w*|hospital|trust|first year|newly qualified|leav\w*)", re.I)
    tied = [q.text for q in plan.questions if words.search(q.text)]
    assert len(tied) / len(plan.questions) >= 0.6, [q.text for q in plan.questions]
    assert not any("{" in q.text or "}" in q.text for q in plan.questions)


def test_questions_run_as_a_conversation(offline_coach: Coach) -> None:
    for session in (1, 3, 5):
        plan = offline_coach.prepare(PrepareRequest(**NURSES, session_number=session))
        order = [_stage(plan, q.citations[0]) for q in plan.questions]
        assert order == sorted(order), [q.text for q in plan.questions]
        assert order[0] == 0 and order[-1] == 4


def test_connecting_questions_name_the_senior_s_world(offline_coach: Coach) -> None:
    plan = offline_coach.prepare(
        PrepareRequest(
            topic="money",
            role="Head of Reward at a pharmaceutical company",
            session_number=2,
            goal="get staff under 30 to join the pension scheme",
        )
    )
    connecting = [q.text for q in plan.questions if _stage(plan, q.citations[0]) == 3]
    assert connecting and any("pharmaceutical company" in t for t in connecting), connecting


@pytest.mark.parametrize(
    "session, must, must_not",
    [
        (1, r"ground rules", None),
        (4, r"mid-cycle|how the pairing is going", r"getting to know|ground rules"),
        (5, r"experiment", r"getting to know|ground rules"),
        (6, r"look back at the goal|rate the cycle", r"getting to know|ground rules"),
        (7, r"previous cycle", r"getting to know|ground rules"),
    ],
)
def test_agendas_follow_the_cycle(
    offline_coach: Coach, session: int, must: str, must_not: str | None
) -> None:
    plan = offline_coach.prepare(PrepareRequest(**NURSES, session_number=session, minutes=45))
    assert plan.total_minutes == 45
    assert re.search(must, _agenda(plan)), _agenda(plan)
    assert must_not is None or not re.search(must_not, _agenda(plan)), _agenda(plan)


def test_format_steps_carry_no_examples_from_one_topic() -> None:
    path = PROJECT_ROOT / "knowledge" / "program" / "session-formats.md"
    text = path.read_text(encoding="utf-8")
    passage = Passage(
        id="x", text=text, source="s", title="t", section="s", topic="general", kind="guidance"
    )
    steps = parse_steps(passage)
    assert len(steps) > 30
    leaks = [s.title for s in steps if re.search(r"such as|e\.g\.|banking|advert", s.title, re.I)]
    assert not leaks
    assert formats_from([passage]) is not None


def test_a_talent_plan_shows_nothing_about_banking(offline_coach: Coach) -> None:
    plan = offline_coach.prepare(
        PrepareRequest(**NURSES, session_number=2, minutes=60, wishes="show and tell")
    )
    assert "banking" not in _agenda(plan)


def test_a_thin_free_text_topic_says_so(offline_coach: Coach) -> None:
    plan = offline_coach.prepare(
        PrepareRequest(
            topic="patient appointment reminders",
            role="Chief Operating Officer of a hospital",
            goal="cut missed outpatient appointments",
            session_number=2,
        )
    )
    assert "little" in plan.notice.lower() and "patient appointment reminders" in plan.notice
    assert 5 <= len(plan.questions) <= 8


def test_a_covered_free_text_topic_has_no_thin_notice(offline_coach: Coach) -> None:
    plan = offline_coach.prepare(
        PrepareRequest(topic="saving for a first home", role="CFO of a building society")
    )
    assert "little" not in plan.notice.lower()
    banks = {s["topic"] for s in plan.sources if s["kind"] == "question-bank"}
    assert banks and len(banks) <= 2


def test_drop_removes_every_question_on_it_and_says_so(offline_coach: Coach) -> None:
    plan = offline_coach.prepare(
        PrepareRequest(
            topic="money",
            role="Chief Risk Officer of a bank",
            session_number=3,
            goal="understand why young staff buy crypto",
        )
    )
    before = [q.text for q in plan.questions if "crypto" in q.text.lower()]
    assert before, "the scenario should start with a crypto question"
    new = offline_coach.refine(plan, "he is sceptical about crypto, drop it", [])
    assert not any("crypto" in q.text.lower() for q in new.questions)
    assert f"{len(before)} question" in new.changes and "crypto" in new.changes
    assert "allowed for" not in new.changes


def test_drop_of_something_absent_says_nothing_was_there(offline_coach: Coach) -> None:
    plan = offline_coach.prepare(PrepareRequest(topic="talent", role="COO"))
    new = offline_coach.refine(plan, "drop anything about submarines", [])
    assert "no question" in new.changes.lower() and "submarine" in new.changes


def test_template_parts_keep_the_senior_s_words() -> None:
    from coach.engine.templates import parts

    free = parts(
        PrepareRequest(
            topic="online booking for GP appointments",
            role="Practice Manager of a GP surgery",
            goal="To cut queues.",
        )
    )
    assert free == {
        "topic": "online booking for GP appointments",
        "role": "Practice Manager",
        "organisation": "your GP surgery",
        "goal": "cut queues",
    }
    assert parts(PrepareRequest(topic="esg", role="CEO"))["topic"] == "ESG"
    assert "goal" not in parts(PrepareRequest(topic="money", role="CFO"))
