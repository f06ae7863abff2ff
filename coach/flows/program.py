"""Program figures: how the program is doing, for HR and admins (counts and ratings, no notes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from coach.flows.access import whole_number
from coach.record import ActorRef, ProgramStats, Record


@dataclass(frozen=True)
class FiguresInput:
    program_id: int | None = None
    cycle_id: int | None = None  # None: every cycle
    csv: bool = True  # also the CSV export (the page offers it; the API does not)


@dataclass(frozen=True)
class ProgramFigures:
    stats: ProgramStats
    csv_text: str
    csv_name: str

    def as_dict(self) -> dict[str, Any]:
        """The headline figures as plain data (the API's answer)."""
        st = self.stats
        return {
            "pairs_total": st.pairs_total,
            "active_pairs": st.active_pairs,
            "sessions_total": st.sessions_total,
            "sessions_planned": st.sessions_planned,
            "sessions_cancelled": st.sessions_cancelled,
            "sessions_per_month": st.sessions_per_month,
            "topics": st.topics,
            "personal_effective_share": st.personal_effective_share,
            "business_effective_share": st.business_effective_share,
            "rated_personal": st.rated_personal,
            "rated_business": st.rated_business,
            "action_items_done": st.action_items_done,
            "action_items_total": st.action_items_total,
        }


def program_figures(
    record: Record, actor: ActorRef, asked: FiguresInput | None = None
) -> ProgramFigures:
    """The figures and their CSV for a program or cycle (the record refuses other roles)."""
    asked = asked or FiguresInput()
    for what, value in (("program", asked.program_id), ("cycle", asked.cycle_id)):
        if value is not None:
            whole_number(value, what)
    stats = record.program_stats(actor, program_id=asked.program_id, cycle_id=asked.cycle_id)
    csv_text = (
        record.stats_csv(actor, program_id=asked.program_id, cycle_id=asked.cycle_id)
        if asked.csv
        else ""
    )
    return ProgramFigures(stats, csv_text, f"turntable-program-{date.today().isoformat()}.csv")
