"""HR's outcome section in a real browser: the measures beside The Hartford's, a pair opened,
a junior mentor's promotion recorded."""

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
    page.get_by_text("Record a junior mentor's progression").click()
    pick(page, "prog-mentor", re.compile("Tomas Reyes"))
    page.locator("#prog-date textarea").fill("2026-11-20")
    page.locator("#prog-title textarea").fill("Analyst II")
    page.get_by_role("button", name="Record progression").click()
    expect(page.locator("#prog-said")).to_contain_text("Recorded: Tomas Reyes, promotion")
