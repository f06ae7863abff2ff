"""The report for leadership: a PDF that parses to one page with the measures, the Markdown
with the same figures and its charts, stored text kept inert; and the CLI that writes them."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from coach.flows.report import program_report
from coach.record import SYSTEM, Record
from tests.outcome_fixtures import TODAY, Seeded

FIGURES = (
    "80% (4 of 5)",  # pairs active
    "71% (5 of 7)",  # sessions held against planned
    "67% (2 of 3)",  # seniors, personal development
    "33% (1 of 3)",  # seniors, business
    "50% (1 of 2)",  # juniors heard
    "25% (1 of 4)",  # mentors progressed
)


def _pdf_text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def test_the_pdf_is_one_page_with_every_figure_and_the_hartfords(seeded: Seeded) -> None:
    data = program_report(seeded.record, seeded.hr, "pdf", today=TODAY)
    assert data.startswith(b"%PDF-")
    pages, text = _pdf_text(data)
    assert pages == 1
    for figure in (*FIGURES, "33% (1 of 3)"):
        assert figure in text, figure
    assert "97% of The Hartford's mentees" in text and "11 of the 12 junior mentors" in text
    assert "Held sessions per topic" in text and "Technology" in text  # the charts' labels
    assert "(All cycles)" in PdfReader(io.BytesIO(data)).metadata.title


def test_the_markdown_has_the_same_figures_and_text_charts(seeded: Seeded) -> None:
    md = program_report(seeded.record, seeded.hr, "md", today=TODAY).decode()
    for figure in FIGURES:
        assert f"**{figure}**" in md, figure
    charts = md.split("## Charts", 1)[1]
    assert "The Hartford" in charts and " 97%" in charts and "Technology" in charts
    spring = program_report(seeded.record, seeded.hr, "md", cycle_id=seeded.spring, today=TODAY)
    assert b"(Spring)" in spring and b"**67% (2 of 3)**" in spring


def test_stored_text_stays_text_in_both_reports(tmp_path: Path) -> None:
    record = Record.open(f"sqlite:///{tmp_path / 'r.db'}")
    try:
        hr = record.add_person(SYSTEM, name="H R", email="h@example.org", role="hr")[0]
        j = record.add_person(SYSTEM, name="J", email="j@example.org", role="mentor")[0]
        s = record.add_person(SYSTEM, name="S", email="s@example.org", role="mentee")[0]
        program = record.create_program(hr, "P")
        name = "Wave <img src=x onerror=alert(1)> [link](http://x.example) 東京"
        cycle = record.create_cycle(hr, program.id, name, "2026-01-05", 12, 28)
        pair = record.create_pair(hr, cycle.id, j.id, s.id)
        sid = record.create_session(j, pair.id, topic="Krypto ``` | 東京", held_on="2026-01-08").id
        record.rate_session(s, sid, 5, 5)
        md = program_report(record, hr, "md", cycle_id=cycle.id, today=TODAY).decode()
        assert "\\<img" in md and "](http" not in md, "escaped, so shown as text"
        assert md.count("```") == 4, "a topic cannot close the chart's fence"
        pages, text = _pdf_text(program_report(record, hr, "pdf", cycle_id=cycle.id))
        assert pages == 1 and "Wave <img" in text and "100% (1 of 1)" in text
    finally:
        record.close()


def _cli(args: list[str], data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COACH_DATA_DIR": str(data)}
    return subprocess.run(
        [sys.executable, "-m", "coach.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_coach_report_writes_the_pdf_for_hr_only(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Record.open(f"sqlite:///{data / 'turntable.db'}") as record:
        hr = record.add_person(SYSTEM, name="H R", email="h@example.org", role="hr")[0]
        record.add_person(SYSTEM, name="S", email="s@example.org", role="mentee")
        record.create_program(hr, "P")
    out = tmp_path / "report.pdf"
    cmd = ["report", "--format", "pdf", "--out", str(out), "--as"]
    done = _cli([*cmd, "h@example.org"], data)
    assert done.returncode == 0, done.stderr
    pages, text = _pdf_text(out.read_bytes())
    assert pages == 1 and "Pairs active" in text and "(All cycles)" in text
    assert "Only HR" in _cli([*cmd, "s@example.org"], data).stderr
