"""Program measures as The Hartford measured its own program, for a cycle or all time (HR).

Each measure says in one line how it is computed and what The Hartford published, so HR can
compare like with like. Only figures from the published account are quoted (50 pairs; 97% of
mentees rated it extremely effective for their personal development; 11 of the 12 junior
mentors of the first wave were promoted); where it published none, the measure says so.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import mean

from coach.errors import NotFound
from coach.flows.access import CURATORS, require_role
from coach.record import ActorRef, Record
from coach.record.outcomes import OutcomeData, PairRow, SessionRow

EFFECTIVE = 4  # 4 or 5 out of 5: "effective" or "extremely effective"
PROGRESSION_WINDOW = timedelta(days=365)
NOT_PUBLISHED = "The Hartford published no figure for this."


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    count: int  # the numerator (or the number of topics)
    of: int | None  # the denominator; None when the measure is a plain count
    how: str  # one line: how it is computed
    hartford: str  # the published figure to compare with, or that there is none
    hartford_share: float | None = None  # that figure as a share, for the charts

    @property
    def share(self) -> float | None:
        return self.count / self.of if self.of else None

    @property
    def shown(self) -> str:
        if self.of is None:
            return str(self.count)
        pct = "–" if self.share is None else f"{self.share * 100:.0f}%"
        return f"{pct} ({self.count} of {self.of})"


@dataclass(frozen=True)
class Measures:
    scope: str  # "All cycles" or the cycle's name
    today: date
    measures: tuple[Measure, ...]
    topics: dict[str, int]  # held sessions per topic
    data: OutcomeData

    def get(self, key: str) -> Measure:
        return next(m for m in self.measures if m.key == key)


def _held(sessions: Iterable[SessionRow]) -> list[SessionRow]:
    return [s for s in sessions if s.status == "held"]


def _people_effective(
    pairs: list[PairRow], sessions: list[SessionRow], side: str, field: str
) -> tuple[int, int]:
    """(people whose mean rating is 4 or more, people who gave any rating) for one side."""
    person_of = {p.id: (p.mentee_id if side == "mentee" else p.mentor_id) for p in pairs}
    ratings: dict[int, list[int]] = defaultdict(list)
    for s in _held(sessions):
        value, person = getattr(s, field), person_of.get(s.pair_id)
        if value is not None and person is not None:
            ratings[person].append(value)
    return sum(1 for v in ratings.values() if mean(v) >= EFFECTIVE), len(ratings)


def _progressed(data: OutcomeData) -> tuple[int, int]:
    """(mentors with a progression within 12 months of their first cycle's start, mentors)."""
    mentors = {p.mentor_id for p in data.pairs if p.mentor_id is not None}
    done = set()
    for p in data.progressions:
        start = data.first_cycle_start.get(p.person_id)
        if start is not None and start <= p.effective_on <= start + PROGRESSION_WINDOW:
            done.add(p.person_id)
    return len(done & mentors), len(mentors)


def _sessions_due(sessions: list[SessionRow], today: date) -> tuple[int, int]:
    """(held, on the plan and due by today: held, cancelled, or planned on or before today)."""
    held = len(_held(sessions))
    due = sum(
        1
        for s in sessions
        if s.status in ("held", "cancelled") or (s.held_on is not None and s.held_on <= today)
    )
    return held, due


def compute_measures(data: OutcomeData, today: date, scope: str = "All cycles") -> Measures:
    """The measures from the record's projections (pure: the test computes them by hand)."""
    pairs, sessions = data.pairs, data.sessions
    held = _held(sessions)
    topics = dict(Counter(s.topic for s in held).most_common())
    items_done = sum(s.items_done for s in sessions)
    items_total = sum(s.items_total for s in sessions)
    measures = (
        Measure(
            "pairs_active",
            "Pairs active",
            sum(1 for p in pairs if p.status == "active"),
            len(pairs),
            "Pairs still active, of every pair formed (ended pairs count in the total).",
            "The Hartford's program had 50 pairs.",
        ),
        Measure(
            "sessions_held",
            "Sessions held against planned",
            *_sessions_due(sessions, today),
            "Sessions marked held, of the planned sessions due by today (held, cancelled, "
            "or still planned for a date on or before today).",
            NOT_PUBLISHED,
        ),
        Measure(
            "personal_effective",
            "Seniors rating it effective for their personal development",
            *_people_effective(pairs, sessions, "mentee", "personal"),
            "Senior mentees whose average personal-development rating over their held "
            "sessions is 4 or 5 out of 5, of the seniors who rated any session.",
            "97% of The Hartford's mentees rated it extremely effective for their personal "
            "development.",
            0.97,
        ),
        Measure(
            "business_effective",
            "Seniors rating it effective for the business",
            *_people_effective(pairs, sessions, "mentee", "business"),
            "Senior mentees whose average business rating over their held sessions is 4 or 5 "
            "out of 5, of the seniors who rated any session.",
            "No figure published; The Hartford reports new practices that saved time and money.",
        ),
        Measure(
            "mentors_heard",
            "Junior mentors who felt heard",
            *_people_effective(pairs, sessions, "mentor", "heard"),
            "Junior mentors whose average 'I felt heard' rating over their held sessions is 4 "
            "or 5 out of 5, of the juniors who rated any session.",
            NOT_PUBLISHED,
        ),
        Measure(
            "action_items",
            "Action items completed",
            items_done,
            items_total,
            "Action items marked done, of every action item agreed in the pairs' sessions.",
            NOT_PUBLISHED,
        ),
        Measure(
            "topics",
            "Topics covered",
            len(topics),
            None,
            "Distinct topics of held sessions (the eight areas, or the pair's own words).",
            NOT_PUBLISHED,
        ),
        Measure(
            "mentors_progressed",
            "Junior mentors progressed within 12 months",
            *_progressed(data),
            "Junior mentors with a promotion or new role dated within 12 months of the start "
            "of their first cycle, of the junior mentors in these pairs.",
            "11 of the 12 junior mentors of The Hartford's first wave were promoted.",
            11 / 12,
        ),
    )
    return Measures(scope, today, measures, topics, data)


def program_measures(
    record: Record,
    actor: ActorRef,
    *,
    cycle_id: int | None = None,
    program_id: int | None = None,
    today: date | None = None,
) -> Measures:
    """The measures for one cycle, one program, or every cycle (HR and admins only)."""
    require_role(record, actor, CURATORS)
    day = today or date.today()
    data = record.outcome_data(actor, program_id=program_id, cycle_id=cycle_id, today=day)
    scope = "All cycles"
    if cycle_id is not None:
        cycle = next((c for c in record.list_cycles(actor) if c.id == cycle_id), None)
        if cycle is None:
            raise NotFound(f"There is no cycle with id {cycle_id}.")
        scope = cycle.name
    return compute_measures(data, day, scope)
