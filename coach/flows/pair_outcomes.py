"""HR's look at pairs: one row per pair and per session (CSV), and one pair opened.

Built from the record's projections only (dates, statuses, topics, ratings, item counts and
due dates): no note, plan, reflection or action item text can reach HR through here.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from statistics import mean

from coach.errors import NotFound
from coach.flows.access import CURATORS, require_role, whole_number
from coach.record import ActorRef, Record
from coach.record.outcomes import OutcomeData, PairRow, ProgressionView, SessionRow

PAIR_COLUMNS = (
    "pair_id",
    "cycle",
    "junior_mentor",
    "senior_mentee",
    "status",
    "sessions_held",
    "sessions_planned",
    "sessions_cancelled",
    "topics",
    "personal_avg",
    "business_avg",
    "heard_avg",
    "items_done",
    "items_total",
    "mentor_progressed_on",
)
SESSION_COLUMNS = (
    "pair_id",
    "cycle",
    "junior_mentor",
    "senior_mentee",
    "session",
    "date",
    "status",
    "topic",
    "personal",
    "business",
    "heard",
    "items_done",
    "items_total",
)


def _cell(value: object) -> str:
    """Plain text for a spreadsheet: names and free-text topics are never read as formulas."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _avg(values: list[int | None]) -> str:
    given = [v for v in values if v is not None]
    return f"{mean(given):.2f}" if given else ""


def _csv(header: tuple[str, ...], rows: list[tuple[object, ...]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(tuple(_cell(c) for c in row) for row in rows)
    return buf.getvalue()


def _by_pair(data: OutcomeData) -> dict[int, list[SessionRow]]:
    out: dict[int, list[SessionRow]] = {p.id: [] for p in data.pairs}
    for s in data.sessions:
        out.setdefault(s.pair_id, []).append(s)
    return out


def _first_progression(data: OutcomeData, mentor_id: int | None) -> date | None:
    return next((p.effective_on for p in data.progressions if p.person_id == mentor_id), None)


def _pair_row(p: PairRow, sessions: list[SessionRow], data: OutcomeData) -> tuple[object, ...]:
    held = [s for s in sessions if s.status == "held"]
    count = {st: sum(1 for s in sessions if s.status == st) for st in ("planned", "cancelled")}
    return (
        p.id,
        p.cycle_name,
        p.mentor_name or "(left the program)",
        p.mentee_name or "(left the program)",
        p.status,
        len(held),
        count["planned"],
        count["cancelled"],
        "; ".join(sorted({s.topic for s in held})),
        _avg([s.personal for s in held]),
        _avg([s.business for s in held]),
        _avg([s.heard for s in held]),
        sum(s.items_done for s in sessions),
        sum(s.items_total for s in sessions),
        _first_progression(data, p.mentor_id) or "",
    )


def pairs_csv(data: OutcomeData) -> str:
    """One row per pair: its sessions, average ratings, items and the mentor's progression."""
    sessions = _by_pair(data)
    return _csv(PAIR_COLUMNS, [_pair_row(p, sessions[p.id], data) for p in data.pairs])


def sessions_csv(data: OutcomeData) -> str:
    """One row per session: date, status, topic, the three ratings and item counts."""
    pairs = {p.id: p for p in data.pairs}
    rows = []
    for s in data.sessions:
        p = pairs[s.pair_id]
        rows.append(
            (
                p.id,
                p.cycle_name,
                p.mentor_name or "(left the program)",
                p.mentee_name or "(left the program)",
                s.number,
                s.held_on or "",
                s.status,
                s.topic,
                s.personal,
                s.business,
                s.heard,
                s.items_done,
                s.items_total,
            )
        )
    return _csv(SESSION_COLUMNS, rows)


def export_csv(record: Record, actor: ActorRef, what: str, *, cycle_id: int | None = None) -> str:
    """`what` is "pairs" or "sessions" (HR and admins only)."""
    require_role(record, actor, CURATORS)
    data = record.outcome_data(actor, cycle_id=cycle_id, today=date.today())
    return pairs_csv(data) if what == "pairs" else sessions_csv(data)


@dataclass(frozen=True)
class PairOpened:
    """One pair as HR sees it: sessions, dates, ratings and item progress; never any text."""

    pair: PairRow
    sessions: list[SessionRow]
    progressions: list[ProgressionView]
    today: date

    def to_dict(self) -> dict[str, object]:
        p = self.pair
        return {
            "pair_id": p.id,
            "cycle": p.cycle_name,
            "junior_mentor": p.mentor_name,
            "senior_mentee": p.mentee_name,
            "status": p.status,
            "sessions": [
                {
                    "number": s.number,
                    "date": s.held_on.isoformat() if s.held_on else None,
                    "status": s.status,
                    "topic": s.topic,
                    "personal": s.personal,
                    "business": s.business,
                    "heard": s.heard,
                    "items_done": s.items_done,
                    "items_total": s.items_total,
                    "items_overdue": s.items_overdue,
                }
                for s in self.sessions
            ],
            "mentor_progression": [
                {"kind": g.kind, "date": g.effective_on.isoformat(), "title": g.title}
                for g in self.progressions
            ],
        }


def open_pair(
    record: Record, actor: ActorRef, pair_id: object, today: date | None = None
) -> PairOpened:
    """HR opens one pair (HR and admins only)."""
    require_role(record, actor, CURATORS)
    pid = whole_number(pair_id, "pair id")
    day = today or date.today()
    data = record.outcome_data(actor, pair_id=pid, today=day)
    if not data.pairs:
        raise NotFound(f"There is no pair with id {pid}.")
    return PairOpened(data.pairs[0], data.sessions, data.progressions, day)
