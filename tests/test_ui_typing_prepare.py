"""Prepare keeps the junior's work: a reload brings back the form, the working plan and the
refine chat from the server; refining to 30 minutes moves the slider; a saved plan reopens
with its own request, and saving keeps the session's due date. A real browser, reloading."""

from __future__ import annotations

import re

import pytest

from coach.record import Record
from tests.ui_fixtures import UiServer, sign_in

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect
expect.set_options(timeout=30_000)  # a loaded machine: waits, never a time asserted

ROLE, GOAL, WISHES = (
    "Chief Financial Officer",
    "why younger customers switch banks",
    "keep it light",
)


def pick(page, elem_id: str, option: re.Pattern) -> None:  # noqa: ANN001
    page.locator(f"#{elem_id} input").click()
    page.get_by_role("option", name=option).click()


def form(page) -> dict[str, str]:  # noqa: ANN001
    return {
        "role": page.get_by_label("The senior's role").input_value(),
        "goal": page.get_by_label("What they want from it").input_value(),
        "wishes": page.get_by_label("Anything the coach should know").input_value(),
        "minutes": page.get_by_label("number input for Minutes").input_value(),
    }


def record_of(server: UiServer) -> Record:
    return Record.open(f"sqlite:///{server.data_dir / 'turntable.db'}")


def test_a_reload_keeps_the_working_plan_and_saving_keeps_the_due_date(
    browser, own_ui_server: UiServer
) -> None:
    with record_of(own_ui_server) as record:
        me = record.authenticate(*own_ui_server.creds("mentor"))
        pair = record.my_pairs(me)[0]
        number, due = pair.next_session_number, pair.next_session_due
    assert due is not None

    page = sign_in(browser, own_ui_server, *own_ui_server.creds("mentor"))
    expect(page.locator("#plan")).to_contain_text("Your plan will appear here")
    page.get_by_label("The senior's role").fill(ROLE)
    page.get_by_label("What they want from it").fill(GOAL)
    page.get_by_label("Anything the coach should know").fill(WISHES)
    page.locator("#prepare-go").click()
    expect(page.locator("#plan")).to_contain_text("Questions")
    expect(page.locator("#plan-save")).to_be_enabled()

    page.locator("#refine-msg textarea").fill("make it 30 minutes")
    page.locator("#refine-msg textarea").press("Enter")
    expect(page.locator("#plan")).to_contain_text("What changed")
    expect(page.locator("#plan")).to_contain_text("30 minutes")
    expect(page.get_by_label("number input for Minutes")).to_have_value("30")

    page.reload()  # everything is back, from the server
    expect(page.locator("#plan")).to_contain_text("What changed")
    expect(page.locator("#refine-chat")).to_contain_text("make it 30 minutes")
    expect(page.locator("#prepare-session input")).to_have_value(re.compile(f"^Session {number}"))
    expect(page.get_by_label("number input for Minutes")).to_have_value("30")
    assert form(page) == {"role": ROLE, "goal": GOAL, "wishes": WISHES, "minutes": "30"}
    expect(page.locator("#plan-save")).to_be_enabled()

    page.locator("#plan-save").click()
    expect(page.locator("#plan-saved")).to_contain_text(f"Saved as the plan for session {number}")
    with record_of(own_ui_server) as record:
        me = record.authenticate(*own_ui_server.creds("mentor"))
        mine = [s for s in record.list_sessions(me, pair.id) if s.number == number]
        assert mine and mine[0].held_on == due  # the due date survives the save
        assert mine[0].plan["request"]["minutes"] == 30 and mine[0].plan["changes"]
    page.context.close()


def test_a_saved_plan_reopens_with_its_own_request(browser, own_ui_server: UiServer) -> None:
    page = sign_in(browser, own_ui_server, *own_ui_server.creds("mentor"))
    page.get_by_label("The senior's role").fill("Chief Operating Officer")
    page.get_by_label("What they want from it").fill("what makes a graduate stay")
    page.get_by_label("Anything the coach should know").fill("")
    page.locator("#prepare-go").click()
    expect(page.locator("#plan")).to_contain_text("Questions")
    page.locator("#plan-save").click()
    said = page.locator("#plan-saved")
    expect(said).to_contain_text("Saved as the plan for session")
    number = int(re.search(r"session (\d+)", said.inner_text()).group(1))
    with record_of(own_ui_server) as record:
        me = record.authenticate(*own_ui_server.creds("mentor"))
        pair = record.my_pairs(me)[0]
        saved = next(s for s in record.list_sessions(me, pair.id) if s.number == number)
    request = saved.plan["request"]
    assert request["role"] == "Chief Operating Officer"

    pick(page, "prepare-session", re.compile("^Next: session"))  # typed for another session
    expect(page.locator("#prepare-session input")).to_have_value(re.compile("^Next: session"))
    page.get_by_label("The senior's role").fill("Head of Retail")
    page.get_by_label("What they want from it").fill("something else entirely")
    pick(page, "prepare-session", re.compile(f"^Session {number}"))
    expect(said).to_contain_text(f"Showing the plan saved for session {number}")
    expect(page.get_by_label("The senior's role")).to_have_value(request["role"])
    assert form(page) == {
        "role": request["role"],
        "goal": request["goal"],
        "wishes": request["wishes"],
        "minutes": str(request["minutes"]),
    }

    page.locator("#prepare-go").click()  # Prepare uses what the form shows, not stale values
    expect(page.locator("#plan")).to_contain_text("Questions")
    expect(page.locator("#plan")).to_contain_text("Chief Operating Officer")
    with record_of(own_ui_server) as record:
        me = record.authenticate(*own_ui_server.creds("mentor"))
        again = record.get_session(me, saved.id).plan["working"]["plan"]["request"]
        assert again["role"] == request["role"] and again["minutes"] == request["minutes"]
    page.context.close()
