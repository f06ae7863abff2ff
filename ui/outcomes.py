"""Outcomes (HR), inside the Program tab: the measures beside The Hartford's, the report for
leadership, CSV exports, one pair opened (dates, ratings, item progress: never note text),
and a junior mentor's progression recorded, one by one or from a CSV."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import gradio as gr

from coach.errors import InvalidInput
from coach.flows.outcomes import Measures, program_measures
from coach.flows.pair_outcomes import PairOpened, open_pair, pairs_csv, sessions_csv
from coach.flows.progression import COLUMNS, import_progressions, record_progression
from coach.flows.report import report_markdown, report_pdf
from coach.record import PersonView
from coach.record.outcomes import ProgressionImport
from coach.utf8_text import decode_utf8
from ui.common import HR_ROLES, caller, guard, int_or_none, safe, short_date, short_topic
from ui.deps import Deps

ROLES = HR_ROLES
KINDS = [("Promotion", "promotion"), ("New role", "new_role")]
MAX_CSV_BYTES = 1_000_000  # tens of thousands of rows; a program's progressions fit many times


def read_csv_upload(path: str | None) -> str:
    """The uploaded file's text, or a plain reason it cannot be a progression CSV."""
    if not path:
        raise InvalidInput("Choose a CSV file to upload first.")
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_CSV_BYTES + 1)
    except OSError:
        raise InvalidInput("The uploaded file cannot be read; upload it again.") from None
    if len(raw) > MAX_CSV_BYTES:
        raise InvalidInput(f"The file is too large: at most {MAX_CSV_BYTES // 1_000_000} MB.")
    if not raw.strip():
        raise InvalidInput(f"The file is empty; give a header row ({', '.join(COLUMNS)}).")
    if b"\x00" in raw:
        raise InvalidInput("The file looks binary, not a CSV; save it as CSV text.")
    return decode_utf8(raw, "The file is", "save it as CSV UTF-8 and upload it again")


def import_md(report: ProgressionImport) -> str:
    """What an upload recorded, what was already there, and each refused row with why."""
    refused = len(report.problems)
    head = f"Recorded {len(report.created)}, already there {len(report.unchanged)}"
    if not refused:
        return safe(head + ".")
    rows = "\n".join(f"- {p}" for p in report.problems[:50])
    more = f"\n- and {refused - 50} more" if refused > 50 else ""
    return safe(f"{head}; {refused} row{'s' if refused > 1 else ''} refused:\n\n{rows}{more}")


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def measures_md(m: Measures) -> str:
    """Each measure with how it is computed and The Hartford's published figure."""
    lines = [
        "| Measure | Figure | How it is computed | The Hartford |",
        "|---|:-:|---|---|",
    ]
    lines += [
        f"| {x.label} | **{x.shown}** | {_cell(x.how)} | {_cell(x.hartford)} |" for x in m.measures
    ]
    return "\n".join(lines)


def _rating(value: int | None) -> str:
    return "–" if value is None else f"{value}/5"


def pair_md(opened: PairOpened) -> str:
    """One pair for HR: its sessions with dates, ratings and item counts; no text of theirs."""
    p = opened.pair
    head = (
        f"### Pair {p.id}: {safe(p.mentor_name or '(left)')} and "
        f"{safe(p.mentee_name or '(left)')}\n{safe(p.cycle_name)}, {p.status}.\n\n"
        "| # | Date | Status | Topic | Personal | Business | Heard | Items done |\n"
        "|:-:|---|---|---|:-:|:-:|:-:|:-:|\n"
    )
    rows = [
        f"| {s.number} | {short_date(s.held_on)} | {s.status} | {_cell(safe(short_topic(s.topic)))}"
        f" | {_rating(s.personal)} | {_rating(s.business)} | {_rating(s.heard)} "
        f"| {s.items_done} of {s.items_total}"
        + (f" ({s.items_overdue} overdue)" if s.items_overdue else "")
        + " |"
        for s in opened.sessions
    ]
    moves = [
        f"- {g.kind.replace('_', ' ')} on {short_date(g.effective_on)}"
        + (f": {safe(g.title)}" if g.title else "")
        for g in opened.progressions
    ]
    tail = "\n\n**The junior mentor's progression**\n" + "\n".join(moves) if moves else ""
    note = "\n\n*Ratings and counts only: the pair's notes stay theirs.*"
    return head + ("\n".join(rows) or "| – | no sessions yet | | | | | | |") + tail + note


@dataclass
class Parts:
    measures: gr.Markdown
    report_md: gr.DownloadButton
    report_pdf: gr.DownloadButton
    pairs_csv: gr.DownloadButton
    sessions_csv: gr.DownloadButton
    pair: gr.Dropdown
    pair_view: gr.Markdown
    mentor: gr.Dropdown
    kind: gr.Radio
    when: gr.Textbox
    title: gr.Textbox
    save: gr.Button
    said: gr.Markdown
    upload: gr.File

    @property
    def outputs(self) -> list[Any]:
        """What a refresh of the Program view fills in here."""
        return [self.measures, self.report_md, self.report_pdf, self.pairs_csv, self.sessions_csv]


def layout() -> Parts:
    gr.Markdown("### Outcomes, beside The Hartford's published figures")
    measures = gr.Markdown(elem_id="outcome-measures")
    with gr.Row():
        report_md = gr.DownloadButton("Report (Markdown)", elem_id="report-md")
        report_pdf = gr.DownloadButton("Report (PDF)", elem_id="report-pdf")
        pairs = gr.DownloadButton("Pairs CSV", elem_id="pairs-csv")
        sessions = gr.DownloadButton("Sessions CSV", elem_id="sessions-csv")
    with gr.Accordion("Open a pair", open=False, elem_id="open-pair-box"):
        pair = gr.Dropdown(label="Pair", choices=[], interactive=True, elem_id="open-pair")
        pair_view = gr.Markdown(elem_id="open-pair-view")
    with gr.Accordion("Record a junior mentor's progression", open=False):
        with gr.Row():
            mentor = gr.Dropdown(label="Junior mentor", choices=[], elem_id="prog-mentor")
            kind = gr.Radio(KINDS, value="promotion", label="What", elem_id="prog-kind")
            when = gr.Textbox(label="Date", placeholder="2026-12-10", elem_id="prog-date")
            title = gr.Textbox(label="New role (optional)", elem_id="prog-title")
        save = gr.Button("Record progression", size="sm", elem_id="prog-save")
        upload = gr.File(
            label=f"Or upload a CSV: {', '.join(COLUMNS)} (kind: promotion or new role)",
            file_types=[".csv"],
            type="filepath",
            elem_id="prog-csv",
        )
        said = gr.Markdown(elem_id="prog-said")
    return Parts(
        measures, report_md, report_pdf, pairs, sessions, pair, pair_view, mentor, kind, when,
        title, save, said, upload
    )  # fmt: skip


class Outcomes:
    """The outcome section's events, for HR and admins (the flows check the role again)."""

    def __init__(self, deps: Deps, p: Parts) -> None:
        self.deps, self.p = deps, p

    def _file(self, me: PersonView, name: str, content: str | bytes) -> str:
        return self.deps.downloads.write(me.email, name, content)

    def fill(self, me: PersonView, cycle_id: Any) -> dict[Any, Any]:
        """The measures, both reports and the pairs CSV for the chosen cycle."""
        p, day = self.p, date.today().isoformat()
        m = program_measures(self.deps.record, me, cycle_id=int_or_none(cycle_id))
        return {
            p.measures: measures_md(m),
            p.report_md: self._file(me, f"turntable-report-{day}.md", report_markdown(m)),
            p.report_pdf: self._file(me, f"turntable-report-{day}.pdf", report_pdf(m)),
            p.pairs_csv: self._file(me, f"turntable-pairs-{day}.csv", pairs_csv(m.data)),
            p.sessions_csv: self._file(me, f"turntable-sessions-{day}.csv", sessions_csv(m.data)),
        }

    def choices(self, me: PersonView) -> list[Any]:
        """The pairs and junior mentors to pick from, when the page loads."""
        pairs = self.deps.record.list_pairs(me)
        mentors = self.deps.record.list_people(me, role="mentor")
        return [
            gr.Dropdown(
                choices=[
                    (f"{p.id}: {p.mentor_name or '(left)'} and {p.mentee_name or '(left)'}", p.id)
                    for p in pairs
                ],
                value=None,
            ),
            gr.Dropdown(choices=[(f"{x.name} <{x.email}>", x.id) for x in mentors], value=None),
        ]

    @guard
    def on_open_pair(self, pair_id: Any, request: gr.Request) -> str:
        me = caller(self.deps, request, ROLES)
        if int_or_none(pair_id) is None:
            return "Choose a pair to open."
        return pair_md(open_pair(self.deps.record, me, int_or_none(pair_id)))

    @guard
    def on_record(self, mentor: Any, kind: str, when: str, title: str, request: gr.Request) -> str:
        me = caller(self.deps, request, ROLES)
        if int_or_none(mentor) is None:
            raise gr.Error("Choose the junior mentor first.", title="Who?")
        made = record_progression(
            self.deps.record, me, int_or_none(mentor), kind or "promotion", when, title or ""
        )
        return safe(
            f"Recorded: {made.person_name}, {made.kind.replace('_', ' ')} on "
            f"{short_date(made.effective_on)}."
        )

    @guard
    def on_import(self, path: str | None, request: gr.Request) -> str:
        """The CSV import `coach progression import` runs, for the signed-in HR person."""
        me = caller(self.deps, request, ROLES)
        if path and Path(path).suffix.lower() != ".csv":
            raise gr.Error("Upload a .csv file.", title="Not a CSV")
        return import_md(import_progressions(self.deps.record, me, read_csv_upload(path)))

    def wire(self) -> list[Any]:
        """Wire the events; return those that change the figures, for the page to follow up."""
        p, private = self.p, {"api_visibility": "private"}
        p.pair.input(self.on_open_pair, [p.pair], [p.pair_view], **private)
        return [
            p.save.click(self.on_record, [p.mentor, p.kind, p.when, p.title], [p.said], **private),
            p.upload.upload(self.on_import, [p.upload], [p.said], **private),
        ]
