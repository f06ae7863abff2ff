"""The record's core: units of work, the acting person, permission refusals and the audit trail.

Every public service call resolves its actor from the database first (so a role change or a
deactivation takes effect at once), checks permission, and either does the work and writes an
``allowed`` audit event in the same transaction, or rolls back and writes a ``refused`` one in
a fresh transaction before raising :class:`coach.errors.PermissionDenied`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, TypeVar, runtime_checkable

from sqlalchemy import Engine, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from coach.errors import InvalidInput, NotFound, PermissionDenied, RecordUnavailable
from coach.record import models as m
from coach.record.db import writer
from coach.record.views import PersonView
from coach.sanitise import well_formed

MAX_NOTE_CHARS = 200_000
MAX_SHORT_CHARS = 300
T = TypeVar("T", bound=m.Base)


DISK_FULL = (
    "Not saved: the disk that holds the record is full. What was saved before is "
    "safe; keep this text and try again once space has been freed."
)


def _disk_full(exc: OperationalError) -> bool:
    said = str(exc.orig if exc.orig is not None else exc).lower()
    return "disk is full" in said or "no space left on device" in said


@runtime_checkable
class IndexSink(Protocol):
    """What the record needs from the shared index (coach.index.Index satisfies it)."""

    def add_text(
        self,
        source: str,
        text: str,
        *,
        title: str,
        topic: str,
        kind: str = ...,
        visibility: str = ...,
    ) -> list[str]: ...

    def remove_source(self, source: str) -> int: ...


@dataclass(frozen=True)
class Actor:
    """The acting person as the record sees them right now."""

    id: int | None
    role: str
    name: str

    @property
    def is_system(self) -> bool:
        return self.role == "system"


# The operator at the command line: manages people and program structure, reads no notes.
SYSTEM = Actor(id=None, role="system", name="operator")

ActorRef = Actor | PersonView | m.Person | int


class Refused(PermissionDenied):
    """A refusal that still has to be written to the audit trail."""

    def __init__(
        self,
        message: str,
        actor_id: int | None,
        action: str,
        target_type: str,
        target_id: int | None,
    ) -> None:
        super().__init__(message)
        self.actor_id = actor_id
        self.action = action
        self.target_type = target_type
        self.target_id = target_id


class RecordCore:
    """Owns the engine, the optional index, and the helpers the service mixins share."""

    def __init__(
        self,
        engine: Engine,
        index: IndexSink | None = None,
        *,
        session_idle: timedelta = timedelta(minutes=60),
        session_max: timedelta = timedelta(hours=12),
        clock: Callable[[], datetime] = m.utcnow,
    ) -> None:
        """`clock` returns the aware UTC now; sign-in expiry and the lockout read it."""
        self.engine = engine
        self.index = index
        self.session_idle = session_idle
        self.session_max = session_max
        self.clock = clock
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(writer(engine), expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()

    # Units of work -------------------------------------------------------------------------

    @contextmanager
    def _tx(self, write: bool = False) -> Iterator[Session]:
        """One transaction; a refusal inside it is rolled back, audited, then raised."""
        maker = self._writer if write else self._reader
        try:
            with maker.begin() as session:
                yield session
        except Refused as exc:
            self._audit_refusal(exc)
            raise
        except OperationalError as exc:
            if _disk_full(exc):  # rolled back whole: nothing half-written, nothing claimed
                raise RecordUnavailable(DISK_FULL) from exc
            raise

    def _audit_refusal(self, exc: Refused) -> None:
        with self._writer.begin() as session:
            session.add(
                m.AuditEvent(
                    actor_id=exc.actor_id,
                    action=exc.action,
                    target_type=exc.target_type,
                    target_id=exc.target_id,
                    outcome="refused",
                    detail=str(exc)[:500],
                )
            )

    # Actors and permissions ----------------------------------------------------------------

    def _actor(
        self, s: Session, ref: ActorRef, action: str, target_type: str, target_id: int | None
    ) -> Actor:
        if isinstance(ref, Actor) and ref.is_system:
            return SYSTEM
        if isinstance(ref, (Actor, PersonView, m.Person)):
            person_id = ref.id
        elif isinstance(ref, int) and not isinstance(ref, bool):
            person_id = ref
        else:
            raise InvalidInput("The acting person must be a Person, a person id or SYSTEM.")
        person = s.get(m.Person, person_id)
        if person is None or not person.active:
            raise Refused(
                "Your account is not active, so this is not allowed.",
                person_id,
                action,
                target_type,
                target_id,
            )
        return Actor(id=person.id, role=person.role, name=person.name)

    @staticmethod
    def _refuse(
        a: Actor, action: str, target_type: str, target_id: int | None, message: str
    ) -> Refused:
        return Refused(message, a.id, action, target_type, target_id)

    def _require(
        self,
        a: Actor,
        roles: tuple[str, ...],
        action: str,
        target_type: str,
        target_id: int | None,
        message: str,
    ) -> None:
        """Allow only the given roles; "system" counts as one where listed."""
        if a.role not in roles:
            raise self._refuse(a, action, target_type, target_id, message)

    @staticmethod
    def _audit(
        s: Session, a: Actor, action: str, target_type: str, target_id: int | None, detail: str = ""
    ) -> None:
        """An allowed action. `detail` carries ids and counts, never note content."""
        s.add(
            m.AuditEvent(
                actor_id=a.id,
                action=action,
                target_type=target_type,
                target_id=target_id,
                outcome="allowed",
                detail=detail[:500],
            )
        )

    def _now(self) -> datetime:
        """The clock's now, as an aware UTC datetime (what every stored time is in)."""
        now = self.clock()
        return now.astimezone(UTC) if now.tzinfo else now.replace(tzinfo=UTC)

    def _end_signins(self, s: Session, person_id: int) -> int:
        """Revoke every live sign-in of a person (a password change, reset or deactivation)."""
        result = s.execute(
            update(m.SignInSession)
            .where(m.SignInSession.person_id == person_id, m.SignInSession.revoked_at.is_(None))
            .values(revoked_at=self._now())
        )
        return int(result.rowcount or 0)

    @staticmethod
    def _get(s: Session, model: type[T], ident: Any, what: str) -> T:
        if not isinstance(ident, int) or isinstance(ident, bool):
            raise InvalidInput(f"A {what} id must be a whole number.")
        row = s.get(model, ident)
        if row is None:
            raise NotFound(f"There is no {what} with id {ident}.")
        return row

    @staticmethod
    def _side(a: Actor, pair: m.Pair) -> str | None:
        if a.id is None:
            return None
        if pair.mentor_id == a.id:
            return "mentor"
        if pair.mentee_id == a.id:
            return "mentee"
        return None


def clean_text(
    value: Any, what: str, *, limit: int = MAX_NOTE_CHARS, allow_empty: bool = True
) -> str:
    """Text a person typed: must be a str, no NUL bytes, within `limit` characters."""
    if value is None:
        value = ""
    if isinstance(value, bytes):
        raise InvalidInput(f"The {what} must be text, not bytes.")
    if not isinstance(value, str):
        raise InvalidInput(f"The {what} must be text.")
    value = well_formed(value.replace("\x00", ""))
    if len(value) > limit:
        raise InvalidInput(f"The {what} is {len(value):,} characters long; the limit is {limit:,}.")
    if not allow_empty and not value.strip():
        raise InvalidInput(f"The {what} is empty.")
    return value


def clean_short(value: Any, what: str, *, allow_empty: bool = False) -> str:
    return " ".join(clean_text(value, what, limit=MAX_SHORT_CHARS, allow_empty=allow_empty).split())
