"""Two real app processes on one record and one data dir: sign-ins and lockouts hold across
both, because they live in the record (what a second replica behind a load balancer sees)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from coach.embeddings import MiniLMEmbedding
from coach.index import Index
from coach.record import Record
from tests.ui_fixtures import DEMO, copy_library, start_app, stop_app


@pytest.fixture
def two_apps(tmp_path: Path, library_index: Index, embedder: MiniLMEmbedding):  # noqa: ANN201
    from ui.deps import read_demo_accounts

    copy_library(library_index, tmp_path, embedder)
    first, url_a, _ = start_app(tmp_path)  # seeds the demo program on the empty record
    try:
        second, url_b, _ = start_app(tmp_path)  # finds it there
        try:
            yield url_a, url_b, read_demo_accounts(tmp_path), tmp_path
        finally:
            stop_app(second)
    finally:
        stop_app(first)


def _login(url: str, email: str, password: str) -> httpx.Response:
    with httpx.Client(base_url=url, trust_env=False, timeout=60) as c:
        return c.post("/login", data={"username": email, "password": password})


def test_sign_ins_and_lockouts_hold_across_two_app_processes(two_apps) -> None:  # noqa: ANN001
    url_a, url_b, passwords, data_dir = two_apps
    mentor, hr = DEMO["mentor"], DEMO["hr"]
    assert _login(url_a, mentor, passwords[mentor]).status_code == 200
    assert _login(url_b, mentor, passwords[mentor]).status_code == 200
    for url in (url_a, url_b, url_a, url_b, url_a):  # five failures, split over both
        assert _login(url, hr, "not-the-password").status_code == 400
    refused = _login(url_b, hr, passwords[hr])
    assert refused.status_code == 423 and "locked" in refused.json()["detail"], refused.text
    assert _login(url_a, hr, passwords[hr]).status_code == 423
    with Record.open(f"sqlite:///{next(data_dir.glob('*.db'))}") as record:
        assert record.lockout(hr) is not None  # the lockout is in the record itself
        assert record.sign_in(mentor, passwords[mentor]) is not None
