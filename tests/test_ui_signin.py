"""Sign-in over real HTTP: the record decides who is signed in on every request, sign-out is a
POST, a locked account says so, refusals leak nothing, and guessing stalls no one."""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from coach.index import Index
from coach.record import SYSTEM, open_record
from coach.settings import load_settings
from tests.index_fixtures import free_port
from tests.ui_fixtures import HttpPerson, UiServer


def new_person(server: UiServer, name: str, role: str = "mentee") -> tuple[int, str, str]:
    record = open_record(load_settings(data_dir=server.data_dir))
    try:
        email = f"{name}.{os.urandom(3).hex()}@example.org"
        person, password = record.add_person(SYSTEM, name=name.title(), email=email, role=role)
    finally:
        record.close()
    return person.id, email, password


def cut_off(person: HttpPerson, limit: int = 40) -> int:
    """Poll /config until the cookie stops working (the check is cached for a few seconds);
    the status it ends with."""
    status = 0
    for _ in range(limit):
        status = person.http.get("/config").status_code
        if status == 401:
            break
        time.sleep(0.25)
    return status


def test_anonymous_refusals_and_the_log_keep_secrets(ui_server: UiServer) -> None:
    with httpx.Client(base_url=ui_server.url, trust_env=False, timeout=15) as anonymous:
        refused = anonymous.get("/config")
        page = anonymous.get("/")
    assert refused.status_code == 401
    assert str(ui_server.data_dir) not in refused.text + page.text
    assert "demo-accounts.txt" in page.text  # the sign-in page says where to look
    log = ui_server.log.read_text(errors="replace")
    leaked = [e for e, secret in ui_server.passwords.items() if secret in log]
    assert not leaked, leaked


def test_a_get_to_logout_signs_no_one_out(ui_server: UiServer) -> None:
    hr = HttpPerson(ui_server.url, *ui_server.creds("hr"))
    try:
        hr.http.get("/logout", follow_redirects=False)  # what a stored image would do
        assert hr.http.get("/config").status_code == 200
        assert hr.http.post("/logout").status_code == 200
        assert hr.http.get("/config").status_code == 401
    finally:
        hr.close()


def test_a_locked_account_says_so_and_until_when(ui_server: UiServer) -> None:
    _, email, password = new_person(ui_server, "locked")
    with httpx.Client(base_url=ui_server.url, trust_env=False, timeout=30) as c:
        for _ in range(5):
            said = c.post("/login", data={"username": email, "password": "not-it"})
            assert said.status_code == 400
        said = c.post("/login", data={"username": email, "password": password})
    assert said.status_code == 423, said.text
    assert "locked" in said.json()["detail"]
    assert re.search(r"\d\d:\d\d UTC", said.json()["detail"]), said.json()


@pytest.mark.parametrize("how", ["deactivate", "delete"])
def test_losing_the_account_cuts_off_config_upload_and_downloads(
    ui_server: UiServer, how: str
) -> None:
    pid, email, password = new_person(ui_server, how)
    person = HttpPerson(ui_server.url, email, password)
    try:
        exported = person.run("do_export", [])[0]
        assert person.http.get(exported["url"]).status_code == 200
        record = open_record(load_settings(data_dir=ui_server.data_dir))
        try:
            if how == "deactivate":
                record.set_active(SYSTEM, pid, False)
            else:
                admin = record.find_person(SYSTEM, "admin@demo.turntable.example")
                record.delete_person(admin, pid)
        finally:
            record.close()
        assert cut_off(person) == 401
        upload = person.http.post(
            "/gradio_api/upload", files={"files": ("a.md", b"# hello\n", "text/markdown")}
        )
        assert upload.status_code == 401
        assert person.http.get(exported["url"]).status_code == 401
    finally:
        person.close()


@pytest.fixture
def own_app(tmp_path: Path, library_index: Index) -> Iterator[tuple[str, list[bool], object]]:
    """The app served in this process (so the test can see where passwords are hashed)."""
    from ui import build_app, launch_options, queue
    from ui.deps import build_deps, seed_demo_if_empty

    deps = build_deps(load_settings(data_dir=tmp_path), index=library_index)
    seed_demo_if_empty(deps)
    on_loop: list[bool] = []

    def watch(real: object) -> object:
        def watched(*args: object, **kwargs: object) -> object:
            try:
                asyncio.get_running_loop()
                on_loop.append(True)
            except RuntimeError:
                on_loop.append(False)
            return real(*args, **kwargs)  # type: ignore[operator]

        return watched

    for name in ("authenticate", "sign_in"):  # whichever checks passwords for the web
        if hasattr(deps.record, name):
            setattr(deps.record, name, watch(getattr(deps.record, name)))
    demo = queue(build_app(deps))
    port = free_port()
    demo.launch(prevent_thread_lock=True, **{**launch_options(deps), "server_port": port})
    try:
        yield f"http://127.0.0.1:{port}", on_loop, deps
    finally:
        demo.close()
        deps.record.close()


async def _burst(url: str, attempts: int) -> tuple[int, int, list[int]]:
    """`attempts` failed sign-ins at once from one client while one cheap request after
    another runs; how many cheap ones completed before the burst was over."""
    limits = httpx.Limits(max_connections=attempts + 5)
    async with httpx.AsyncClient(base_url=url, trust_env=False, timeout=120, limits=limits) as c:

        async def guess(n: int) -> int:
            said = await c.post(
                "/login", data={"username": f"guess{n}@example.org", "password": "wrong"}
            )
            return said.status_code

        burst = asyncio.gather(*[guess(n) for n in range(attempts)])
        task = asyncio.ensure_future(burst)
        done_during = 0
        for _ in range(10_000):  # bounded by count, never by time
            if task.done():
                break
            said = await c.get("/gradio_api/login_check")
            if not task.done():
                done_during += 1
            assert said.status_code == 401
        statuses = await task
        return done_during, len(statuses), statuses


def test_a_burst_of_failed_sign_ins_stalls_no_one(own_app: tuple[str, list[bool], object]) -> None:
    url, on_loop, _ = own_app
    # Its own thread: the browser tests' Playwright keeps an event loop running in this one.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        done_during, answered, statuses = pool.submit(asyncio.run, _burst(url, 200)).result()
    assert answered == 200
    assert on_loop and not any(on_loop), "a password was hashed on the event loop"
    assert done_during >= 1  # other requests were answered while the burst ran
    assert len(on_loop) <= 40, f"{len(on_loop)} hashes: the address was not throttled"
    assert sum(s in (429, 503) for s in statuses) >= 150  # turned away before hashing


def test_changing_my_password_signs_me_out_everywhere(ui_server: UiServer) -> None:
    _, email, password = new_person(ui_server, "changer")
    here, there = (
        HttpPerson(ui_server.url, email, password),
        HttpPerson(ui_server.url, email, password),
    )
    fresh = "Quiet-river-" + os.urandom(6).hex()
    try:
        said = here.run("#pw-go", [password, fresh, fresh])[0]
        assert "changed" in str(said), said
        assert cut_off(here) == 401 and cut_off(there) == 401
        again = HttpPerson(ui_server.url, email, fresh)  # signs in with the new one
        assert again.http.get("/config").status_code == 200
        again.close()
    finally:
        here.close()
        there.close()


def test_an_admin_resets_a_password(ui_server: UiServer) -> None:
    pid, email, password = new_person(ui_server, "forgetful")
    person = HttpPerson(ui_server.url, email, password)
    admin = HttpPerson(ui_server.url, *ui_server.creds("admin"))
    try:
        admin.run("on_load", [])  # the page fills the people list first
        said = admin.run("#person-reset", [pid])[-1]
        secret = re.search(r"`([^`]+)`", str(said))
        assert secret, said
        assert cut_off(person) == 401
        again = HttpPerson(ui_server.url, email, secret.group(1))
        assert again.http.get("/config").status_code == 200
        again.close()
    finally:
        person.close()
        admin.close()
