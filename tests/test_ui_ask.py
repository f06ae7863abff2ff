"""The Ask the coach view: answers stream in with their sources, a conversation is its
author's alone whatever id the page sends, stored text renders inert, and a reload (in a real
browser) shows the conversation again."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from pathlib import Path

import gradio as gr
import pytest

from coach.index import Index
from coach.record import SYSTEM
from coach.settings import load_settings
from tests.ui_fixtures import UiServer, sign_in
from ui import build_app
from ui.deps import Deps, build_deps, seed_demo_if_empty

MENTOR, MENTEE, HR = (
    "mentor@demo.turntable.example",
    "mentee@demo.turntable.example",
    "hr@demo.turntable.example",
)
TRACKER = "http://127.0.0.1:9"
HOSTILE = (
    f'What if he checks his email? <img src="{TRACKER}/a.png"> '
    f"![x]({TRACKER}/b.png) [click]({TRACKER}/c)"
)


@pytest.fixture(scope="module")
def app(
    tmp_path_factory: pytest.TempPathFactory, library_index: Index
) -> Iterator[tuple[Deps, gr.Blocks]]:
    path: Path = tmp_path_factory.mktemp("ui-ask")
    deps = build_deps(load_settings(data_dir=path), index=library_index)
    seed_demo_if_empty(deps)
    yield deps, build_app(deps)
    deps.record.close()


def fn(demo: gr.Blocks, name: str) -> object:
    for d in demo.fns.values():
        if getattr(d.fn, "__module__", "") == "ui.ask" and d.fn.__name__ == name:
            return d.fn
    raise LookupError(name)


def parts(demo: gr.Blocks) -> object:
    """The view's components, which its handlers answer for (a `{component: value}` dict)."""
    return fn(demo, "send").__self__.p  # type: ignore[attr-defined]


def run(handler: object, email: str, *args: object) -> list:
    result = handler(*args, gr.Request(username=email))  # type: ignore[operator]
    return list(result) if inspect.isgenerator(result) else [result]


def inert(text: str) -> bool:
    return "<img" not in text and TRACKER not in text and "](" not in text


def test_an_answer_streams_in_with_its_sources_and_renders_inert(
    app: tuple[Deps, gr.Blocks],
) -> None:
    deps, demo = app
    p = parts(demo)
    steps = run(fn(demo, "send"), MENTOR, HOSTILE, None)
    assert len(steps) >= 2, "the question shows before the answer"
    assert steps[0][p.chat][-1]["content"] == "…"
    turns, radio = steps[-1][p.chat], steps[-1][p.history]
    assert [t["role"] for t in turns] == ["user", "assistant"]
    assert "Sources" in turns[1]["content"] and re.search(r"\\\[\d+\\\]", turns[1]["content"])
    assert all(inert(t["content"]) for t in turns), turns
    me = deps.record.find_person(SYSTEM, MENTOR)
    kept = deps.record.get_conversation(me, radio.value)
    assert kept.turns[0].text == HOSTILE, "what was typed is kept as typed"
    reopened = run(fn(demo, "open_conversation"), MENTOR, radio.value)[0]
    assert reopened == turns
    follow = run(fn(demo, "send"), MENTOR, "And how do I follow up afterwards?", radio.value)
    assert len(follow[-1][p.chat]) == 4


def test_nobody_else_opens_or_adds_to_a_conversation(app: tuple[Deps, gr.Blocks]) -> None:
    deps, demo = app
    secret = "glimmerwharf: my senior keeps checking his email"
    p = parts(demo)
    cid = run(fn(demo, "send"), MENTOR, secret, None)[-1][p.history].value
    for other in (
        MENTEE,
        HR,
        "admin@demo.turntable.example",
        "tomas.mentor@demo.turntable.example",
    ):
        with pytest.raises(gr.Error) as refused:
            run(fn(demo, "open_conversation"), other, cid)
        assert "glimmerwharf" not in refused.value.message
        with pytest.raises(gr.Error):
            run(fn(demo, "send"), other, "overwritten?", cid)
        started = run(fn(demo, "start_new"), other)[0]
        turns, radio = started[p.chat], started[p.history]
        assert turns == [] and cid not in [value for _, value in radio.choices]
    me = deps.record.find_person(SYSTEM, MENTOR)
    assert [t.text for t in deps.record.get_conversation(me, cid).turns][0] == secret
    assert len(deps.record.get_conversation(me, cid).turns) == 2


def test_a_blank_question_does_nothing(app: tuple[Deps, gr.Blocks]) -> None:
    _, demo = app
    assert run(fn(demo, "send"), MENTEE, "   ", None) == []


def test_ask_reload_and_the_conversation_is_still_there(
    browser,
    ui_server: UiServer,  # noqa: ANN001
) -> None:
    from playwright.sync_api import expect

    page = sign_in(browser, ui_server, *ui_server.creds("mentee"))
    try:
        page.get_by_role("tab", name="Ask the coach").click()
        box = page.locator("#ask-msg textarea")
        box.fill("How do I follow up on what she showed me?")
        box.press("Enter")
        chat = page.locator("#ask-chat")
        expect(chat).to_contain_text("Sources")
        expect(chat).to_contain_text("[1]")
        page.reload()
        expect(page.locator("#whoami")).to_contain_text("Signed in as")
        page.get_by_role("tab", name="Ask the coach").click()
        expect(page.locator("#ask-chat")).to_contain_text(
            "How do I follow up on what she showed me?"
        )
        expect(page.locator("#ask-chat")).to_contain_text("Sources")
        expect(page.locator("#ask-history")).to_contain_text("How do I follow up")
    finally:
        page.context.close()
