"""The record CLI as an operator runs it, against a real data directory.

`people add`, `seed-demo` and `people passwd` at a terminal run as real processes; the other
commands call the same entry point in this process (tests/cli_runner.py).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from coach.index import open_index
from coach.record import SYSTEM, open_record
from coach.settings import load_settings
from tests.cli_runner import run_in_process, run_process

run = run_in_process


def test_people_share_review_and_export(tmp_path: Path) -> None:
    data, lib = tmp_path / "data", tmp_path / "knowledge"
    lib.mkdir()
    env = {**os.environ, "COACH_DATA_DIR": str(data), "COACH_KNOWLEDGE_DIR": str(lib)}

    added = run_process(
        [
            "people",
            "add",
            "--name",
            "Ada Adminson",
            "--email",
            "ada@example.org",
            "--role",
            "admin",
        ],
        env,
    )
    assert added.returncode == 0, added.stderr
    shown = re.search(r"password \(shown once, store it now\): (\S+)", added.stdout)
    assert shown, added.stdout
    hr = run(
        [
            "people",
            "add",
            "--name",
            "Hugo Harrow",
            "--email",
            "hugo@example.org",
            "--role",
            "hr",
            "--password-stdin",
        ],
        env,
        stdin="correct-horse-battery\n",
    )
    assert hr.returncode == 0 and "password" not in hr.stdout
    dup = run(
        ["people", "add", "--name", "Ada", "--email", "ADA@example.org", "--role", "admin"], env
    )
    assert dup.returncode == 2 and "already in the record" in dup.stderr
    empty_pw = run(
        [
            "people",
            "add",
            "--name",
            "Nobody",
            "--email",
            "n@example.org",
            "--role",
            "mentor",
            "--password-stdin",
        ],
        env,
        stdin="",
    )
    assert empty_pw.returncode == 2 and "No password" in empty_pw.stderr
    listed = run(["people", "list"], env)
    assert "ada@example.org" in listed.stdout and "hugo@example.org" in listed.stdout
    assert "n@example.org" not in listed.stdout

    settings = load_settings(data_dir=data, knowledge_dir=lib)
    with open_record(settings) as record:
        assert record.authenticate("ada@example.org", shown.group(1)) is not None
        assert record.authenticate("hugo@example.org", "correct-horse-battery") is not None
        hugo = record.find_person(SYSTEM, "hugo@example.org")
        mentor, _ = record.add_person(
            SYSTEM, name="Mina Okoro", email="mina@example.org", role="mentor"
        )
        mentee, _ = record.add_person(
            SYSTEM, name="Sol Brightwater", email="sol@example.org", role="mentee"
        )
        cycle = record.create_cycle(
            hugo, record.create_program(hugo, "Pilot").id, "Spring", "2026-03-02"
        )
        pair = record.create_pair(hugo, cycle.id, mentor.id, mentee.id)
        sess = record.create_session(mentee, pair.id, topic="money")
        record.save_notes(
            mentee,
            sess.id,
            "Mina Okoro explained that visible fees build trust with younger savers.",
        )
        item = record.submit_share(mentee, sess.id)

    queue = run(["share", "list", "--as", "hugo@example.org"], env)
    assert queue.returncode == 0 and f"#{item.id} [pending]" in queue.stdout
    assert "visible fees" in queue.stdout and "Okoro" not in queue.stdout
    as_json = json.loads(run(["share", "list", "--json", "--as", "hugo@example.org"], env).stdout)
    assert [i["id"] for i in as_json] == [item.id]
    denied = run(["share", "list", "--as", "sol@example.org"], env)
    assert denied.returncode == 2 and "Only HR" in denied.stderr

    approved = run(["share", "approve", str(item.id), "--as", "hugo@example.org"], env)
    assert approved.returncode == 0, approved.stderr
    assert "is now approved" in approved.stdout
    again = run(["share", "reject", str(item.id), "--as", "hugo@example.org"], env)
    assert again.returncode == 2 and "approved, not pending" in again.stderr

    index = open_index(settings)
    assert list(index.rows(sources=[f"note:{item.id}"]))
    index.remove_source(f"note:{item.id}")
    del index
    rebuilt = run(["reindex"], env)  # the index is derived: approved notes come back
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert list(open_index(settings).rows(sources=[f"note:{item.id}"]))

    export = run(["export-my-data", "--as", "sol@example.org"], env)
    assert export.returncode == 0, export.stderr
    mine = json.loads(export.stdout)
    assert mine["person"]["email"] == "sol@example.org"
    assert mine["sessions"][0]["notes"].startswith("Mina Okoro explained")
    assert mine["shared_notes"][0]["status"] == "approved"


def test_seed_demo_prints_passwords_once_and_refuses_twice(tmp_path: Path) -> None:
    env = {**os.environ, "COACH_DATA_DIR": str(tmp_path / "data")}
    seeded = run_process(["seed-demo"], env)
    assert seeded.returncode == 0, seeded.stderr
    pairs = re.findall(r"^  (\S+@\S+)  (\S+)$", seeded.stdout, re.M)
    assert len(pairs) == 12
    again = run(["seed-demo"], env)
    assert again.returncode == 2 and "already" in again.stderr
    with open_record(load_settings(data_dir=tmp_path / "data")) as record:
        people = [record.authenticate(email, secret) for email, secret in pairs]
        assert all(people)
        assert {p.role for p in people} == {"admin", "hr", "mentor", "mentee"}
        hr = next(p for p in people if p.role == "hr")
        wave = next(c for c in record.list_cycles(hr) if c.name == "First wave")
        stats = record.program_stats(hr, cycle_id=wave.id)
        assert (stats.active_pairs, stats.sessions_total) == (3, 4)
        assert stats.rated_personal == 4 and stats.action_items_done == 1
        # and the pilot wave before it, ended, with its ten rated sessions
        everything = record.program_stats(hr)
        assert (everything.pairs_total, everything.active_pairs) == (7, 3)
        assert everything.sessions_total == everything.rated_personal == 14
        mentee = next(p for p in people if p.email == "mentee@demo.turntable.example")
        first = record.list_sessions(mentee, record.my_pairs(mentee)[0].id)[0]
        assert first.mentee_notes and first.reflection and first.action_items


def _person(env: dict[str, str], name: str, email: str, role: str, password: str) -> None:
    added = run(
        ["people", "add", "--name", name, "--email", email, "--role", role, "--password-stdin"],
        env,
        stdin=password + "\n",
    )
    assert added.returncode == 0, added.stderr


def test_passwd_and_reset_password(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "COACH_DATA_DIR": str(data)}
    _person(env, "Ada Adminson", "ada@example.org", "admin", "admin-passphrase-1")
    _person(env, "Sol Brightwater", "sol@example.org", "mentee", "first-passphrase-1")
    settings = load_settings(data_dir=data)
    with open_record(settings) as record:
        before = record.sign_in("sol@example.org", "first-passphrase-1")
        assert before is not None

    wrong = run(
        ["people", "passwd", "--as", "sol@example.org"],
        env,
        stdin="not-my-passphrase\nsecond-passphrase-2\n",
    )
    assert wrong.returncode == 2 and "current password is not right" in wrong.stderr
    weak = run(
        ["people", "passwd", "--as", "sol@example.org"], env, stdin="first-passphrase-1\nshort\n"
    )
    assert weak.returncode == 2 and "at least 12 characters" in weak.stderr
    empty = run(["people", "passwd", "--as", "sol@example.org"], env, stdin="")
    assert empty.returncode == 2 and "No current password" in empty.stderr
    changed = run(
        ["people", "passwd", "--as", "SOL@example.org"],
        env,
        stdin="first-passphrase-1\nsecond-passphrase-2\n",
    )
    assert changed.returncode == 0, changed.stderr
    assert "every sign-in of this account has ended" in changed.stdout
    assert "passphrase" not in changed.stdout + changed.stderr
    with open_record(settings) as record:
        assert record.signed_in(before.token) is None
        assert record.sign_in("sol@example.org", "second-passphrase-2") is not None

    refused = run(["people", "reset-password", "ada@example.org", "--as", "sol@example.org"], env)
    assert refused.returncode == 2 and "Only an admin" in refused.stderr
    reset = run(["people", "reset-password", "sol@example.org", "--as", "ada@example.org"], env)
    assert reset.returncode == 0, reset.stderr
    shown = re.search(r"new password \(shown once, store it now\): (\S+)", reset.stdout)
    assert shown, reset.stdout
    with open_record(settings) as record:
        assert record.sign_in("sol@example.org", "second-passphrase-2") is None
        assert record.sign_in("sol@example.org", shown.group(1)) is not None
    unknown = run(
        ["people", "reset-password", "nobody@example.org", "--as", "ada@example.org"], env
    )
    assert unknown.returncode == 2 and "Nobody in the record" in unknown.stderr


def test_passwd_at_a_terminal_does_not_echo(tmp_path: Path) -> None:
    """At a terminal the passwords are asked for with echo off, the new one twice."""
    import pty
    import select

    env = {**os.environ, "COACH_DATA_DIR": str(tmp_path / "data")}
    _person(env, "Sol Brightwater", "sol@example.org", "mentee", "first-passphrase-1")
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "coach.cli", "people", "passwd", "--as", "sol@example.org"],
        env=env,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        start_new_session=True,
    )
    os.close(slave)
    seen = b""
    poller = select.poll()
    poller.register(master, select.POLLIN)

    def until(marker: bytes) -> None:
        nonlocal seen
        for _ in range(600):  # bounded by count; each wait is at most half a second
            if marker in seen:
                return
            if poller.poll(500):  # poll, not select: a long run's descriptors pass 1024
                try:
                    seen += os.read(master, 4096)
                except OSError:  # the child closed the terminal
                    break
        assert marker in seen, seen

    try:
        until(b"Current password: ")
        os.write(master, b"first-passphrase-1\n")
        until(b"New password: ")
        os.write(master, b"third-passphrase-3\n")
        until(b"New password again: ")
        os.write(master, b"third-passphrase-3\n")
        until(b"every sign-in of this account has ended")
        assert proc.wait(timeout=300) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    assert b"passphrase" not in seen, "a password was echoed"
    with open_record(load_settings(data_dir=tmp_path / "data")) as record:
        assert record.sign_in("sol@example.org", "third-passphrase-3") is not None
