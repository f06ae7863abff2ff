"""The Reminders view: the calendar file reaches the pair's own people (HR: dates only), and
HR's overdue list shows counts and dates, never what an item says."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import gradio as gr
import pytest
from icalendar import Calendar

from coach.index import Index
from coach.record import SYSTEM, open_record
from coach.settings import load_settings
from tests.ui_fixtures import UiServer, sign_in
from ui import build_app
from ui.deps import Deps, build_deps, seed_demo_if_empty

MENTOR, MENTEE, HR, ADMIN = (
    "mentor@demo.turntable.example",
    "mentee@demo.turntable.example",
    "hr@demo.turntable.example",
    "admin@demo.turntable.example",
)
OTHER_MENTOR = "tomas.mentor@demo.turntable.example"


@pytest.fixture(scope="module")
def app(
    tmp_path_factory: pytest.TempPathFactory, library_index: Index
) -> Iterator[tuple[Deps, gr.Blocks]]:
    path: Path = tmp_path_factory.mktemp("ui-reminders")
    deps = build_deps(load_settings(data_dir=path), index=library_index)
    seed_demo_if_empty(deps)
    yield deps, build_app(deps)
    deps.record.close()


def fn(demo: gr.Blocks, name: str) -> object:
    for d in demo.fns.values():
        if getattr(d.fn, "__module__", "") == "ui.reminders" and d.fn.__name__ == name:
            return d.fn
    raise LookupError(name)


def run(handler: object, email: str, *args: object) -> object:
    result = handler(*args, gr.Request(username=email))  # type: ignore[operator]
    return list(result)[-1] if inspect.isgenerator(result) else result


def _pid(deps: Deps, email: str) -> int:
    return deps.record.my_pairs(deps.record.find_person(SYSTEM, email))[0].id


def test_the_calendar_file_is_the_pairs_and_theirs_alone(app: tuple[Deps, gr.Blocks]) -> None:
    deps, demo = app
    pid = _pid(deps, MENTEE)
    path = run(fn(demo, "make_calendar"), MENTEE, pid)
    ics = Path(str(path)).read_bytes()
    events = list(Calendar.from_ical(ics).walk("VEVENT"))
    assert events and all(e.decoded("dtstart") for e in events)
    assert deps.downloads.may_fetch(str(path), MENTEE)
    assert not deps.downloads.may_fetch(str(path), MENTOR)
    for outsider in (OTHER_MENTOR, ADMIN):
        with pytest.raises(gr.Error):
            run(fn(demo, "make_calendar"), outsider, pid)
    hr = Path(str(run(fn(demo, "make_calendar"), HR, pid))).read_bytes()
    hr_events = list(Calendar.from_ical(hr).walk("VEVENT"))
    assert [e.decoded("dtstart") for e in hr_events] == [e.decoded("dtstart") for e in events]
    assert not any(":" in str(e["summary"]) for e in hr_events), "dates only for HR"


def test_hr_sees_overdue_counts_and_a_nudge_never_the_item(app: tuple[Deps, gr.Blocks]) -> None:
    deps, demo = app
    mentee = deps.record.find_person(SYSTEM, MENTEE)
    sid = deps.record.list_sessions(mentee, _pid(deps, MENTEE))[0].id
    deps.record.add_action_item(
        mentee,
        sid,
        "Read Brightwater's private memo",
        owner="mentee",
        due_on=date.today() - timedelta(days=3),
    )
    shown = str(run(fn(demo, "show_nudges"), HR))
    assert "Brightwater" not in shown and "memo" not in shown
    assert "Nudges to copy" in shown and "overdue" in shown
    for role_email in (MENTOR, MENTEE):
        with pytest.raises(gr.Error, match="only for"):
            run(fn(demo, "show_nudges"), role_email)


def test_the_downloaded_ics_has_the_planned_dates(
    browser,
    ui_server: UiServer,  # noqa: ANN001
) -> None:
    from playwright.sync_api import expect

    page = sign_in(browser, ui_server, *ui_server.creds("mentor"))
    try:
        page.get_by_role("tab", name="Reminders").click()
        page.locator("#cal-go").click()
        link = page.locator("#cal-file a").first
        expect(link).to_be_visible()
        with page.expect_download() as got:
            link.click()
        ics = Path(got.value.path()).read_bytes()
    finally:
        page.context.close()
    record = open_record(load_settings(data_dir=ui_server.data_dir))
    try:
        me = record.find_person(SYSTEM, ui_server.creds("mentor")[0])
        pair = record.my_pairs(me, active_only=True)[0]
        from coach.flows.calendar import planned_sessions

        planned = [p.on for p in planned_sessions(record, me, pair)]
    finally:
        record.close()
    days = [e.decoded("dtstart") for e in Calendar.from_ical(ics).walk("VEVENT")]
    assert days == planned and days
