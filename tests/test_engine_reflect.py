"""Reflect: the offline coach on labelled notes, traceability, a model over real HTTP."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.engine import Coach, Reflection
from coach.engine.offline_reflect import third_person
from coach.errors import InvalidInput
from coach.sanitise import reflection_to_markdown
from evals.eval_reflect import load_jsonl, score_notes
from tests.llm_server import LLMServer

NOTES = load_jsonl(Path(__file__).parent / "data" / "reflect_notes.jsonl")


@pytest.fixture(scope="module")
def reflections(offline_coach: Coach) -> dict[str, Reflection]:
    return {row["id"]: offline_coach.reflect(row["notes"]) for row in NOTES}


def test_the_labelled_set_is_big_enough() -> None:
    assert len(NOTES) >= 15 and sum(len(r["action_items"]) for r in NOTES) >= 40


def test_action_items_found_on_labelled_notes(reflections: dict[str, Reflection]) -> None:
    by_notes = {row["notes"]: reflections[row["id"]] for row in NOTES}
    scores = score_notes(by_notes.__getitem__, NOTES)
    assert scores["recall"] >= 0.85, scores["misses"]
    assert scores["precision"] >= 0.85, scores["misses"]
    assert scores["owner_accuracy"] >= 0.8 and scores["due_accuracy"] >= 0.8
    assert scores["takeaways_recall"] >= 0.6
    assert scores["assumptions_recall"] >= 0.8 and scores["next_topics_recall"] >= 0.7


def test_everything_points_back_into_the_notes(reflections: dict[str, Reflection]) -> None:
    for row in NOTES:
        r = reflections[row["id"]]
        assert r.mode == "offline" and r.summary and r.takeaways
        items = [*r.takeaways, *r.assumptions, *r.next_topics, *r.action_items]
        for item in items:
            src = item.source
            assert row["notes"][src.start : src.end] == src.text, (row["id"], src)


def test_prompts_are_cited_from_the_library(reflections: dict[str, Reflection]) -> None:
    for r in reflections.values():
        assert 1 <= len(r.prompts) <= 2
        ids = {s["id"] for s in r.sources}
        assert all(p.citations and set(p.citations) <= ids for p in r.prompts)
        assert {s["kind"] for s in r.sources} == {"reflection-prompts"}


def test_not_a_commitment() -> None:
    from coach.engine.actions import extract_actions
    from coach.engine.text import split_sentences

    notes = (
        "Session with Mia.\nGen Z will leave a bank over one bad app.\n"
        "She says she'll probably never buy a car.\nI'd always assumed renting was a phase.\n"
        "Would like to cover TikTok next time.\nI will send Mia the report by Friday."
    )
    items = extract_actions(notes, split_sentences(notes))
    assert [(a.owner, a.action, a.due) for a in items] == [("me", "Send Mia the report", "Friday")]


def test_transcripts_are_summarised_in_the_third_person(offline_coach: Coach) -> None:
    assert (
        third_person("I need you to type this.", "#Person1#", "#Person2#")
        == "#Person1# needs #Person2# to type this."
    )
    dialogue = (
        "#Person1#: Hi, I want to open a savings account for my daughter.\n"
        "#Person2#: Sure. You need her birth certificate and your ID.\n"
        "#Person1#: I have both. Is there a minimum deposit?\n"
        "#Person2#: Ten dollars, and the account pays two percent interest.\n"
        "#Person1#: Great, I'll open it today."
    )
    r = offline_coach.reflect(dialogue)
    assert r.summary.startswith("#Person1# wants to open a savings account for #Person1#'s")
    assert "I " not in r.summary


def test_transcript_commitments_belong_to_the_speaker() -> None:
    from coach.engine.actions import extract_actions
    from coach.engine.text import split_sentences

    notes = (
        "Priya: Most of my friends bank on their phones.\nMe: Really? Even for savings?\n"
        "Priya: Yes. I'll send you the three apps they use by Friday.\n"
        "Me: Great, and I'll ask the digital team for our reviews.\n"
    )
    items = extract_actions(notes, split_sentences(notes))
    assert [(a.owner, a.due) for a in items] == [("Priya", "Friday"), ("me", None)]


@pytest.mark.parametrize(
    "bad, message",
    [("", "empty"), ("   \n ", "empty"), ("a\x00b", "binary"), ("x" * 60_000, "too long")],
)
def test_bad_notes_get_a_clear_message(offline_coach: Coach, bad: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        offline_coach.reflect(bad)


# -- with a model ------------------------------------------------------------------------
NOTE = NOTES[0]["notes"]


def _answer(extra_quote: str = "") -> str:
    return json.dumps(
        {
            "summary": "The senior learned how juniors pick banks. <img src=https://evil.example/x>",
            "takeaways": [
                {"text": "Apps beat branches", "quote": "they trust them more than branches"},
                {"text": "Invented", "quote": extra_quote or "nothing like this was said"},
            ],
            "assumptions": [{"text": "Trust", "quote": "I thought young people didn't trust"}],
            "action_items": [
                {
                    "owner": "me",
                    "action": "Get app reviews",
                    "due": "Friday",
                    "quote": "I'll ask the digital team for our app store reviews",
                }
            ],
            "next_topics": [{"text": "Crypto", "quote": "crypto, why her friends still hold it"}],
            "prompts": [{"text": "What surprised me?", "citations": ["invented-id"]}],
        }
    )


def test_model_reflection_is_traced_and_sanitised(
    model_coach: Coach, llm_server: LLMServer
) -> None:
    llm_server.reply(_answer())
    r = model_coach.reflect(NOTE)
    assert r.mode == "model:test-model"
    assert [t.text for t in r.takeaways] == ["Apps beat branches"]  # the untraceable one dropped
    assert (
        NOTE[r.takeaways[0].source.start : r.takeaways[0].source.end]
        == "they trust them more than branches"
    )
    assert r.action_items[0].due == "Friday" and r.next_topics and r.assumptions
    assert "evil.example" not in r.summary and "<img" not in r.summary
    assert r.prompts[0].citations == [] and r.sources == []
    sent = llm_server.requests[0]["messages"][1]["content"]
    assert "<<<NOTES>>>" in sent and "app store reviews" in sent


def test_model_timeout_falls_back_and_keeps_the_notes(
    model_coach: Coach, llm_server: LLMServer
) -> None:
    model_coach.settings = model_coach.settings.model_copy(update={"llm_retries": 0})
    from coach.engine.llm import build_chat_model

    model_coach.llm = build_chat_model(model_coach.settings.model_copy(update={"llm_timeout": 0.3}))
    llm_server.slow(30)
    before = str(NOTE)
    r = model_coach.reflect(NOTE)
    assert r.mode == "offline" and "did not answer in time" in r.notice
    assert NOTE == before and len(r.action_items) == 2
    assert "did not answer in time" in reflection_to_markdown(r)
