"""Slow down password guessing: after a few failures an email (or a client address) is
locked out for a while.

The web app counts failures per client address in the record (`RecordAddressThrottle`), so
every replica turns the same burst away; the account lockout is the record's too
(coach/record/signins.py). `AddressThrottle` keeps the count in this process only: the record
throttle falls back on it while the record cannot be reached. The record's audit trail keeps
every attempt either way.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

MAX_FAILURES = 5
MAX_TRACKED = 10_000
ADDRESS_FAILURES = 30  # failed sign-ins from one client address within ADDRESS_WINDOW
ADDRESS_WINDOW = 10 * 60  # seconds
WINDOW = 15 * 60  # seconds: failures counted, and the lockout after the last one


class SignInLimiter:
    def __init__(
        self,
        max_failures: int = MAX_FAILURES,
        window: float = WINDOW,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_failures = max_failures
        self.window = window
        self.clock = clock
        self._failures: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, email: str) -> list[float]:
        cutoff = self.clock() - self.window
        kept = [t for t in self._failures.get(email, []) if t > cutoff]
        if kept:
            self._failures[email] = kept
        else:
            self._failures.pop(email, None)
        return kept

    def locked(self, email: str) -> bool:
        with self._lock:
            return len(self._recent(email)) >= self.max_failures

    def locked_until(self, email: str) -> float | None:
        """When (seconds since the epoch) a locked email may try again; None if it may now."""
        with self._lock:
            recent = self._recent(email)
            if len(recent) < self.max_failures:
                return None
            return time.time() + (recent[-1] + self.window - self.clock())

    def record(self, email: str, ok: bool) -> None:
        with self._lock:
            if ok:
                self._failures.pop(email, None)
            else:
                if len(self._failures) > MAX_TRACKED:  # typed-in emails cannot fill memory
                    for known in list(self._failures):
                        self._recent(known)
                self._recent(email)
                self._failures.setdefault(email, []).append(self.clock())


class AddressThrottle:
    """Failed sign-ins per client address: a burst of guesses from one place is turned away
    before any password is hashed. Bounded: the addresses seen longest ago are forgotten."""

    def __init__(
        self,
        max_failures: int = ADDRESS_FAILURES,
        window: float = ADDRESS_WINDOW,
        capacity: int = MAX_TRACKED,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.inner = SignInLimiter(max_failures, window, clock)
        self.capacity = capacity

    def blocked_until(self, address: str) -> float | None:
        return self.inner.locked_until(address)

    def failed(self, address: str) -> None:
        with self.inner._lock:
            if len(self.inner._failures) >= self.capacity and address not in self.inner._failures:
                self.inner._failures.pop(next(iter(self.inner._failures)))
        self.inner.record(address, False)


class RecordAddressThrottle:
    """Failed sign-ins per client address, counted in the record over every replica. An
    address found blocked is remembered here until its block ends (a block only ever moves
    later as failures come in), so a burst asks the record once, not once per guess."""

    def __init__(
        self,
        record: Any,
        max_failures: int = ADDRESS_FAILURES,
        window: float = ADDRESS_WINDOW,
        capacity: int = MAX_TRACKED,
    ) -> None:
        self.record = record
        self.max_failures = max_failures
        self.window = timedelta(seconds=window)
        self.capacity = capacity
        self.local = AddressThrottle(max_failures, window, capacity)  # the record unreachable
        self._blocked: dict[str, float] = {}  # address -> until (seconds since the epoch)
        self._lock = threading.Lock()

    def blocked_until(self, address: str) -> float | None:
        now = time.time()
        with self._lock:
            known = self._blocked.get(address)
        if known is not None and known > now:
            return known
        try:
            until = self.record.address_blocked_until(
                address, max_failures=self.max_failures, window=self.window
            )
        except SQLAlchemyError:
            return self.local.blocked_until(address)
        with self._lock:
            self._blocked.pop(address, None)
            if until is not None:
                if len(self._blocked) >= self.capacity:
                    self._blocked.pop(next(iter(self._blocked)))
                self._blocked[address] = until.timestamp()
        return until.timestamp() if until is not None else None

    def failed(self, address: str) -> None:
        try:
            self.record.address_failed(address, window=self.window)
        except SQLAlchemyError:
            self.local.failed(address)
