"""Slow down password guessing: after a few failures an email (or a client address) is
locked out for a while.

Held by the sign-in check of one app process (several replicas each keep their own count);
the record's audit trail keeps every attempt either way.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

MAX_FAILURES = 5
MAX_TRACKED = 10_000
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
        max_failures: int = 30,
        window: float = 10 * 60,
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
