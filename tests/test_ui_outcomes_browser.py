"""HR's outcome section in a real browser: the measures beside The Hartford's, a pair opened,
a junior mentor's promotion recorded one by one and from an uploaded CSV, and the measures and
the mentor list brought up to date by each change without a reload."""

from __future__ import annotations

import re

import pytest

from tests.ui_fixtures import UiServer, sign_in

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect


def pick(page, elem_id: str, option: str | re.Pattern) -> None:  # noqa: ANN001
    page.locator(f"#{elem_id} input").click()
    page.get_by_role("option", name=option).click()


def test_hr_sees_outcomes_opens_a_pair_and_records_a_promotion(
    browser, ui_server: UiServer
) -> None:
    page = sign_in(browser, ui_server, *ui_server.creds("hr"))
    page.get_by_role("tab", name="Program", exact=True).click()
    measures = page.locator("#outcome-measures")
    expect(measures).to_contain_text("Junior mentors progressed within 12 months")
    expect(measures).to_contain_text("97% of The Hartford's mentees")
    expect(page.locator("#report-pdf")).to_be_visible()
    page.get_by_text("Open a pair").click()
    pick(page, "open-pair", re.compile("Maya Okafor and Leo Brandt"))
    shown = page.locator("#open-pair-view")
    expect(shown).to_contain_text("5/5")
    expect(shown).not_to_contain_text("nephew")
    progressed = measures.locator("tr", has_text="Junior mentors progressed")
    before = progressed.inner_text()
    page.get_by_text("Record a junior mentor's progression").click()
    pick(page, "prog-mentor", re.compile("Tomas Reyes"))
    page.locator("#prog-date textarea").fill("2026-11-20")
    page.locator("#prog-title textarea").fill("Analyst II")
    page.get_by_role("button", name="Record progression").click()
    expect(page.locator("#prog-said")).to_contain_text("Recorded: Tomas Reyes, promotion")
    expect(progressed).not_to_have_text(before)  # the figure counts the promotion at once


def test_an_uploaded_csv_is_recorded_and_counted(browser, ui_server: UiServer, tmp_path) -> None:  # noqa: ANN001
    page = sign_in(browser, ui_server, *ui_server.creds("hr"))
    page.get_by_role("tab", name="Program", exact=True).click()
    progressed = page.locator("#outcome-measures tr", has_text="Junior mentors progressed")
    expect(progressed).to_be_visible()
    before = progressed.inner_text()
    page.get_by_text("Record a junior mentor's progression").click()
    sheet = tmp_path / "progressions.csv"
    sheet.write_text(
        "email,kind,date,title\n"
        "ines.mentor@demo.turntable.example,new_role,2026-11-21,Product analyst\n"
        "nobody@demo.turntable.example,promotion,2026-11-21,\n",
        encoding="utf-8",
    )
    page.locator("#prog-csv input[type=file]").set_input_files(str(sheet))
    said = page.locator("#prog-said")
    expect(said).to_contain_text("Recorded 1")
    expect(said).to_contain_text("1 row refused")
    expect(progressed).not_to_have_text(before)


def test_a_person_added_is_in_the_mentor_list_without_a_reload(
    browser, ui_server: UiServer
) -> None:  # noqa: ANN001
    admin = sign_in(browser, ui_server, *ui_server.creds("admin"))
    admin.get_by_role("tab", name="Program", exact=True).click()
    admin.get_by_text("People, cycles and pairs").click()
    admin.get_by_role("tab", name="People").click()
    admin.locator("#person-name textarea").fill("Nadia Listed")
    admin.locator("#person-email textarea").fill("nadia.listed@demo.turntable.example")
    admin.get_by_role("button", name="Add person").click()
    expect(admin.locator("#structure-said")).to_contain_text("first password is")
    admin.get_by_text("Record a junior mentor's progression").click()
    pick(admin, "prog-mentor", re.compile("Nadia Listed"))
