"""People, cycles and pairs, inside the Program tab: HR runs cycles and pairs, admins people.

Each form is shown to everyone who can open the tab; the record decides who may change what
(HR: cycles and pairs; admin: people and roles) and refuses the rest with a plain sentence.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import gradio as gr

from coach.errors import CoachError
from coach.record import PersonView
from coach.record.views import CycleView, PairView, ProgramView
from ui.common import (
    HR_ROLES,
    ROLE_LABELS,
    caller,
    guard,
    int_or_none,
    plain,
    safe,
    short_date,
)
from ui.deps import Deps

ROLES = HR_ROLES
ROLE_CHOICES = [(label[:1].upper() + label[1:], role) for role, label in ROLE_LABELS.items()]


@dataclass
class Section:
    load: Any
    outputs: list[Any] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)  # what changes people, pairs or cycles


def _due(day: date | None) -> str:
    if day is None:
        return "–"
    return short_date(day) + (" (overdue)" if day < date.today() else "")


@dataclass
class Parts:
    """The structure forms' components: built by `layout`, wired by `Structure.wire`."""

    pairs: gr.Dataframe
    pair_cycle: gr.Dropdown
    mentor: gr.Dropdown
    mentee: gr.Dropdown
    add_pair: gr.Button
    ending: gr.Dropdown
    end_pair: gr.Button
    cycles: gr.Dataframe
    program: gr.Dropdown
    editing: gr.Dropdown
    c_name: gr.Textbox
    c_start: gr.Textbox
    c_weeks: gr.Number
    c_every: gr.Number
    save_cycle: gr.Button
    people: gr.Dataframe
    p_name: gr.Textbox
    p_email: gr.Textbox
    p_role: gr.Dropdown
    add_person: gr.Button
    who: gr.Dropdown
    new_role: gr.Dropdown
    set_role: gr.Button
    deactivate: gr.Button
    reset: gr.Button
    said: gr.Markdown

    @property
    def tables(self) -> list[Any]:
        """What every change refreshes: the tables and the choices built from them."""
        return [
            self.people,
            self.cycles,
            self.pairs,
            self.who,
            self.program,
            self.editing,
            self.pair_cycle,
            self.mentor,
            self.mentee,
            self.ending,
        ]


def _rows(
    people: list[PersonView], cycles: list[CycleView], pairs: list[PairView]
) -> tuple[list, list, list]:
    return (
        [
            [p.name, p.email, ROLE_LABELS.get(p.role, p.role), "active" if p.active else "inactive"]
            for p in people
        ],
        [
            [
                c.name,
                short_date(c.start_date),
                c.length_weeks,
                c.cadence_days,
                short_date(c.end_date),
            ]
            for c in cycles
        ],
        [
            [
                p.id,
                p.cycle_name,
                p.mentor_name or "(deleted)",
                p.mentee_name or "(deleted)",
                p.status,
                p.sessions_held,
                _due(p.next_session_due),
            ]
            for p in pairs
        ],
    )


def _choices(
    people: list[PersonView],
    cycles: list[CycleView],
    pairs: list[PairView],
    programs: list[ProgramView],
) -> list[Any]:
    cycle_choices = [(c.name, c.id) for c in cycles]
    return [
        gr.Dropdown(choices=[(f"{p.name} <{p.email}>", p.id) for p in people], value=None),
        gr.Dropdown(
            choices=[(p.name, p.id) for p in programs], value=programs[0].id if programs else None
        ),
        gr.Dropdown(choices=cycle_choices, value=None),
        gr.Dropdown(choices=cycle_choices, value=cycle_choices[-1][1] if cycles else None),
        gr.Dropdown(
            choices=[(p.name, p.id) for p in people if p.role == "mentor" and p.active], value=None
        ),
        gr.Dropdown(
            choices=[(p.name, p.id) for p in people if p.role == "mentee" and p.active], value=None
        ),
        gr.Dropdown(
            choices=[
                (f"#{p.id} {p.mentor_name} & {p.mentee_name}", p.id)
                for p in pairs
                if p.status == "active"
            ],
            value=None,
        ),
    ]


def _tables(deps: Deps, me: PersonView) -> list[Any]:
    """The values of `Parts.tables`, in that order."""
    people, cycles = deps.record.list_people(me), deps.record.list_cycles(me)
    pairs, programs = deps.record.list_pairs(me), deps.record.list_programs(me)
    return [*_rows(people, cycles, pairs), *_choices(people, cycles, pairs, programs)]


def layout() -> Parts:
    with gr.Accordion("People, cycles and pairs", open=False, elem_id="structure"):
        with gr.Tabs():
            pairs = _pairs_tab()
            cycles = _cycles_tab()
            people = _people_tab()
        said = gr.Markdown(elem_id="structure-said")
    return Parts(**pairs, **cycles, **people, said=said)


def _pairs_tab() -> dict[str, Any]:
    with gr.Tab("Pairs"):
        pairs = gr.Dataframe(
            headers=[
                "Pair",
                "Cycle",
                "Junior mentor",
                "Senior mentee",
                "Status",
                "Sessions",
                "Next due",
            ],
            interactive=False,
            max_height=300,
        )
        with gr.Row():
            pair_cycle = gr.Dropdown(
                label="Cycle", choices=[], interactive=True, elem_id="pair-cycle"
            )
            mentor = gr.Dropdown(
                label="Junior mentor", choices=[], interactive=True, elem_id="pair-mentor"
            )
            mentee = gr.Dropdown(
                label="Senior mentee", choices=[], interactive=True, elem_id="pair-mentee"
            )
            add_pair = gr.Button("Add pair", variant="primary")
        with gr.Row():
            ending = gr.Dropdown(
                label="Active pair", choices=[], interactive=True, scale=3, elem_id="pair-ending"
            )
            end_pair = gr.Button("End pair", variant="stop", scale=1)
    return {
        "pairs": pairs,
        "pair_cycle": pair_cycle,
        "mentor": mentor,
        "mentee": mentee,
        "add_pair": add_pair,
        "ending": ending,
        "end_pair": end_pair,
    }


def _cycles_tab() -> dict[str, Any]:
    with gr.Tab("Cycles"):
        cycles = gr.Dataframe(
            headers=["Cycle", "Starts", "Weeks", "Every (days)", "Ends"],
            interactive=False,
            max_height=240,
        )
        with gr.Row():
            program = gr.Dropdown(label="Program", choices=[], interactive=True)
            editing = gr.Dropdown(
                label="Edit cycle (leave empty for a new one)", choices=[], interactive=True
            )
        with gr.Row():
            c_name = gr.Textbox(label="Name", placeholder="e.g. Autumn wave", elem_id="cycle-name")
            c_start = gr.Textbox(label="Starts (YYYY-MM-DD)", value=date.today().isoformat())
            c_weeks = gr.Number(label="Weeks", value=12, precision=0, minimum=1)
            c_every = gr.Number(label="Session every (days)", value=28, precision=0, minimum=1)
        save_cycle = gr.Button("Save cycle", variant="primary")
    return {
        "cycles": cycles,
        "program": program,
        "editing": editing,
        "c_name": c_name,
        "c_start": c_start,
        "c_weeks": c_weeks,
        "c_every": c_every,
        "save_cycle": save_cycle,
    }


def _people_tab() -> dict[str, Any]:
    with gr.Tab("People"):
        people = gr.Dataframe(
            headers=["Name", "Email", "Role", "Account"], interactive=False, max_height=300
        )
        gr.Markdown("*Administrators add people and change roles; HR pairs them.*")
        with gr.Row():
            p_name = gr.Textbox(label="Name", elem_id="person-name")
            p_email = gr.Textbox(label="Email", elem_id="person-email")
            p_role = gr.Dropdown(ROLE_CHOICES, value="mentor", label="Role")
            add_person = gr.Button("Add person", variant="primary")
        with gr.Row():
            who = gr.Dropdown(label="Person", choices=[], interactive=True, scale=3)
            new_role = gr.Dropdown(ROLE_CHOICES, label="New role", scale=1)
            set_role = gr.Button("Change role", scale=1)
            deactivate = gr.Button("Deactivate", variant="stop", scale=1)
            reset = gr.Button("Reset password", scale=1, elem_id="person-reset")
    return {
        "people": people,
        "p_name": p_name,
        "p_email": p_email,
        "p_role": p_role,
        "add_person": add_person,
        "who": who,
        "new_role": new_role,
        "set_role": set_role,
        "deactivate": deactivate,
        "reset": reset,
    }


def _need(*values: Any, message: str) -> list[int]:
    """Dropdown values as ids, or a plain refusal saying what to choose."""
    ids = [int_or_none(v) for v in values]
    if None in ids:
        raise gr.Error(message)
    return ids  # type: ignore[return-value]


class Structure:
    """The structure forms' events: each action returns a sentence; the tables refresh."""

    def __init__(self, deps: Deps, p: Parts) -> None:
        self.deps, self.p = deps, p

    def run(self, action: Callable[..., str]) -> Any:
        """An event handler for `action(me, *inputs)`: caller checked, tables refreshed."""

        def handler(*args: Any) -> dict[Any, Any]:
            *values, request = args
            me = caller(self.deps, request, ROLES)
            try:
                message = action(me, *values)
            except (CoachError, gr.Error) as exc:  # the form stays as typed; tables untouched
                said = getattr(exc, "message", None) or str(exc)
                gr.Warning(plain(said), title="Not done")
                return {self.p.said: f"**Not done:** {safe(said)}"}
            return {
                **dict(zip(self.p.tables, _tables(self.deps, me), strict=True)),
                self.p.said: safe(message),
            }  # names and cycle names are typed text

        sig = inspect.signature(action)
        request = inspect.Parameter(
            "request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=gr.Request
        )
        handler.__signature__ = sig.replace(  # type: ignore[attr-defined]
            parameters=[*list(sig.parameters.values())[1:], request]
        )
        handler.__annotations__ = {"request": gr.Request}  # how Gradio finds the request
        return guard(handler)

    def do_add_pair(self, me: PersonView, cid: Any, mentor_id: Any, mentee_id: Any) -> str:
        ids = _need(
            cid,
            mentor_id,
            mentee_id,
            message="Choose a cycle, a junior mentor and a senior mentee.",
        )
        p = self.deps.record.create_pair(me, *ids)
        return f"Paired {p.mentor_name} with {p.mentee_name} in {p.cycle_name}."

    def do_end_pair(self, me: PersonView, pid: Any) -> str:
        p = self.deps.record.end_pair(me, *_need(pid, message="Choose the pair to end."))
        return f"Ended the pair {p.mentor_name} & {p.mentee_name}; their sessions are kept."

    def do_save_cycle(
        self,
        me: PersonView,
        program_id: Any,
        cid: Any,
        name: str,
        start: str,
        weeks: Any,
        every: Any,
    ) -> str:
        weeks_i, every_i, record = int(weeks or 0), int(every or 0), self.deps.record
        if int_or_none(cid) is not None:
            c = record.update_cycle(
                me,
                int(cid),
                name=name or None,
                start_date=start or None,
                length_weeks=weeks_i,
                cadence_days=every_i,
            )
            return f"Updated the cycle {c.name}."
        pid = int_or_none(program_id)
        if pid is None:
            pid = record.create_program(me, "Reverse mentoring program").id
        c = record.create_cycle(me, pid, name, start, weeks_i, every_i)
        return f"Created the cycle {c.name}, ending {short_date(c.end_date)}."

    def do_add_person(self, me: PersonView, name: str, email: str, role: str) -> str:
        person, secret = self.deps.record.add_person(me, name=name, email=email, role=role)
        return (
            f"Added {person.name} as {ROLE_LABELS[person.role]}. Their first password is "
            f"`{secret}`: pass it on privately; it is not shown again."
        )

    def do_set_role(self, me: PersonView, pid: Any, role: str) -> str:
        if int_or_none(pid) is None or not role:
            raise gr.Error("Choose a person and a role.")
        p = self.deps.record.set_role(me, int(pid), role)
        return f"{p.name} is now {ROLE_LABELS[p.role]}."

    def do_deactivate(self, me: PersonView, pid: Any) -> str:
        p = self.deps.record.set_active(me, *_need(pid, message="Choose a person."), False)
        return f"{p.name} can no longer sign in."

    def do_reset(self, me: PersonView, pid: Any) -> str:
        secret = self.deps.record.reset_password(me, *_need(pid, message="Choose a person."))
        return (
            f"Their new password is `{secret}`: pass it on privately; it is not shown "
            "again. They were signed out everywhere."
        )

    @guard
    def pick_cycle(self, cid: Any, request: gr.Request) -> dict[Any, Any]:
        me, p = caller(self.deps, request, ROLES), self.p
        found = [c for c in self.deps.record.list_cycles(me) if c.id == int_or_none(cid)]
        if not found:
            return {}
        c = found[0]
        return {
            p.c_name: c.name,
            p.c_start: c.start_date.isoformat(),
            p.c_weeks: c.length_weeks,
            p.c_every: c.cadence_days,
        }

    def wire(self) -> list[Any]:
        """Wire the forms; return their events, for the page to follow up."""
        p, private = self.p, {"api_visibility": "private"}
        out, events = [*p.tables, p.said], []
        for button, action, inputs in (
            (p.add_pair, self.do_add_pair, [p.pair_cycle, p.mentor, p.mentee]),
            (p.end_pair, self.do_end_pair, [p.ending]),
            (
                p.save_cycle,
                self.do_save_cycle,
                [p.program, p.editing, p.c_name, p.c_start, p.c_weeks, p.c_every],
            ),
            (p.add_person, self.do_add_person, [p.p_name, p.p_email, p.p_role]),
            (p.set_role, self.do_set_role, [p.who, p.new_role]),
            (p.deactivate, self.do_deactivate, [p.who]),
            (p.reset, self.do_reset, [p.who]),
        ):
            events.append(button.click(self.run(action), inputs, out, **private))
        p.editing.input(
            self.pick_cycle, [p.editing], [p.c_name, p.c_start, p.c_weeks, p.c_every], **private
        )
        return events


def build(deps: Deps) -> Section:
    parts = layout()
    events = Structure(deps, parts).wire()
    return Section(load=lambda me: _tables(deps, me), outputs=parts.tables, events=events)
