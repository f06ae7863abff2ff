"""Outcomes: the junior's "heard" rating, mentor progression, and what HR's measures read.

HR (and admins, and the operator) read projections only: ids, names, dates, statuses, topics,
ratings and item counts. No note, plan, reflection or action item text is ever selected here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coach.csv_rows import file_lines
from coach.errors import CoachError, InvalidInput
from coach.record import models as m
from coach.record.core import ActorRef, clean_short
from coach.record.programs import _date
from coach.record.sessions import SessionsMixin, _rating
from coach.record.views import SessionView

OUTCOME_READERS = ("hr", "admin", "system")
PROGRESSION_WRITERS = ("hr", "admin", "system")
KIND_WORDS = {"promotion": "promotion", "new role": "new_role", "new_role": "new_role"}


@dataclass(frozen=True)
class ProgressionView:
    id: int
    person_id: int
    person_name: str
    kind: str  # promotion or new_role
    effective_on: date
    title: str


@dataclass
class ProgressionImport:
    created: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one plain sentence per bad row


@dataclass(frozen=True)
class PairRow:
    id: int
    cycle_id: int
    cycle_name: str
    cycle_start: date
    mentor_id: int | None
    mentor_name: str | None
    mentee_id: int | None
    mentee_name: str | None
    status: str


@dataclass(frozen=True)
class SessionRow:
    """A session as HR may see it: no notes, plan, reflection or item text."""

    id: int
    pair_id: int
    number: int
    held_on: date | None
    status: str
    topic: str
    personal: int | None
    business: int | None
    heard: int | None
    items_done: int
    items_total: int
    items_overdue: int = 0
    items_due: tuple[date, ...] = ()


@dataclass(frozen=True)
class OutcomeData:
    """Everything the program measures are computed from, for one scope."""

    pairs: list[PairRow]
    sessions: list[SessionRow]
    first_cycle_start: dict[int, date]  # mentor id -> start of their first cycle (any program)
    progressions: list[ProgressionView]  # of the mentors in scope


def _kind(value: Any) -> str:
    kind = KIND_WORDS.get(" ".join(str(value or "").strip().lower().replace("-", " ").split()))
    if kind is None:
        raise InvalidInput("The kind of progression must be promotion or new role.")
    return kind


def _progression_view(p: m.Progression, name: str) -> ProgressionView:
    return ProgressionView(p.id, p.person_id, name, p.kind, p.effective_on, p.title)


class OutcomesMixin(SessionsMixin):
    # The junior's rating ----------------------------------------------------------------------

    def rate_heard(self, actor: ActorRef, session_id: int, heard: int | None) -> SessionView:
        """The junior mentor rates how heard they felt in the session (1-5)."""
        value = _rating(heard, "heard")
        with self._tx(write=True) as s:
            a, sess, _ = self._member_session(s, actor, session_id, "session.heard", "mentor")
            sess.mentor_heard = value
            self._mark_held(sess)
            self._audit(s, a, "session.heard", "session", session_id, f"heard={value}")
            return self._session_view(a, sess)

    # Progression ----------------------------------------------------------------------------

    def _check_writer(self, s: Session, actor: ActorRef, action: str) -> Any:
        a = self._actor(s, actor, action, "progression", None)
        self._require(
            a,
            PROGRESSION_WRITERS,
            action,
            "progression",
            None,
            "Only HR and admins can record a mentor's progression.",
        )
        return a

    @staticmethod
    def _mentor(s: Session, person_id: int | None, email: str | None = None) -> m.Person:
        if email is not None:
            person = s.scalar(select(m.Person).where(m.Person.email == email.strip().lower()))
            missing = f"There is nobody with the email {email.strip()} in the record."
        else:
            person = s.get(m.Person, person_id) if isinstance(person_id, int) else None
            missing = f"There is no person with id {person_id}."
        if person is None:
            raise InvalidInput(missing)
        if person.role != "mentor":
            raise InvalidInput(
                f"{person.name} is not a junior mentor; progression is recorded for mentors."
            )
        return person

    def _add_progression(
        self, s: Session, a: Any, person: m.Person, kind: str, on: date, title: str
    ) -> tuple[m.Progression, bool]:
        found = s.scalar(
            select(m.Progression).where(
                m.Progression.person_id == person.id,
                m.Progression.kind == kind,
                m.Progression.effective_on == on,
            )
        )
        if found is not None:
            return found, False
        row = m.Progression(
            person_id=person.id, kind=kind, effective_on=on, title=title, recorded_by_id=a.id
        )
        s.add(row)
        s.flush()
        self._audit(s, a, "progression.add", "person", person.id, f"kind={kind} on={on}")
        return row, True

    def record_progression(
        self,
        actor: ActorRef,
        person_id: int,
        kind: str,
        effective_on: date | str,
        title: str = "",
    ) -> ProgressionView:
        """HR records a mentor's promotion or new role, with its date (the same twice is one)."""
        k, on = _kind(kind), _date(effective_on, "date of the progression")
        if on is None:
            raise InvalidInput("Give the date of the promotion or new role.")
        label = clean_short(title, "new role", allow_empty=True)
        with self._tx(write=True) as s:
            a = self._check_writer(s, actor, "progression.add")
            person = self._mentor(s, person_id)
            row, _ = self._add_progression(s, a, person, k, on, label)
            return _progression_view(row, person.name)

    def import_progressions(
        self, actor: ActorRef, rows: list[dict[str, Any]], lines: Sequence[int] | None = None
    ) -> ProgressionImport:
        """Rows of email, kind, date, title (CSV); bad rows are reported, the rest are kept.

        `lines`: the file line each row starts on, as the CSV reader counted them (by default
        the rows follow a header on line 1, one line each)."""
        report = ProgressionImport()
        with self._tx(write=True) as s:
            a = self._check_writer(s, actor, "progression.import")
            for line, raw in zip(file_lines(rows, lines), rows):
                try:
                    with s.begin_nested():
                        person = self._mentor(s, None, str(raw.get("email") or ""))
                        on = _date(raw.get("date"), "date")
                        if on is None:
                            raise InvalidInput("the date is missing")
                        title = clean_short(raw.get("title"), "new role", allow_empty=True)
                        _, new = self._add_progression(
                            s, a, person, _kind(raw.get("kind")), on, title
                        )
                except CoachError as exc:
                    report.problems.append(f"Row {line}: {exc}")
                    continue
                (report.created if new else report.unchanged).append(person.email)
        return report

    def list_progressions(
        self, actor: ActorRef, person_id: int | None = None
    ) -> list[ProgressionView]:
        with self._tx() as s:
            self._require_reader(s, actor, "progression.list")
            query = select(m.Progression, m.Person.name).join(
                m.Person, m.Progression.person_id == m.Person.id
            )
            if person_id is not None:
                query = query.where(m.Progression.person_id == person_id)
            query = query.order_by(m.Progression.effective_on, m.Progression.id)
            return [_progression_view(p, name) for p, name in s.execute(query)]

    # What the measures read -----------------------------------------------------------------

    def _require_reader(self, s: Session, actor: ActorRef, action: str) -> None:
        a = self._actor(s, actor, action, "program", None)
        self._require(
            a, OUTCOME_READERS, action, "program", None, "Only HR and admins can see outcomes."
        )

    def outcome_data(
        self,
        actor: ActorRef,
        *,
        program_id: int | None = None,
        cycle_id: int | None = None,
        pair_id: int | None = None,
        today: date | None = None,
    ) -> OutcomeData:
        """Pairs, sessions (ratings and item counts), first cycles and progressions in scope."""
        with self._tx() as s:
            self._require_reader(s, actor, "outcomes.view")
            pairs = _pairs(s, program_id, cycle_id, pair_id)
            sessions = _sessions(s, [p.id for p in pairs], today)
            mentors = {p.mentor_id for p in pairs if p.mentor_id is not None}
            firsts = dict(
                s.execute(
                    select(m.Pair.mentor_id, func.min(m.Cycle.start_date))
                    .join(m.Cycle, m.Pair.cycle_id == m.Cycle.id)
                    .where(m.Pair.mentor_id.in_(mentors))
                    .group_by(m.Pair.mentor_id)
                ).all()
            )
            progress = s.execute(
                select(m.Progression, m.Person.name)
                .join(m.Person, m.Progression.person_id == m.Person.id)
                .where(m.Progression.person_id.in_(mentors))
                .order_by(m.Progression.effective_on)
            )
            return OutcomeData(
                pairs, sessions, firsts, [_progression_view(p, n) for p, n in progress]
            )


def _pairs(
    s: Session, program_id: int | None, cycle_id: int | None, pair_id: int | None
) -> list[PairRow]:
    mentor = m.Person.__table__.alias("mentor")
    mentee = m.Person.__table__.alias("mentee")
    query = (
        select(
            m.Pair.id,
            m.Pair.cycle_id,
            m.Cycle.name,
            m.Cycle.start_date,
            m.Pair.mentor_id,
            mentor.c.name,
            m.Pair.mentee_id,
            mentee.c.name,
            m.Pair.status,
        )
        .join(m.Cycle, m.Pair.cycle_id == m.Cycle.id)
        .outerjoin(mentor, m.Pair.mentor_id == mentor.c.id)
        .outerjoin(mentee, m.Pair.mentee_id == mentee.c.id)
        .order_by(m.Cycle.start_date, m.Pair.id)
    )
    if program_id is not None:
        query = query.where(m.Cycle.program_id == program_id)
    if cycle_id is not None:
        query = query.where(m.Pair.cycle_id == cycle_id)
    if pair_id is not None:
        query = query.where(m.Pair.id == pair_id)
    return [PairRow(*row) for row in s.execute(query).all()]


def _sessions(s: Session, pair_ids: list[int], today: date | None) -> list[SessionRow]:
    if not pair_ids:
        return []
    S = m.MentoringSession
    rows = s.execute(
        select(
            S.id,
            S.pair_id,
            S.number,
            S.held_on,
            S.status,
            S.topic,
            S.personal_effectiveness,
            S.business_effectiveness,
            S.mentor_heard,
        )
        .where(S.pair_id.in_(pair_ids))
        .order_by(S.pair_id, S.number)
    ).all()
    items: dict[int, list[tuple[str, date | None]]] = {}
    for sid, status, due in s.execute(
        select(m.ActionItem.session_id, m.ActionItem.status, m.ActionItem.due_on).where(
            m.ActionItem.session_id.in_([r.id for r in rows])
        )
    ):
        items.setdefault(sid, []).append((status, due))
    out = []
    for r in rows:
        mine = items.get(r.id, [])
        overdue = sum(
            1 for st, due in mine if st == "open" and due is not None and today and due < today
        )
        out.append(
            SessionRow(
                *r,
                items_done=sum(1 for st, _ in mine if st == "done"),
                items_total=len(mine),
                items_overdue=overdue,
                items_due=tuple(sorted(due for _, due in mine if due is not None)),
            )
        )
    return out
