"""First start: the demo program and its accounts appear once, their passwords only in a file
the user alone can read; `--no-demo` starts clean; sign-in checks the record's hashes."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from coach.embeddings import MiniLMEmbedding
from coach.index import open_index
from coach.record import SYSTEM, Record
from coach.settings import load_settings
from tests.ui_fixtures import start_app, stop_app
from ui import make_auth, status_line
from ui.deps import (
    DEMO_FILE,
    build_deps,
    read_demo_accounts,
    seed_demo_if_empty,
    write_demo_accounts,
)
from ui.signin import SignInLimiter


def test_demo_accounts_file_is_private_even_over_an_older_file(tmp_path: Path) -> None:
    old = tmp_path / DEMO_FILE
    old.write_text("stale\n")
    old.chmod(0o644)
    path = write_demo_accounts(tmp_path, {"a@example.org": "s3cret-1"})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert read_demo_accounts(tmp_path) == {"a@example.org": "s3cret-1"}


def test_seed_once_then_sign_in_against_the_record(
    tmp_path: Path, embedder: MiniLMEmbedding, capsys: pytest.CaptureFixture
) -> None:
    settings = load_settings(data_dir=tmp_path)
    deps = build_deps(settings, index=open_index(settings, embedder))
    passwords = seed_demo_if_empty(deps)
    assert passwords and len(passwords) == 12
    printed = capsys.readouterr().err
    assert not any(secret in printed for secret in passwords.values())  # logs keep no secrets
    assert DEMO_FILE in printed and str(tmp_path) not in printed
    assert read_demo_accounts(tmp_path) == passwords
    assert seed_demo_if_empty(deps) is None  # never twice, never over real people
    check = make_auth(deps)
    email = "hr@demo.turntable.example"
    assert check(email, passwords[email])
    assert not check(email, passwords[email] + "x")
    assert not check("nobody@example.org", passwords[email])
    assert not check("", "")
    assert "Offline coach" in status_line(deps) and "library is empty" in status_line(deps)

    now = [0.0]
    guarded = make_auth(deps, SignInLimiter(max_failures=3, window=60, clock=lambda: now[0]))
    for _ in range(3):
        assert not guarded(email, "guess")
    assert not guarded(email, passwords[email])  # locked out, even with the right password
    assert guarded(
        "mentor@demo.turntable.example", passwords["mentor@demo.turntable.example"]
    )  # others are not
    now[0] += 61
    assert guarded(email.upper(), passwords[email])
    deps.record.close()


def test_no_demo_starts_a_clean_instance(tmp_path: Path) -> None:
    proc, _, log = start_app(tmp_path, "--no-demo")
    try:
        assert not (tmp_path / DEMO_FILE).exists()
        with Record.open(load_settings(data_dir=tmp_path).db_url) as record:
            assert record.list_people(SYSTEM) == []
    finally:
        stop_app(proc)
    assert "Demo accounts" not in log.read_text()
