"""Program (HR): figures and charts Hartford-style, a CSV export, and the program's structure."""

from __future__ import annotations

from datetime import date
from typing import Any

import gradio as gr
import pandas as pd

from coach.record import PersonView, ProgramStats
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
        "counts and ratings only, never anyone's notes.*")


def figures_dict(st: ProgramStats) -> dict[str, Any]:
    """The same figures for the API."""
    return {"pairs_total": st.pairs_total, "active_pairs": st.active_pairs,
            "sessions_total": st.sessions_total, "sessions_planned": st.sessions_planned,
            "sessions_cancelled": st.sessions_cancelled,
            "sessions_per_month": st.sessions_per_month,
            "topics": st.topics, "personal_effective_share": st.personal_effective_share,
            "business_effective_share": st.business_effective_share,
            "rated_personal": st.rated_personal, "rated_business": st.rated_business,
            "action_items_done": st.action_items_done,
            "action_items_total": st.action_items_total}


def charts(st: ProgramStats) -> tuple[pd.DataFrame, ...]:
    months = pd.DataFrame({"month": list(st.sessions_per_month),
                           "sessions": list(st.sessions_per_month.values())})
    topics = pd.DataFrame({"topic": [short_topic(t) for t in st.topics],
                           "sessions": list(st.topics.values())})
    effective = pd.DataFrame({
        "measure": ["Personal development", "Business"],
        "effective (%)": [round((st.personal_effective_share or 0) * 100),
                          round((st.business_effective_share or 0) * 100)]})
    items = pd.DataFrame({"status": ["Done", "Open"],
                          "items": [st.action_items_done,
                                    st.action_items_total - st.action_items_done]})
    return months, topics, effective, items


def _cycle_choices(deps: Deps, me: PersonView) -> list:
    return [("All cycles", ALL)] + [(f"{c.name} (from {c.start_date:%d %b %Y})", c.id)
                                    for c in deps.record.list_cycles(me)]


def build(deps: Deps) -> View:
    with gr.Tab("Program", id="program", visible=False) as tab:
        gr.Markdown("Is the program working? Pairs, sessions, topics and how seniors rate "
                    "their sessions, as The Hartford measured its own program.",
                    elem_classes=["lead"])
        with gr.Row():
            cycle = gr.Dropdown(label="Cycle", choices=[("All cycles", ALL)], value=ALL,
                                scale=3, interactive=True, elem_id="program-cycle")
            refresh = gr.Button("Refresh", scale=1, elem_id="program-refresh")
            export = gr.DownloadButton("Export CSV", scale=1, elem_id="program-csv")
        figures = gr.Markdown(elem_id="program-figures", elem_classes=["figures"])
        with gr.Row():
            months = gr.BarPlot(x="month", y="sessions", title="Sessions per month",
                                height=240, elem_id="chart-months")
            topics = gr.BarPlot(x="topic", y="sessions", title="Topics covered",
                                height=240, x_label_angle=-30, elem_id="chart-topics")
        with gr.Row():
            effective = gr.BarPlot(x="measure", y="effective (%)", y_lim=[0, 100],
                                   title="Sessions rated effective (4-5 of 5)", height=240,
                                   elem_id="chart-effective")
            items = gr.BarPlot(x="status", y="items", title="Action items", height=240,
                               elem_id="chart-items")
        people_tab = structure.build(deps)

    def fill(me: PersonView, cycle_id: Any) -> tuple:
        cid = int_or_none(cycle_id)
        st = deps.record.program_stats(me, cycle_id=cid)
        csv_text = deps.record.stats_csv(me, cycle_id=cid)
        path = deps.downloads.write(me.email, f"turntable-program-{date.today().isoformat()}.csv",
                                    csv_text)
        months_df, topics_df, effective_df, items_df = charts(st)

        def counts(df: pd.DataFrame, column: str) -> Any:  # bars start at zero, whole numbers
            top = int(df[column].max()) if len(df) else 0
            return gr.BarPlot(value=df, y_lim=[0, max(top, 1)])

        return (figures_md(st), counts(months_df, "sessions"), counts(topics_df, "sessions"),
                effective_df, counts(items_df, "items"), path)

    @guard
    def on_refresh(cycle_id: Any, request: gr.Request) -> tuple:
        me = caller(deps, request, ROLES)
        return fill(me, cycle_id)

    outputs = [figures, months, topics, effective, items, export]
    for event in (refresh.click, cycle.input):
        event(on_refresh, [cycle], outputs, api_visibility="private")
    tab.select(on_refresh, [cycle], outputs, api_visibility="private")

    def load(me: PersonView) -> list[Any]:
        return [gr.Dropdown(choices=_cycle_choices(deps, me), value=ALL),
                *fill(me, ALL), *people_tab.load(me)]

    return View(tab=tab, roles=ROLES, load=load,
                outputs=[cycle, *outputs, *people_tab.outputs])
