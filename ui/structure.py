"""People, cycles and pairs, inside the Program tab: HR runs cycles and pairs, admins people.

Each form is shown to everyone who can open the tab; the record decides who may change what
(HR: cycles and pairs; admin: people and roles) and refuses the rest with a plain sentence.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import gradio as gr

from coach.errors import CoachError
from coach.record import PersonView
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
ROLE_CHOICES = [(label.capitalize(), role) for role, label in ROLE_LABELS.items()]


@dataclass
class Section:
    load: Any
    outputs: list[Any] = field(default_factory=list)


def _due(day: date | None) -> str:
    if day is None:
        return "–"
    return short_date(day) + (" (overdue)" if day < date.today() else "")


def _tables(deps: Deps, me: PersonView) -> tuple:
    people = deps.record.list_people(me)
    cycles = deps.record.list_cycles(me)
    pairs = deps.record.list_pairs(me)
    programs = deps.record.list_programs(me)
    people_rows = [[p.name, p.email, ROLE_LABELS.get(p.role, p.role),
                    "active" if p.active else "inactive"] for p in people]
    cycle_rows = [[c.name, short_date(c.start_date), c.length_weeks, c.cadence_days,
                   short_date(c.end_date)] for c in cycles]
    pair_rows = [[p.id, p.cycle_name, p.mentor_name or "(deleted)", p.mentee_name or "(deleted)",
                  p.status, p.sessions_held, _due(p.next_session_due)] for p in pairs]
    person_choices = [(f"{p.name} <{p.email}>", p.id) for p in people]
    mentors = [(p.name, p.id) for p in people if p.role == "mentor" and p.active]
    mentees = [(p.name, p.id) for p in people if p.role == "mentee" and p.active]
    cycle_choices = [(c.name, c.id) for c in cycles]
    active_pairs = [(f"#{p.id} {p.mentor_name} & {p.mentee_name}", p.id)
                    for p in pairs if p.status == "active"]
    return (people_rows, cycle_rows, pair_rows,
            gr.Dropdown(choices=person_choices, value=None),
            gr.Dropdown(choices=[(p.name, p.id) for p in programs],
                        value=programs[0].id if programs else None),
            gr.Dropdown(choices=cycle_choices, value=None),
            gr.Dropdown(choices=cycle_choices, value=cycle_choices[-1][1] if cycles else None),
            gr.Dropdown(choices=mentors, value=None), gr.Dropdown(choices=mentees, value=None),
            gr.Dropdown(choices=active_pairs, value=None))


def build(deps: Deps) -> Section:
    with gr.Accordion("People, cycles and pairs", open=False, elem_id="structure"):
        with gr.Tabs():
            with gr.Tab("Pairs"):
                pairs = gr.Dataframe(headers=["Pair", "Cycle", "Junior mentor", "Senior mentee",
                                              "Status", "Sessions", "Next due"],
                                     interactive=False, max_height=300)
                with gr.Row():
                    pair_cycle = gr.Dropdown(label="Cycle", choices=[], interactive=True,
                                             elem_id="pair-cycle")
                    mentor = gr.Dropdown(label="Junior mentor", choices=[], interactive=True,
                                         elem_id="pair-mentor")
                    mentee = gr.Dropdown(label="Senior mentee", choices=[], interactive=True,
                                         elem_id="pair-mentee")
                    add_pair = gr.Button("Add pair", variant="primary")
                with gr.Row():
                    ending = gr.Dropdown(label="Active pair", choices=[], interactive=True,
                                         scale=3, elem_id="pair-ending")
                    end_pair = gr.Button("End pair", variant="stop", scale=1)
            with gr.Tab("Cycles"):
                cycles = gr.Dataframe(headers=["Cycle", "Starts", "Weeks", "Every (days)",
                                               "Ends"], interactive=False, max_height=240)
                with gr.Row():
                    program = gr.Dropdown(label="Program", choices=[], interactive=True)
                    editing = gr.Dropdown(label="Edit cycle (leave empty for a new one)",
                                          choices=[], interactive=True)
                with gr.Row():
                    c_name = gr.Textbox(label="Name", placeholder="e.g. Autumn wave",
                                        elem_id="cycle-name")
                    c_start = gr.Textbox(label="Starts (YYYY-MM-DD)",
                                         value=date.today().isoformat())
                    c_weeks = gr.Number(label="Weeks", value=12, precision=0, minimum=1)
                    c_every = gr.Number(label="Session every (days)", value=28, precision=0,
                                        minimum=1)
                save_cycle = gr.Button("Save cycle", variant="primary")
            with gr.Tab("People"):
                people = gr.Dataframe(headers=["Name", "Email", "Role", "Account"],
                                      interactive=False, max_height=300)
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
        said = gr.Markdown(elem_id="structure-said")

    outputs = [people, cycles, pairs, who, program, editing, pair_cycle, mentor, mentee, ending]

    def run(action: Any) -> Any:
        """An event handler for `action(me, *inputs)`: caller checked, tables refreshed."""
        def handler(*args: Any) -> tuple:
            *values, request = args
            me = caller(deps, request, ROLES)
            try:
                message = action(me, *values)
            except (CoachError, gr.Error) as exc:  # the form stays as typed; tables untouched
                said = getattr(exc, "message", None) or str(exc)
                gr.Warning(plain(said), title="Not done")
                return (*[gr.skip()] * len(outputs), f"**Not done:** {safe(said)}")
            return (*_tables(deps, me), safe(message))  # names and cycle names are typed text

        sig = inspect.signature(action)
        request = inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                    annotation=gr.Request)
        handler.__signature__ = sig.replace(  # type: ignore[attr-defined]
            parameters=[*list(sig.parameters.values())[1:], request])
        handler.__annotations__ = {"request": gr.Request}  # how Gradio finds the request
        return guard(handler)

    def do_add_pair(me: PersonView, cid: Any, mentor_id: Any, mentee_id: Any) -> str:
        if None in (int_or_none(cid), int_or_none(mentor_id), int_or_none(mentee_id)):
            raise gr.Error("Choose a cycle, a junior mentor and a senior mentee.")
        p = deps.record.create_pair(me, int(cid), int(mentor_id), int(mentee_id))
        return f"Paired {p.mentor_name} with {p.mentee_name} in {p.cycle_name}."

    def do_end_pair(me: PersonView, pid: Any) -> str:
        if int_or_none(pid) is None:
            raise gr.Error("Choose the pair to end.")
        p = deps.record.end_pair(me, int(pid))
        return f"Ended the pair {p.mentor_name} & {p.mentee_name}; their sessions are kept."

    def do_save_cycle(me: PersonView, program_id: Any, cid: Any, name: str, start: str,
                      weeks: Any, every: Any) -> str:
        weeks_i, every_i = int(weeks or 0), int(every or 0)
        if int_or_none(cid) is not None:
            c = deps.record.update_cycle(me, int(cid), name=name or None, start_date=start or None,
                                         length_weeks=weeks_i, cadence_days=every_i)
            return f"Updated the cycle {c.name}."
        pid = int_or_none(program_id)
        if pid is None:
            pid = deps.record.create_program(me, "Reverse mentoring program").id
        c = deps.record.create_cycle(me, pid, name, start, weeks_i, every_i)
        return f"Created the cycle {c.name}, ending {short_date(c.end_date)}."

    def do_add_person(me: PersonView, name: str, email: str, role: str) -> str:
        person, secret = deps.record.add_person(me, name=name, email=email, role=role)
        return (f"Added {person.name} as {ROLE_LABELS[person.role]}. Their first password is "
                f"`{secret}`: pass it on privately; it is not shown again.")

    def do_set_role(me: PersonView, pid: Any, role: str) -> str:
        if int_or_none(pid) is None or not role:
            raise gr.Error("Choose a person and a role.")
        p = deps.record.set_role(me, int(pid), role)
        return f"{p.name} is now {ROLE_LABELS[p.role]}."

    def do_deactivate(me: PersonView, pid: Any) -> str:
        if int_or_none(pid) is None:
            raise gr.Error("Choose a person.")
        p = deps.record.set_active(me, int(pid), False)
        return f"{p.name} can no longer sign in."

    def do_reset(me: PersonView, pid: Any) -> str:
        if int_or_none(pid) is None:
            raise gr.Error("Choose a person.")
        secret = deps.record.reset_password(me, int(pid))
        return (f"Their new password is `{secret}`: pass it on privately; it is not shown "
                "again. They were signed out everywhere.")

    private = {"api_visibility": "private"}
    all_out = [*outputs, said]
    add_pair.click(run(do_add_pair), [pair_cycle, mentor, mentee], all_out, **private)
    end_pair.click(run(do_end_pair), [ending], all_out, **private)
    save_cycle.click(run(do_save_cycle),
                     [program, editing, c_name, c_start, c_weeks, c_every], all_out, **private)
    add_person.click(run(do_add_person), [p_name, p_email, p_role], all_out, **private)
    set_role.click(run(do_set_role), [who, new_role], all_out, **private)
    deactivate.click(run(do_deactivate), [who], all_out, **private)
    reset.click(run(do_reset), [who], all_out, **private)

    @guard
    def pick_cycle(cid: Any, request: gr.Request) -> tuple:
        me = caller(deps, request, ROLES)
        found = [c for c in deps.record.list_cycles(me) if c.id == int_or_none(cid)]
        if not found:
            return gr.skip(), gr.skip(), gr.skip(), gr.skip()
        c = found[0]
        return c.name, c.start_date.isoformat(), c.length_weeks, c.cadence_days

    editing.input(pick_cycle, [editing], [c_name, c_start, c_weeks, c_every], **private)

    return Section(load=lambda me: list(_tables(deps, me)), outputs=outputs)
