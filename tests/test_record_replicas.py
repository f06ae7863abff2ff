"""What replicas on one record agree on, at the record itself: two Record objects on one
SQLite file stand for two app processes. Time is an injected clock, never the wall clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from coach.record import Record

LEASE = timedelta(seconds=45)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _two(tmp_path: Path, clock: Clock) -> tuple[Record, Record]:
    url = f"sqlite:///{tmp_path / 'record.db'}"
    return Record.open(url, clock=clock), Record.open(url, clock=clock)


def _claim(record: Record, replica: str, who: str, pending: dict[str, int]) -> bool:
    claim = record.claim_coach_slot(replica, who, pending, per_person=3, backlog=5, lease=LEASE)
    return claim.admitted


def test_every_process_gets_the_same_deployment_value(tmp_path: Path) -> None:
    clock = Clock()
    a, b = _two(tmp_path, clock)
    with a, b:
        first = a.deployment_value("signin-cookie-id")
        assert first and b.deployment_value("signin-cookie-id") == first
        assert a.deployment_value("another") != first


def test_the_per_person_and_overall_limits_count_every_process(tmp_path: Path) -> None:
    clock = Clock()
    a, b = _two(tmp_path, clock)
    with a, b:
        assert _claim(a, "A", "ana@x.example", {"ana@x.example": 2})  # A now says 3
        assert not _claim(b, "B", "ana@x.example", {})  # 3 on A: none more on B
        assert _claim(b, "B", "ben@x.example", {})  # someone else may
        assert a.coach_load("ana@x.example") == 3
        # everyone: 3 + 1 = 4 of 5; one more, then nobody
        assert _claim(b, "B", "cy@x.example", {"ben@x.example": 1})
        assert not _claim(a, "A", "dee@x.example", {"ana@x.example": 3})


def test_finished_work_and_a_stopped_process_stop_counting(tmp_path: Path) -> None:
    clock = Clock()
    a, b = _two(tmp_path, clock)
    with a, b:
        assert _claim(a, "A", "ana@x.example", {"ana@x.example": 2})
        a.publish_coach_load("A", {"ana@x.example": 1}, LEASE)  # two of A's finished
        assert b.coach_load("ana@x.example") == 1
        assert _claim(b, "B", "ana@x.example", {})
        clock.now += LEASE + timedelta(seconds=1)  # A stopped saying anything
        assert b.coach_load("ana@x.example") == 0
        assert _claim(b, "B", "ana@x.example", {"ana@x.example": 2})


def test_failed_sign_ins_from_one_address_count_on_every_process(tmp_path: Path) -> None:
    """The per-address throttle: failures said by either process block the address on both,
    until the oldest of the counted ones is older than the window; other addresses go on."""
    clock = Clock()
    a, b = _two(tmp_path, clock)
    window = timedelta(minutes=10)
    with a, b:
        for n in range(6):
            (a if n % 2 else b).address_failed("198.51.100.7", window=window)
            clock.now += timedelta(seconds=10)
        for r in (a, b):
            assert r.address_blocked_until("198.51.100.7", max_failures=7, window=window) is None
        a.address_failed("198.51.100.7", window=window)  # the seventh, on one process
        until = datetime(2026, 12, 2, 9, 10, tzinfo=UTC)  # the first failure, plus the window
        for r in (a, b):
            assert r.address_blocked_until("198.51.100.7", max_failures=7, window=window) == until
            assert r.address_blocked_until("198.51.100.8", max_failures=7, window=window) is None
        clock.now = until
        assert b.address_blocked_until("198.51.100.7", max_failures=7, window=window) is None
        # Counted failures past the window are pruned as new ones are said, in bounded batches.
        clock.now = until + window
        b.address_failed("198.51.100.9", window=window)
        with a._tx() as s:
            from coach.record import models as m

            assert s.query(m.AddressFailure).count() == 1


def test_an_address_too_long_or_odd_is_kept_short_and_printable(tmp_path: Path) -> None:
    clock = Clock()
    a, b = _two(tmp_path, clock)
    window = timedelta(minutes=10)
    odd = "\x00evil\n" + "x" * 5000
    with a, b:
        for _ in range(2):
            a.address_failed(odd, window=window)
        assert b.address_blocked_until(odd, max_failures=2, window=window) is not None


def test_the_address_throttle_holds_on_its_own_while_the_record_is_unreachable(
    tmp_path: Path,
) -> None:
    """With the record's table gone the process counts failures itself and still turns the
    address away after the limit; once the table is back the record counts again."""
    import sqlite3

    from coach.record import models as m
    from ui.signin import RecordAddressThrottle

    path = tmp_path / "record.db"
    table = m.AddressFailure.__tablename__
    with Record.open(f"sqlite:///{path}") as record:
        throttle = RecordAddressThrottle(record, max_failures=3, window=600)
        with sqlite3.connect(path) as db:
            db.execute(f"ALTER TABLE {table} RENAME TO away")
        for _ in range(3):
            assert throttle.blocked_until("203.0.113.5") is None
            throttle.failed("203.0.113.5")
        assert throttle.blocked_until("203.0.113.5") is not None  # refused, as a 429
        assert throttle.blocked_until("203.0.113.6") is None
        with sqlite3.connect(path) as db:
            db.execute(f"ALTER TABLE away RENAME TO {table}")
        assert throttle.blocked_until("203.0.113.6") is None
        for _ in range(3):
            throttle.failed("203.0.113.6")
        assert throttle.blocked_until("203.0.113.6") is not None
        assert record.address_blocked_until(
            "203.0.113.6", max_failures=3, window=timedelta(minutes=10)
        )
