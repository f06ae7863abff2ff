"""The model path as a real server meets it: structured output found by a probe, one deadline
per request, token limits, quality gates, and Refine that replaces a failed turn. The real
openai client talks over HTTP to the scripted server (for what a real server cannot be made
to do on demand: 4xx/5xx on a format, stalls, garbage)."""

from __future__ import annotations

import json
import re
import time

import pytest
from langchain_core.messages import HumanMessage

from coach.engine import Coach, PrepareRequest, SessionPlan
from coach.engine.llm import ModelUnavailable, build_chat_model, extract_json, stream_text
from coach.engine.prose_json import DELIMITER, ProseSplitter
from coach.engine.schemas import AgendaItem
from coach.engine.stream_events import Replace
from coach.engine.structured import probe
from coach.engine.task_schemas import rescale_agenda
from tests.engine_fixtures import model_settings
from tests.llm_server import LLMServer

HI = [HumanMessage("hi")]
ROLE = "Chief Financial Officer"
OK = '{"ok": true, "word": "ready"}'
NOTE = (
    "We talked about how my team shares files. I learned that juniors keep everything in "
    "shared drives. I will ask IT for a shared drive by Friday. Priya will send me a "
    "guide to the sharing settings."
)


def _coach(server: LLMServer, offline_coach: Coach, library_index, **overrides: object) -> Coach:  # noqa: ANN001
    settings = model_settings(server.url, **{"llm_timeout": 20.0, **overrides})  # a busy machine
    return Coach(
        settings=settings,
        index=library_index,
        llm=build_chat_model(settings),
        backoff=0.01,
        encoder=offline_coach.encode,
    )


@pytest.fixture
def tech_plan(offline_coach: Coach) -> SessionPlan:
    return offline_coach.prepare(
        PrepareRequest(
            topic="technology", role=ROLE, goal="understand AI tools and data", session_number=3
        )
    )


def _ids(request: dict) -> list[str]:
    text = "\n".join(m["content"] for m in request["messages"])
    return re.findall(r'<<<PASSAGE id="([^"]+)"', text)


def _plan(request: dict, cited: bool = True, minutes: int = 45, changes: str = "") -> str:
    ids = _ids(request)
    body = {"changes": changes} if changes else {}
    body |= {
        "agenda": [
            {"minutes": minutes - 10, "title": "Show and tell", "citations": []},
            {"minutes": 10, "title": "Action items", "citations": []},
        ],
        "questions": [
            {
                "text": f"What would you try first, {i}?",
                "why": "it opens up",
                "citations": [ids[0]] if cited else [],
            }
            for i in range(5)
        ],
        "bring": [{"text": "Your phone", "citations": []}],
        "pitfalls": [{"text": "Lecturing", "citations": []}],
    }
    return json.dumps(body)


# -- the transport, the deadline and what is sent ---------------------------------------------
def test_a_stall_mid_stream_is_a_timeout_not_an_unknown_failure(llm_server: LLMServer) -> None:
    """The openai client reads through httpx2 (not httpx) and wraps a stalled read as
    APITimeoutError even mid-stream: that is what must count as a timeout."""
    llm_server.stall("one two three four", after_tokens=2)
    llm = build_chat_model(model_settings(llm_server.url, llm_timeout=1.0))
    with pytest.raises(ModelUnavailable, match="did not answer in time"):
        "".join(stream_text(llm, HI, retries=0, backoff=0))


def test_a_timeout_is_not_retried(llm_server: LLMServer) -> None:
    """A retry after a timeout would queue behind the answer the server is still writing."""
    llm_server.slow(30).reply("never asked for")
    llm = build_chat_model(model_settings(llm_server.url, llm_timeout=0.5))
    with pytest.raises(ModelUnavailable, match="in time"):
        "".join(stream_text(llm, HI, retries=2, backoff=0.01))
    assert len(llm_server.requests) == 1 and len(llm_server.replies) == 1


def test_the_stream_is_closed_when_the_deadline_passes(llm_server: LLMServer) -> None:
    """Past the deadline the client hangs up, so the server stops generating."""
    llm_server.trickle(" ".join(["word"] * 400), token_delay=0.05)
    llm = build_chat_model(model_settings(llm_server.url, llm_timeout=0.6))
    with pytest.raises(ModelUnavailable, match="in time"):
        "".join(stream_text(llm, HI, retries=0, backoff=0))
    for _ in range(100):  # bounded by count: the server notices at its next write
        if llm_server.disconnects:
            break
        time.sleep(0.05)
    assert llm_server.disconnects == 1


def test_every_request_carries_a_token_limit_and_a_low_temperature(llm_server: LLMServer) -> None:
    llm_server.reply("fine")
    llm = build_chat_model(model_settings(llm_server.url))
    assert "".join(stream_text(llm, HI, retries=0, backoff=0, max_tokens=123)) == "fine"
    sent = llm_server.requests[0]
    assert sent["max_tokens"] == 123 and sent["temperature"] <= 0.3 and sent["stream"] is True


def test_raw_newlines_inside_json_strings_are_read() -> None:
    assert extract_json('{"summary": "line one\nline two\tend"}') == {
        "summary": "line one\nline two\tend"
    }


# -- the probe --------------------------------------------------------------------------------
def test_the_probe_finds_json_object_when_json_schema_gets_a_500(llm_server: LLMServer) -> None:
    """llama.cpp's server answers response_format json_schema with HTTP 500."""
    llm_server.fail(500).reply(OK)
    caps = probe(build_chat_model(model_settings(llm_server.url)))
    assert caps.mode == "json_object"
    first, second = llm_server.requests
    assert first["response_format"]["type"] == "json_schema"
    assert second["response_format"]["type"] == "json_object"
    assert second["response_format"]["schema"]["required"] == ["ok", "word"]


def test_the_probe_falls_back_to_tools_then_the_prompt(llm_server: LLMServer) -> None:
    llm_server.fail(400).fail(400).reply(OK)
    assert probe(build_chat_model(model_settings(llm_server.url))).mode == "tools"
    assert llm_server.requests[2]["tool_choice"]["function"]["name"] == "probe"
    llm_server.fail(400).fail(400).fail(400).reply(OK)
    assert probe(build_chat_model(model_settings(llm_server.url))).mode == "prompt"


def test_a_model_that_cannot_give_json_is_found_once_and_never_waited_on(
    llm_server: LLMServer, offline_coach: Coach, library_index
) -> None:  # noqa: ANN001
    llm_server.reply("Sure!").reply("Hello").reply("I am a bot").reply("no")
    coach = _coach(llm_server, offline_coach, library_index, structured_output="auto")
    coach.start_probe()
    plan = coach.prepare(PrepareRequest(topic="money", role=ROLE))
    assert plan.mode == "offline" and "structured output" in plan.notice
    assert "cannot be used" in (coach.model_status or "")
    reflection = coach.reflect(NOTE)
    refined = coach.refine(plan, "make it shorter")
    assert reflection.mode == "offline" and refined.mode == "offline"
    assert len(llm_server.requests) == 4 and not llm_server.unexpected  # the probe only


def test_a_4xx_on_the_format_moves_to_the_next_way_not_a_retry(
    llm_server: LLMServer, offline_coach: Coach, library_index
) -> None:  # noqa: ANN001
    llm_server.fail(400).respond(_plan)
    coach = _coach(
        llm_server, offline_coach, library_index, structured_output="json_schema", llm_retries=0
    )
    plan = coach.prepare(PrepareRequest(topic="money", role=ROLE))
    assert plan.mode.startswith("model:")
    assert llm_server.requests[1]["response_format"]["type"] == "json_object"
    assert coach.capabilities().mode == "json_object"  # remembered for the next request


# -- per-request schemas and the quality gates --------------------------------------------
def test_the_schema_limits_citations_to_the_passages_sent(
    llm_server: LLMServer, offline_coach: Coach, library_index
) -> None:  # noqa: ANN001
    llm_server.respond(_plan)
    coach = _coach(llm_server, offline_coach, library_index, structured_output="json_object")
    coach.prepare(PrepareRequest(topic="money", role=ROLE))
    sent = llm_server.requests[0]
    schema = sent["response_format"]["schema"]
    enum = schema["properties"]["questions"]["items"]["properties"]["citations"]["items"]["enum"]
    assert enum == _ids(sent) and sent["max_tokens"] > 0
    assert "<id>" not in "\n".join(m["content"] for m in sent["messages"])


def test_agenda_minutes_are_rescaled_not_rejected(
    llm_server: LLMServer, offline_coach: Coach, library_index
) -> None:  # noqa: ANN001
    llm_server.respond(lambda r: _plan(r, minutes=52))
    coach = _coach(llm_server, offline_coach, library_index)
    plan = coach.prepare(PrepareRequest(topic="talent", role=ROLE))
    assert plan.mode.startswith("model:") and plan.total_minutes == 45
    assert len(llm_server.requests) == 1


def test_rescaling_keeps_every_step() -> None:
    agenda = [AgendaItem(minutes=m, title=str(m)) for m in (1, 1, 40, 17)]
    for target in (30, 45, 60):
        out = rescale_agenda(agenda, target)
        assert sum(a.minutes for a in out) == target and all(a.minutes >= 1 for a in out)


def test_a_plan_without_five_cited_questions_is_asked_again(
    llm_server: LLMServer, offline_coach: Coach, library_index
) -> None:  # noqa: ANN001
    llm_server.respond(lambda r: _plan(r, cited=False)).respond(_plan)
    coach = _coach(llm_server, offline_coach, library_index)
    plan = coach.prepare(PrepareRequest(topic="money", role=ROLE))
    assert plan.mode.startswith("model:") and all(q.citations for q in plan.questions)
    assert "cite" in llm_server.requests[1]["messages"][-1]["content"]


def _reflection(summary: str, actions: list | None = None) -> str:
    return json.dumps(
        {
            "summary": summary,
            "takeaways": [],
            "assumptions": [],
            "action_items": actions or [],
            "next_topics": [],
            "prompts": [],
        }
    )


def test_a_model_reflection_keeps_the_commitments_the_extractor_finds(
    llm_server: LLMServer, offline_coach: Coach, library_index
) -> None:  # noqa: ANN001
    llm_server.reply(_reflection("The senior learned how juniors share files in drives."))
    coach = _coach(llm_server, offline_coach, library_index)
    r = coach.reflect(NOTE)
    offline = offline_coach.reflect(NOTE)
    assert r.mode.startswith("model:") and offline.action_items
    assert {a.source.text for a in offline.action_items} <= {a.source.text for a in r.action_items}
    assert r.takeaways  # an empty section is filled from the notes


def test_a_summary_that_parrots_the_prompt_is_refused(
    llm_server: LLMServer, offline_coach: Coach, library_index
) -> None:  # noqa: ANN001
    parrot = (
        "You are Turntable, a coach for reverse mentoring. A senior leader wrote rough "
        "notes after a session with their junior mentor."
    )
    llm_server.reply(_reflection(parrot)).reply(_reflection(parrot))
    coach = _coach(llm_server, offline_coach, library_index)
    r = coach.reflect(NOTE)
    assert r.mode == "offline" and "could not be used" in r.notice
    assert "repeats the instructions" in llm_server.requests[1]["messages"][-1]["content"]


# -- refine: stream every character, validate, replace on fallback ----------------------------
def test_the_splitter_releases_every_character_of_the_prose() -> None:
    text = f"<<<Plainer questions now, fewer slides.\n{DELIMITER}\n" + '{"a": 1}'
    splitter = ProseSplitter(json_mode=False)
    out = [splitter.feed(text[i : i + 3]) for i in range(0, len(text), 3)]
    assert out[0] == "<<<" and "".join(out) + splitter.finish() == text[: text.index(DELIMITER)]
    assert extract_json(splitter.json_text()) == {"a": 1} and splitter.delimited
    prose = ProseSplitter(json_mode=False)
    assert "".join(prose.feed(c) for c in "no split at all") + prose.finish() == "no split at all"
    assert not prose.delimited
    js = ProseSplitter(json_mode=True)
    whole = json.dumps({"changes": 'Made it "plainer"\nand shorter.', "agenda": []})
    streamed = "".join(js.feed(c) for c in whole) + js.finish()
    assert streamed == 'Made it "plainer"\nand shorter.' and js.json_text() == whole


SAID = "Plainer questions now.\n---\nI kept the `{budget}` one and\n{one} more.\n```\n"


def _split_delimiter(request: dict) -> list[str]:
    """The prose (a rule, braces and a fence in it), then the delimiter cut in three."""
    return [SAID[:9], SAID[9:], DELIMITER[:2], DELIMITER[2:9], DELIMITER[9:] + "\n", _plan(request)]


def test_only_the_delimiter_ends_the_prose_even_split_across_chunks(
    llm_server: LLMServer,
    offline_coach: Coach,
    library_index,  # noqa: ANN001
    tech_plan: SessionPlan,
) -> None:
    llm_server.respond(_split_delimiter)
    coach = _coach(llm_server, offline_coach, library_index)
    out = list(coach.refine_stream(tech_plan, "less technical", []))
    text = "".join(x for x in out if isinstance(x, str))
    assert not any(isinstance(x, Replace) for x in out)
    assert text == SAID and "=" not in text  # every character of the prose, none of the line
    plan = out[-1]
    assert isinstance(plan, SessionPlan) and plan.mode.startswith("model:")
    assert plan.changes == SAID.strip() and len(llm_server.requests) == 1


def _undelimited(request: dict) -> str:
    return "Swapped two questions for plainer ones.\n" + _plan(request)


def test_an_answer_without_the_delimiter_is_asked_for_again_and_the_turn_replaced(
    llm_server: LLMServer,
    offline_coach: Coach,
    library_index,  # noqa: ANN001
    tech_plan: SessionPlan,
) -> None:
    llm_server.respond(_undelimited).respond(_plan)
    coach = _coach(llm_server, offline_coach, library_index)
    out = list(coach.refine_stream(tech_plan, "less technical", []))
    assert len(llm_server.requests) == 2
    assert DELIMITER in llm_server.requests[1]["messages"][-1]["content"]  # the reason, told
    plan = out[-1]
    assert isinstance(plan, SessionPlan) and plan.mode.startswith("model:")
    replaces = [x for x in out if isinstance(x, Replace)]
    assert len(replaces) == 1 and replaces[0] == plan.changes  # the JSON shown is taken back
    assert plan.changes and "{" not in plan.changes and "questions" in plan.changes


def test_no_delimiter_twice_falls_back_to_the_offline_coach(
    llm_server: LLMServer,
    offline_coach: Coach,
    library_index,  # noqa: ANN001
    tech_plan: SessionPlan,
) -> None:
    llm_server.respond(_undelimited).reply("Here is the plan: agenda, questions.")
    coach = _coach(llm_server, offline_coach, library_index)
    out = list(coach.refine_stream(tech_plan, "make it 30 minutes", []))
    replaces = [x for x in out if isinstance(x, Replace)]
    assert len(replaces) == 1 and "could not be used" in replaces[0]
    assert "not in the expected form" in replaces[0]
    plan = out[-1]
    assert isinstance(plan, SessionPlan) and plan.mode == "offline" and plan.total_minutes == 30


def test_invalid_json_after_the_delimiter_is_repaired_keeping_the_prose(
    llm_server: LLMServer,
    offline_coach: Coach,
    library_index,  # noqa: ANN001
    tech_plan: SessionPlan,
) -> None:
    said = "Fewer slides, plainer words."
    llm_server.respond(
        lambda r: f"{said}\n{DELIMITER}\n" + _plan(r).replace('"questions"', '"questions" "x"')
    ).respond(_plan)
    coach = _coach(llm_server, offline_coach, library_index)
    out = list(coach.refine_stream(tech_plan, "less technical", []))
    assert len(llm_server.requests) == 2
    assert "malformed" in llm_server.requests[1]["messages"][-1]["content"]
    plan = out[-1]
    assert isinstance(plan, SessionPlan) and plan.mode.startswith("model:")
    assert plan.changes == said and not any(isinstance(x, Replace) for x in out)


def test_refine_streams_prose_starting_with_fences_as_it_comes(
    llm_server: LLMServer,
    offline_coach: Coach,
    library_index,  # noqa: ANN001
    tech_plan: SessionPlan,
) -> None:
    said = "<<< Plainer questions now, and one fewer slide for the senior."
    llm_server.respond(lambda r: f"{said}\n{DELIMITER}\n" + _plan(r))
    coach = _coach(llm_server, offline_coach, library_index)
    out = list(coach.refine_stream(tech_plan, "less technical", []))
    text = [x for x in out if isinstance(x, str) and not isinstance(x, Replace)]
    assert len(text) > 3 and "".join(text).strip().endswith("for the senior.")
    assert isinstance(out[-1], SessionPlan) and out[-1].mode.startswith("model:")
    assert not any(isinstance(x, Replace) for x in out)


def test_refine_fallback_replaces_the_streamed_turn(
    llm_server: LLMServer,
    offline_coach: Coach,
    library_index,  # noqa: ANN001
    tech_plan: SessionPlan,
) -> None:
    llm_server.reply(f"I rewrote everything.\n{DELIMITER}\nnot json").reply("still not json")
    coach = _coach(llm_server, offline_coach, library_index)
    out = list(coach.refine_stream(tech_plan, "make it 30 minutes", []))
    replaces = [x for x in out if isinstance(x, Replace)]
    assert len(replaces) == 1 and "could not be used" in replaces[0]
    assert "I rewrote everything" not in replaces[0]
    plan = out[-1]
    assert isinstance(plan, SessionPlan) and plan.mode == "offline" and plan.total_minutes == 30


def test_a_small_window_gets_few_short_passages_and_real_citations_back(
    llm_server: LLMServer, offline_coach: Coach, library_index
) -> None:  # noqa: ANN001
    llm_server.respond(_plan)
    coach = _coach(
        llm_server, offline_coach, library_index, structured_output="json_object", llm_context=2048
    )
    plan = coach.prepare(PrepareRequest(topic="money", role=ROLE))
    assert llm_server.requests, (plan.notice, list(coach.calls))
    sent = llm_server.requests[0]
    prompt = "\n".join(m["content"] for m in sent["messages"])
    assert _ids(sent) == [f"S{i + 1}" for i in range(len(_ids(sent)))] and len(prompt) < 5200
    assert sent["max_tokens"] + len(prompt) / 3 < 2048
    real = {p.id for p in library_index.get([s["id"] for s in plan.sources])}
    assert (
        plan.mode.startswith("model:")
        and real
        and all(set(q.citations) <= real for q in plan.questions)
    )


def test_in_a_json_mode_the_changes_field_streams_as_the_prose(
    llm_server: LLMServer,
    offline_coach: Coach,
    library_index,  # noqa: ANN001
    tech_plan: SessionPlan,
) -> None:
    said = 'Plainer words, "fewer" slides\nand an éclair.'  # JSON holds \u00e9 for é

    def answer(request: dict) -> list[str]:
        body = _plan(request, changes=said)
        cut = body.index("\\u00e9") + 3  # an escape split across two chunks
        return [body[:5], body[5:12], body[12:cut], body[cut:]]

    llm_server.respond(answer)
    coach = _coach(llm_server, offline_coach, library_index, structured_output="json_object")
    out = list(coach.refine_stream(tech_plan, "less technical", []))
    text = "".join(x for x in out if isinstance(x, str))
    assert text == said and not any(isinstance(x, Replace) for x in out)
    plan = out[-1]
    assert isinstance(plan, SessionPlan) and plan.mode.startswith("model:")
    assert llm_server.requests[0]["response_format"]["type"] == "json_object"
