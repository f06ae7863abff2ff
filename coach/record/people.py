"""People: sign-in, profiles, roles. Admin manages people and roles; HR may list them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from coach.errors import InvalidInput, NotFound
from coach.record import models as m
from coach.record import passwords
from coach.record.core import ActorRef, RecordCore, clean_short
from coach.record.views import PersonView, person_view

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MANAGERS = ("admin", "system")
VIEWERS = ("admin", "hr", "system")


def normalise_email(email: str) -> str:
    value = clean_short(email, "email").lower()
    if not _EMAIL.match(value):
        raise InvalidInput(f"{value!r} does not look like an email address.")
    return value


def _role(role: str) -> str:
    value = clean_short(role, "role").lower()
    if value not in m.ROLES:
        raise InvalidInput(f"The role must be one of {', '.join(m.ROLES)}, not {value!r}.")
    return value


def _areas(values: Iterable[str] | None) -> list[str]:
    return [clean_short(v, "area") for v in (values or []) if str(v).strip()][:20]


class PeopleMixin(RecordCore):
    def authenticate(self, email: str, password: str) -> PersonView | None:
        """The person for this email and password, or None; failures are audited."""
        try:
            address = normalise_email(email)
        except InvalidInput:
            passwords.verify(None, password or "")
            return None
        # Verify outside any write transaction: argon2 is slow on purpose, the lock is not.
        with self._tx() as s:
            person = s.scalar(select(m.Person).where(m.Person.email == address))
        stored = person.password_hash if person else None
        ok = passwords.verify(stored, password) and person is not None and person.active
        rehash = (
            passwords.rehash(password) if ok and stored and passwords.needs_rehash(stored) else None
        )
        with self._tx(write=True) as s:
            person_id = person.id if person else None
            s.add(
                m.AuditEvent(
                    actor_id=person_id,
                    action="auth.sign_in",
                    target_type="person",
                    target_id=person_id,
                    outcome="allowed" if ok else "refused",
                    detail="" if ok else "wrong email, password or inactive account",
                )
            )
            if not ok or person_id is None:
                return None
            fresh = s.get(m.Person, person_id)
            if fresh is None or not fresh.active or fresh.password_hash != stored:
                return None  # changed while we were checking: sign in again
            if rehash:
                fresh.password_hash = rehash
            return person_view(fresh)

    def get_person(self, actor: ActorRef, person_id: int) -> PersonView:
        """Self, a pair partner, HR and admin may see a profile (no notes in it)."""
        with self._tx() as s:
            a = self._actor(s, actor, "person.view", "person", person_id)
            person = self._get(s, m.Person, person_id, "person")
            if a.id != person_id and a.role not in VIEWERS:
                partners = s.scalar(
                    select(m.Pair.id)
                    .where(
                        ((m.Pair.mentor_id == a.id) & (m.Pair.mentee_id == person_id))
                        | ((m.Pair.mentee_id == a.id) & (m.Pair.mentor_id == person_id))
                    )
                    .limit(1)
                )
                if partners is None:
                    raise self._refuse(
                        a,
                        "person.view",
                        "person",
                        person_id,
                        "You can only see your own profile and your partner's.",
                    )
            return person_view(person)

    def find_person(self, actor: ActorRef, email: str) -> PersonView:
        """Look a person up by email (HR and admin; used by the CLI's --as)."""
        address = normalise_email(email)
        with self._tx() as s:
            a = self._actor(s, actor, "person.find", "person", None)
            self._require(
                a, VIEWERS, "person.find", "person", None, "Only HR and admins can look people up."
            )
            person = s.scalar(select(m.Person).where(m.Person.email == address))
            if person is None:
                raise NotFound(f"Nobody in the record has the email {address}.")
            return person_view(person)

    def list_people(
        self, actor: ActorRef, role: str | None = None, include_inactive: bool = True
    ) -> list[PersonView]:
        with self._tx() as s:
            a = self._actor(s, actor, "person.list", "person", None)
            self._require(
                a, VIEWERS, "person.list", "person", None, "Only HR and admins can list people."
            )
            query = select(m.Person).order_by(m.Person.name, m.Person.id)
            if role:
                query = query.where(m.Person.role == _role(role))
            if not include_inactive:
                query = query.where(m.Person.active.is_(True))
            return [person_view(p) for p in s.scalars(query)]

    def add_person(
        self,
        actor: ActorRef,
        *,
        name: str,
        email: str,
        role: str,
        password: str | None = None,
        expertise: Iterable[str] | None = None,
        learning_goals: Iterable[str] | None = None,
    ) -> tuple[PersonView, str]:
        """Admin adds a person; returns the view and the password (generated if none given).

        The password is returned once and stored only as an argon2 hash.
        """
        address = normalise_email(email)
        clean_name = clean_short(name, "name")
        clean_role = _role(role)
        secret = password if password is not None else passwords.generate_password()
        hashed = passwords.hash_password(secret)
        try:
            with self._tx(write=True) as s:
                a = self._actor(s, actor, "person.add", "person", None)
                self._require(
                    a, MANAGERS, "person.add", "person", None, "Only an admin can add people."
                )
                person = m.Person(
                    name=clean_name,
                    email=address,
                    role=clean_role,
                    password_hash=hashed,
                    expertise=_areas(expertise),
                    learning_goals=_areas(learning_goals),
                    active=True,
                )
                s.add(person)
                s.flush()
                self._audit(s, a, "person.add", "person", person.id, f"role={clean_role}")
                return person_view(person), secret
        except IntegrityError as exc:
            raise InvalidInput(
                f"Someone with the email {address} is already in the record."
            ) from exc

    def update_person(
        self,
        actor: ActorRef,
        person_id: int,
        *,
        name: str | None = None,
        email: str | None = None,
        expertise: Iterable[str] | None = None,
        learning_goals: Iterable[str] | None = None,
    ) -> PersonView:
        """A person edits their own profile; an admin edits anyone's."""
        try:
            with self._tx(write=True) as s:
                a = self._actor(s, actor, "person.update", "person", person_id)
                person = self._get(s, m.Person, person_id, "person")
                if a.id != person_id and a.role not in MANAGERS:
                    raise self._refuse(
                        a,
                        "person.update",
                        "person",
                        person_id,
                        "You can only edit your own profile.",
                    )
                changed = []
                if name is not None:
                    person.name = clean_short(name, "name")
                    changed.append("name")
                if email is not None:
                    person.email = normalise_email(email)
                    changed.append("email")
                if expertise is not None:
                    person.expertise = _areas(expertise)
                    changed.append("expertise")
                if learning_goals is not None:
                    person.learning_goals = _areas(learning_goals)
                    changed.append("learning_goals")
                s.flush()
                self._audit(s, a, "person.update", "person", person_id, ",".join(changed))
                return person_view(person)
        except IntegrityError as exc:
            raise InvalidInput("Someone else already has that email.") from exc

    def set_role(self, actor: ActorRef, person_id: int, role: str) -> PersonView:
        new_role = _role(role)
        with self._tx(write=True) as s:
            a = self._actor(s, actor, "person.role", "person", person_id)
            self._require(
                a, MANAGERS, "person.role", "person", person_id, "Only an admin can change roles."
            )
            person = self._get(s, m.Person, person_id, "person")
            old, person.role = person.role, new_role
            self._audit(s, a, "person.role", "person", person_id, f"{old}->{new_role}")
            return person_view(person)

    def set_active(self, actor: ActorRef, person_id: int, active: bool) -> PersonView:
        """Deactivate (or reactivate) an account: an inactive person can do nothing, and
        deactivating ends every sign-in of theirs."""
        with self._tx(write=True) as s:
            a = self._actor(s, actor, "person.active", "person", person_id)
            self._require(
                a,
                MANAGERS,
                "person.active",
                "person",
                person_id,
                "Only an admin can activate or deactivate accounts.",
            )
            person = self._get(s, m.Person, person_id, "person")
            person.active = bool(active)
            detail = f"active={bool(active)}"
            if not person.active:
                detail += f" signins_ended={self._end_signins(s, person_id)}"
            self._audit(s, a, "person.active", "person", person_id, detail)
            return person_view(person)

    def set_password(
        self,
        actor: ActorRef,
        person_id: int,
        new_password: str,
        current_password: str | None = None,
    ) -> None:
        """Self (with the current password) or an admin (a reset) sets a new password; every
        sign-in of that person ends."""
        hashed = passwords.hash_password(new_password)
        with self._tx(write=True) as s:
            a = self._actor(s, actor, "person.password", "person", person_id)
            person = self._get(s, m.Person, person_id, "person")
            if a.role in MANAGERS and a.id != person_id:
                pass
            elif a.id == person_id:
                if person.password_hash and not passwords.verify(
                    person.password_hash, current_password or ""
                ):
                    raise self._refuse(
                        a,
                        "person.password",
                        "person",
                        person_id,
                        "The current password is not right.",
                    )
            else:
                raise self._refuse(
                    a,
                    "person.password",
                    "person",
                    person_id,
                    "You can only change your own password.",
                )
            person.password_hash = hashed
            ended = self._end_signins(s, person_id)
            self._audit(s, a, "person.password", "person", person_id, f"signins_ended={ended}")
