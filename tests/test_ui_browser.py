"""The app in a real browser: each role's view, the prepare and reflect flows, the share path
from a senior's private note to HR approval and search, and refusals for the wrong role."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from coach.record import Record
from tests.ui_fixtures import UiServer, shot, sign_in, start_session

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

NOTE_WORD = "hoverboard leasing"
NOTES = (
    "Maya Okafor showed me how her friends choose a bank: they compare fees in the app "
    "before anything else. I assumed our brand's long history mattered most; it does not. "
    f"We talked about {NOTE_WORD} as an example of renting instead of owning. "
    "I will review our fee page on a phone by Friday. "
    "Maya will send three examples of apps with clear fees. "
    "Reach her at maya.okafor@example.com or +44 7700 900123.\n"
    "Her chart: ![chart](https://tracker.example/p.png) "
    '<img src="https://tracker.example/q.png" onerror="window.pwned=1">'
)


def tab(page, name: str):  # noqa: ANN001, ANN201
    return page.get_by_role("tab", name=name, exact=True)


def figures(page) -> list[int]:  # noqa: ANN001
    """The first number in each cell of the program figures row."""
    row = page.locator("#program-figures tbody tr").first.inner_text()
    return [int(re.search(r"\d+", cell).group()) for cell in row.split("\t") if cell.strip()]


@pytest.mark.parametrize(
    "role, tabs",
    [
        ("mentor", ["Prepare", "Our cycle", "My data"]),
        ("mentee", ["Reflect", "Our cycle", "My data"]),
        ("hr", ["Knowledge", "Program", "Themes", "My data"]),
        ("admin", ["Knowledge", "Program", "My data"]),
    ],
)
def test_each_role_sees_only_its_views(
    browser, ui_server: UiServer, role: str, tabs: list[str]
) -> None:
    page = sign_in(browser, ui_server, *ui_server.creds(role))
    expect(page.locator("#status")).to_contain_text("Offline coach")
    for name in ("Prepare", "Reflect", "Our cycle", "Knowledge", "Program", "Themes", "My data"):
        expect(tab(page, name)).to_have_count(1 if name in tabs else 0)
    expect(tab(page, tabs[0])).to_have_attribute("aria-selected", "true")
    shot(page, f"view-{role}")
    page.context.close()


def test_hr_sees_the_cohort_themes_with_cited_quotes(browser, ui_server: UiServer) -> None:
    page = sign_in(browser, ui_server, *ui_server.creds("hr"))
    tab(page, "Themes").click()
    listed = page.locator("#themes-list")
    expect(listed).to_contain_text("approved notes")
    expect(listed).to_contain_text("note:")
    expect(listed.locator("h3").first).to_be_visible()
    shot(page, "themes-hr")
    page.context.close()


def test_wrong_password_is_refused(browser, ui_server: UiServer) -> None:
    page = sign_in(
        browser, ui_server, ui_server.creds("hr")[0], "not-the-password", expect_ok=False
    )
    expect(page.get_by_text("Incorrect Credentials")).to_be_visible()
    expect(page.locator("#whoami")).to_have_count(0)
    page.context.close()


def test_junior_prepares_refines_saves_and_downloads(browser, ui_server: UiServer) -> None:
    page = sign_in(browser, ui_server, *ui_server.creds("mentor"))
    expect(page.locator("#plan")).to_contain_text("Your plan will appear here")
    page.get_by_label("What they want from it").fill("why younger customers switch banks")
    page.locator("#prepare-go").click()
    expect(page.locator("#plan")).to_contain_text("Questions")
    expect(page.locator("#plan")).to_contain_text("Sources")
    expect(page.locator("#plan-save")).to_be_enabled()
    page.locator("#cites label").first.click()
    expect(page.locator("#passage")).to_contain_text("knowledge/")
    shot(page, "prepare-plan")

    page.locator("#refine-msg textarea").fill("he is sceptical, make it less technical")
    page.locator("#refine-msg textarea").press("Enter")
    expect(page.locator("#refine-chat")).to_contain_text("sceptical")
    expect(page.locator("#plan")).to_contain_text("What changed")

    with page.expect_download() as download:
        page.locator("#plan-download").click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    assert "### Questions" in text and "What changed" in text

    page.locator("#plan-save").click()
    expect(page.locator("#plan-saved")).to_contain_text("Saved as the plan for session 3")
    shot(page, "prepare-saved")
    page.reload()  # the saved plan comes back with its session
    expect(page.locator("#plan")).to_contain_text("Your plan will appear here")
    pick(page, "prepare-session", re.compile("^Session 3"))
    expect(page.locator("#plan-saved")).to_contain_text("Showing the plan saved for session 3")
    expect(page.locator("#plan")).to_contain_text("What changed")
    page.context.close()

    with Record.open(f"sqlite:///{ui_server.data_dir / 'turntable.db'}") as record:
        mentor = record.authenticate(*ui_server.creds("mentor"))
        pair = record.my_pairs(mentor)[0]
        saved = [s for s in record.list_sessions(mentor, pair.id) if s.number == 3]
        assert saved and len(saved[0].plan["questions"]) >= 5
        assert saved[0].plan["changes"]  # the refined plan was the one saved


def test_senior_reflects_shares_and_hr_approves_into_the_library(
    browser, ui_server: UiServer
) -> None:
    hr = sign_in(browser, ui_server, *ui_server.creds("hr"))
    tab(hr, "Program").click()
    expect(hr.locator("#program-figures")).to_contain_text("Sessions held")
    before = figures(hr)
    before_row = hr.locator("#program-figures tbody tr").first.inner_text()

    senior = sign_in(browser, ui_server, *ui_server.creds("mentee"))
    fetched: list[str] = []  # stored text must never make the page fetch anything
    senior.on("request", lambda r: fetched.append(r.url) if "tracker.example" in r.url else None)
    hr.on("request", lambda r: fetched.append(r.url) if "tracker.example" in r.url else None)
    expect(senior.locator("#notes textarea")).to_be_editable()  # the latest session is open
    start_session(senior)
    expect(senior.locator("#notes-saved")).to_contain_text("started")
    expect(senior.locator("#notes textarea")).to_have_value("")
    senior.locator("#summarise").click()  # nothing to summarise: a sentence, not a trace
    expect(senior.get_by_text("There are no notes to work with")).to_be_visible()
    assert senior.get_by_text("Traceback").count() == 0
    senior.locator("#notes textarea").fill(NOTES)
    senior.locator("#notes textarea").blur()
    expect(senior.locator("#notes-saved")).to_contain_text("Saved at")

    senior.reload()  # nothing typed is lost on a reload
    expect(senior.locator("#notes textarea")).to_have_value(NOTES)

    senior.locator("#summarise").click()
    expect(senior.locator("#reflection")).to_contain_text("Action items")
    items = senior.locator("#items label")
    expect(items.first).to_be_visible()
    items.first.click()
    expect(senior.locator("#notes-saved")).to_contain_text("Action items updated")

    senior.locator("#rate-personal").get_by_text("5", exact=True).click()
    senior.locator("#rate-business").get_by_text("4", exact=True).click()
    senior.locator("#rate-save").click()
    expect(senior.locator("#notes-saved")).to_contain_text("Rating saved")

    senior.get_by_text("Offer a lesson to the shared library").click()
    senior.locator("#share-preview").click()
    expect(senior.locator("#share-hl")).to_contain_text("PERSON")
    shared = senior.locator("#share-text textarea")
    expect(shared).to_have_value(re.compile(NOTE_WORD))
    assert "Maya" not in shared.input_value() and "@example.com" not in shared.input_value()
    senior.locator("#share-title textarea, #share-title input").fill("Fees up front win trust")
    senior.locator("#share-submit").click()
    expect(senior.locator("#share-status")).to_contain_text("Sent to HR for review")
    shot(senior, "reflect")
    assert senior.locator("#reflection img, #share-hl img").count() == 0
    assert senior.evaluate("window.pwned") is None
    senior.context.close()

    tab(hr, "Program").click()
    hr.locator("#program-refresh").click()
    expect(hr.locator("#program-figures tbody tr").first).not_to_have_text(before_row)
    after = figures(hr)
    assert after[1] == before[1] + 1  # sessions held
    assert after[2] >= before[2] and after[4] > before[4]
    shot(hr, "program")

    tab(hr, "Knowledge").click()
    hr.reload()
    tab(hr, "Knowledge").click()
    expect(hr.locator("#queue-note")).to_contain_text("Fees up front win trust")
    expect(hr.locator("#queue-note")).not_to_contain_text("Maya")
    shot(hr, "knowledge-queue")
    assert hr.locator("#queue-note img").count() == 0
    hr.locator("#queue-approve").click()
    expect(hr.locator("#queue-outcome")).to_contain_text("Approved")

    hr.get_by_role("tab", name="Library").click()
    hr.locator("#lib-q textarea, #lib-q input").fill(NOTE_WORD)
    hr.locator("#lib-search").click()
    expect(hr.locator("#lib-hits")).to_contain_text("Fees up front win trust")
    hr.locator("#lib-hits label").filter(has_text="Fees up front win trust").first.click()
    expect(hr.locator("#lib-passage")).to_contain_text("note:")
    shot(hr, "knowledge-library")
    assert hr.locator("#lib-passage img").count() == 0
    assert fetched == []

    senior = sign_in(browser, ui_server, *ui_server.creds("mentee"))  # changes their mind
    senior.get_by_text("Offer a lesson to the shared library").click()
    expect(senior.locator("#share-mine input")).to_have_value("Fees up front win trust (approved)")
    senior.locator("#share-withdraw").click()
    expect(senior.locator("#share-status")).to_contain_text("Withdrew")
    senior.context.close()
    hr.locator("#lib-search").click()
    expect(hr.locator("#lib-hits")).not_to_contain_text("Fees up front win trust")
    hr.context.close()


def test_hr_uploads_guidance_with_per_file_results(
    browser, ui_server: UiServer, tmp_path: Path
) -> None:
    good = tmp_path / "buddy-scheme.md"
    good.write_text(
        "# Buddy scheme\n\n## Why it works\n\nPair every new starter with a "
        "quillbright buddy for the first ninety days.\n",
        encoding="utf-8",
    )
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"\x00\x01 not a pdf at all")
    page = sign_in(browser, ui_server, *ui_server.creds("hr"))
    page.get_by_role("tab", name="Add guidance").click()
    page.locator("#upload-files input[type=file]").set_input_files([str(good), str(bad)])
    page.locator("#upload-go").click()
    results = page.locator("#upload-results")
    expect(results).to_contain_text("uploads/buddy-scheme.md")
    expect(results).to_contain_text("added")
    expect(results).to_contain_text("error")
    assert (ui_server.data_dir / "uploads" / "buddy-scheme.md").exists()
    assert not (ui_server.data_dir / "uploads" / "broken.pdf").exists()  # not kept to fail again
    shot(page, "knowledge-upload")
    too_big = page.request.post(
        ui_server.url + "/gradio_api/upload",
        multipart={
            "files": {"name": "huge.txt", "mimeType": "text/plain", "buffer": b"x" * (21 << 20)}
        },
    )
    assert too_big.status == 413  # the upload limit (20 MB by default) holds for every caller
    page.get_by_role("tab", name="Library").click()
    page.locator("#lib-q textarea, #lib-q input").fill("quillbright buddy")
    page.locator("#lib-search").click()
    expect(page.locator("#lib-hits")).to_contain_text("Buddy scheme")

    page.get_by_text("Sources in the library").click()
    expect(page.locator("#lib-sources")).to_contain_text("uploaded: buddy-scheme.md")
    expect(page.locator("#status")).to_contain_text("Library: ")
    shown_count = page.locator("#status").inner_text()
    page.get_by_label("Source to delete").click()
    page.get_by_role("option", name="Buddy scheme (uploaded: buddy-scheme.md)").click()
    page.get_by_role("button", name="Delete source").click()
    expect(page.locator("#lib-confirm-text")).to_contain_text("cannot be undone")
    assert (ui_server.data_dir / "uploads" / "buddy-scheme.md").exists()  # asked, not done
    page.get_by_role("button", name="Yes, delete it").click()
    expect(page.locator("#lib-upkeep")).to_contain_text("Deleted the uploaded file")
    assert not (ui_server.data_dir / "uploads" / "buddy-scheme.md").exists()
    expect(page.locator("#status")).not_to_have_text(shown_count)  # the count followed
    page.locator("#lib-reindex").click()  # nothing changed: a quick sync, notes put back
    expect(page.locator("#lib-upkeep")).to_contain_text("Re-indexed")
    expect(page.locator("#lib-upkeep")).not_to_contain_text("added")
    page.locator("#lib-search").click()
    expect(page.locator("#lib-hits")).not_to_contain_text("Buddy scheme")
    page.context.close()


def test_mentee_cannot_reach_hr_views_or_endpoints(browser, ui_server: UiServer) -> None:
    page = sign_in(browser, ui_server, *ui_server.creds("mentee"))
    expect(tab(page, "Knowledge")).to_have_count(0)
    expect(tab(page, "Program")).to_have_count(0)
    config = page.request.get(ui_server.url + "/config").json()
    events = {d.get("api_name"): d["id"] for d in config["dependencies"]}
    # The HR library search would show HR-only guidance; approving would publish a note.
    for name, data in (("library_search", ["fees", "any", "any"]), ("approve_share", [None])):
        answer = page.evaluate(CALL_EVENT, {"fn": events[name], "data": data})
        assert '"success":false' in answer and "only for HR" in answer, answer
    shot(page, "view-mentee-refused")
    page.context.close()


# Calls one event the way the page does (join the queue, read the event stream) and returns
# the text of the stream up to the event's completion.
CALL_EVENT = """
async ({fn, data}) => {
  const hash = Math.random().toString(36).slice(2);
  const join = await fetch("gradio_api/queue/join", {method: "POST",
    headers: {"Content-Type": "application/json"},
    body: JSON.stringify({data, event_data: null, fn_index: fn, trigger_id: null,
                          session_hash: hash})});
  if (!join.ok) return "join refused: " + join.status + " " + await join.text();
  const stream = await fetch("gradio_api/queue/data?session_hash=" + hash);
  const reader = stream.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  while (!text.includes("process_completed")) {
    const {value, done} = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
  reader.cancel();
  return text;
}
"""


def test_my_data_export_and_delete(browser, ui_server: UiServer) -> None:
    admin = sign_in(browser, ui_server, *ui_server.creds("admin"))
    tab(admin, "Program").click()
    admin.get_by_text("People, cycles and pairs").click()
    admin.get_by_role("tab", name="People").click()
    admin.locator("#person-name textarea").fill("Temp Person")
    admin.locator("#person-email textarea").fill("temp.person@demo.turntable.example")
    admin.get_by_role("button", name="Add person").click()
    said = admin.locator("#structure-said")
    expect(said).to_contain_text("first password is")
    password = said.locator("code").inner_text().strip()
    admin.context.close()

    page = sign_in(browser, ui_server, "temp.person@demo.turntable.example", password)
    tab(page, "My data").click()
    page.locator("#export-go").click()
    link = page.locator("#export-file a").first
    expect(link).to_be_visible()
    with page.expect_download() as download:
        link.click()
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert "temp.person@demo.turntable.example" in json.dumps(data)
    shot(page, "mydata")

    page.locator("#delete-go").click()  # refused until confirmed
    expect(page.get_by_text("Tick the box and type your email")).to_be_visible()
    page.locator("#delete-sure input").check()
    page.locator("#delete-email textarea, #delete-email input").fill(
        "temp.person@demo.turntable.example"
    )
    page.locator("#delete-go").click()
    expect(page.locator("#delete-said")).to_contain_text("deleted")
    expect(page.get_by_role("button", name="Login")).to_be_visible()  # signed out
    page.context.close()

    again = sign_in(
        browser, ui_server, "temp.person@demo.turntable.example", password, expect_ok=False
    )
    expect(again.get_by_text("Incorrect Credentials")).to_be_visible()
    again.context.close()


def pick(page, elem_id: str, option: str) -> None:  # noqa: ANN001
    page.locator(f"#{elem_id} input").click()
    page.get_by_role("option", name=option).click()


def test_hr_runs_cycles_and_pairs(browser, ui_server: UiServer) -> None:
    page = sign_in(browser, ui_server, *ui_server.creds("hr"))
    tab(page, "Program").click()
    page.get_by_text("People, cycles and pairs").click()
    said = page.locator("#structure-said")
    page.get_by_role("tab", name="Cycles").click()
    page.locator("#cycle-name textarea").fill("Autumn wave")
    page.get_by_role("button", name="Save cycle").click()
    expect(said).to_contain_text("Created the cycle Autumn wave")

    page.get_by_role("tab", name="Pairs").click()
    pick(page, "pair-cycle", "Autumn wave")
    pick(page, "pair-mentor", "Tomas Reyes")
    pick(page, "pair-mentee", "Victor Hale")
    page.get_by_role("button", name="Add pair").click()
    expect(said).to_contain_text("Paired Tomas Reyes with Victor Hale in Autumn wave")
    expect(page.locator("#structure")).to_contain_text("Autumn wave")
    pick(page, "pair-ending", re.compile("Tomas Reyes & Victor Hale"))
    page.get_by_role("button", name="End pair").click()
    expect(said).to_contain_text("Ended the pair Tomas Reyes & Victor Hale")

    page.get_by_role("tab", name="People").click()  # HR sees people; only admins add them
    page.locator("#person-name textarea").fill("Not Allowed")
    page.locator("#person-email textarea").fill("not.allowed@demo.turntable.example")
    page.get_by_role("button", name="Add person").click()
    expect(said).to_contain_text("Not done: Only an admin can add people")
    shot(page, "program-structure")
    page.context.close()
