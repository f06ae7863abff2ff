"""Our cycle in a real browser, both sides of a pair: the plan, one list of action items, the
shared agenda, the junior's own notes; and the narrow-screen checks (390 px wide)."""

from __future__ import annotations

import pytest

from coach.record import SYSTEM, Record
from tests.ui_fixtures import UiServer, shot, sign_in

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

SENIOR_NOTES = (
    "Session with Maya on how her friends find jobs.\n"
    "Maya will send me 3 TikTok videos by 15 Dec.\n"
    "I will review our careers page on a phone by Friday.\n"
)


def tab(page, name: str):  # noqa: ANN001, ANN201
    return page.get_by_role("tab", name=name, exact=True)


def _record(server: UiServer) -> Record:
    return Record.open(f"sqlite:///{server.data_dir / 'turntable.db'}")


def _session_count(server: UiServer) -> int:
    with _record(server) as r:
        pairs = r.list_pairs(SYSTEM)
        hr = r.find_person(SYSTEM, "hr@demo.turntable.example")
        return sum(len(r.list_sessions(hr, p.id)) for p in pairs)


def test_no_click_creates_a_session_by_accident(browser, own_ui_server: UiServer) -> None:
    before = _session_count(own_ui_server)
    senior = sign_in(browser, own_ui_server, *own_ui_server.creds("mentee"))
    expect(senior.locator("#notes textarea")).to_be_editable()
    expect(senior.locator("#reflect-new")).to_be_hidden()  # only inside its box, which asks
    senior.get_by_text("Start a new session").click()
    senior.locator("#reflect-new").click()  # no date, no topic: a sentence, no session
    expect(senior.get_by_text("Give the session date").first).to_be_visible()
    tab(senior, "Our cycle").click()
    expect(senior.locator("#pair-plan")).to_contain_text("held")
    senior.get_by_text("Add a session").click()
    senior.locator("#pair-add").click()
    expect(senior.get_by_text("Give the session date").first).to_be_visible()
    assert _session_count(own_ui_server) == before
    senior.locator("#pair-new-date textarea, #pair-new-date input").fill("2026-12-10")
    senior.locator("#pair-new-topic textarea, #pair-new-topic input").fill("Recruitment")
    senior.locator("#pair-add").click()
    expect(senior.locator("#pair-status")).to_contain_text("added for 10 Dec 2026")
    assert _session_count(own_ui_server) == before + 1
    expect(senior.locator("#pair-next")).to_contain_text("session 3")
    senior.locator("#pair-remove").click()  # the new, empty one goes again
    expect(senior.locator("#pair-status")).to_contain_text("removed")
    assert _session_count(own_ui_server) == before
    senior.context.close()


def test_items_agenda_and_notes_across_the_pair(browser, own_ui_server: UiServer) -> None:
    senior = sign_in(browser, own_ui_server, *own_ui_server.creds("mentee"))
    junior = sign_in(browser, own_ui_server, *own_ui_server.creds("mentor"))
    senior.locator("#notes textarea").fill(SENIOR_NOTES)
    senior.locator("#summarise").click()
    expect(senior.locator("#notes-saved")).to_contain_text("summary saved")
    expect(senior.locator("#items")).not_to_contain_text("TikTok")  # Maya's task, not his
    expect(senior.locator("#reflection")).not_to_contain_text("[ ]")

    tab(junior, "Our cycle").click()
    mine = junior.locator("#pair-mine")
    expect(mine).to_contain_text("Send me 3 TikTok videos")
    expect(mine).to_contain_text("15 Dec")
    expect(mine).not_to_contain_text("careers page")
    mine.get_by_label("Send me 3 TikTok videos", exact=False).check()
    expect(junior.locator("#pair-status")).to_contain_text("updated")
    tab(senior, "Our cycle").click()
    row = senior.locator("#pair-items tr", has_text="TikTok")
    expect(row).to_contain_text("Maya Okafor")
    expect(row).to_contain_text("yes")

    # The junior plans session 3 with an agenda, then shares it: the senior sees it.
    junior.get_by_text("Add a session").click()
    junior.locator("#pair-new-date textarea, #pair-new-date input").fill("2026-12-20")
    junior.locator("#pair-new-topic textarea, #pair-new-topic input").fill("money")
    junior.locator("#pair-add").click()
    expect(junior.locator("#pair-status")).to_contain_text("added")
    with _record(own_ui_server) as r:
        maya = r.find_person(SYSTEM, "mentor@demo.turntable.example")
        pair = r.my_pairs(maya)[0]
        nxt = [s for s in r.list_sessions(maya, pair.id) if s.status == "planned"][0]
        r.save_plan(maya, nxt.id, {"agenda": [{"title": "Where my friends bank", "minutes": 10}]})
    junior.locator("#pair-notes textarea").fill("My own prep: bring the fee screenshots.")
    junior.locator("#pair-notes textarea").blur()
    expect(junior.locator("#pair-notes-saved")).to_contain_text("Saved at")
    senior.reload()
    tab(senior, "Our cycle").click()
    expect(senior.locator("#pair-next")).to_contain_text("not shared an agenda")
    expect(senior.locator("#pair-notes")).to_be_hidden()
    junior.locator("#pair-share input").check()
    expect(junior.locator("#pair-status")).to_contain_text("now sees your side")
    senior.reload()
    tab(senior, "Our cycle").click()
    expect(senior.locator("#pair-next")).to_contain_text("Where my friends bank")
    junior.reload()
    tab(junior, "Our cycle").click()
    expect(junior.locator("#pair-notes textarea")).to_have_value(
        "My own prep: bring the fee screenshots."
    )
    shot(senior, "pair-senior")
    senior.context.close()
    junior.context.close()


def _narrow(browser, server: UiServer, role: str):  # noqa: ANN001, ANN202
    page = sign_in(browser, server, *server.creds(role))
    page.set_viewport_size({"width": 390, "height": 844})
    return page


def test_a_narrow_screen(browser, own_ui_server: UiServer) -> None:
    senior = _narrow(browser, own_ui_server, "mentee")
    title = senior.locator("#brand h1")
    box = title.bounding_box()
    line = senior.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('#brand h1')).lineHeight) || 30"
    )
    assert box and box["height"] < 1.6 * line, "the title stays on one line"
    notes = senior.locator("#notes").bounding_box()
    rating = senior.locator("#rate-personal").bounding_box()
    assert notes and rating and notes["y"] < rating["y"], "notes before the rating"
    senior.locator("#notes textarea").fill("A short note.")
    senior.locator("#notes textarea").blur()
    expect(senior.locator("#notes-saved")).to_contain_text("Saved at")
    assert "common.complete" not in senior.locator("body").inner_text()
    assert senior.locator("[aria-live]", has_text="common.").count() == 0
    shot(senior, "narrow-reflect")
    senior.context.close()

    hr = _narrow(browser, own_ui_server, "hr")
    hr.get_by_role("tab", name="Program", exact=True).click()
    table = hr.locator("#program-figures table")
    expect(table).to_be_visible()
    fits = hr.evaluate(
        "() => { const t = document.querySelector('#program-figures table');"
        " return t.getBoundingClientRect().right <= window.innerWidth + 1; }"
    )
    assert fits, "the figures table fits the screen"
    cell = hr.locator("#program-figures th").first.bounding_box()
    assert cell and cell["width"] >= 60, "each figure has room to be read"
    shot(hr, "narrow-program")
    hr.context.close()
