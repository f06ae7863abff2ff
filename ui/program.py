"""Program (HR): figures and charts Hartford-style, a CSV export, and the program's structure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import gradio as gr
import pandas as pd

from coach.flows.program import FiguresInput, program_figures
from coach.record import PersonView, ProgramStats
from ui import outcomes as outcomes_ui
from ui import structure
from ui.common import HR_ROLES, View, caller, guard, int_or_none, short_topic
from ui.deps import Deps

ROLES = HR_ROLES
ALL = "all"


def _pct(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.0f}%"


def figures_md(st: ProgramStats) -> str:
    """The headline numbers as cards (Markdown table keeps them readable without HTML)."""
    return (
        "| Active pairs | Sessions held | Effective for personal development "
        "| Effective for the business | Action items done |\n|:-:|:-:|:-:|:-:|:-:|\n"
        f"| **{st.active_pairs}** of {st.pairs_total} | **{st.sessions_total}** "
        f"({st.sessions_planned} planned, {st.sessions_cancelled} cancelled) "
        f"| **{_pct(st.personal_effective_share)}** of {st.rated_personal} rated "
        f"| **{_pct(st.business_effective_share)}** of {st.rated_business} rated "
        f"| **{st.action_items_done}** of {st.action_items_total} |\n\n"
        "*A session counts as effective when the senior rated it 4 or 5 out of 5. HR sees "
        "counts and ratings only, never anyone's notes.*"
    )


def charts(st: ProgramStats) -> tuple[pd.DataFrame, ...]:
    months = pd.DataFrame(
        {"month": list(st.sessions_per_month), "sessions": list(st.sessions_per_month.values())}
    )
    topics = pd.DataFrame(
        {"topic": [short_topic(t) for t in st.topics], "sessions": list(st.topics.values())}
    )
    effective = pd.DataFrame(
        {
            "measure": ["Personal development", "Business"],
            "effective (%)": [
                round((st.personal_effective_share or 0) * 100),
                round((st.business_effective_share or 0) * 100),
            ],
        }
    )
    items = pd.DataFrame(
        {
            "status": ["Done", "Open"],
            "items": [st.action_items_done, st.action_items_total - st.action_items_done],
        }
    )
    return months, topics, effective, items


def _cycle_choices(deps: Deps, me: PersonView) -> list:
    return [("All cycles", ALL)] + [
        (f"{c.name} (from {c.start_date:%d %b %Y})", c.id) for c in deps.record.list_cycles(me)
    ]


@dataclass
class Parts:
    """The Program view's components: built by `layout`, wired by `Program.wire`."""

    tab: gr.Tab
    cycle: gr.Dropdown
    refresh: gr.Button
    export: gr.DownloadButton
    figures: gr.Markdown
    months: gr.BarPlot
    topics: gr.BarPlot
    effective: gr.BarPlot
    items: gr.BarPlot
    outcomes: outcomes_ui.Parts
    people: structure.Section

    @property
    def outputs(self) -> list[Any]:
        """What a refresh fills in."""
        return [
            self.figures,
            self.months,
            self.topics,
            self.effective,
            self.items,
            self.export,
            *self.outcomes.outputs,
        ]


def layout(deps: Deps) -> Parts:
    with gr.Tab("Program", id="program", visible=False) as tab:
        gr.Markdown(
            "Is the program working? Pairs, sessions, topics and how seniors rate "
            "their sessions, as The Hartford measured its own program.\n\n"
            "The Hartford, a US insurer, ran reverse mentoring with 50 pairs: 97% of its "
            "senior mentees rated it extremely effective for their personal development, "
            "and 11 of the 12 junior mentors of its first wave were promoted within a year.",
            elem_classes=["lead"],
        )
        with gr.Row():
            cycle = gr.Dropdown(
                label="Cycle",
                choices=[("All cycles", ALL)],
                value=ALL,
                scale=3,
                interactive=True,
                elem_id="program-cycle",
            )
            refresh = gr.Button("Refresh", scale=1, elem_id="program-refresh")
            export = gr.DownloadButton("Export CSV", scale=1, elem_id="program-csv")
        figures = gr.Markdown(elem_id="program-figures", elem_classes=["figures"])
        plots = _charts()
        outcomes = outcomes_ui.layout()
        people = structure.build(deps)
    return Parts(tab, cycle, refresh, export, figures, **plots, outcomes=outcomes, people=people)


def _charts() -> dict[str, Any]:
    with gr.Row():
        months = gr.BarPlot(
            x="month", y="sessions", title="Sessions per month", height=240, elem_id="chart-months"
        )
        topics = gr.BarPlot(
            x="topic",
            y="sessions",
            title="Topics covered",
            height=240,
            x_label_angle=-30,
            elem_id="chart-topics",
        )
    with gr.Row():
        effective = gr.BarPlot(
            x="measure",
            y="effective (%)",
            y_lim=[0, 100],
            title="Sessions rated effective (4-5 of 5)",
            height=240,
            elem_id="chart-effective",
        )
        items = gr.BarPlot(
            x="status", y="items", title="Action items", height=240, elem_id="chart-items"
        )
    return {"months": months, "topics": topics, "effective": effective, "items": items}


def _counts(df: pd.DataFrame, column: str) -> Any:
    """Bars start at zero and count in whole numbers."""
    top = int(df[column].max()) if len(df) else 0
    return gr.BarPlot(value=df, y_lim=[0, max(top, 1)])


class Program:
    """The Program view's events: the figures for the chosen cycle, for HR and admins."""

    def __init__(self, deps: Deps, p: Parts) -> None:
        self.deps, self.p = deps, p
        self.outcomes = outcomes_ui.Outcomes(deps, p.outcomes)

    def fill(self, me: PersonView, cycle_id: Any) -> dict[Any, Any]:
        p = self.p
        shown = program_figures(self.deps.record, me, FiguresInput(cycle_id=int_or_none(cycle_id)))
        path = self.deps.downloads.write(me.email, shown.csv_name, shown.csv_text)
        months_df, topics_df, effective_df, items_df = charts(shown.stats)
        return {
            p.figures: figures_md(shown.stats),
            p.months: _counts(months_df, "sessions"),
            p.topics: _counts(topics_df, "sessions"),
            p.effective: effective_df,
            p.items: _counts(items_df, "items"),
            p.export: path,
            **self.outcomes.fill(me, cycle_id),
        }

    @guard
    def on_refresh(self, cycle_id: Any, request: gr.Request) -> dict[Any, Any]:
        return self.fill(caller(self.deps, request, ROLES), cycle_id)

    @guard
    def on_changed(self, cycle_id: Any, request: gr.Request) -> list[Any]:
        """After a progression, a person, a pair or a cycle changed: figures and lists anew."""
        me = caller(self.deps, request, ROLES)
        filled = self.fill(me, cycle_id)
        return [*[filled[c] for c in self.p.outputs], *self.outcomes.choices(me)]

    def wire(self) -> None:
        p, private = self.p, {"api_visibility": "private"}
        for event in (p.refresh.click, p.cycle.input, p.tab.select):
            event(self.on_refresh, [p.cycle], p.outputs, **private)
        anew = [*p.outputs, p.outcomes.pair, p.outcomes.mentor]
        for changed in [*self.outcomes.wire(), *p.people.events]:
            changed.success(self.on_changed, [p.cycle], anew, **private)

    def load(self, me: PersonView) -> list[Any]:
        filled = self.fill(me, ALL)
        return [
            gr.Dropdown(choices=_cycle_choices(self.deps, me), value=ALL),
            *[filled[c] for c in self.p.outputs],
            *self.outcomes.choices(me),
            *self.p.people.load(me),
        ]


def build(deps: Deps) -> View:
    parts = layout(deps)
    view = Program(deps, parts)
    view.wire()
    return View(
        tab=parts.tab,
        roles=ROLES,
        load=view.load,
        outputs=[
            parts.cycle,
            *parts.outputs,
            parts.outcomes.pair,
            parts.outcomes.mentor,
            *parts.people.outputs,
        ],
    )
