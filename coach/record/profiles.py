"""Where people sit in the organisation: department, line manager, expertise and goals.

HR (or an admin) imports them from a CSV; pairing reads them back as a pool. Importing is
idempotent: a row that matches the record changes nothing, so the same file can be re-run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach.csv_rows import file_lines
from coach.errors import CoachError, InvalidInput
from coach.record import models as m
from coach.record.core import ActorRef, RecordCore, clean_short
from coach.record.people import normalise_email
from coach.record.views import PersonView, person_view

IMPORTERS = ("hr", "admin", "system")
PAIRERS = ("hr", "system")
# HR brings juniors and seniors into a program; only an admin hands out HR or admin rights.
HR_ROLES = ("mentor", "mentee")
ROLE_ALIASES = {
    "junior": "mentor",
    "senior": "mentee",
    "mentor": "mentor",
    "mentee": "mentee",
    "hr": "hr",
    "admin": "admin",
}
COLUMNS = ("name", "email", "role", "department", "manager_email", "expertise", "goals")


@dataclass(frozen=True)
class ImportReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one plain sentence per bad row


@dataclass(frozen=True)
class PairingPool:
    """Everyone pairing needs for one cycle: candidates, the whole manager map, who is taken."""

    cycle_id: int
    people: list[PersonView]  # active mentors and mentees
    managers: dict[int, int | None]  # every person's manager id, for walking reporting lines
    taken: list[tuple[int, int]]  # (mentor_id, mentee_id) of the cycle's active pairs


@dataclass(frozen=True)
class _Row:
    line: int
    name: str
    email: str
    role: str
    department: str
    manager_email: str
    expertise: list[str]
    goals: list[str]


def _areas(value: Any) -> list[str]:
    parts = str(value or "").replace(";", ",").split(",")
    return [clean_short(p, "area") for p in parts if p.strip()][:20]


def parse_row(line: int, raw: dict[str, Any]) -> _Row:
    """One CSV row, checked; raises CoachError with a sentence naming the row."""
    try:
        role = ROLE_ALIASES.get(str(raw.get("role") or "").strip().lower())
        if role is None:
            raise InvalidInput(
                f"the role {str(raw.get('role') or '')!r} is not one of "
                "junior, senior, mentor, mentee, hr, admin"
            )
        manager = str(raw.get("manager_email") or "").strip()
        return _Row(
            line=line,
            name=clean_short(raw.get("name"), "name"),
            email=normalise_email(str(raw.get("email") or "")),
            role=role,
            department=clean_short(raw.get("department"), "department", allow_empty=True),
            manager_email=normalise_email(manager) if manager else "",
            expertise=_areas(raw.get("expertise")),
            goals=_areas(raw.get("goals")),
        )
    except CoachError as exc:
        raise InvalidInput(f"Row {line}: {str(exc).rstrip('.')}.") from exc


def _chain_has(s: Session, start: int | None, target: int) -> bool:
    """Whether walking up the manager chain from `start` reaches `target` (cycle-safe)."""
    seen: set[int] = set()
    while start is not None and start not in seen:
        if start == target:
            return True
        seen.add(start)
        start = s.scalar(select(m.Person.manager_id).where(m.Person.id == start))
    return False


class ProfilesMixin(RecordCore):
    def import_people(
        self, actor: ActorRef, rows: list[dict[str, Any]], lines: Sequence[int] | None = None
    ) -> ImportReport:
        """Create or update people from CSV rows (HR, admin); bad rows are reported, not fatal.

        New people cannot sign in until an admin sets their password. Managers are resolved
        after every row is in, so a manager may appear later in the file than their reports.
        `lines`: the file line each row starts on, as the CSV reader counted them (by default
        the rows follow a header on line 1, one line each).
        """
        report = ImportReport()
        parsed: list[_Row] = []
        first_line: dict[str, int] = {}
        for number, raw in zip(file_lines(rows, lines), rows):
            try:
                row = parse_row(number, raw)
            except CoachError as exc:
                report.problems.append(str(exc))
                continue
            if row.email in first_line:
                report.problems.append(
                    f"Row {number}: {row.email} is already on row "
                    f"{first_line[row.email]}; only that row is used."
                )
                continue
            first_line[row.email] = number
            parsed.append(row)
        with self._tx(write=True) as s:
            a = self._actor(s, actor, "person.import", "person", None)
            self._require(
                a,
                IMPORTERS,
                "person.import",
                "person",
                None,
                "Only HR and admins can import people.",
            )
            good = [r for r in parsed if self._upsert(s, a.role, r, report)]
            s.flush()
            for row in good:
                self._link_manager(s, row, report)
            self._audit(
                s,
                a,
                "person.import",
                "person",
                None,
                f"created={len(report.created)} updated={len(report.updated)} "
                f"problems={len(report.problems)}",
            )
        return report

    @staticmethod
    def _upsert(s: Session, role: str, row: _Row, report: ImportReport) -> bool:
        person = s.scalar(select(m.Person).where(m.Person.email == row.email))
        if role == "hr" and (
            row.role not in HR_ROLES or (person is not None and person.role not in HR_ROLES)
        ):
            report.problems.append(
                f"Row {row.line}: only an admin can add or change HR and "
                f"admin accounts ({row.email})."
            )
            return False
        fields = {
            "name": row.name,
            "role": row.role,
            "department": row.department,
            "expertise": row.expertise,
            "learning_goals": row.goals,
        }
        if person is None:
            s.add(m.Person(email=row.email, password_hash=None, active=True, **fields))
            report.created.append(row.email)
            return True
        changed = [k for k, v in fields.items() if getattr(person, k) != v]
        for key in changed:
            setattr(person, key, fields[key])
        (report.updated if changed else report.unchanged).append(row.email)
        return True

    @staticmethod
    def _link_manager(s: Session, row: _Row, report: ImportReport) -> None:
        person = s.scalar(select(m.Person).where(m.Person.email == row.email))
        assert person is not None
        manager_id = None
        if row.manager_email:
            manager_id = s.scalar(select(m.Person.id).where(m.Person.email == row.manager_email))
            problem = ""
            if manager_id is None:
                problem = f"the manager {row.manager_email} is not in the file or the record"
            elif manager_id == person.id or _chain_has(s, manager_id, person.id):
                problem = f"{row.manager_email} reports to {row.email}, so cannot manage them"
            if problem:
                report.problems.append(
                    f"Row {row.line}: {problem}; the manager was left as it was."
                )
                return
        if person.manager_id != manager_id:
            person.manager_id = manager_id
            if row.email in report.unchanged:
                report.unchanged.remove(row.email)
                report.updated.append(row.email)
        s.flush()

    def pairing_pool(self, actor: ActorRef, cycle_id: int | None = None) -> PairingPool:
        """The people pairing may suggest for a cycle, by default the latest one (HR only:
        it reads the org chart)."""
        with self._tx(write=True) as s:  # write: the audit trail notes who read the org chart
            a = self._actor(s, actor, "pair.suggest", "cycle", cycle_id)
            self._require(
                a,
                PAIRERS,
                "pair.suggest",
                "cycle",
                cycle_id,
                "Only HR can ask for suggested pairs.",
            )
            if cycle_id is None:
                cycle_id = s.scalar(
                    select(m.Cycle.id)
                    .order_by(m.Cycle.start_date.desc(), m.Cycle.id.desc())
                    .limit(1)
                )
                if cycle_id is None:
                    raise InvalidInput("There is no cycle yet: create one first.")
            self._get(s, m.Cycle, cycle_id, "cycle")
            people = s.scalars(
                select(m.Person)
                .where(m.Person.active.is_(True), m.Person.role.in_(("mentor", "mentee")))
                .order_by(m.Person.id)
            )
            managers = {i: b for i, b in s.execute(select(m.Person.id, m.Person.manager_id))}
            taken = s.execute(
                select(m.Pair.mentor_id, m.Pair.mentee_id).where(
                    m.Pair.cycle_id == cycle_id, m.Pair.status == "active"
                )
            ).all()
            self._audit(s, a, "pair.suggest", "cycle", cycle_id)
            return PairingPool(
                cycle_id=cycle_id,
                people=[person_view(p) for p in people],
                managers=managers,
                taken=[(x, y) for x, y in taken if x and y],
            )
