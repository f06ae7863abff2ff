"""The model path against a real inference server: llama.cpp's, serving SmolLM2-135M.

A handful of calls (a 135M model on two cores): the probe, one plan, one reflection, one
refine, and an abandoned answer that must not hold up the next one. Each answer is either
the model's, valid and cited, or the offline coach's with its notice; never an error.
"""

from __future__ import annotations

import time

import pytest
from langchain_core.messages import HumanMessage, SystemMessage

from coach.engine import Coach, PrepareRequest, Replace, SessionPlan
from coach.engine.llm import (
    Call,
    ModelUnavailable,
    build_chat_model,
    stream_call,
    stream_retrying,
)
from coach.engine.structured import probe
from coach.settings import load_settings
from evals.llama_server import CONTEXT, RealServer

pytestmark = pytest.mark.llm_server
pytest_plugins = ["tests.llm_real_fixtures"]

NOTES = (
    "Session three with Priya. We talked about how her team uses group chats instead of "
    "email. I learned that juniors expect an answer within the hour. I had assumed that "
    "email was the formal channel everyone preferred. I will try the team chat for one "
    "week. I'll ask IT to set up a channel for my directs by Friday. Next time we want to "
    "talk about video calls."
)


def _settings(server: RealServer, **extra: object):  # noqa: ANN202
    return load_settings(
        model=server.model,
        openai_base_url=server.url,
        llm_timeout=55,
        llm_context=CONTEXT,
        llm_retries=1,
        **extra,
    )


@pytest.fixture(scope="module")
def real_coach(real_llm_server: RealServer, library_index) -> Coach:  # noqa: ANN001
    coach = Coach.from_settings(_settings(real_llm_server), index=library_index)
    caps = coach.capabilities()
    assert caps is not None and caps.usable, caps
    return coach


def test_the_probe_finds_json_object_on_llama_cpp(real_llm_server: RealServer) -> None:
    """json_schema gets HTTP 500 from this server; json_object with a schema works."""
    caps = probe(build_chat_model(_settings(real_llm_server)), seconds=55)
    assert caps.mode == "json_object", caps


def test_a_real_plan_is_valid_and_cited(real_coach: Coach) -> None:
    plan = real_coach.prepare(
        PrepareRequest(
            topic="money",
            role="Chief Financial Officer",
            goal="understand banking apps",
            minutes=45,
        )
    )
    assert plan.total_minutes == 45 and 5 <= len(plan.questions) <= 8
    if plan.mode.startswith("model:"):
        cited = [q for q in plan.questions if q.citations]
        assert len(cited) >= 5 and {s["id"] for s in plan.sources}
    else:
        assert "could not be used" in plan.notice  # the offline coach, saying so
    assert real_coach.calls[-1]["task"] == "prepare"


def test_a_real_reflection_keeps_every_commitment(real_coach: Coach, offline_coach: Coach) -> None:
    r = real_coach.reflect(NOTES)
    found = {a.source.text for a in offline_coach.reflect(NOTES).action_items}
    assert found and found <= {a.source.text for a in r.action_items}
    assert r.summary and "You are Turntable" not in r.summary
    if not r.mode.startswith("model:"):
        assert "could not be used" in r.notice


def test_a_real_refine_streams_then_gives_a_valid_plan(
    real_coach: Coach, offline_coach: Coach
) -> None:
    plan = offline_coach.prepare(PrepareRequest(topic="technology", role="COO", minutes=45))
    out = list(real_coach.refine_stream(plan, "make it less technical", []))
    new = out[-1]
    assert isinstance(new, SessionPlan) and new.total_minutes == 45
    text = [x for x in out[:-1] if isinstance(x, str)]
    assert text, "nothing was said about the change"
    if new.mode == "offline":
        assert isinstance(text[-1], Replace) and "could not be used" in text[-1]


def test_an_abandoned_answer_does_not_hold_up_the_next(real_llm_server: RealServer) -> None:
    """The client hangs up at its deadline; the server stops, and the next call answers."""
    llm = build_chat_model(_settings(real_llm_server))
    long = Call(
        [
            SystemMessage("You write long stories."),
            HumanMessage("Write a very long story about a lighthouse keeper."),
        ],
        max_tokens=CONTEXT - 100,
    )
    with pytest.raises(ModelUnavailable):
        for _ in stream_retrying(llm, long, time.monotonic() + 2, retries=0, backoff=0):
            pass
    short = Call([HumanMessage("Say hello.")], max_tokens=8)
    assert "".join(stream_call(llm, short, time.monotonic() + 30))
    assert short.stats["first_token"] is not None
