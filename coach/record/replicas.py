"""What several app processes on one record must agree on, kept in the record.

- ``deployment_value(key)``: a value made once, by whichever process asks first, and the
  same for every process after (the sign-in cookie's name: with one per process, a browser
  moved to another replica would have to sign in again).
- The coach limits: each process says how many plans or summaries each person has waiting
  or running there (``publish_coach_load``), and admits a new one only if that person's
  count over every process, and everyone's, is under the limits (``claim_coach_slot``).
  A process's rows expire unless it says them again, so a stopped replica's count goes.
- The per-address sign-in throttle: each failed sign-in from a client address is a row
  (``address_failed``), and an address with too many within the window is turned away on
  every process (``address_blocked_until``), before any password is hashed.

These are not sign-in calls and take no acting person: the counts are keyed by email or
client address and hold no content.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coach.record import models as m
from coach.record.core import RecordCore

_PG_LOCK = 7303  # advisory lock class for "one coach admission at a time"
MAX_KEY = 320
MAX_ADDRESS = 200
PRUNE_BATCH = 200  # stale address rows removed per failure said: never a long transaction


@dataclass(frozen=True)
class CoachClaim:
    """The outcome of asking for a coach slot: the counts it was decided on (the new event
    not included) and whether it was admitted."""

    admitted: bool
    mine: int
    everyone: int


def _address(value: object) -> str:
    """A client address as stored: printable, short (it comes from the request)."""
    text = value if isinstance(value, str) else ""
    return "".join(ch for ch in text if ch.isprintable())[:MAX_ADDRESS]


def _counts(pending: Mapping[str, int]) -> dict[str, int]:
    return {str(k)[:MAX_KEY]: int(v) for k, v in pending.items() if int(v) > 0}


class ReplicasMixin(RecordCore):
    def deployment_value(self, key: str) -> str:
        """The deployment's value for `key`, made (random, url-safe) if nobody has yet."""
        with self._tx() as s:
            found = s.get(m.DeploymentSetting, key)
            if found is not None:
                return found.value
        try:
            with self._tx(write=True) as s:
                found = s.get(m.DeploymentSetting, key)
                if found is not None:
                    return found.value
                value = secrets.token_urlsafe(24)
                s.add(m.DeploymentSetting(key=key, value=value))
                return value
        except IntegrityError:  # another process made it at the same moment: take theirs
            with self._tx() as s:
                return s.get(m.DeploymentSetting, key).value

    def publish_coach_load(
        self, replica: str, pending: Mapping[str, int], lease: timedelta
    ) -> None:
        """This process's coach work per person, valid for `lease` unless said again."""
        with self._tx(write=True) as s:
            self._write_load(s, replica, _counts(pending), lease)

    def claim_coach_slot(
        self,
        replica: str,
        person: str,
        pending: Mapping[str, int],
        *,
        per_person: int,
        backlog: int,
        lease: timedelta,
    ) -> CoachClaim:
        """Admit one more coach event for `person` on this process if, counted over every
        process, they have fewer than `per_person` and everyone fewer than `backlog`.

        `pending` is this process's own count (the new event not included); it replaces
        what this process said before, and includes the new event when admitted. One
        admission at a time across processes (SQLite's write lock; an advisory lock on
        PostgreSQL), so two replicas cannot both admit the last slot.
        """
        key = str(person)[:MAX_KEY]
        mine_here = _counts(pending)
        with self._tx(write=True) as s:
            if s.get_bind().dialect.name == "postgresql":
                s.execute(select(func.pg_advisory_xact_lock(_PG_LOCK, 0)))
            now = self._now()
            live = (m.CoachLoad.replica != replica, m.CoachLoad.expires_at > now)
            theirs = s.scalar(
                select(func.coalesce(func.sum(m.CoachLoad.pending), 0)).where(
                    *live, m.CoachLoad.person == key
                )
            )
            everyone_else = s.scalar(
                select(func.coalesce(func.sum(m.CoachLoad.pending), 0)).where(*live)
            )
            mine = int(theirs) + mine_here.get(key, 0)
            everyone = int(everyone_else) + sum(mine_here.values())
            admitted = mine < per_person and everyone < backlog
            if admitted:
                mine_here[key] = mine_here.get(key, 0) + 1
            self._write_load(s, replica, mine_here, lease)
            s.execute(delete(m.CoachLoad).where(m.CoachLoad.expires_at <= now))
        return CoachClaim(admitted=admitted, mine=mine, everyone=everyone)

    def coach_load(self, person: str) -> int:
        """A person's coach work waiting or running, over every process (as last said)."""
        with self._tx() as s:
            total = s.scalar(
                select(func.coalesce(func.sum(m.CoachLoad.pending), 0)).where(
                    m.CoachLoad.person == str(person)[:MAX_KEY],
                    m.CoachLoad.expires_at > self._now(),
                )
            )
        return int(total)

    def _write_load(
        self, s: Session, replica: str, counts: dict[str, int], lease: timedelta
    ) -> None:
        s.execute(delete(m.CoachLoad).where(m.CoachLoad.replica == replica))
        until = self._now() + lease
        for person, n in counts.items():
            s.add(m.CoachLoad(replica=replica, person=person, pending=n, expires_at=until))

    # -- the per-address sign-in throttle ------------------------------------------------------
    def address_failed(self, address: str, *, window: timedelta) -> None:
        """One more failed sign-in from `address`; rows older than `window` are pruned, a
        bounded batch at a time."""
        now = self._now()
        with self._tx(write=True) as s:
            s.add(m.AddressFailure(address=_address(address), at=now))
            stale = list(
                s.scalars(
                    select(m.AddressFailure.id)
                    .where(m.AddressFailure.at <= now - window)
                    .limit(PRUNE_BATCH)
                    .with_for_update(skip_locked=True)  # PostgreSQL: never wait on a pruner
                )
            )
            if stale:
                s.execute(delete(m.AddressFailure).where(m.AddressFailure.id.in_(stale)))

    def address_blocked_until(
        self, address: str, *, max_failures: int, window: timedelta
    ) -> datetime | None:
        """When `address` may try again, if `max_failures` sign-ins from it failed within
        `window` (counted over every process); None if it may now. One indexed read."""
        now = self._now()
        with self._tx() as s:
            recent = list(
                s.scalars(
                    select(m.AddressFailure.at)
                    .where(
                        m.AddressFailure.address == _address(address),
                        m.AddressFailure.at > now - window,
                    )
                    .order_by(m.AddressFailure.at.desc())
                    .limit(max_failures)
                )
            )
        if len(recent) < max_failures:
            return None
        # Once the oldest of those ages out, fewer than max_failures remain in the window.
        oldest = recent[-1]
        return (oldest if oldest.tzinfo else oldest.replace(tzinfo=UTC)) + window
