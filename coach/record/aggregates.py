"""The HR program view: counts and ratings across pairs, Hartford-style, with no note text.

Aggregation runs in Python over small projections (ids, dates, topics, ratings, statuses)
so the same code serves SQLite and PostgreSQL without dialect-specific date functions.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select

from coach.record import models as m
from coach.record.core import ActorRef, RecordCore
from coach.record.views import AuditView, audit_view

STATS_VIEWERS = ("hr", "admin", "system")
EFFECTIVE = 4  # a rating of 4 or 5 counts as "effective or extremely effective"


@dataclass(frozen=True)
class ProgramStats:
    pairs_total: int
    active_pairs: int
    sessions_total: int  # held sessions only
    sessions_per_month: dict[str, int] = field(default_factory=dict)
    topics: dict[str, int] = field(default_factory=dict)
    rated_personal: int = 0
    rated_business: int = 0
    personal_effective: int = 0
    business_effective: int = 0
    action_items_done: int = 0
    action_items_total: int = 0
    sessions_planned: int = 0
    sessions_cancelled: int = 0

    @property
    def personal_effective_share(self) -> float | None:
        """Share of rated sessions scored 4-5 for personal development (None if unrated)."""
        return self.personal_effective / self.rated_personal if self.rated_personal else None

    @property
    def business_effective_share(self) -> float | None:
        return self.business_effective / self.rated_business if self.rated_business else None

    @property
    def action_items_done_share(self) -> float | None:
        return self.action_items_done / self.action_items_total if self.action_items_total else None

    def rows(self) -> list[tuple[str, str, str]]:
        """(metric, key, value) rows: the shape of the CSV export."""

        def fmt(x: float | None) -> str:
            return "" if x is None else f"{x:.3f}"

        out: list[tuple[str, str, str]] = [
            ("pairs", "total", str(self.pairs_total)),
            ("pairs", "active", str(self.active_pairs)),
            ("sessions", "total", str(self.sessions_total)),
            ("sessions", "planned", str(self.sessions_planned)),
            ("sessions", "cancelled", str(self.sessions_cancelled)),
        ]
        out += [("sessions_per_month", k, str(v)) for k, v in self.sessions_per_month.items()]
        out += [("topic", k, str(v)) for k, v in self.topics.items()]
        out += [
            ("personal_effectiveness", "rated", str(self.rated_personal)),
            ("personal_effectiveness", "effective_share", fmt(self.personal_effective_share)),
            ("business_effectiveness", "rated", str(self.rated_business)),
            ("business_effectiveness", "effective_share", fmt(self.business_effective_share)),
            ("action_items", "done", str(self.action_items_done)),
            ("action_items", "total", str(self.action_items_total)),
        ]
        return out


def _cell(value: str) -> str:
    """Keep free-text topics from being read as spreadsheet formulas."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


class AggregatesMixin(RecordCore):
    def program_stats(
        self, actor: ActorRef, *, program_id: int | None = None, cycle_id: int | None = None
    ) -> ProgramStats:
        """Aggregates for HR and admins, optionally for one program or one cycle."""
        with self._tx() as s:
            a = self._actor(s, actor, "stats.view", "program", program_id)
            self._require(
                a,
                STATS_VIEWERS,
                "stats.view",
                "program",
                program_id,
                "Only HR and admins can see program figures.",
            )
            pairs_q = select(m.Pair.id, m.Pair.status).join(m.Cycle)
            if cycle_id is not None:
                pairs_q = pairs_q.where(m.Pair.cycle_id == cycle_id)
            if program_id is not None:
                pairs_q = pairs_q.where(m.Cycle.program_id == program_id)
            pairs = s.execute(pairs_q).all()
            pair_ids = [p.id for p in pairs]
            sessions = (
                s.execute(
                    select(
                        m.MentoringSession.id,
                        m.MentoringSession.held_on,
                        m.MentoringSession.created_at,
                        m.MentoringSession.topic,
                        m.MentoringSession.personal_effectiveness,
                        m.MentoringSession.business_effectiveness,
                        m.MentoringSession.status,
                    ).where(m.MentoringSession.pair_id.in_(pair_ids))
                ).all()
                if pair_ids
                else []
            )
            session_ids = [r.id for r in sessions]
            statuses = (
                list(
                    s.scalars(
                        select(m.ActionItem.status).where(m.ActionItem.session_id.in_(session_ids))
                    )
                )
                if session_ids
                else []
            )
        by_status = Counter(r.status for r in sessions)
        sessions = [r for r in sessions if r.status == "held"]  # only held ones count as held
        months: Counter[str] = Counter()
        for r in sessions:
            day = r.held_on or r.created_at
            months[f"{day.year:04d}-{day.month:02d}"] += 1
        personal = [r.personal_effectiveness for r in sessions if r.personal_effectiveness]
        business = [r.business_effectiveness for r in sessions if r.business_effectiveness]
        return ProgramStats(
            pairs_total=len(pairs),
            active_pairs=sum(1 for p in pairs if p.status == "active"),
            sessions_total=len(sessions),
            sessions_per_month=dict(sorted(months.items())),
            topics=dict(Counter(r.topic for r in sessions).most_common()),
            rated_personal=len(personal),
            rated_business=len(business),
            personal_effective=sum(1 for v in personal if v >= EFFECTIVE),
            business_effective=sum(1 for v in business if v >= EFFECTIVE),
            action_items_done=sum(1 for st in statuses if st == "done"),
            action_items_total=len(statuses),
            sessions_planned=by_status["planned"],
            sessions_cancelled=by_status["cancelled"],
        )

    def stats_csv(
        self, actor: ActorRef, *, program_id: int | None = None, cycle_id: int | None = None
    ) -> str:
        """The program figures as CSV text (metric, key, value) for a spreadsheet."""
        stats = self.program_stats(actor, program_id=program_id, cycle_id=cycle_id)
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(("metric", "key", "value"))
        writer.writerows(tuple(_cell(c) for c in row) for row in stats.rows())
        return buf.getvalue()

    def audit_log(
        self,
        actor: ActorRef,
        *,
        limit: int = 200,
        outcome: str | None = None,
        actor_id: int | None = None,
    ) -> list[AuditView]:
        """Recent audit events, newest first (admins)."""
        with self._tx() as s:
            a = self._actor(s, actor, "audit.view", "audit", None)
            self._require(
                a,
                ("admin", "system"),
                "audit.view",
                "audit",
                None,
                "Only admins can read the audit trail.",
            )
            query = (
                select(m.AuditEvent)
                .order_by(m.AuditEvent.id.desc())
                .limit(max(1, min(int(limit), 10_000)))
            )
            if outcome:
                query = query.where(m.AuditEvent.outcome == outcome)
            if actor_id is not None:
                query = query.where(m.AuditEvent.actor_id == actor_id)
            return [audit_view(e) for e in s.scalars(query)]
