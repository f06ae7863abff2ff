"""Real HTTP attacks on the served app's routes: a session, an event, a download or a private
endpoint answers its owner only; deep links are off; nothing is open without a sign-in.

Everything runs against `python app.py` on a loopback port (the session's `ui_server`), as a
signed-in person of another pair or as an anonymous visitor.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from coach.record import SYSTEM, open_record
from coach.settings import load_settings
from tests.ui_fixtures import HttpPerson, UiServer


@pytest.fixture
def people(ui_server: UiServer) -> Iterator[tuple[HttpPerson, HttpPerson]]:
    """A junior mentor (the victim) and a senior mentee of another pair (the attacker)."""
    victim = HttpPerson(ui_server.url, *ui_server.creds("mentor"))
    attacker = HttpPerson(ui_server.url, *ui_server.creds("mentee"))
    yield victim, attacker
    victim.close()
    attacker.close()


def new_person(server: UiServer, name: str, role: str = "mentee") -> tuple[str, str]:
    record = open_record(load_settings(data_dir=server.data_dir))
    try:
        email = f"{name}.{os.urandom(3).hex()}@example.org"
        _, password = record.add_person(SYSTEM, name=name.title(), email=email, role=role)
    finally:
        record.close()
    return email, password


def test_a_repeated_session_hash_is_refused(people: tuple[HttpPerson, HttpPerson]) -> None:
    """The framework reads the last of a repeated query parameter: the guard must not read
    another one, so a repeat is refused outright."""
    victim, attacker = people
    assert victim.join("on_load", []).status_code == 200
    sneaky = attacker.http.get(
        "/gradio_api/queue/data",
        params=[("session_hash", attacker.session_hash), ("session_hash", victim.session_hash)],
        timeout=15,
    )
    assert sneaky.status_code == 400, sneaky.text[:500]
    assert "Signed in as" not in sneaky.text
    mine = victim.stream()
    assert any("Signed in as" in str(m) for m in mine)


def test_deep_links_are_off(people: tuple[HttpPerson, HttpPerson]) -> None:
    victim, attacker = people
    assert victim.join("on_load", []).status_code == 200
    victim.stream()
    made = victim.http.get("/gradio_api/deep_link", params={"session_hash": victim.session_hash})
    assert made.status_code == 404, made.text
    assert attacker.http.get("/config", params={"deep_link": "abc123"}).status_code == 400
    assert attacker.http.get("/", params={"deep_link": "abc123"}).status_code == 400


def test_cancel_needs_sign_in_and_the_event_owner(
    ui_server: UiServer, people: tuple[HttpPerson, HttpPerson]
) -> None:
    victim, attacker = people
    index = victim.fn_index("on_load")
    joined = victim.join("on_load", [])
    event_id = joined.json()["event_id"]
    body = {"session_hash": victim.session_hash, "fn_index": index, "event_id": event_id}
    with httpx.Client(base_url=ui_server.url, trust_env=False, timeout=15) as anonymous:
        assert anonymous.post("/gradio_api/cancel", json=body).status_code == 401
    assert attacker.http.post("/gradio_api/cancel", json=body).status_code == 403
    bogus = dict(body, event_id="not-an-event")
    assert victim.http.post("/gradio_api/cancel", json=bogus).status_code == 404
    messages = victim.stream()  # the victim's stream is neither cancelled nor left hanging
    done = [m for m in messages if m.get("msg") == "process_completed"]
    assert done and done[-1]["success"] and "Signed in as" in str(done[-1])


def test_heartbeat_needs_a_cookie_and_the_owner(
    ui_server: UiServer, people: tuple[HttpPerson, HttpPerson]
) -> None:
    victim, attacker = people
    assert victim.join("on_load", []).status_code == 200
    victim.stream()
    path = f"/gradio_api/heartbeat/{victim.session_hash}"
    with (
        httpx.Client(base_url=ui_server.url, trust_env=False, timeout=15) as anonymous,
        anonymous.stream("GET", path) as beat,
    ):
        assert beat.status_code == 401
    with attacker.http.stream("GET", path) as beat:
        assert beat.status_code == 403


def test_private_events_are_not_callable_by_name(
    ui_server: UiServer, people: tuple[HttpPerson, HttpPerson]
) -> None:
    victim, attacker = people
    for path in (
        "/gradio_api/call/on_load",
        "/gradio_api/run/on_load",
        "/gradio_api/api/on_load",
        "/gradio_api/call/do_export",
        "/gradio_api/run/do_export",
    ):
        said = attacker.http.post(path, json={"data": []})
        assert said.status_code == 404, (path, said.status_code, said.text[:300])
    said = attacker.http.post("/gradio_api/call/v2/do_export", json={})
    assert said.status_code == 404, said.text
    # a documented name cannot carry a private event's index either
    private = attacker.fn_index("do_export")
    said = attacker.http.post("/gradio_api/run/search", json={"data": [], "fn_index": private})
    assert said.status_code == 404, said.text[:300]


def test_missing_arguments_are_a_clean_refusal(
    ui_server: UiServer, people: tuple[HttpPerson, HttpPerson]
) -> None:
    _, attacker = people
    before = ui_server.log.stat().st_size
    said = attacker.http.post("/gradio_api/call/v2/search", json={})
    assert said.status_code == 422, said.text
    assert "required argument" in said.json()["detail"]
    assert "Traceback" not in ui_server.log.read_bytes()[before:].decode(errors="replace")


def test_a_documented_call_answers_only_its_caller(people: tuple[HttpPerson, HttpPerson]) -> None:
    victim, attacker = people
    started = victim.http.post("/gradio_api/call/search", json={"data": ["banks", "money"]})
    assert started.status_code == 200, started.text
    event_id = started.json()["event_id"]
    stolen = attacker.http.get(f"/gradio_api/call/search/{event_id}", timeout=15)
    assert stolen.status_code == 403, stolen.text[:300]
    with victim.http.stream("GET", f"/gradio_api/call/search/{event_id}") as mine:
        assert mine.status_code == 200
        text = "".join(line for _, line in zip(range(50), mine.iter_lines(), strict=False))
    assert "event: complete" in text


def test_someone_elses_export_is_not_served(
    ui_server: UiServer, people: tuple[HttpPerson, HttpPerson]
) -> None:
    victim, attacker = people
    exported = victim.run("do_export", [])[0]
    assert exported and exported.get("url"), exported
    url = exported["url"]
    assert victim.http.get(url).status_code == 200
    stolen = attacker.http.get(url)
    assert stolen.status_code == 404 and "my_notes" not in stolen.text
    # and the same file by its path under the other file route
    assert attacker.http.get(f"/gradio_api/file/{exported['path']}").status_code == 404


def test_downloads_live_in_this_instances_private_temp_folder(
    ui_server: UiServer, people: tuple[HttpPerson, HttpPerson]
) -> None:
    victim, _ = people
    exported = victim.run("do_export", [])[0]
    folder = (ui_server.data_dir / "gradio-tmp").resolve()
    assert Path(exported["path"]).resolve().is_relative_to(folder), exported["path"]
    assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0


def test_a_deleted_accounts_export_is_deleted(ui_server: UiServer) -> None:
    email, password = new_person(ui_server, "leaver")
    leaver = HttpPerson(ui_server.url, email, password)
    try:
        exported = leaver.run("do_export", [])[0]
        assert Path(exported["path"]).exists()
        said = leaver.run("#delete-go", [True, email])[0]
        assert "deleted" in str(said)
    finally:
        leaver.close()
    assert not Path(exported["path"]).exists()
    admin = HttpPerson(ui_server.url, *ui_server.creds("admin"))
    try:
        assert admin.http.get(exported["url"]).status_code == 404
    finally:
        admin.close()


def test_nothing_but_the_sign_in_page_is_open_anonymously(ui_server: UiServer) -> None:
    from ui.policy import POLICY

    samples = {
        "{path:path}": "x",
        "{path_or_url:path}": "/etc/hostname",
        "{url_path:path}": "x",
        "{session_hash}": "h",
        "{event_id}": "e",
        "{api_name}": "search",
    }
    with httpx.Client(base_url=ui_server.url, trust_env=False, timeout=15) as anonymous:
        for template, rule in POLICY.items():
            if rule.public or template == "/logout":
                continue
            path = template
            for key, value in samples.items():
                path = path.replace(key, value)
            path = path.replace("{", "").replace("}", "")
            for method in ("GET", "POST"):
                said = anonymous.request(method, path, json={}, timeout=15)
                assert said.status_code in (401, 404, 405), (method, path, said.status_code)


def test_temp_files_nobody_was_given_are_not_served(
    ui_server: UiServer, people: tuple[HttpPerson, HttpPerson]
) -> None:
    """What Gradio itself leaves in its temp folder (a page-state snapshot, another app's
    files) is served to no one; only downloads made for the asker are."""
    victim, attacker = people
    exported = victim.run("do_export", [])[0]
    root = Path(exported["path"]).parent.parent
    snapshot = root / "deep_links" / f"snap{os.urandom(4).hex()}" / "state.json"
    snapshot.parent.mkdir(parents=True)
    snapshot.write_text('{"notes": "Quillmoor snapshot"}')
    for who in (victim, attacker):
        said = who.http.get(f"/gradio_api/file={snapshot}")
        assert said.status_code == 404 and "Quillmoor" not in said.text


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, library_index: object) -> Iterator[tuple]:
    """The app served in this process, so a test can read and extend its routes."""
    from tests.index_fixtures import free_port
    from ui import build_app, launch_options, queue
    from ui.deps import build_deps, read_demo_accounts, seed_demo_if_empty

    path = tmp_path_factory.mktemp("routes-inproc")
    deps = build_deps(load_settings(data_dir=path), index=library_index)  # type: ignore[arg-type]
    seed_demo_if_empty(deps)
    demo = queue(build_app(deps))
    port = free_port()
    demo.launch(prevent_thread_lock=True, **{**launch_options(deps), "server_port": port})
    try:
        yield demo, f"http://127.0.0.1:{port}", read_demo_accounts(path)
    finally:
        demo.close()
        deps.record.close()


def test_every_route_the_framework_serves_has_a_rule(served: tuple) -> None:
    from ui.policy import POLICY
    from ui.sessions import flat_routes

    demo, _, _ = served
    templates = {t for t, _ in flat_routes(demo.app.routes)}
    assert templates - set(POLICY) == set(), "decide about these routes in ui/policy.py"
    assert len(templates) > 60  # the enumeration really saw Gradio's routes


def test_a_route_nobody_decided_about_is_refused(served: tuple) -> None:
    demo, url, passwords = served
    demo.app.add_api_route("/gradio_api/brand-new", lambda: {"secret": "Quillmoor"})
    email = "hr@demo.turntable.example"
    person = HttpPerson(url, email, passwords[email])
    try:
        said = person.http.get("/gradio_api/brand-new")
        assert said.status_code == 404 and "Quillmoor" not in said.text
    finally:
        person.close()
