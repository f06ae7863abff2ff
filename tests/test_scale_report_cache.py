"""HR's page load draws the program report's PDF only when its figures change.

Every HR page load fills in the Program tab, PDF report included; drawing the PDF with
ReportLab is most of that load's CPU, yet between two loads the figures seldom change.
Counted in ReportLab document builds, never timed, on the world's real record.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from reportlab.platypus import SimpleDocTemplate

from coach.flows import report
from coach.flows.outcomes import program_measures
from coach.flows.report import report_pdf
from tests.record_fixtures import World


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per PDF ReportLab draws."""
    seen: list[int] = []
    real = SimpleDocTemplate.build

    def counting(self: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(SimpleDocTemplate, "build", counting)
    report.forget_reports()
    return seen


def test_the_same_figures_are_drawn_once_and_changed_figures_again(
    world: World, builds: list[int]
) -> None:
    r, hr, day = world.record, world.hr, date(2026, 4, 1)
    first = report_pdf(program_measures(r, hr, today=day))
    again = report_pdf(program_measures(r, hr, today=day))
    assert again == first and first.startswith(b"%PDF") and len(builds) == 1
    r.rate_session(world.mentee, world.sid, 2, 2)  # a rating changes the figures
    changed = report_pdf(program_measures(r, hr, today=day))
    assert len(builds) == 2 and changed != first
    report_pdf(program_measures(r, hr, cycle_id=world.cycle_id, today=day))  # another scope
    report_pdf(program_measures(r, hr, today=date(2026, 4, 2)))  # another day
    assert len(builds) == 4


def test_the_reports_kept_stay_within_their_bound(world: World, builds: list[int]) -> None:
    for n in range(report.REPORTS_KEPT + 5):
        report_pdf(program_measures(world.record, world.hr, today=date(2026, 5, 1 + n % 28)))
    assert report.reports_kept() <= report.REPORTS_KEPT
