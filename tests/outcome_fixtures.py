"""A seeded program for the outcome measures: five pairs over two cycles, worked out by hand
in tests/test_outcomes.py."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest

from coach.flows.progression import record_progression
from coach.record import SYSTEM, PersonView, Record

TODAY = date(2026, 10, 1)


@dataclass
class Seeded:
    record: Record
    hr: PersonView
    admin: PersonView
    m: list[PersonView]  # juniors M1..M4 (index 0..3)
    s: list[PersonView]  # seniors S1..S3
    spring: int
    autumn: int
    pairs: list[int]  # p1..p5


def _people(record: Record) -> tuple[PersonView, PersonView, list, list]:
    def add(name: str, role: str) -> PersonView:
        email = name.lower().replace(" ", ".") + "@example.org"
        return record.add_person(SYSTEM, name=name, email=email, role=role)[0]

    hr, admin = add("Hana Reyes", "hr"), add("Ari Admin", "admin")
    juniors = [add(f"Junior {n}", "mentor") for n in "ABCD"]
    seniors = [add(f"Senior {n}", "mentee") for n in "ABC"]
    return hr, admin, juniors, seniors


def _session(
    r: Record, pair: PersonView, senior: PersonView, pid: int, day: str, topic: str, rates=None
) -> int:
    """A session; `rates` (personal, business, heard or None) marks it held."""
    sid = r.create_session(pair, pid, topic=topic, held_on=day).id
    if rates:
        r.rate_session(senior, sid, rates[0], rates[1])
        if rates[2] is not None:
            r.rate_heard(pair, sid, rates[2])
    return sid


def seed(record: Record) -> Seeded:
    """Spring (from 2026-01-05): p1 M1-S1, p2 M2-S2, p3 M3-S3 (ended).
    Autumn (from 2026-09-07): p4 M1-S2, p5 M4-S3."""
    hr, admin, m, s = _people(record)
    program = record.create_program(hr, "Reverse mentoring")
    spring = record.create_cycle(hr, program.id, "Spring", "2026-01-05", 12, 28).id
    autumn = record.create_cycle(hr, program.id, "Autumn", "2026-09-07", 12, 28).id
    cp = record.create_pair
    pairs = [
        cp(hr, spring, m[0].id, s[0].id).id,
        cp(hr, spring, m[1].id, s[1].id).id,
        cp(hr, spring, m[2].id, s[2].id).id,
        cp(hr, autumn, m[0].id, s[1].id).id,
        cp(hr, autumn, m[3].id, s[2].id).id,
    ]
    p1s1 = _session(record, m[0], s[0], pairs[0], "2026-01-08", "technology", (5, 4, 5))
    _session(record, m[0], s[0], pairs[0], "2026-02-05", "money", (4, 3, 4))
    _session(record, m[0], s[0], pairs[0], "2026-03-05", "esg")  # still planned, due
    _session(record, m[0], s[0], pairs[0], "2027-03-01", "talent")  # planned, not due yet
    p2s1 = _session(record, m[1], s[1], pairs[1], "2026-01-10", "talent", (3, 5, 2))
    p2s2 = _session(record, m[1], s[1], pairs[1], "2026-02-07", "money")
    record.set_session_status(m[1], p2s2, "cancelled")
    _session(record, m[2], s[2], pairs[2], "2026-01-12", "technology", (4, 4, None))
    record.end_pair(hr, pairs[2])
    _session(record, m[0], s[1], pairs[3], "2026-09-10", "esg", (2, 2, 5))
    done = record.add_action_item(s[0], p1s1, "Watch five videos", owner="mentee")
    record.add_action_item(m[0], p1s1, "Send examples", owner="mentor")
    record.set_action_item_done(s[0], done.id, True)
    record.add_action_item(s[1], p2s1, "Ask about exit interviews", owner="mentee")
    record_progression(record, hr, m[0].id, "promotion", "2026-06-01", "Senior analyst")
    record_progression(record, hr, m[1].id, "new role", "2027-02-01")  # past 12 months
    record_progression(record, hr, m[2].id, "promotion", "2025-12-01")  # before the first cycle
    return Seeded(record, hr, admin, m, s, spring, autumn, pairs)


@pytest.fixture(scope="session")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seeded]:
    record = Record.open(f"sqlite:///{tmp_path_factory.mktemp('outcomes') / 'record.db'}")
    yield seed(record)
    record.close()
