"""Our cycle (junior and senior): the pair's sessions as a plan, the next one with its prep, the
past ones with what each side shared, the junior's own private notes, and one list of action
items for both. Every event asks the record, which checks who is asking; nothing here holds
anyone's state."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

import gradio as gr

from coach.errors import InvalidInput
from coach.flows.cycle import (
    CyclePlan,
    add_session,
    agenda_lines,
    cycle_plan,
    mark_session,
    move_session,
    remove_session,
    share_with_partner,
)
from coach.flows.items import ItemRow, pair_items, tick_mine
from coach.flows.notes import NotesInput, NotesTooLong, save_notes
from coach.flows.rating import rate_heard
from coach.record import PersonView, SessionView
from ui.common import View, caller, guard, int_or_none, plain, safe, short_date, topic_label
from ui.deps import Deps
from ui.reflect import NOTES_JS, RATINGS, draft_key, sync_message, too_long

ROLES = ("mentor", "mentee")
PLAN_HEADERS = ["Session", "Date", "Topic", "Status"]
PRIVATE = {"api_visibility": "private"}
NO_NOTES = "*Choose a session to write your notes for it.*"
EXCERPT = 600  # characters of a partner's shared notes shown per session


def notes_script() -> str:
    """Reflect's notes script (ui/notes.js), pointed at this page's notes box."""
    js = re.sub(r'(["#])notes\b', r"\1pair-notes", NOTES_JS)
    return js.replace("turntable-notes:", "turntable-pair-notes:").replace(
        "turntableNotes", "turntablePairNotes"
    )


def _partner(me: PersonView) -> str:
    return "your senior" if me.role == "mentor" else "your junior"


def _pairs(deps: Deps, me: PersonView) -> list:
    out = []
    for p in deps.record.my_pairs(me):
        other = p.mentee_name if me.role == "mentor" else p.mentor_name
        ended = "" if p.status == "active" else ", ended"
        out.append((f"With {other or 'a former member'} ({p.cycle_name}{ended})", p.id))
    return out


def _label(s: SessionView) -> str:
    return f"Session {s.number}: {topic_label(s.topic)} ({short_date(s.held_on)}, {s.status})"


def plan_rows(plan: CyclePlan) -> list[list[str]]:
    return [
        [str(s.number), short_date(s.held_on), topic_label(s.topic), s.status]
        for s in plan.sessions
    ]


def next_md(me: PersonView, plan: CyclePlan) -> str:
    """The next session and its prep, as this side may see it."""
    s = plan.next
    if s is None:
        return (
            "### Next session\n\nNothing is planned next. Add the next session below, "
            "with its date and topic."
        )
    head = (
        f"### Next: session {s.number}, {short_date(s.held_on)}\n\n"
        f"Topic: *{safe(topic_label(s.topic))}*\n\n"
    )
    agenda = agenda_lines(s)
    if me.role == "mentor":
        if not agenda:
            return head + "You have not saved an agenda for it yet: prepare one in **Prepare**."
        who = "your senior sees it" if s.mentor_shared else "only you see it until you share it"
    elif not agenda:
        return head + "Your junior has not shared an agenda for it yet."
    else:
        who = "shared by your junior"
    return head + f"**Agenda** ({who}):\n\n" + "\n".join(f"1. {safe(a)}" for a in agenda)


def _shared_by_partner(me: PersonView, s: SessionView) -> str:
    if me.role == "mentor":
        if not s.mentee_shared:
            return "Your senior has not shared this session."
        takeaways = [
            t.get("text", "") if isinstance(t, dict) else str(t)
            for t in (s.reflection or {}).get("takeaways", []) or []
        ]
        lines = [f"- {safe(t)}" for t in takeaways if t]
        return "What your senior took away:\n\n" + ("\n".join(lines) or "- (no summary yet)")
    if not s.mentor_shared:
        return "Your junior has not shared this session."
    notes = (s.mentor_notes or "").strip()
    agenda = "; ".join(agenda_lines(s))
    out = f"Agenda: {safe(agenda)}\n\n" if agenda else ""
    return out + (f"Your junior's notes: {safe(notes[:EXCERPT])}" if notes else "")


def past_md(me: PersonView, plan: CyclePlan) -> str:
    """Held sessions, newest first, with what the partner shared and whether you did."""
    if not plan.past:
        return "### Past sessions\n\nNo session has been held yet."
    parts = ["### Past sessions"]
    for s in reversed(plan.past):
        mine = s.mentor_shared if me.role == "mentor" else s.mentee_shared
        yours = "you shared your side" if mine else "your side is private to you"
        parts.append(
            f"**Session {s.number}, {short_date(s.held_on)}: "
            f"{safe(topic_label(s.topic))}** ({yours})\n\n{_shared_by_partner(me, s)}"
        )
    return "\n\n".join(parts)


def items_md(rows: list[ItemRow]) -> str:
    """The pair's one list: whose, what, due, done, from which session."""
    if not rows:
        return "### Action items\n\nNo action items yet: they come from summarised sessions."
    lines = [
        "### Action items",
        "",
        "| Whose | Item | Due | Done | Session |",
        "|---|---|---|:-:|:-:|",
    ]
    for r in rows:
        due = short_date(r.due_on) if r.due_on else ""
        due = f"**overdue** ({due})" if r.overdue else due
        whose = "You" if r.mine else safe(r.owner_name)
        lines.append(
            f"| {whose} | {safe(r.text)} | {due} | {'yes' if r.done else 'no'} "
            f"| {r.session_number or ''} |"
        )
    return "\n".join(lines)


def mine_box(rows: list[ItemRow]) -> Any:
    own = [r for r in rows if r.mine]
    choices = [
        (f"{r.text}" + (f" (by {short_date(r.due_on)})" if r.due_on else ""), r.id) for r in own
    ]
    return gr.CheckboxGroup(
        choices=choices, value=[r.id for r in own if r.done], visible=bool(choices)
    )


def build(deps: Deps) -> View:
    with gr.Tab("Our cycle", id="pair", visible=False) as tab:
        gr.Markdown(
            "Your pair's sessions across the cycle, the next one's prep, what each of "
            "you chose to share, and one list of action items for you both.",
            elem_classes=["lead"],
        )
        c = _components()
    view = Pair(deps, c)
    view.wire()
    tab.select(view.on_open, [c["pair"], c["session"]], _outputs(c)[:6], **PRIVATE)
    return View(tab=tab, roles=ROLES, load=view.load, outputs=[c["pair"], *_outputs(c)])


def _components() -> dict[str, Any]:
    c: dict[str, Any] = {}
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=300):
            c["pair"] = gr.Dropdown(label="Pair", choices=[], interactive=True, elem_id="pair-pick")
            c["next"] = gr.Markdown(elem_id="pair-next", elem_classes=["plan", "panel"])
            c["plan"] = gr.Dataframe(
                headers=PLAN_HEADERS,
                interactive=False,
                wrap=True,
                label="The cycle's sessions",
                elem_id="pair-plan",
            )
            c["past"] = gr.Markdown(elem_id="pair-past", elem_classes=["panel"])
        with gr.Column(scale=3, min_width=300):
            c["items"] = gr.Markdown(elem_id="pair-items", elem_classes=["panel"])
            c["mine"] = gr.CheckboxGroup(
                label="Your items: tick them when done",
                choices=[],
                visible=False,
                elem_id="pair-mine",
            )
            _session_controls(c)
            _notes_box(c)
    c["status"] = gr.Markdown(elem_id="pair-status", elem_classes=["hint"])
    return c


def _session_controls(c: dict[str, Any]) -> None:
    c["session"] = gr.Dropdown(
        label="Session", choices=[], interactive=True, elem_id="pair-session"
    )
    with gr.Row():
        c["when"] = gr.Textbox(label="Date", placeholder="2026-12-10", elem_id="pair-date")
        c["topic"] = gr.Textbox(label="Topic", elem_id="pair-topic")
    with gr.Row():
        c["move"] = gr.Button("Save date and topic", size="sm", elem_id="pair-move")
        c["held"] = gr.Button("Mark as held", size="sm", elem_id="pair-held")
        c["cancel"] = gr.Button("Cancel session", size="sm", elem_id="pair-cancel")
        c["remove"] = gr.Button(
            "Remove (only if empty)", size="sm", variant="stop", elem_id="pair-remove"
        )
    c["share"] = gr.Checkbox(
        label="Share my side of this session with my partner", elem_id="pair-share"
    )
    c["heard"] = gr.Radio(
        RATINGS,
        label="How heard did you feel in this session? (1-5; HR sees it only in program figures)",
        visible=False,
        elem_id="pair-heard",
    )
    with gr.Accordion("Add a session", open=False, elem_id="pair-add-box"):
        with gr.Row():
            c["new_when"] = gr.Textbox(
                label="Date", placeholder="2026-12-10", elem_id="pair-new-date"
            )
            c["new_topic"] = gr.Textbox(label="Topic", elem_id="pair-new-topic")
        c["add"] = gr.Button("Add this session", size="sm", elem_id="pair-add")


def _notes_box(c: dict[str, Any]) -> None:
    c["notes"] = gr.Textbox(
        label="Your notes for this session (private)",
        lines=8,
        max_lines=24,
        interactive=False,
        elem_id="pair-notes",
        visible=False,
    )
    c["saved"] = gr.Markdown(
        NO_NOTES, elem_id="pair-notes-saved", elem_classes=["hint"], visible=False
    )
    c["sync"] = gr.Textbox(visible="hidden", elem_id="pair-notes-sync")
    c["save_now"] = gr.Button("Save notes", visible="hidden", elem_id="pair-notes-save-now")
    c["say"] = gr.Button("Show the saving state", visible="hidden", elem_id="pair-notes-say")


def _outputs(c: dict[str, Any]) -> list[Any]:
    """What every refresh answers, in this order (see `_everything`)."""
    return [
        c["next"],
        c["plan"],
        c["past"],
        c["items"],
        c["mine"],
        c["session"],
        *_detail_outputs(c),
    ]


def _detail_outputs(c: dict[str, Any]) -> list[Any]:
    return [c["when"], c["topic"], c["share"], c["notes"], c["saved"], c["sync"], c["heard"]]


def _everything(deps: Deps, me: PersonView, pid: int | None, sid: int | None) -> list[Any]:
    if pid is None:
        empty = "You are not in a pair yet; HR sets pairs up."
        return [
            empty,
            [],
            "",
            "",
            gr.CheckboxGroup(choices=[], visible=False),
            gr.Dropdown(choices=[], value=None),
            *_detail(deps, me, None),
        ]
    plan = cycle_plan(deps.record, me, pid)
    ids = [s.id for s in plan.sessions]
    chosen = sid if sid in ids else (plan.next.id if plan.next else (ids[-1] if ids else None))
    rows = pair_items(deps.record, me, pid)
    return [
        next_md(me, plan),
        plan_rows(plan),
        past_md(me, plan),
        items_md(rows),
        mine_box(rows),
        gr.Dropdown(choices=[(_label(s), s.id) for s in plan.sessions], value=chosen),
        *_detail(deps, me, chosen),
    ]


def _detail(deps: Deps, me: PersonView, sid: int | None) -> list[Any]:
    """One session's date, topic, share box and (for the junior) private notes."""
    junior = me.role == "mentor"
    if sid is None:
        return [
            "",
            "",
            gr.Checkbox(value=False),
            gr.Textbox(value="", interactive=False, visible=junior),
            gr.Markdown(NO_NOTES, visible=junior),
            sync_message("load", NO_NOTES),
            gr.Radio(value=None, visible=False),
        ]
    s = deps.record.get_session(me, sid)
    shared = s.mentor_shared if s.my_side == "mentor" else s.mentee_shared
    said = (
        f"Session {s.number}. Only you can see these notes unless you share the "
        "session with your partner."
    )
    return [
        s.held_on.isoformat() if s.held_on else "",
        topic_label(s.topic),
        gr.Checkbox(value=shared),
        gr.Textbox(value=s.my_notes or "", interactive=True, visible=junior),
        gr.Markdown(said, visible=junior),
        sync_message("load", said, key=draft_key(me.email, s.id), sid=s.id),
        gr.Radio(value=s.mentor_heard, visible=junior),
    ]


def _chosen(session_id: Any) -> int:
    sid = int_or_none(session_id)
    if sid is None:
        raise gr.Error("Choose a session first.", title="No session")
    return sid


def _pair_chosen(pair_id: Any) -> int:
    pid = int_or_none(pair_id)
    if pid is None:
        raise gr.Error("You are not in a pair yet; HR sets pairs up.", title="No pair")
    return pid


def _rev(sent: str) -> int:
    """The revision the page's notes script numbered this save with."""
    try:
        return int(json.loads(sent or "{}").get("rev", 0))
    except (ValueError, TypeError, AttributeError):
        return 0


class Pair:
    """Our cycle's events: each reads the caller, runs one flow, returns what changed."""

    def __init__(self, deps: Deps, c: dict[str, Any]) -> None:
        self.deps, self.c = deps, c

    def _me(self, request: gr.Request) -> PersonView:
        return caller(self.deps, request, ROLES)

    def _all(self, me: PersonView, pid: int | None, sid: int | None) -> dict[Any, Any]:
        """The whole view for a pair, one session of it opened."""
        return dict(zip(_outputs(self.c), _everything(self.deps, me, pid, sid), strict=True))

    def _said(self, me: PersonView, pid: Any, sid: int | None, said: str) -> dict[Any, Any]:
        """The whole view again after a change, with a sentence saying what changed."""
        return {**self._all(me, int_or_none(pid), sid), self.c["status"]: said}

    @guard
    def on_open(self, pair_id: Any, session_id: Any, request: gr.Request) -> dict[Any, Any]:
        """Opening the tab shows what the partner did since the page was loaded; the notes
        box is left as it is, so nothing being typed is replaced."""
        shown = self._all(self._me(request), int_or_none(pair_id), int_or_none(session_id))
        return {k: shown[k] for k in _outputs(self.c)[:6]}

    @guard
    def on_pair(self, pair_id: Any, request: gr.Request) -> dict[Any, Any]:
        return self._all(self._me(request), int_or_none(pair_id), None)

    @guard
    def on_session(self, session_id: Any, request: gr.Request) -> dict[Any, Any]:
        shown = _detail(self.deps, self._me(request), int_or_none(session_id))
        return dict(zip(_detail_outputs(self.c), shown, strict=True))

    @guard
    def move(self, pid: Any, sid: Any, when: str, topic: str, request: gr.Request) -> dict:
        me = self._me(request)
        s = move_session(self.deps.record, me, _chosen(sid), when=when, topic=topic)
        said = f"Session {s.number} is now on {short_date(s.held_on)}, about "
        return self._said(me, pid, s.id, f"{said}{safe(topic_label(s.topic))}.")

    def _mark(self, pid: Any, sid: Any, status: str, request: gr.Request) -> dict[Any, Any]:
        me = self._me(request)
        s = mark_session(self.deps.record, me, _chosen(sid), status)
        return self._said(me, pid, s.id, f"Session {s.number} is marked {status}.")

    @guard
    def mark_held(self, pid: Any, sid: Any, request: gr.Request) -> dict[Any, Any]:
        return self._mark(pid, sid, "held", request)

    @guard
    def cancel(self, pid: Any, sid: Any, request: gr.Request) -> dict[Any, Any]:
        return self._mark(pid, sid, "cancelled", request)

    @guard
    def remove(self, pid: Any, sid: Any, request: gr.Request) -> dict[Any, Any]:
        me = self._me(request)
        remove_session(self.deps.record, me, _chosen(sid))
        return self._said(me, pid, None, "The session was removed; later ones moved up.")

    @guard
    def add(self, pid: Any, when: str, topic: str, request: gr.Request) -> dict[Any, Any]:
        me, p = self._me(request), _pair_chosen(pid)
        s = add_session(self.deps.record, me, p, when, topic)
        return self._said(me, p, s.id, f"Session {s.number} added for {short_date(s.held_on)}.")

    @guard
    def on_tick(self, pid: Any, done_ids: list, request: gr.Request) -> dict[Any, Any]:
        me, p = self._me(request), int_or_none(pid)
        if p is None:
            return {self.c["items"]: gr.skip(), self.c["status"]: gr.skip()}
        rows = tick_mine(self.deps.record, me, p, done_ids or [])
        return {self.c["items"]: items_md(rows), self.c["status"]: "Your action items are updated."}

    @guard
    def on_share(self, session_id: Any, shared: bool, request: gr.Request) -> str:
        me = self._me(request)
        s = share_with_partner(self.deps.record, me, _chosen(session_id), bool(shared))
        if shared:
            return f"Session {s.number}: {_partner(me)} now sees your side."
        return f"Session {s.number}: your side is private to you again."

    @guard
    def on_heard(self, session_id: Any, heard: Any, request: gr.Request) -> str:
        """The junior's own rating of the session; the senior never sees it unless shared."""
        me = self._me(request)
        s = rate_heard(self.deps.record, me, _chosen(session_id), int_or_none(heard))
        return f"Session {s.number}: saved, you felt heard {s.mentor_heard}/5."

    @guard
    def autosave(self, session_id: Any, text: str, request: gr.Request, sent: str = "") -> str:
        """Save the junior's private notes; the answer names the revision saved (or refused,
        and why), so the page shows "Saved at" only for what the server really holds."""
        me, sid, rev = self._me(request), int_or_none(session_id), _rev(sent)
        if sid is None:
            return sync_message("ack", NO_NOTES, rev=rev, ok=False)
        key = draft_key(me.email, sid)
        try:
            save_notes(self.deps.record, me, NotesInput(sid, text or ""))
        except NotesTooLong as exc:
            return sync_message("ack", too_long(exc.chars), key=key, sid=sid, rev=rev, ok=False)
        except InvalidInput as exc:
            return sync_message(
                "ack", f"**Not saved**: {plain(str(exc))}", key=key, sid=sid, rev=rev, ok=False
            )
        said = f"Saved at {datetime.now(UTC).strftime('%H:%M:%S')} UTC."
        return sync_message("ack", said, key=key, sid=sid, rev=rev)

    def load(self, me: PersonView) -> list[Any]:
        pairs = _pairs(self.deps, me)
        first = pairs[0][1] if pairs else None
        return [gr.Dropdown(choices=pairs, value=first), *_everything(self.deps, me, first, None)]

    def wire(self) -> None:
        """Every event of the view; all private (not in the API docs), each checked."""
        c, every = self.c, [*_outputs(self.c), self.c["status"]]
        c["pair"].input(self.on_pair, [c["pair"]], _outputs(c), **PRIVATE)
        c["session"].input(self.on_session, [c["session"]], _detail_outputs(c), **PRIVATE)
        c["move"].click(
            self.move, [c["pair"], c["session"], c["when"], c["topic"]], every, **PRIVATE
        )
        c["held"].click(self.mark_held, [c["pair"], c["session"]], every, **PRIVATE)
        c["cancel"].click(self.cancel, [c["pair"], c["session"]], every, **PRIVATE)
        c["remove"].click(self.remove, [c["pair"], c["session"]], every, **PRIVATE)
        c["add"].click(self.add, [c["pair"], c["new_when"], c["new_topic"]], every, **PRIVATE)
        c["mine"].input(
            self.on_tick,
            [c["pair"], c["mine"]],
            [c["items"], c["status"]],
            show_progress="hidden",
            **PRIVATE,
        )
        c["share"].input(self.on_share, [c["session"], c["share"]], [c["status"]], **PRIVATE)
        c["heard"].input(self.on_heard, [c["session"], c["heard"]], [c["status"]], **PRIVATE)
        self._wire_saving()

    def _wire_saving(self) -> None:
        """Saving is driven by the page's notes script (ui/notes.js, pointed at this box)."""
        c, script = self.c, notes_script()
        gr.context.Context.root_block.load(None, None, None, js=script)
        saving = c["save_now"].click(
            self.autosave,
            [c["session"], c["notes"], c["sync"]],
            [c["sync"]],
            js="(s, t, y) => window.turntablePairNotes.outgoing(s, t, y)",
            trigger_mode="always_last",
            show_progress="hidden",
            concurrency_id="notes",
            concurrency_limit=8,
            **PRIVATE,
        )
        saving.failure(
            None, None, [c["saved"]], js="() => window.turntablePairNotes.failed()", **PRIVATE
        )
        _wire_script_echo(c, script)


def _wire_script_echo(c: dict[str, Any], script: str) -> None:
    """The script alone says what the status line shows about saving, from the answers."""
    c["sync"].change(
        None,
        [c["sync"]],
        [c["saved"]],
        js=f"(v) => {{ ({script})(); return window.turntablePairNotes.sync(v); }}",
        show_progress="hidden",
        **PRIVATE,
    )
    c["say"].click(
        None,
        None,
        [c["saved"]],
        js="() => window.turntablePairNotes.message()",
        trigger_mode="multiple",
        show_progress="hidden",
        **PRIVATE,
    )
