"""Security review of the web app: sign-in lockout, files on disk, and text that reaches the page.

The lockout is driven through Gradio's real /login route on the session's app server; the rest
calls the registered event handlers in-process as a signed-in person (as `test_ui_roles` does),
because what a handler returns is exactly what the browser renders.
"""

from __future__ import annotations

import inspect
import os
import stat
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import gradio as gr
import pytest

from coach.index import Index
from coach.record import SYSTEM, open_record
from coach.settings import load_settings
from tests.ui_fixtures import UiServer
from ui import build_app
from ui.deps import Deps, build_deps, seed_demo_if_empty

ADMIN, HR, MENTOR = (
    "admin@demo.turntable.example",
    "hr@demo.turntable.example",
    "mentor@demo.turntable.example",
)
TRACKER = "http://127.0.0.1:9"  # a loopback port nothing answers on: a fetch would show up
HOSTILE = f'<img src="{TRACKER}/a.png"> ![x]({TRACKER}/b.png)'
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@pytest.fixture(scope="module")
def app(
    tmp_path_factory: pytest.TempPathFactory, library_index: Index
) -> Iterator[tuple[Deps, gr.Blocks]]:
    path: Path = tmp_path_factory.mktemp("ui-security")
    deps = build_deps(load_settings(data_dir=path), index=library_index)
    seed_demo_if_empty(deps)
    yield deps, build_app(deps)
    deps.record.close()


def handler(demo: gr.Blocks, labels: list[str]) -> object:
    """The event handler whose inputs carry these labels (names repeat across views)."""
    for d in demo.fns.values():
        if [getattr(c, "label", None) for c in d.inputs] == labels:
            return d.fn
    raise LookupError(labels)


def run(fn: object, email: str, *args: object) -> object:
    result = fn(*args, gr.Request(username=email))  # type: ignore[operator]
    return list(result)[-1] if inspect.isgenerator(result) else result


def shown_in(result: object, elem_id: str) -> object:
    """What a handler's {component: value} answer puts in the component with this id."""
    return next(
        v
        for c, v in result.items()  # type: ignore[attr-defined]
        if getattr(c, "elem_id", None) == elem_id
    )


def inert(text: str) -> bool:
    return "<img" not in text and TRACKER not in text and "](" not in text


def login(server: UiServer, email: str, password: str) -> int:
    body = urllib.parse.urlencode({"username": email, "password": password}).encode()
    try:
        with _OPENER.open(urllib.request.Request(server.url + "/login", data=body), timeout=30):
            return 200
    except urllib.error.HTTPError as exc:
        return exc.code


def test_lockout_holds_for_every_spelling_of_the_email(ui_server: UiServer) -> None:
    record = open_record(load_settings(data_dir=ui_server.data_dir))
    try:
        _, password = record.add_person(
            SYSTEM, name="Lock Test", email="lock.test@example.org", role="mentee"
        )
    finally:
        record.close()
    email = "lock.test@example.org"
    for _ in range(5):
        assert login(ui_server, email, "not-the-password") != 200
    assert login(ui_server, email, password) != 200  # locked, even with the right password
    for variant in (email + "\x00", email.replace("@", "\x00@"), " LOCK.Test@Example.org "):
        assert login(ui_server, variant, password) != 200, repr(variant)


def test_the_record_on_disk_is_readable_only_by_the_app(ui_server: UiServer) -> None:
    for name in ("turntable.db", "demo-accounts.txt"):
        mode = stat.S_IMODE((ui_server.data_dir / name).stat().st_mode)
        assert mode & 0o077 == 0, f"{name} is {oct(mode)}"


def test_a_loose_data_dir_is_tightened(tmp_path: Path, library_index: Index) -> None:
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o755)
    os.chmod(loose, 0o755)
    deps = build_deps(load_settings(data_dir=loose), index=library_index)
    deps.record.close()
    assert stat.S_IMODE(loose.stat().st_mode) & 0o077 == 0


def test_names_and_refusals_render_inert(app: tuple[Deps, gr.Blocks]) -> None:
    _, demo = app
    add_person = handler(demo, ["Name", "Email", "Role"])
    said = shown_in(
        run(add_person, ADMIN, f"Eve {HOSTILE}", "eve.hostile@example.org", "mentor"),
        "structure-said",
    )
    assert "Added Eve" in said and inert(said), said
    said = shown_in(
        run(add_person, ADMIN, "Bob", f"{HOSTILE}@example.org", "mentor"), "structure-said"
    )
    assert "Not done" in said and inert(said), said


def test_error_messages_cannot_carry_html_into_the_toast(app: tuple[Deps, gr.Blocks]) -> None:
    _, demo = app
    delete = handler(demo, ["Source to delete"])
    with pytest.raises(gr.Error) as refused:
        run(delete, HR, f"uploads/{HOSTILE}.md")
    assert "not in the library" in refused.value.message
    assert "<img" not in refused.value.message


def test_deleting_a_source_says_so_inertly(app: tuple[Deps, gr.Blocks]) -> None:
    deps, demo = app
    source = f"uploads/sec-{HOSTILE}.md"
    deps.index.add_text(
        source,
        "Quorvane guidance for the deletion message test. " * 3,
        title="Quorvane",
        topic="general",
        kind="guidance",
    )
    try:
        confirmed = handler(demo, ["Source to delete", None])  # asked, then confirmed
        said = shown_in(run(confirmed, HR, source, source), "lib-upkeep")
    finally:
        deps.index.remove_source(source)
    assert "Deleted" in said and inert(said), said


def test_a_mentor_cannot_open_an_hr_only_passage_by_id(app: tuple[Deps, gr.Blocks]) -> None:
    deps, demo = app
    source = "uploads/sec-hr-only.md"
    ids = deps.index.add_text(
        source,
        "Zephyrine salary bands for next year, HR eyes only. " * 3,
        title="Pay bands",
        topic="money",
        kind="guidance",
        visibility="hr",
    )
    try:
        shown = run(handler(demo, ["Sources cited"]), MENTOR, ids[0])
        hr_view = run(handler(demo, ["Results"]), HR, ids[0])
    finally:
        deps.index.remove_source(source)
    assert "Zephyrine" not in shown
    assert "Zephyrine" in hr_view  # HR still reads it in the Knowledge view


def fn_named(demo: gr.Blocks, module: str, name: str) -> object:
    for d in demo.fns.values():
        if getattr(d.fn, "__module__", "") == module and getattr(d.fn, "__name__", "") == name:
            return d.fn
    raise LookupError(f"{module}.{name}")


def test_no_handler_reaches_another_pairs_session_by_id(app: tuple[Deps, gr.Blocks]) -> None:
    """Ids are whatever the caller sends: a mentor and a mentee of another pair try the
    victim pair's ids on every event that takes one, and each is refused by the record."""
    deps, demo = app
    mentee = deps.record.find_person(SYSTEM, "mentee@demo.turntable.example")
    pid = deps.record.my_pairs(mentee)[0].id
    sid = deps.record.list_sessions(mentee, pid)[0].id
    deps.record.save_notes(mentee, sid, "Quillmoor secret: only the mentee may read this.")
    share = deps.record.submit_share(mentee, sid, "Quillmoor lesson", title="Quillmoor")
    other_mentor = "tomas.mentor@demo.turntable.example"
    other_mentee = "grace.mentee@demo.turntable.example"
    own_pid = deps.record.my_pairs(deps.record.find_person(SYSTEM, other_mentor))[0].id
    made = run(
        fn_named(demo, "ui.prepare", "make_plan"),
        other_mentor,
        own_pid,
        None,
        "money",
        "CFO",
        "",
        "",
        45,
    )
    plan = next(v for v in made.values() if isinstance(v, dict) and "request" in v)
    attempts = [
        (other_mentor, "ui.prepare", "on_pair", (pid,)),
        (other_mentor, "ui.prepare", "on_session", (pid, sid)),
        (other_mentor, "ui.prepare", "make_plan", (pid, sid, "money", "CFO", "", "", 45)),
        (other_mentor, "ui.prepare", "save_plan", (pid, sid, plan)),
        (other_mentor, "ui.prepare", "save_plan", (pid, None, plan)),
        (other_mentee, "ui.reflect", "on_pair", (pid,)),
        (other_mentee, "ui.reflect", "on_session", (sid,)),
        (other_mentee, "ui.reflect", "start", (pid,)),
        (other_mentee, "ui.reflect", "autosave", (sid, "overwritten")),
        (other_mentee, "ui.reflect", "summarise_notes", (sid, pid, "overwritten")),
        (other_mentee, "ui.reflect", "tick", (sid, [])),
        (other_mentee, "ui.reflect", "save_rating", (sid, 1, 1)),
        (other_mentee, "ui.reflect", "preview_share", (sid, "overwritten")),
        (other_mentee, "ui.reflect", "submit_share", (sid, "x", "t")),
        (other_mentee, "ui.reflect", "withdraw_share", (share.id,)),
    ]
    for email, module, name, args in attempts:
        with pytest.raises(gr.Error) as refused:
            run(fn_named(demo, module, name), email, *args)
        assert "Quillmoor" not in refused.value.message, name
    after = deps.record.get_session(mentee, sid)
    assert after.my_notes == "Quillmoor secret: only the mentee may read this."
    assert after.personal_effectiveness != 1 or after.business_effectiveness != 1
    assert deps.record.get_share(mentee, share.id).status == "pending"


def test_a_session_stream_answers_only_the_person_who_opened_it(ui_server: UiServer) -> None:
    """Knowing someone's session hash (it travels in URLs) reads nothing of theirs."""
    import json

    import httpx

    def signed_in(role: str) -> httpx.Client:
        c = httpx.Client(base_url=ui_server.url, timeout=30, trust_env=False)
        email, password = ui_server.creds(role)
        assert c.post("/login", data={"username": email, "password": password}).status_code == 200
        return c

    owner, other = signed_in("mentor"), signed_in("mentee")
    try:
        load = next(
            i
            for i, d in enumerate(owner.get("/config").json()["dependencies"])
            if d.get("api_name") == "on_load"
        )
        victim = "secvictim01"
        joined = owner.post(
            "/gradio_api/queue/join",
            json={
                "data": [],
                "fn_index": load,
                "session_hash": victim,
                "event_data": None,
                "trigger_id": None,
            },
        )
        assert joined.status_code == 200
        stolen = other.get("/gradio_api/queue/data", params={"session_hash": victim})
        assert stolen.status_code == 403 and "Maya" not in stolen.text
        with owner.stream("GET", "/gradio_api/queue/data", params={"session_hash": victim}) as mine:
            assert mine.status_code == 200
            for line in mine.iter_lines():
                if line.startswith("data:") and '"process_completed"' in line:
                    assert "Signed in as" in json.dumps(json.loads(line[5:]))
                    break
        hijack = other.post(
            "/gradio_api/queue/join",
            json={
                "data": [],
                "fn_index": load,
                "session_hash": victim,
                "event_data": None,
                "trigger_id": None,
            },
        )
        assert hijack.status_code == 403
        assert (
            other.get("/gradio_api/queue/data", params={"session_hash": victim}).status_code == 403
        )
    finally:
        owner.close()
        other.close()
