"""Programs, cycles and pairs: HR manages them; admins may look; members see their own pairs."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from coach.errors import InvalidInput
from coach.record import models as m
from coach.record.core import ActorRef, RecordCore, clean_short, clean_text
from coach.record.views import (
    CycleView,
    PairView,
    ProgramView,
    cycle_view,
    program_view,
)

STRUCTURE_EDITORS = ("hr", "system")
STRUCTURE_VIEWERS = ("hr", "admin", "system")
IN_CHUNK = 500  # pair ids in one IN (...) at most


def _date(value: date | str | None, what: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise InvalidInput(f"The {what} must be a date like 2026-03-31.") from exc


def _positive(value: int, what: str, upper: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= upper:
        raise InvalidInput(f"The {what} must be a whole number from 1 to {upper}.")
    return value


def pair_view(s: Session, pair: m.Pair) -> PairView:
    """The pair with its counts: only held sessions count as held; the next session is the
    first one still planned (or the one after the last, when none is)."""
    return pair_views(s, [pair])[0]


def pair_views(s: Session, pairs: list[m.Pair]) -> list[PairView]:
    """`pair_view` of each pair, with their sessions read together: a list of pairs costs a
    few queries, not several for every pair (HR's page lists every pair, more than once)."""
    rows: dict[int, list[Any]] = defaultdict(list)
    ids = [p.id for p in pairs]
    for start in range(0, len(ids), IN_CHUNK):
        for r in s.execute(
            select(
                m.MentoringSession.pair_id,
                m.MentoringSession.number,
                m.MentoringSession.status,
                m.MentoringSession.held_on,
            )
            .where(m.MentoringSession.pair_id.in_(ids[start : start + IN_CHUNK]))
            .order_by(m.MentoringSession.pair_id, m.MentoringSession.number)
        ):
            rows[r.pair_id].append(r)
    return [_pair_view(p, rows[p.id]) for p in pairs]


def _pair_view(pair: m.Pair, rows: list[Any]) -> PairView:
    held = sum(1 for r in rows if r.status == "held")
    last = rows[-1].number if rows else 0
    planned = next((r for r in rows if r.status == "planned"), None)
    cycle = pair.cycle
    end = cycle.start_date + timedelta(weeks=cycle.length_weeks)
    if planned is not None:
        number, due = planned.number, planned.held_on
    else:
        number, due = last + 1, cycle.start_date + timedelta(days=cycle.cadence_days * last)
        due = due if due <= end else None
    return PairView(
        id=pair.id,
        cycle_id=pair.cycle_id,
        cycle_name=cycle.name,
        mentor_id=pair.mentor_id,
        mentor_name=pair.mentor.name if pair.mentor else None,
        mentee_id=pair.mentee_id,
        mentee_name=pair.mentee.name if pair.mentee else None,
        status=pair.status,
        sessions_held=held,
        next_session_number=number,
        next_session_due=due if pair.status == "active" else None,
    )


def _with_people(query: Any) -> Any:
    """A query of pairs that reads their cycles and both people in a few queries more."""
    return query.options(
        selectinload(m.Pair.cycle), selectinload(m.Pair.mentor), selectinload(m.Pair.mentee)
    )


class ProgramsMixin(RecordCore):
    # Programs --------------------------------------------------------------------------------

    def create_program(self, actor: ActorRef, name: str, description: str = "") -> ProgramView:
        clean = clean_short(name, "program name")
        about = clean_text(description, "description", limit=5000)
        try:
            with self._tx(write=True) as s:
                a = self._actor(s, actor, "program.create", "program", None)
                self._require(
                    a,
                    STRUCTURE_EDITORS,
                    "program.create",
                    "program",
                    None,
                    "Only HR can create programs.",
                )
                program = m.Program(name=clean, description=about)
                s.add(program)
                s.flush()
                self._audit(s, a, "program.create", "program", program.id)
                return program_view(program)
        except IntegrityError as exc:
            raise InvalidInput(f"A program called {clean!r} already exists.") from exc

    def list_programs(self, actor: ActorRef) -> list[ProgramView]:
        with self._tx() as s:
            a = self._actor(s, actor, "program.list", "program", None)
            self._require(
                a,
                STRUCTURE_VIEWERS,
                "program.list",
                "program",
                None,
                "Only HR and admins can list programs.",
            )
            return [program_view(p) for p in s.scalars(select(m.Program).order_by(m.Program.id))]

    # Cycles ----------------------------------------------------------------------------------

    def create_cycle(
        self,
        actor: ActorRef,
        program_id: int,
        name: str,
        start_date: date | str,
        length_weeks: int = 12,
        cadence_days: int = 28,
    ) -> CycleView:
        """A cycle runs `length_weeks` from `start_date`, with a session every `cadence_days`."""
        clean = clean_short(name, "cycle name")
        start = _date(start_date, "start date")
        if start is None:
            raise InvalidInput("A cycle needs a start date.")
        weeks = _positive(length_weeks, "length in weeks", 104)
        cadence = _positive(cadence_days, "cadence in days", 365)
        with self._tx(write=True) as s:
            a = self._actor(s, actor, "cycle.create", "cycle", None)
            self._require(
                a, STRUCTURE_EDITORS, "cycle.create", "cycle", None, "Only HR can create cycles."
            )
            self._get(s, m.Program, program_id, "program")
            cycle = m.Cycle(
                program_id=program_id,
                name=clean,
                start_date=start,
                length_weeks=weeks,
                cadence_days=cadence,
            )
            s.add(cycle)
            s.flush()
            self._audit(s, a, "cycle.create", "cycle", cycle.id, f"program={program_id}")
            return cycle_view(cycle)

    def update_cycle(
        self,
        actor: ActorRef,
        cycle_id: int,
        *,
        name: str | None = None,
        start_date: date | str | None = None,
        length_weeks: int | None = None,
        cadence_days: int | None = None,
    ) -> CycleView:
        with self._tx(write=True) as s:
            a = self._actor(s, actor, "cycle.update", "cycle", cycle_id)
            self._require(
                a,
                STRUCTURE_EDITORS,
                "cycle.update",
                "cycle",
                cycle_id,
                "Only HR can change cycles.",
            )
            cycle = self._get(s, m.Cycle, cycle_id, "cycle")
            if name is not None:
                cycle.name = clean_short(name, "cycle name")
            if start_date is not None:
                cycle.start_date = _date(start_date, "start date") or cycle.start_date
            if length_weeks is not None:
                cycle.length_weeks = _positive(length_weeks, "length in weeks", 104)
            if cadence_days is not None:
                cycle.cadence_days = _positive(cadence_days, "cadence in days", 365)
            self._audit(s, a, "cycle.update", "cycle", cycle_id)
            return cycle_view(cycle)

    def list_cycles(self, actor: ActorRef, program_id: int | None = None) -> list[CycleView]:
        with self._tx() as s:
            a = self._actor(s, actor, "cycle.list", "cycle", None)
            self._require(
                a,
                STRUCTURE_VIEWERS,
                "cycle.list",
                "cycle",
                None,
                "Only HR and admins can list cycles.",
            )
            query = select(m.Cycle).order_by(m.Cycle.start_date, m.Cycle.id)
            if program_id is not None:
                query = query.where(m.Cycle.program_id == program_id)
            return [cycle_view(c) for c in s.scalars(query)]

    # Pairs -----------------------------------------------------------------------------------

    def create_pair(
        self, actor: ActorRef, cycle_id: int, mentor_id: int, mentee_id: int
    ) -> PairView:
        """Pair a junior mentor with a senior mentee in a cycle (HR)."""
        with self._tx(write=True) as s:
            a = self._actor(s, actor, "pair.create", "pair", None)
            self._require(
                a, STRUCTURE_EDITORS, "pair.create", "pair", None, "Only HR can create pairs."
            )
            self._get(s, m.Cycle, cycle_id, "cycle")
            mentor = self._get(s, m.Person, mentor_id, "person")
            mentee = self._get(s, m.Person, mentee_id, "person")
            if mentor.role != "mentor" or mentee.role != "mentee":
                raise InvalidInput(
                    "A pair needs a person with the mentor role and one with the mentee role."
                )
            if not (mentor.active and mentee.active):
                raise InvalidInput("Both people in a pair must have active accounts.")
            dup = s.scalar(
                select(m.Pair.id).where(
                    m.Pair.cycle_id == cycle_id,
                    m.Pair.mentor_id == mentor_id,
                    m.Pair.mentee_id == mentee_id,
                    m.Pair.status == "active",
                )
            )
            if dup is not None:
                raise InvalidInput(f"These two are already paired in this cycle (pair {dup}).")
            pair = m.Pair(
                cycle_id=cycle_id, mentor_id=mentor_id, mentee_id=mentee_id, status="active"
            )
            s.add(pair)
            s.flush()
            self._audit(s, a, "pair.create", "pair", pair.id, f"cycle={cycle_id}")
            return pair_view(s, pair)

    def end_pair(self, actor: ActorRef, pair_id: int) -> PairView:
        """End a pair: its sessions and notes stay; no new sessions can be added."""
        with self._tx(write=True) as s:
            a = self._actor(s, actor, "pair.end", "pair", pair_id)
            self._require(
                a, STRUCTURE_EDITORS, "pair.end", "pair", pair_id, "Only HR can end pairs."
            )
            pair = self._get(s, m.Pair, pair_id, "pair")
            pair.status = "ended"
            pair.ended_at = datetime.now(UTC)
            self._audit(s, a, "pair.end", "pair", pair_id)
            return pair_view(s, pair)

    def list_pairs(
        self, actor: ActorRef, cycle_id: int | None = None, active_only: bool = False
    ) -> list[PairView]:
        with self._tx() as s:
            a = self._actor(s, actor, "pair.list", "pair", None)
            self._require(
                a,
                STRUCTURE_VIEWERS,
                "pair.list",
                "pair",
                None,
                "Only HR and admins can list all pairs.",
            )
            query = select(m.Pair).order_by(m.Pair.id)
            if cycle_id is not None:
                query = query.where(m.Pair.cycle_id == cycle_id)
            if active_only:
                query = query.where(m.Pair.status == "active")
            return pair_views(s, list(s.scalars(_with_people(query))))

    def my_pairs(self, actor: ActorRef, active_only: bool = False) -> list[PairView]:
        """The pairs the actor is a member of (none for HR and admins)."""
        with self._tx() as s:
            a = self._actor(s, actor, "pair.mine", "pair", None)
            query = (
                select(m.Pair)
                .where((m.Pair.mentor_id == a.id) | (m.Pair.mentee_id == a.id))
                .order_by(m.Pair.id)
            )
            if active_only:
                query = query.where(m.Pair.status == "active")
            return pair_views(s, list(s.scalars(_with_people(query)))) if a.id is not None else []

    def get_pair(self, actor: ActorRef, pair_id: int) -> PairView:
        with self._tx() as s:
            a = self._actor(s, actor, "pair.view", "pair", pair_id)
            pair = self._get(s, m.Pair, pair_id, "pair")
            if self._side(a, pair) is None and a.role not in STRUCTURE_VIEWERS:
                raise self._refuse(
                    a, "pair.view", "pair", pair_id, "You can only see pairs you are part of."
                )
            return pair_view(s, pair)
