"""With a model configured, the page names it; when it is down, notes are saved first and the
offline coach answers with a notice, so nothing is lost and nothing breaks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.index import Index
from coach.record import Record
from coach.settings import load_settings
from tests.index_fixtures import free_port
from tests.ui_fixtures import UiServer, shot, sign_in
from ui import build_app, launch_options, queue
from ui.deps import build_deps, seed_demo_if_empty

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect


@pytest.fixture
def dead_model_app(tmp_path: Path, library_index: Index) -> Iterator[UiServer]:
    """The app in this process, its model pointing at a port where nothing listens."""
    settings = load_settings(
        data_dir=tmp_path,
        model="house-model",
        llm_retries=0,
        llm_timeout=2,
        OPENAI_API_KEY="sk-test",
        OPENAI_BASE_URL=f"http://127.0.0.1:{free_port()}/v1",
    )
    deps = build_deps(settings, index=library_index)  # read-only use of the shared library
    passwords = seed_demo_if_empty(deps) or {}
    demo = queue(build_app(deps))
    options = {
        **launch_options(deps),
        "server_port": free_port(),
        "quiet": True,
        "prevent_thread_lock": True,
    }
    _, url, _ = demo.launch(**options)
    try:
        yield UiServer(
            url=url.rstrip("/"), data_dir=tmp_path, passwords=passwords, log=tmp_path / "none.log"
        )
    finally:
        demo.close()
        deps.record.close()


def test_dead_model_saves_notes_then_falls_back(browser, dead_model_app: UiServer) -> None:
    page = sign_in(browser, dead_model_app, *dead_model_app.creds("mentee"))
    expect(page.locator("#status")).to_contain_text("Model: house-model at 127.0.0.1")
    # The start-up probe found nothing listening: the status line says so, once.
    expect(page.locator("#status")).to_contain_text("cannot be used: it could not be reached")
    notes = "I learned that fees shown up front build trust. I will review our fee page."
    page.locator("#notes textarea").fill(notes)
    page.locator("#summarise").click()
    expect(page.locator("#reflection")).to_contain_text("could not be used")
    expect(page.locator("#reflection")).to_contain_text("offline coach answered")
    shot(page, "reflect-model-down")
    page.context.close()
    with Record.open(load_settings(data_dir=dead_model_app.data_dir).db_url) as record:
        mentee = record.authenticate(*dead_model_app.creds("mentee"))
        latest = record.list_sessions(mentee, record.my_pairs(mentee)[0].id)[-1]
        assert latest.mentee_notes == notes and latest.reflection["mode"] == "offline"
