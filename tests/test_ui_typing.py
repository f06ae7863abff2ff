"""Nothing the senior types or pastes is lost: a real browser pastes, reloads and checks.

Notes pasted with Ctrl+V (no typing) are saved; "Saved at" appears only once the server said
so; a save that fails is shown as not saved and retried; text over the limit is refused at once
in plain words and kept in the browser as a draft, offered back after a reload, until it is
saved or discarded. Summarise on empty notes says so and leaves no panel hanging.
"""

from __future__ import annotations

import re

import pytest

from coach.record import Record
from coach.record.core import MAX_NOTE_CHARS
from tests.ui_fixtures import UiServer, sign_in, start_session

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect
expect.set_options(timeout=30_000)  # a loaded machine: waits, never a time asserted

PASTED = (
    "Pasted from my phone: she compares fees in the app before anything else. "
    "Our long history did not come up once.\nI will try the fee page on a phone."
)


def senior(browser, server: UiServer):  # noqa: ANN001, ANN201
    page = sign_in(browser, server, *server.creds("mentee"))
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    expect(page.locator("#notes textarea")).to_be_editable()
    start_session(page)
    expect(page.locator("#notes-saved")).to_contain_text("started")
    expect(page.locator("#notes textarea")).to_have_value("")
    return page


def paste(page, text: str) -> None:  # noqa: ANN001
    """A real paste: the text goes on the clipboard, then Ctrl+V in the notes box."""
    box = page.locator("#notes textarea")
    box.click()
    page.evaluate("t => navigator.clipboard.writeText(t)", text)
    box.press("Control+V")


def stored_notes(server: UiServer) -> str:
    with Record.open(f"sqlite:///{server.data_dir / 'turntable.db'}") as record:
        me = record.authenticate(*server.creds("mentee"))
        return record.list_sessions(me, record.my_pairs(me)[0].id)[-1].my_notes


def test_pasted_notes_are_saved_without_typing(browser, own_ui_server: UiServer) -> None:
    page = senior(browser, own_ui_server)
    paste(page, PASTED)
    expect(page.locator("#notes textarea")).to_have_value(PASTED)
    expect(page.locator("#notes-saved")).to_contain_text(re.compile(r"Saved at \d\d:\d\d"))
    assert stored_notes(own_ui_server) == PASTED  # "saved" only once it is
    page.reload()
    expect(page.locator("#notes textarea")).to_have_value(PASTED)
    page.context.close()


def test_a_failed_save_is_shown_as_not_saved_and_retried(browser, own_ui_server: UiServer) -> None:
    page = senior(browser, own_ui_server)
    refused: list[str] = []

    def busy(route) -> None:  # noqa: ANN001 - the server is unreachable for a while
        refused.append(route.request.url)
        route.fulfill(
            status=503,
            body='{"detail": "unavailable"}',
            headers={"content-type": "application/json"},
        )

    page.route("**/gradio_api/queue/join*", busy)
    paste(page, PASTED + " (while offline)")
    expect(page.locator("#notes-saved")).to_contain_text("Not saved")
    expect(page.locator("#notes-saved")).not_to_contain_text("Saved at")
    for _ in range(240):  # the page keeps trying while refused (bounded by count)
        if len(refused) >= 2:
            break
        page.wait_for_timeout(250)
    assert len(refused) >= 2, refused
    expect(page.locator("#notes-saved")).to_contain_text("Not saved")
    page.unroute("**/gradio_api/queue/join*")
    expect(page.locator("#notes-saved")).to_contain_text("Saved at", timeout=60_000)
    assert stored_notes(own_ui_server) == PASTED + " (while offline)"
    page.context.close()


def test_notes_over_the_limit_say_so_at_once_and_stay_as_a_draft(
    browser, own_ui_server: UiServer
) -> None:
    page = senior(browser, own_ui_server)
    long_text = ("A long meeting transcript line about fees and apps. " * 4000)[
        : MAX_NOTE_CHARS + 4808
    ]
    paste(page, long_text)
    status = page.locator("#notes-saved")
    expect(status).to_contain_text("Not saved")  # at once, without pressing Summarise
    expect(status).to_contain_text(f"{len(long_text):,}")
    expect(status).to_contain_text(f"{MAX_NOTE_CHARS:,}")
    expect(status).not_to_contain_text("saved as you type")
    assert stored_notes(own_ui_server) == ""

    page.reload()  # the text is offered back from this browser
    offer = page.locator("#notes-draft")
    expect(offer).to_be_visible()
    expect(offer).to_contain_text("not saved")
    offer.get_by_role("button", name="Restore").click()
    expect(page.locator("#notes textarea")).to_have_value(long_text)
    expect(status).to_contain_text("Not saved")
    page.locator("#summarise").click()  # one plain refusal, not two about "the notes is"
    toasts = page.locator('[data-testid="toast-body"]')
    expect(toasts.filter(has_text="over the limit")).to_have_count(1)
    expect(toasts.filter(has_text="The notes is")).to_have_count(0)
    expect(page.locator("#reflection")).not_to_contain_text("Reading them")

    page.reload()  # still kept: it was never saved
    expect(offer).to_be_visible()
    offer.get_by_role("button", name="Discard").click()
    expect(offer).to_be_hidden()
    page.reload()
    expect(page.locator("#notes textarea")).to_be_editable()
    expect(offer).to_be_hidden()

    page.locator("#notes textarea").fill(long_text[:5000])  # shortened: saved, draft gone
    expect(status).to_contain_text("Saved at")
    assert stored_notes(own_ui_server) == long_text[:5000]
    page.reload()
    expect(page.locator("#notes textarea")).to_have_value(long_text[:5000])
    expect(offer).to_be_hidden()
    page.context.close()


def test_summarise_on_empty_notes_says_so_and_the_box_reads_plainly(
    browser, own_ui_server: UiServer
) -> None:
    page = senior(browser, own_ui_server)
    box = page.locator("#notes textarea")
    assert "*" not in (box.get_attribute("placeholder") or "")
    page.locator("#summarise").click()
    expect(page.get_by_text("There are no notes to work with").first).to_be_visible()
    expect(page.locator("#reflection")).not_to_contain_text("Reading them")
    assert page.get_by_text("Traceback").count() == 0
    page.context.close()
