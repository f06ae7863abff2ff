"""Sign-in and sign-out in a real browser: the Sign out button (a POST) works, a link to
/logout signs no one out, and a locked account is told so on the sign-in page."""

from __future__ import annotations

import httpx
import pytest

from tests.test_ui_signin import new_person
from tests.ui_fixtures import UiServer, sign_in

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect


def test_the_sign_out_button_signs_out(browser, ui_server: UiServer) -> None:
    page = sign_in(browser, ui_server, *ui_server.creds("hr"))
    page.locator("#signout").click()
    expect(page.get_by_label("username")).to_be_visible()
    page.reload()
    expect(page.get_by_label("username")).to_be_visible()
    expect(page.locator("#whoami")).to_have_count(0)
    page.context.close()


def test_a_link_to_logout_signs_no_one_out(browser, ui_server: UiServer) -> None:
    page = sign_in(browser, ui_server, *ui_server.creds("hr"))
    page.goto(ui_server.url + "/logout")  # what a stored image or a link would do
    page.goto(ui_server.url)
    expect(page.locator("#whoami")).to_contain_text("Signed in as")
    page.context.close()


def test_a_locked_account_is_told_until_when(browser, ui_server: UiServer) -> None:
    _, email, password = new_person(ui_server, "lockedpage")
    with httpx.Client(base_url=ui_server.url, trust_env=False, timeout=30) as c:
        for _ in range(5):
            assert (
                c.post("/login", data={"username": email, "password": "not-it"}).status_code == 400
            )
    page = sign_in(browser, ui_server, email, password, expect_ok=False)
    expect(page.get_by_text("This account is locked")).to_be_visible()
    expect(page.get_by_text("UTC")).to_be_visible()
    expect(page.locator("#whoami")).to_have_count(0)
    page.context.close()
