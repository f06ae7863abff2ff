"""Sign-in: server-side sessions with idle and absolute expiry, and a lockout kept in the record.

A browser holds a random token; the record keeps only its sha256, so a copy of the database
signs no one in. A sign-in is valid while it is not revoked, has been used within
``session_idle`` and is younger than ``session_max``, and its person is active. A password
change, an admin's reset, a deactivation and a deletion end every sign-in of that person.

The lockout counts failed sign-ins per normalised email address (known or not, so it tells
nothing about who has an account) in the record, so every app process and replica agrees.
An attempt is counted *before* its password is checked and uncounted only when it succeeds,
so parallel guesses cannot outrun the count; a locked account is refused before any hashing.
Argon2 is slow on purpose: callers run these methods in a worker thread, never on an event
loop, and no write lock is held while hashing.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from coach.errors import AccountLocked, InvalidInput
from coach.record import models as m
from coach.record import passwords
from coach.record.core import Actor, ActorRef, RecordCore
from coach.record.people import normalise_email
from coach.record.views import PersonView, aware, person_view

LOCKOUT_FAILURES = 5
LOCKOUT_WINDOW = timedelta(minutes=15)
# `signed_in` runs on every request: it writes last_seen at most this often per sign-in.
TOUCH_EVERY = timedelta(minutes=1)
# Stale rows removed per sign-in attempt: enough to keep up, never a long transaction.
PRUNE_BATCH = 200
MAX_TOKEN_CHARS = 128
RESETTERS = ("admin", "system")
_PG_LOCK = 7302  # advisory lock class for "one attempt count at a time per address"


@dataclass(frozen=True)
class SignIn:
    """A new sign-in: hand `token` to the browser (it is not stored); valid until `expires_at`
    at the latest (sooner if left unused for the idle limit, or revoked)."""

    token: str
    person: PersonView
    expires_at: datetime


def token_digest(token: str) -> str:
    """What the record stores for a token: its sha256, hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _utc(value: datetime) -> datetime:
    moment = aware(value)
    return moment if moment is not None else value


def _client(value: object) -> str:
    """Where an attempt came from, as a short printable string (it is stored and audited)."""
    text = value if isinstance(value, str) else ""
    return "".join(ch for ch in text if ch.isprintable())[:200]


class SignInsMixin(RecordCore):
    # Sign-in and out ------------------------------------------------------------------------

    def sign_in(self, email: str, password: str, *, client: str = "") -> SignIn | None:
        """A new server-side sign-in for a right email and password, else None.

        Raises AccountLocked, before checking the password, after LOCKOUT_FAILURES failures
        within LOCKOUT_WINDOW. Every outcome is audited; an unknown email costs the same
        hashing time as a wrong password.
        """
        where = _client(client)
        secret = password if isinstance(password, str) else ""
        try:
            address = normalise_email(email)
        except InvalidInput:
            passwords.verify(None, secret)
            return None
        self._claim_attempt(address, where)
        with self._tx() as s:
            person = s.scalar(select(m.Person).where(m.Person.email == address))
            person_id = person.id if person else None
            stored = person.password_hash if person else None
        ok = passwords.verify(stored, secret) and person is not None and person.active
        rehash = (
            passwords.rehash(secret) if ok and stored and passwords.needs_rehash(stored) else None
        )
        now = self._now()
        with self._tx(write=True) as s:
            fresh = s.get(m.Person, person_id) if ok and person_id is not None else None
            # Changed while we were checking (deactivated, new password): sign in again.
            ok = fresh is not None and fresh.active and fresh.password_hash == stored
            self._audit_sign_in(
                s, person_id, ok, where, "" if ok else "wrong email, password or inactive account"
            )
            if not ok or fresh is None:
                return None  # the claimed attempt stays: it was a failure
            s.execute(delete(m.SignInFailure).where(m.SignInFailure.email == address))
            if rehash:
                fresh.password_hash = rehash
            token = secrets.token_urlsafe(32)
            s.add(
                m.SignInSession(
                    token_hash=token_digest(token),
                    person_id=fresh.id,
                    created_at=now,
                    last_seen_at=now,
                    client=where,
                )
            )
            return SignIn(token=token, person=person_view(fresh), expires_at=now + self.session_max)

    def signed_in(self, token: str) -> PersonView | None:
        """The person a sign-in token belongs to, or None if it is unknown, revoked, idle
        too long, too old, or its person is no longer active. One indexed lookup."""
        if not isinstance(token, str) or not token or len(token) > MAX_TOKEN_CHARS:
            return None
        now = self._now()
        with self._tx() as s:
            row = s.execute(
                select(m.SignInSession, m.Person)
                .join(m.Person, m.Person.id == m.SignInSession.person_id)
                .where(m.SignInSession.token_hash == token_digest(token))
            ).first()
            if row is None:
                return None
            signin, person = row
            idle_for = now - _utc(signin.last_seen_at)
            if (
                signin.revoked_at is not None
                or idle_for >= self.session_idle
                or now - _utc(signin.created_at) >= self.session_max
                or not person.active
            ):
                return None
            view = person_view(person)
            signin_id = signin.id
        if idle_for >= TOUCH_EVERY:
            try:
                with self._tx(write=True) as s:
                    s.execute(
                        update(m.SignInSession)
                        .where(
                            m.SignInSession.id == signin_id,
                            m.SignInSession.last_seen_at < now - TOUCH_EVERY,
                        )
                        .values(last_seen_at=now)
                    )
            except OperationalError:
                pass  # the database is busy: the next request records the use instead
        return view

    def sign_out(self, token: str) -> None:
        """End the sign-in this token belongs to (nothing happens for an unknown token)."""
        if not isinstance(token, str) or not token or len(token) > MAX_TOKEN_CHARS:
            return
        with self._tx(write=True) as s:
            signin = s.scalar(
                select(m.SignInSession).where(m.SignInSession.token_hash == token_digest(token))
            )
            if signin is None or signin.revoked_at is not None:
                return
            signin.revoked_at = self._now()
            actor = Actor(id=signin.person_id, role="", name="")
            self._audit(s, actor, "auth.sign_out", "person", signin.person_id)

    def lockout(self, email: str) -> datetime | None:
        """When sign-in for this address is possible again, or None if it is not locked."""
        try:
            address = normalise_email(email)
        except InvalidInput:
            return None
        with self._tx() as s:
            return self._locked_until(s, address, self._now())

    # Passwords ------------------------------------------------------------------------------

    def change_password(self, actor: PersonView, current: str, new: str) -> None:
        """A person changes their own password; every one of their sign-ins ends.

        A wrong current password counts towards the lockout like a failed sign-in (so a
        borrowed session cannot guess it), and a locked account raises AccountLocked.
        """
        if not isinstance(new, str) or not isinstance(current, str):
            raise InvalidInput("The passwords must be text.")
        passwords.check_strength(new)
        if new == current:
            raise InvalidInput("The new password is the same as the current one.")
        with self._tx() as s:
            a = self._actor(s, actor, "person.password", "person", None)
            if a.id is None:
                raise InvalidInput("The operator has no password; change a person's instead.")
            person = self._get(s, m.Person, a.id, "person")
            address, stored = person.email, person.password_hash
        self._claim_attempt(address, "")
        ok = passwords.verify(stored, current)
        hashed = passwords.hash_password(new) if ok else None
        with self._tx(write=True) as s:
            a = self._actor(s, a.id, "person.password", "person", a.id)
            person = self._get(s, m.Person, a.id, "person")
            if not ok or hashed is None or person.password_hash != stored:
                raise self._refuse(
                    a, "person.password", "person", a.id, "The current password is not right."
                )
            person.password_hash = hashed
            ended = self._end_signins(s, a.id)
            s.execute(delete(m.SignInFailure).where(m.SignInFailure.email == address))
            self._audit(s, a, "person.password", "person", a.id, f"signins_ended={ended}")

    def reset_password(self, actor: ActorRef, person_id: int) -> str:
        """An admin sets a new generated password for someone and gets it back, once.

        Every sign-in of that person ends and their lockout is lifted.
        """
        message = "Only an admin can reset someone's password."
        with self._tx() as s:
            a = self._actor(s, actor, "person.password_reset", "person", person_id)
            self._require(a, RESETTERS, "person.password_reset", "person", person_id, message)
            self._get(s, m.Person, person_id, "person")
        secret = passwords.generate_password()
        hashed = passwords.hash_password(secret)
        with self._tx(write=True) as s:
            a = self._actor(
                s, a if a.is_system else a.id, "person.password_reset", "person", person_id
            )
            self._require(a, RESETTERS, "person.password_reset", "person", person_id, message)
            person = self._get(s, m.Person, person_id, "person")
            person.password_hash = hashed
            ended = self._end_signins(s, person_id)
            s.execute(delete(m.SignInFailure).where(m.SignInFailure.email == person.email))
            self._audit(
                s, a, "person.password_reset", "person", person_id, f"signins_ended={ended}"
            )
        return secret

    # Helpers --------------------------------------------------------------------------------

    def _claim_attempt(self, address: str, client: str) -> None:
        """Count an attempt for `address` before its password is checked; AccountLocked if
        the address is locked. Also prunes a bounded batch of stale rows."""
        now = self._now()
        until: datetime | None = None
        with self._tx(write=True) as s:
            if s.get_bind().dialect.name == "postgresql":
                s.execute(select(func.pg_advisory_xact_lock(_PG_LOCK, func.hashtext(address))))
            self._prune(s, now)
            until = self._locked_until(s, address, now)
            if until is None:
                row = m.SignInFailure(email=address, at=now, client=client)
                s.add(row)
                return
            person_id = s.scalar(select(m.Person.id).where(m.Person.email == address))
            self._audit_sign_in(s, person_id, False, client, "account locked")
        raise AccountLocked(until)

    @staticmethod
    def _locked_until(s: Session, address: str, now: datetime) -> datetime | None:
        recent = list(
            s.scalars(
                select(m.SignInFailure.at)
                .where(m.SignInFailure.email == address, m.SignInFailure.at > now - LOCKOUT_WINDOW)
                .order_by(m.SignInFailure.at.desc())
                .limit(LOCKOUT_FAILURES)
            )
        )
        if len(recent) < LOCKOUT_FAILURES:
            return None
        # Once the oldest of those ages out, fewer than LOCKOUT_FAILURES remain in the window.
        return _utc(recent[-1]) + LOCKOUT_WINDOW

    def _prune(self, s: Session, now: datetime) -> None:
        stale = list(
            s.scalars(
                select(m.SignInSession.id)
                .where(
                    or_(
                        m.SignInSession.revoked_at.is_not(None),
                        m.SignInSession.last_seen_at < now - self.session_idle,
                        m.SignInSession.created_at < now - self.session_max,
                    )
                )
                .limit(PRUNE_BATCH)
                .with_for_update(skip_locked=True)  # PostgreSQL: never wait on another pruner
            )
        )
        if stale:
            s.execute(delete(m.SignInSession).where(m.SignInSession.id.in_(stale)))
        old = list(
            s.scalars(
                select(m.SignInFailure.id)
                .where(m.SignInFailure.at < now - LOCKOUT_WINDOW)
                .limit(PRUNE_BATCH)
                .with_for_update(skip_locked=True)
            )
        )
        if old:
            s.execute(delete(m.SignInFailure).where(m.SignInFailure.id.in_(old)))

    @staticmethod
    def _audit_sign_in(s: Session, person_id: int | None, ok: bool, client: str, why: str) -> None:
        detail = " ".join(part for part in (why, f"client={client}" if client else "") if part)
        s.add(
            m.AuditEvent(
                actor_id=person_id,
                action="auth.sign_in",
                target_type="person",
                target_id=person_id,
                outcome="allowed" if ok else "refused",
                detail=detail[:500],
            )
        )
