"""Server-side sign-ins and the lockout, on a real SQLite file and (where it runs) PostgreSQL.

Time is an injected clock (a constructor argument of the record), never the wall clock.
Two Record objects on one database stand for two app processes.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from coach.errors import AccountLocked, InvalidInput, PermissionDenied
from coach.record import SYSTEM, PersonView, Record, SignIn, open_record
from coach.settings import load_settings

START = datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC)
PASSWORD = "correct-horse-battery"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Setup:
    url: str
    clock: Clock
    record: Record
    admin: PersonView
    mentor: PersonView
    mentee: PersonView

    def another(self) -> Record:
        """A second record on the same database: what a second app process sees."""
        return Record.open(self.url, clock=self.clock)


@pytest.fixture(params=["sqlite", "postgres"])
def setup(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Setup]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'record.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    clock = Clock()
    record = Record.open(url, clock=clock)
    admin, _ = record.add_person(SYSTEM, name="Ada Adminson", email="ada@example.org",
                                 role="admin", password=PASSWORD)
    mentor, _ = record.add_person(SYSTEM, name="Mina Okoro", email="mina@example.org",
                                  role="mentor", password=PASSWORD)
    mentee, _ = record.add_person(SYSTEM, name="Sol Brightwater", email="sol@example.org",
                                  role="mentee", password=PASSWORD)
    yield Setup(url, clock, record, admin, mentor, mentee)
    record.close()


def _rows(record: Record, sql: str, **params: object) -> list[tuple]:
    with record.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def _fail(record: Record, email: str, times: int) -> None:
    for _ in range(times):
        assert record.sign_in(email, "not-the-password") is None


def test_sign_in_gives_a_token_that_names_the_person(setup: Setup) -> None:
    r = setup.record
    signed = r.sign_in("  MINA@example.org ", PASSWORD, client="127.0.0.1")
    assert isinstance(signed, SignIn)
    assert signed.person.id == setup.mentor.id
    assert signed.expires_at == START + timedelta(hours=12)
    assert r.signed_in(signed.token) == signed.person
    assert r.sign_in("mina@example.org", "wrong-password-here") is None
    assert r.sign_in("nobody@example.org", PASSWORD) is None
    assert r.sign_in("not an email", PASSWORD) is None
    for bad in ("", "x" * 5000, signed.token + "x", None, 42):
        assert r.signed_in(bad) is None  # type: ignore[arg-type]
    outcomes = _rows(r, "SELECT outcome, detail FROM audit WHERE action = 'auth.sign_in' "
                        "ORDER BY id")
    assert [o for o, _ in outcomes] == ["allowed", "refused", "refused"]
    assert "client=127.0.0.1" in outcomes[0][1]


def test_tokens_are_stored_only_as_their_sha256(setup: Setup) -> None:
    signed = setup.record.sign_in("mina@example.org", PASSWORD)
    assert signed is not None and len(signed.token) >= 43
    rows = _rows(setup.record, "SELECT * FROM signins")
    assert len(rows) == 1
    assert not any(signed.token in str(value) for value in rows[0])
    stored = _rows(setup.record, "SELECT token_hash FROM signins")[0][0]
    assert stored == hashlib.sha256(signed.token.encode()).hexdigest()


def test_lockout_holds_across_two_processes_and_says_until_when(setup: Setup) -> None:
    first, second = setup.record, setup.another()
    try:
        _fail(first, "mina@example.org", 3)
        setup.clock.advance(minutes=2)
        _fail(second, "MINA@example.org", 2)
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
        setup.clock.now = until
        assert second.lockout("mina@example.org") is None
        assert second.sign_in("mina@example.org", PASSWORD) is not None
        # A success clears the count: four more failures do not lock.
        _fail(first, "mina@example.org", 4)
        assert first.sign_in("mina@example.org", PASSWORD) is not None
    finally:
        second.close()
    refused = _rows(first, "SELECT count(*) FROM audit WHERE detail LIKE 'account locked%'")
    assert refused[0][0] == 2


def test_lockout_minute_is_rounded_up(setup: Setup) -> None:
    setup.clock.now = START + timedelta(seconds=30)
    _fail(setup.record, "sol@example.org", 5)
    with pytest.raises(AccountLocked, match=r"after 09:16 UTC"):
        setup.record.sign_in("sol@example.org", PASSWORD)


def test_unknown_addresses_lock_the_same_way(setup: Setup) -> None:
    _fail(setup.record, "nobody@example.org", 5)
    with pytest.raises(AccountLocked):
        setup.record.sign_in("nobody@example.org", PASSWORD)


def test_parallel_guesses_cannot_outrun_the_count(setup: Setup) -> None:
    """Twelve guesses at once: only five passwords are checked, the rest are refused as locked."""
    results: list[object] = []
    barrier = threading.Barrier(12)

    def guess() -> None:
        barrier.wait()
        try:
            results.append(setup.record.sign_in("mina@example.org", "a-wrong-guess-123"))
        except AccountLocked as exc:
            results.append(exc)

    threads = [threading.Thread(target=guess) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count(None) == 5
    assert sum(isinstance(x, AccountLocked) for x in results) == 7


def test_idle_expiry(setup: Setup) -> None:
    r = setup.record
    idle = r.sign_in("sol@example.org", PASSWORD)
    assert idle is not None
    setup.clock.advance(minutes=59)
    assert r.signed_in(idle.token) is not None
    setup.clock.advance(minutes=59, seconds=59)
    assert r.signed_in(idle.token) is not None, "use within the hour keeps it alive"
    setup.clock.advance(minutes=60)
    assert r.signed_in(idle.token) is None, "an hour unused ends it"


def test_absolute_expiry(setup: Setup) -> None:
    r = setup.record
    signed = r.sign_in("mina@example.org", PASSWORD)
    assert signed is not None
    uses = 0
    while setup.clock.now + timedelta(minutes=50) < signed.expires_at and uses < 20:
        setup.clock.advance(minutes=50)
        assert r.signed_in(signed.token) is not None
        uses += 1
    assert uses == 14  # 11 h 40 min of steady use
    setup.clock.now = signed.expires_at - timedelta(seconds=1)
    assert r.signed_in(signed.token) is not None
    setup.clock.now = signed.expires_at
    assert r.signed_in(signed.token) is None, "used every 50 minutes, it still ends at 12 h"


def test_last_seen_is_written_at_most_once_a_minute(setup: Setup) -> None:
    r = setup.record
    signed = r.sign_in("mina@example.org", PASSWORD)
    assert signed is not None

    def last_seen() -> str:
        return str(_rows(r, "SELECT last_seen_at FROM signins")[0][0])

    at_sign_in = last_seen()
    setup.clock.advance(seconds=30)
    r.signed_in(signed.token)
    assert last_seen() == at_sign_in
    setup.clock.advance(seconds=31)
    r.signed_in(signed.token)
    assert last_seen() != at_sign_in


def test_settings_reach_the_record(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path, session_idle_minutes=5, session_max_hours=2)
    with open_record(settings) as record:
        assert record.session_idle == timedelta(minutes=5)
        assert record.session_max == timedelta(hours=2)
    with open_record(load_settings(data_dir=tmp_path)) as record:
        assert (record.session_idle, record.session_max) == (
            timedelta(minutes=60), timedelta(hours=12))


def test_sign_out_ends_only_that_sign_in(setup: Setup) -> None:
    r = setup.record
    one, two = r.sign_in("mina@example.org", PASSWORD), r.sign_in("mina@example.org", PASSWORD)
    assert one is not None and two is not None
    r.sign_out(one.token)
    r.sign_out(one.token)  # twice is harmless
    r.sign_out("no-such-token")
    assert r.signed_in(one.token) is None
    assert r.signed_in(two.token) is not None


def _two_signins(s: Setup, email: str = "sol@example.org") -> list[str]:
    tokens = []
    for _ in range(2):
        signed = s.record.sign_in(email, PASSWORD)
        assert signed is not None
        tokens.append(signed.token)
    return tokens


def test_deactivation_ends_every_sign_in_and_blocks_new_ones(setup: Setup) -> None:
    r = setup.record
    tokens = _two_signins(setup)
    other = r.sign_in("mina@example.org", PASSWORD)
    r.set_active(setup.admin, setup.mentee.id, False)
    assert [r.signed_in(t) for t in tokens] == [None, None]
    assert other is not None and r.signed_in(other.token) is not None
    assert r.sign_in("sol@example.org", PASSWORD) is None
    r.set_active(setup.admin, setup.mentee.id, True)
    assert [r.signed_in(t) for t in tokens] == [None, None], "revoked, not just paused"
    assert r.sign_in("sol@example.org", PASSWORD) is not None


def test_deletion_ends_every_sign_in(setup: Setup) -> None:
    r = setup.record
    tokens = _two_signins(setup)
    _fail(r, "sol@example.org", 2)
    r.delete_person(setup.mentee, setup.mentee.id)
    assert [r.signed_in(t) for t in tokens] == [None, None]
    gone = setup.mentee.id
    assert _rows(r, "SELECT count(*) FROM signins WHERE person_id = :p", p=gone) == [(0,)]
    assert _rows(r, "SELECT count(*) FROM signin_failures WHERE email = :e",
                 e="sol@example.org") == [(0,)]
    assert r.sign_in("sol@example.org", PASSWORD) is None


def test_change_password(setup: Setup) -> None:
    r = setup.record
    tokens = _two_signins(setup)
    with pytest.raises(InvalidInput, match="at least 12 characters"):
        r.change_password(setup.mentee, PASSWORD, "short")
    with pytest.raises(InvalidInput, match="same as the current"):
        r.change_password(setup.mentee, PASSWORD, PASSWORD)
    assert [r.signed_in(t) is not None for t in tokens] == [True, True]
    with pytest.raises(PermissionDenied, match="current password is not right"):
        r.change_password(setup.mentee, "not-my-password", "a-brand-new-passphrase")
    refused = r.audit_log(SYSTEM, limit=1, outcome="refused", actor_id=setup.mentee.id)[0]
    assert refused.action == "person.password"
    r.change_password(setup.mentee, PASSWORD, "a-brand-new-passphrase")
    assert [r.signed_in(t) for t in tokens] == [None, None]
    assert r.sign_in("sol@example.org", PASSWORD) is None
    assert r.sign_in("sol@example.org", "a-brand-new-passphrase") is not None
    allowed = r.audit_log(SYSTEM, limit=5, actor_id=setup.mentee.id)
    assert any(e.action == "person.password" and e.outcome == "allowed" for e in allowed)


def test_wrong_current_passwords_count_towards_the_lockout(setup: Setup) -> None:
    r = setup.record
    for _ in range(5):
        with pytest.raises(PermissionDenied):
            r.change_password(setup.mentee, "guessing-again", "a-brand-new-passphrase")
    with pytest.raises(AccountLocked):
        r.change_password(setup.mentee, PASSWORD, "a-brand-new-passphrase")
    with pytest.raises(AccountLocked):
        r.sign_in("sol@example.org", PASSWORD)


def test_admin_reset_ends_sign_ins_and_lifts_the_lockout(setup: Setup) -> None:
    r = setup.record
    tokens = _two_signins(setup)
    _fail(r, "sol@example.org", 5)
    with pytest.raises(PermissionDenied, match="Only an admin"):
        r.reset_password(setup.mentor, setup.mentee.id)
    assert r.lockout("sol@example.org") is not None
    fresh = r.reset_password(setup.admin, setup.mentee.id)
    assert len(fresh) >= 16
    assert [r.signed_in(t) for t in tokens] == [None, None]
    assert r.lockout("sol@example.org") is None
    assert r.sign_in("sol@example.org", PASSWORD) is None
    assert r.sign_in("sol@example.org", fresh) is not None
    events = r.audit_log(SYSTEM, limit=3, actor_id=setup.admin.id)
    assert any(e.action == "person.password_reset" and e.outcome == "allowed" for e in events)


def test_set_password_ends_sign_ins(setup: Setup) -> None:
    r = setup.record
    tokens = _two_signins(setup)
    r.set_password(setup.admin, setup.mentee.id, "an-admin-chosen-passphrase")
    assert [r.signed_in(t) for t in tokens] == [None, None]


def test_stale_rows_are_pruned(setup: Setup) -> None:
    r = setup.record
    _two_signins(setup)
    ended = r.sign_in("mina@example.org", PASSWORD)
    assert ended is not None
    r.sign_out(ended.token)
    assert _rows(r, "SELECT count(*) FROM signins") == [(3,)]
    _fail(r, "nobody@example.org", 3)  # every attempt prunes: the signed-out row goes
    assert _rows(r, "SELECT count(*) FROM signins") == [(2,)]
    assert _rows(r, "SELECT count(*) FROM signin_failures") == [(3,)]
    setup.clock.advance(hours=2)  # the two live ones are idle now, the failures old
    assert r.sign_in("ada@example.org", PASSWORD) is not None
    assert _rows(r, "SELECT count(*) FROM signins") == [(1,)]
    assert _rows(r, "SELECT count(*) FROM signin_failures") == [(0,)]
