"""Server-side sign-ins and the lockout, on a real SQLite file and (where it runs) PostgreSQL.

Time is an injected clock (a constructor argument of the record), never the wall clock.
Two Record objects on one database stand for two app processes.
"""

from __future__ import annotations

import hashlib
import re
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from coach.errors import AccountLocked, ConfigError
from coach.record import SYSTEM, Record, SignIn, open_record
from coach.settings import load_settings
from tests.record_fixtures import (
    PASSWORD,
    START,
    SignInWorld,
    fail_sign_in,
    raw_rows,
    two_signins,
)


def test_sign_in_gives_a_token_that_names_the_person(signins: SignInWorld) -> None:
    r = signins.record
    signed = r.sign_in("  MINA@example.org ", PASSWORD, client="127.0.0.1")
    assert isinstance(signed, SignIn)
    assert signed.person.id == signins.mentor.id
    assert signed.expires_at == START + timedelta(hours=12)
    assert r.signed_in(signed.token) == signed.person
    assert r.sign_in("mina@example.org", "wrong-password-here") is None
    assert r.sign_in("nobody@example.org", PASSWORD) is None
    assert r.sign_in("not an email", PASSWORD) is None
    for bad in ("", "x" * 5000, signed.token + "x", None, 42):
        assert r.signed_in(bad) is None  # type: ignore[arg-type]
    outcomes = raw_rows(
        r, "SELECT outcome, detail FROM audit WHERE action = 'auth.sign_in' ORDER BY id"
    )
    assert [o for o, _ in outcomes] == ["allowed", "refused", "refused"]
    assert "client=127.0.0.1" in outcomes[0][1]


def test_tokens_are_stored_only_as_their_sha256(signins: SignInWorld) -> None:
    signed = signins.record.sign_in("mina@example.org", PASSWORD)
    assert signed is not None and len(signed.token) >= 43
    rows = raw_rows(signins.record, "SELECT * FROM signins")
    assert len(rows) == 1
    assert not any(signed.token in str(value) for value in rows[0])
    stored = raw_rows(signins.record, "SELECT token_hash FROM signins")[0][0]
    assert stored == hashlib.sha256(signed.token.encode()).hexdigest()


def test_lockout_holds_across_two_processes_and_says_until_when(signins: SignInWorld) -> None:
    first, second = signins.record, signins.another()
    try:
        fail_sign_in(first, "mina@example.org", 3)
        signins.clock.advance(minutes=2)
        fail_sign_in(second, "MINA@example.org", 2)
        until = START + timedelta(minutes=15)
        for r in (first, second):
            assert r.lockout("mina@example.org") == until
            with pytest.raises(AccountLocked) as locked:
                r.sign_in("mina@example.org", PASSWORD)  # the right password: still locked
            assert locked.value.until == until
            assert "locked after too many failed sign-ins" in str(locked.value)
            assert re.search(r"try again after 09:15 UTC\.$", str(locked.value))
        assert first.lockout("sol@example.org") is None  # other accounts are unaffected
        assert first.sign_in("sol@example.org", PASSWORD) is not None
        # Refused attempts while locked do not extend the lockout.
        assert second.lockout("mina@example.org") == until
        signins.clock.now = until
        assert second.lockout("mina@example.org") is None
        assert second.sign_in("mina@example.org", PASSWORD) is not None
        # A success clears the count: four more failures do not lock.
        fail_sign_in(first, "mina@example.org", 4)
        assert first.sign_in("mina@example.org", PASSWORD) is not None
    finally:
        second.close()
    refused = raw_rows(first, "SELECT count(*) FROM audit WHERE detail LIKE 'account locked%'")
    assert refused[0][0] == 2


def test_lockout_minute_is_rounded_up(signins: SignInWorld) -> None:
    signins.clock.now = START + timedelta(seconds=30)
    fail_sign_in(signins.record, "sol@example.org", 5)
    with pytest.raises(AccountLocked, match=r"after 09:16 UTC"):
        signins.record.sign_in("sol@example.org", PASSWORD)


def test_unknown_addresses_lock_the_same_way(signins: SignInWorld) -> None:
    fail_sign_in(signins.record, "nobody@example.org", 5)
    with pytest.raises(AccountLocked):
        signins.record.sign_in("nobody@example.org", PASSWORD)


def test_parallel_guesses_cannot_outrun_the_count(signins: SignInWorld) -> None:
    """Twelve guesses at once: only five passwords are checked, the rest are refused as locked."""
    results: list[object] = []
    barrier = threading.Barrier(12)

    def guess() -> None:
        barrier.wait()
        try:
            results.append(signins.record.sign_in("mina@example.org", "a-wrong-guess-123"))
        except AccountLocked as exc:
            results.append(exc)

    threads = [threading.Thread(target=guess) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count(None) == 5
    assert sum(isinstance(x, AccountLocked) for x in results) == 7


def test_idle_expiry(signins: SignInWorld) -> None:
    r = signins.record
    idle = r.sign_in("sol@example.org", PASSWORD)
    assert idle is not None
    signins.clock.advance(minutes=59)
    assert r.signed_in(idle.token) is not None
    signins.clock.advance(minutes=59, seconds=59)
    assert r.signed_in(idle.token) is not None, "use within the hour keeps it alive"
    signins.clock.advance(minutes=60)
    assert r.signed_in(idle.token) is None, "an hour unused ends it"


def test_absolute_expiry(signins: SignInWorld) -> None:
    r = signins.record
    signed = r.sign_in("mina@example.org", PASSWORD)
    assert signed is not None
    uses = 0
    while signins.clock.now + timedelta(minutes=50) < signed.expires_at and uses < 20:
        signins.clock.advance(minutes=50)
        assert r.signed_in(signed.token) is not None
        uses += 1
    assert uses == 14  # 11 h 40 min of steady use
    signins.clock.now = signed.expires_at - timedelta(seconds=1)
    assert r.signed_in(signed.token) is not None
    signins.clock.now = signed.expires_at
    assert r.signed_in(signed.token) is None, "used every 50 minutes, it still ends at 12 h"


def test_last_seen_is_written_at_most_once_a_minute(signins: SignInWorld) -> None:
    r = signins.record
    signed = r.sign_in("mina@example.org", PASSWORD)
    assert signed is not None

    def last_seen() -> str:
        return str(raw_rows(r, "SELECT last_seen_at FROM signins")[0][0])

    at_sign_in = last_seen()
    signins.clock.advance(seconds=30)
    r.signed_in(signed.token)
    assert last_seen() == at_sign_in
    signins.clock.advance(seconds=31)
    r.signed_in(signed.token)
    assert last_seen() != at_sign_in


def test_settings_reach_the_record(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path, session_idle_minutes=5, session_max_hours=2)
    with open_record(settings) as record:
        assert record.session_idle == timedelta(minutes=5)
        assert record.session_max == timedelta(hours=2)
    with open_record(load_settings(data_dir=tmp_path)) as record:
        assert (record.session_idle, record.session_max) == (
            timedelta(minutes=60),
            timedelta(hours=12),
        )


def test_session_limits_come_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACH_SESSION_IDLE_MINUTES", "15")
    monkeypatch.setenv("COACH_SESSION_MAX_HOURS", "8")
    settings = load_settings(data_dir=tmp_path)
    assert (settings.session_idle_minutes, settings.session_max_hours) == (15, 8)
    monkeypatch.setenv("COACH_SESSION_IDLE_MINUTES", "0")
    with pytest.raises(ConfigError, match="COACH_SESSION_IDLE_MINUTES cannot be used"):
        load_settings(data_dir=tmp_path)


def test_sign_out_ends_only_that_sign_in(signins: SignInWorld) -> None:
    r = signins.record
    one, two = r.sign_in("mina@example.org", PASSWORD), r.sign_in("mina@example.org", PASSWORD)
    assert one is not None and two is not None
    r.sign_out(one.token)
    r.sign_out(one.token)  # twice is harmless
    r.sign_out("no-such-token")
    assert r.signed_in(one.token) is None
    assert r.signed_in(two.token) is not None


def test_deactivation_ends_every_sign_in_and_blocks_new_ones(signins: SignInWorld) -> None:
    r = signins.record
    tokens = two_signins(signins)
    other = r.sign_in("mina@example.org", PASSWORD)
    r.set_active(signins.admin, signins.mentee.id, False)
    assert [r.signed_in(t) for t in tokens] == [None, None]
    assert other is not None and r.signed_in(other.token) is not None
    assert r.sign_in("sol@example.org", PASSWORD) is None
    r.set_active(signins.admin, signins.mentee.id, True)
    assert [r.signed_in(t) for t in tokens] == [None, None], "revoked, not just paused"
    assert r.sign_in("sol@example.org", PASSWORD) is not None


def test_deletion_ends_every_sign_in(signins: SignInWorld) -> None:
    r = signins.record
    tokens = two_signins(signins)
    fail_sign_in(r, "sol@example.org", 2)
    r.delete_person(signins.mentee, signins.mentee.id)
    assert [r.signed_in(t) for t in tokens] == [None, None]
    gone = signins.mentee.id
    assert raw_rows(r, "SELECT count(*) FROM signins WHERE person_id = :p", p=gone) == [(0,)]
    assert raw_rows(
        r, "SELECT count(*) FROM signin_failures WHERE email = :e", e="sol@example.org"
    ) == [(0,)]
    assert r.sign_in("sol@example.org", PASSWORD) is None


def test_stale_rows_are_pruned(signins: SignInWorld) -> None:
    r = signins.record
    two_signins(signins)
    ended = r.sign_in("mina@example.org", PASSWORD)
    assert ended is not None
    r.sign_out(ended.token)
    assert raw_rows(r, "SELECT count(*) FROM signins") == [(3,)]
    fail_sign_in(r, "nobody@example.org", 3)  # every attempt prunes: the signed-out row goes
    assert raw_rows(r, "SELECT count(*) FROM signins") == [(2,)]
    assert raw_rows(r, "SELECT count(*) FROM signin_failures") == [(3,)]
    signins.clock.advance(hours=2)  # the two live ones are idle now, the failures old
    assert r.sign_in("ada@example.org", PASSWORD) is not None
    assert raw_rows(r, "SELECT count(*) FROM signins") == [(1,)]
    assert raw_rows(r, "SELECT count(*) FROM signin_failures") == [(0,)]


def test_export_lists_ones_own_sign_ins_without_tokens(signins: SignInWorld) -> None:
    signed = signins.record.sign_in("sol@example.org", PASSWORD, client="127.0.0.5")
    assert signed is not None
    data = signins.record.export_person(signins.mentee, signins.mentee.id)
    assert [s["client"] for s in data["signins"]] == ["127.0.0.5"]
    assert signed.token not in str(data)
    assert hashlib.sha256(signed.token.encode()).hexdigest() not in str(data)


def test_sign_ins_of_many_people_at_once(signins: SignInWorld) -> None:
    """Sign-ins, failures and pruning from many threads at once: no error, every right
    password signs in (on PostgreSQL this runs the row locks of concurrent pruning)."""
    r = signins.record
    for _ in range(3):
        signed = r.sign_in("ada@example.org", PASSWORD)
        assert signed is not None
        r.sign_out(signed.token)
    fail_sign_in(r, "gone@example.org", 3)
    signins.clock.advance(hours=1)  # all of the above is now stale, waiting to be pruned
    errors: list[BaseException] = []
    results: list[object] = []
    barrier = threading.Barrier(8)
    who = ["mina@example.org", "sol@example.org", "ada@example.org", "x@example.org"] * 2

    def attempt(i: int) -> None:
        try:
            barrier.wait()
            results.append((i, r.sign_in(who[i], PASSWORD if i < 3 else "wrong-password-1")))
        except BaseException as exc:  # noqa: BLE001 - asserted below
            errors.append(exc)

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(i for i, got in results if got is not None) == [0, 1, 2]
    assert raw_rows(r, "SELECT count(*) FROM signins") == [(3,)]


def test_lockout_holds_across_real_processes(tmp_path: Path) -> None:
    """Failures counted by another OS process lock the account here, and the reverse."""
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'shared.db'}"
    with Record.open(url) as here:
        here.add_person(
            SYSTEM, name="Mina Okoro", email="mina@example.org", role="mentor", password=PASSWORD
        )
        script = (
            "import sys\n"
            "from coach.errors import AccountLocked\n"
            "from coach.record import Record\n"
            "r = Record.open(sys.argv[1])\n"
            "for _ in range(int(sys.argv[2])):\n"
            "    assert r.sign_in('mina@example.org', 'wrong-password-1') is None\n"
            "try:\n"
            "    r.sign_in('mina@example.org', sys.argv[3])\n"
            "except AccountLocked as exc:\n"
            "    print('locked until', exc.until.isoformat())\n"
        )
        other = subprocess.run(
            [sys.executable, "-c", script, url, "3", "wrong-password-1"],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert other.returncode == 0, other.stderr
        assert "locked" not in other.stdout  # four failures there: not yet locked
        with pytest.raises(AccountLocked) as locked:
            here.sign_in("mina@example.org", "wrong-password-1")
            here.sign_in("mina@example.org", PASSWORD)
        again = subprocess.run(
            [sys.executable, "-c", script, url, "0", PASSWORD],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert again.returncode == 0, again.stderr
        assert f"locked until {locked.value.until.isoformat()}" in again.stdout
