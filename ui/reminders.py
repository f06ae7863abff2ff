"""Reminders (everyone in a pair, and HR): the pair's sessions as a calendar file; for HR, the
pairs with overdue action items and a nudge to copy (counts and dates, never item text).

E-mail reminders are sent by `coach remind` when COACH_SMTP_URL is set; the view says which.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import gradio as gr

from coach.flows.calendar import pair_calendar
from coach.flows.reminders import nudges
from coach.record import PersonView
from ui.common import HR_ROLES, View, caller, guard, int_or_none, safe
from ui.deps import Deps

ROLES = ("mentor", "mentee", "hr", "admin")
CALENDAR_ROLES = ("mentor", "mentee", "hr")


def _pair_choices(deps: Deps, me: PersonView) -> list[tuple[str, int]]:
    if me.role in HR_ROLES:
        pairs = deps.record.list_pairs(me, active_only=True)
    else:
        pairs = deps.record.my_pairs(me, active_only=True)
    return [
        (
            f"{p.mentor_name or 'former member'} and {p.mentee_name or 'former member'}"
            f" ({p.cycle_name})",
            p.id,
        )
        for p in pairs
    ]


def nudges_markdown(deps: Deps, me: PersonView, today: date) -> str:
    found = nudges(deps.record, me, today)
    if not found:
        return "No pair has an action item past its due date."
    lines = ["| pair | overdue items | oldest due |", "|---|---|---|"]
    lines += [f"| {n.names} | {n.overdue} | {n.oldest_due:%d %b %Y} |" for n in found]
    lines.append("\n**Nudges to copy**, one per pair:")
    lines += [f"\n> {n.text}" for n in found]
    return safe("\n".join(lines))


def _mail_line(deps: Deps) -> str:
    if deps.settings.smtp_url is not None:
        return (
            "E-mail reminders are on: a few days before each session, and for overdue "
            "items, `coach remind` writes to the pair's two people."
        )
    return (
        "E-mail reminders are off (no mail server is configured): HR sees the pairs with "
        "overdue items below and can send them the nudge."
    )


@dataclass
class Parts:
    """The Reminders view's components: built by `layout`, wired by `Reminders.wire`."""

    tab: gr.Tab
    pair: gr.Dropdown
    make: gr.Button
    ics: gr.File
    hr_panel: gr.Column
    show: gr.Button
    listed: gr.Markdown


def layout(deps: Deps) -> Parts:
    with gr.Tab("Reminders", id="reminders", visible=False) as tab:
        gr.Markdown(_mail_line(deps), elem_classes=["lead"])
        with gr.Row(equal_height=False):
            with gr.Column(elem_classes=["panel"]):
                gr.Markdown(
                    "### Sessions in my calendar\nThe pair's planned sessions as a "
                    "calendar file (.ics) for Outlook, Google or Apple Calendar."
                )
                pair = gr.Dropdown(label="Pair", choices=[], elem_id="cal-pair")
                make = gr.Button("Prepare the calendar file", elem_id="cal-go")
                ics = gr.File(label="Calendar", interactive=False, elem_id="cal-file")
            with gr.Column(elem_classes=["panel"], visible=False) as hr_panel:
                gr.Markdown(
                    "### Overdue action items (HR)\nCounts and dates only; what an "
                    "item says stays with the pair."
                )
                show = gr.Button("Show pairs with overdue items", elem_id="nudge-go")
                listed = gr.Markdown(elem_id="nudges")
    return Parts(tab, pair, make, ics, hr_panel, show, listed)


class Reminders:
    """The Reminders view's events: each reads the caller, runs one flow, returns its answer."""

    def __init__(self, deps: Deps, p: Parts) -> None:
        self.deps, self.p = deps, p

    @guard
    def make_calendar(self, pair_id: Any, request: gr.Request) -> str:
        me = caller(self.deps, request, CALENDAR_ROLES)
        pid = int_or_none(pair_id)
        if pid is None:
            raise gr.Error("Choose a pair first.", title="No pair")
        body = pair_calendar(self.deps.record, me, pid).decode("utf-8")
        return self.deps.downloads.write(me.email, f"turntable-sessions-pair-{pid}.ics", body)

    @guard
    def show_nudges(self, request: gr.Request) -> str:
        me = caller(self.deps, request, HR_ROLES)
        return nudges_markdown(self.deps, me, date.today())

    def load(self, me: PersonView) -> list[Any]:
        choices = _pair_choices(self.deps, me) if me.role in CALENDAR_ROLES else []
        return [
            gr.Dropdown(choices=choices, value=choices[0][1] if choices else None),
            gr.Column(visible=me.role in HR_ROLES),
        ]

    def wire(self) -> None:
        p, private = self.p, {"api_visibility": "private"}
        p.make.click(self.make_calendar, [p.pair], [p.ics], **private)
        p.show.click(self.show_nudges, None, [p.listed], **private)


def build(deps: Deps) -> View:
    parts = layout(deps)
    view = Reminders(deps, parts)
    view.wire()
    return View(tab=parts.tab, roles=ROLES, load=view.load, outputs=[parts.pair, parts.hr_panel])
