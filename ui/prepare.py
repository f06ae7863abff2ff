"""Prepare (junior mentor): a cited plan for the next session, refined by chat, saved.

The working plan (the request as typed, the latest plan and the refine chat) is kept in the
record with its session, so a reload brings it back and a saved plan reopens with its own
request rather than whatever the form last held.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import gradio as gr

from coach.engine import SessionPlan
from coach.flows import prepare as flow
from coach.flows.library import read_passage
from coach.flows.prepare import FORM, PrepareInput, build_request, working_plan
from coach.flows.refine import RefineInput, Said, refine_plan
from coach.record import PersonView, SessionView
from coach.sanitise import inert_code, plan_to_markdown, sanitise_text
from ui.common import (
    TOPIC_CHOICES,
    View,
    caller,
    guard,
    int_or_none,
    safe,
    short_date,
    short_topic,
    topic_label,
)
from ui.deps import Deps

ROLES = ("mentor",)
EMPTY_PLAN = (
    "### Your plan will appear here\n\nChoose the pair and session (or just a topic), "
    "say who the senior is and what they want, then press **Prepare the plan**. "
    "Every question cites the guidance it came from: pick a source on the right to "
    "read it."
)
NEW = "new"
CHAT_KEPT = 30  # refine messages kept with a working plan (the record caps its size)


def _due(day: date | None) -> str:
    return f" (due {short_date(day)})" if day else ""


def _valid_plan(doc: Any) -> SessionPlan | None:
    try:
        return SessionPlan.model_validate(doc) if isinstance(doc, dict) else None
    except ValueError:
        return None


def _chat(turns: Any) -> list[dict]:
    """Refine messages as the chat shows them, inert, the latest CHAT_KEPT only."""
    out = []
    for t in (turns if isinstance(turns, list) else [])[-CHAT_KEPT:]:
        if isinstance(t, dict) and t.get("role") in ("user", "assistant"):
            out.append({"role": t["role"], "content": safe(str(t.get("content") or ""))[:2000]})
    return out


def _session_choices(deps: Deps, me: PersonView, pair_id: int | None) -> tuple[list, Any]:
    if pair_id is None:
        return [], None
    pair = deps.record.get_pair(me, pair_id)
    sessions = deps.record.list_sessions(me, pair_id)
    choices = [
        (f"Session {s.number}: {short_topic(s.topic)} ({short_date(s.held_on)})", s.id)
        for s in sessions
    ]
    if pair.status == "active":
        due = f", due {short_date(pair.next_session_due)}" if pair.next_session_due else ""
        choices.append((f"Next: session {pair.next_session_number}{due}", NEW))
    return choices, (NEW if pair.status == "active" else (choices[-1][1] if choices else None))


def _pair_choices(deps: Deps, me: PersonView) -> list:
    return [
        (
            f"With {p.mentee_name or 'a former member'} ({p.cycle_name})"
            + ("" if p.status == "active" else ", ended"),
            p.id,
        )
        for p in deps.record.my_pairs(me)
    ]


def _sources(plan: SessionPlan) -> list[tuple[str, str]]:
    """Short labels for the citation chips: the section cited (the panel shows the rest)."""
    out = []
    for i, s in enumerate(plan.sources, start=1):
        section = str(s.get("section") or "").split(" > ")[-1]
        label = section or s.get("title") or s.get("source") or "source"
        if str(s.get("source", "")).startswith("uploads/"):  # not the built-in library
            label = f"{label} (uploaded by {s.get('added_by') or 'someone unknown'})"
        out.append((f"[{i}] {sanitise_text(label)}", str(s.get("id", ""))))
    return out


def _plan_outputs(plan: SessionPlan, deps: Deps, me: PersonView) -> tuple[str, dict, Any, Any]:
    md = plan_to_markdown(plan)
    name = f"session-{plan.request.session_number}-{plan.request.topic_slug}-plan.md"
    return (
        md,
        plan.model_dump(mode="json"),
        gr.Radio(choices=_sources(plan), value=None),
        gr.DownloadButton(value=deps.downloads.write(me.email, name, md), interactive=True),
    )


@dataclass
class Parts:
    """The Prepare view's components: built by `layout`, wired by `Prepare.wire`."""

    tab: gr.Tab
    plan_state: gr.State
    pair: gr.Dropdown
    session: gr.Dropdown
    topic: gr.Dropdown
    role: gr.Textbox
    goal: gr.Textbox
    wishes: gr.Textbox
    minutes: gr.Slider
    go: gr.Button
    plan_md: gr.Markdown
    save: gr.Button
    download: gr.DownloadButton
    saved: gr.Markdown
    chat: gr.Chatbot
    message: gr.Textbox
    cites: gr.Radio
    passage: gr.Markdown

    @property
    def form(self) -> list[Any]:
        """The request fields, in FORM's order."""
        return [self.topic, self.role, self.goal, self.wishes, self.minutes]

    @property
    def shown(self) -> list[Any]:
        """What opening a session fills in."""
        return [
            *self.form,
            self.plan_md,
            self.plan_state,
            self.cites,
            self.download,
            self.chat,
            self.saved,
            self.save,
        ]


def layout() -> Parts:
    with gr.Tab("Prepare", id="prepare", visible=False) as tab:
        gr.Markdown(
            "Plan your next session: an agenda, open questions that each cite the "
            "guidance they came from, and what to bring. Then chat to adjust it.",
            elem_classes=["lead"],
        )
        plan_state = gr.State(None)
        with gr.Row(equal_height=False):
            form = _form_column()
            plan = _plan_column()
            with gr.Column(scale=3, min_width=240, elem_classes=["panel"]):
                cites = gr.Radio(
                    label="Sources cited",
                    choices=[],
                    elem_id="cites",
                    info="Pick one to read the passage",
                )
                passage = gr.Markdown(elem_id="passage", elem_classes=["passage"])
    return Parts(tab=tab, plan_state=plan_state, cites=cites, passage=passage, **form, **plan)


def _form_column() -> dict[str, Any]:
    with gr.Column(scale=3, min_width=260, elem_classes=["panel"]):
        pair = gr.Dropdown(label="Pair", choices=[], interactive=True)
        session = gr.Dropdown(
            label="Session", choices=[], interactive=True, elem_id="prepare-session"
        )
        topic = gr.Dropdown(
            label="Topic",
            choices=TOPIC_CHOICES,
            value="technology",
            allow_custom_value=True,
            interactive=True,
            info="One of the eight areas, or type your own",
        )
        role = gr.Textbox(label="The senior's role", value="senior leader")
        goal = gr.Textbox(
            label="What they want from it",
            lines=2,
            placeholder="e.g. understand why younger customers switch banks",
        )
        wishes = gr.Textbox(
            label="Anything the coach should know",
            lines=2,
            placeholder="e.g. he is sceptical about crypto",
        )
        minutes = gr.Slider(30, 60, value=45, step=5, label="Minutes", elem_id="prepare-minutes")
        go = gr.Button("Prepare the plan", variant="primary", elem_id="prepare-go")
    return {
        "pair": pair,
        "session": session,
        "topic": topic,
        "role": role,
        "goal": goal,
        "wishes": wishes,
        "minutes": minutes,
        "go": go,
    }


def _plan_column() -> dict[str, Any]:
    with gr.Column(scale=6, min_width=380):
        plan_md = gr.Markdown(EMPTY_PLAN, elem_id="plan", elem_classes=["plan", "panel"])
        with gr.Row():
            save = gr.Button("Save to session", elem_id="plan-save", interactive=False)
            download = gr.DownloadButton(
                "Download Markdown", interactive=False, elem_id="plan-download"
            )
        saved = gr.Markdown(elem_id="plan-saved")
        chat = gr.Chatbot(
            label="Refine the plan",
            height=240,
            elem_id="refine-chat",
            placeholder="Ask for changes: *less technical*, *he is sceptical "
            "about crypto*, *30 minutes only*…",
        )
        message = gr.Textbox(
            show_label=False,
            submit_btn="Send",
            elem_id="refine-msg",
            placeholder="What should change in the plan?",
        )
    return {
        "plan_md": plan_md,
        "save": save,
        "download": download,
        "saved": saved,
        "chat": chat,
        "message": message,
    }


def _opened_said(s: SessionView, working: dict) -> str:
    if working and not working.get("saved"):
        return (
            f"*Session {s.number}{_due(s.held_on)}: your working plan, not saved to the "
            "session yet.*"
        )
    return f"*Showing the plan saved for session {s.number}{_due(s.held_on)}.*"


class Prepare:
    """The Prepare view's events: each reads the caller, runs one flow, returns what changed."""

    def __init__(self, deps: Deps, p: Parts) -> None:
        self.deps, self.p = deps, p

    def _me(self, request: gr.Request) -> PersonView:
        return caller(self.deps, request, ROLES)

    def _plan_out(self, plan: SessionPlan, me: PersonView) -> dict[Any, Any]:
        """The plan, its state, its citation chips and its download."""
        p = self.p
        md, state, radio, dl = _plan_outputs(plan, self.deps, me)
        return {p.plan_md: md, p.plan_state: state, p.cites: radio, p.download: dl}

    def _goal(self, me: PersonView, pid: int | None) -> dict[Any, Any]:
        """The mentee's learning goals, as a starting point for 'what they want'."""
        pair = self.deps.record.get_pair(me, pid) if pid is not None else None
        if pair is None or pair.mentee_id is None:
            return {}
        goals = self.deps.record.get_person(me, pair.mentee_id).learning_goals
        if not goals:
            return {}
        return {
            self.p.goal: "Learn about "
            + "; ".join(topic_label(g).split(":")[0].lower() for g in goals)
        }

    def _blank(self) -> dict[Any, Any]:
        p = self.p
        return {
            p.plan_md: EMPTY_PLAN,
            p.plan_state: None,
            p.cites: gr.Radio(choices=[], value=None),
            p.download: gr.DownloadButton(value=None, interactive=False),
            p.chat: [],
            p.saved: "",
            p.save: gr.Button(interactive=False),
        }

    def _opened(self, me: PersonView, sid: int | None) -> dict[Any, Any]:
        """Form, plan, chat and status for one session of the pair ([NEW] clears the plan)."""
        if sid is None:
            return self._blank()
        p, s = self.p, self.deps.record.get_session(me, sid)
        working = working_plan(s)
        saved_plan = _valid_plan({k: v for k, v in (s.plan or {}).items() if k != "working"})
        plan = _valid_plan(working.get("plan")) or saved_plan
        request = working.get("request") or (
            saved_plan.request.model_dump() if saved_plan else {"topic": s.topic}
        )
        form = {
            c: request[k] for k, c in zip(FORM, p.form, strict=True) if request.get(k) is not None
        }
        if plan is None:
            return {
                **self._blank(),
                **form,
                p.saved: f"*Session {s.number}{_due(s.held_on)}: no plan yet.*",
            }
        return {
            **form,
            **self._plan_out(plan, me),
            p.chat: _chat(working.get("chat")),
            p.saved: _opened_said(s, working),
            p.save: gr.Button(interactive=True),
        }

    def _unsaved(self, me: PersonView, pid: int | None) -> int | None:
        """The pair's latest session with a working plan not saved yet: a reload reopens it."""
        if pid is None:
            return None
        for s in reversed(self.deps.record.list_sessions(me, pid)):
            if working_plan(s) and not working_plan(s).get("saved"):
                return s.id
        return None

    def _pair_opened(self, me: PersonView, pid: int | None, sid: int | None) -> dict[Any, Any]:
        """A pair's session opened; a new one starts from the senior's learning goals."""
        opened = self._opened(me, sid)
        return {**opened, **self._goal(me, pid)} if sid is None else opened

    @guard
    def on_pair(self, pair_id: Any, request: gr.Request) -> dict[Any, Any]:
        me, pid = self._me(request), int_or_none(pair_id)
        choices, value = _session_choices(self.deps, me, pid)
        return {
            self.p.session: gr.Dropdown(choices=choices, value=value),
            **self._pair_opened(me, pid, int_or_none(value)),
        }

    @guard
    def on_session(self, pair_id: Any, session_id: Any, request: gr.Request) -> dict[Any, Any]:
        return self._opened(self._me(request), int_or_none(session_id))

    @guard
    def make_plan(
        self,
        pair_id: Any,
        session_id: Any,
        topic_v: str,
        role_v: str,
        goal_v: str,
        wishes_v: str,
        minutes_v: float,
        request: gr.Request,
    ) -> Iterator[dict[Any, Any]]:
        me, p = self._me(request), self.p
        asked = PrepareInput(
            topic=topic_v,
            role=role_v,
            goal=goal_v,
            wishes=wishes_v,
            minutes=int(minutes_v or 45),
            pair_id=int_or_none(pair_id),
            session_id=int_or_none(session_id),
        )
        req = build_request(self.deps.record, me, asked)
        about = topic_label(req.topic_slug) if req.topic_slug != "general" else req.topic
        yield {
            p.plan_md: f"### Preparing session {req.session_number}…\n\nReading the "
            f"guidance library for *{safe(about)}*.",
            p.chat: [],
            p.saved: "",
        }
        done = flow.prepare_and_keep(self.deps.record, self.deps.coach, me, asked, req)
        out = self._plan_out(done.plan, me)
        parts = out[p.plan_md].split("\n### ")
        for n in range(1, len(parts)):  # show the plan section by section as it is laid out
            yield {p.plan_md: "\n### ".join(parts[:n])}
        if done.opened:
            out[p.session] = gr.Dropdown(
                value=done.session_id, choices=_session_choices(self.deps, me, asked.pair_id)[0]
            )
        yield {**out, p.chat: [], p.saved: "", p.save: gr.Button(interactive=True)}

    @guard
    def show_passage(self, passage_id: str | None, request: gr.Request) -> str:
        me = self._me(request)
        if not passage_id:
            return ""
        x = read_passage(self.deps.library, me, passage_id)
        if x is None:  # HR-only guidance stays with HR, whatever id is asked for
            return "*That passage is no longer in the library.*"
        return (
            f"**{safe(x.label)}**\n\n{inert_code(x.source)} · {safe(topic_label(x.topic))}"
            f" · *{safe(x.provenance)}*\n\n{safe(x.text)}"
        )

    @guard
    def refine(
        self, text: str, history: list, plan_json: dict | None, session_id: Any, request: gr.Request
    ) -> Iterator[dict[Any, Any]]:
        me, p = self._me(request), self.p
        if not plan_json:
            raise gr.Error("Prepare a plan first, then ask for changes.", title="No plan yet")
        if not (text or "").strip():
            return
        plan, history = SessionPlan.model_validate(plan_json), list(history or [])
        turns = [
            *history,
            {"role": "user", "content": safe(text)},
            {"role": "assistant", "content": "…"},
        ]
        yield {p.message: "", p.chat: turns}
        said = ""
        for event in refine_plan(self.deps.coach, RefineInput(plan, text, history)):
            if isinstance(event, Said):
                said = event.text
                turns[-1] = {"role": "assistant", "content": safe(said) or "…"}
                yield {p.message: "", p.chat: turns}
            else:
                plan = event
        turns[-1] = {
            "role": "assistant",
            "content": safe(said or plan.changes) or "I updated the plan.",
        }
        if (sid := int_or_none(session_id)) is not None:
            flow.keep_draft(self.deps.record, me, sid, plan, _chat(turns))
        form = {c: getattr(plan.request, k) for k, c in zip(FORM, p.form, strict=True)}
        yield {p.message: "", p.chat: turns, **self._plan_out(plan, me), **form}

    @guard
    def save_plan(
        self, pair_id: Any, session_id: Any, plan_json: dict | None, request: gr.Request
    ) -> dict[Any, Any]:
        me = self._me(request)
        if not plan_json:
            raise gr.Error("Prepare a plan first.", title="No plan yet")
        pid = int_or_none(pair_id)
        if pid is None:
            raise gr.Error("Choose the pair this plan is for, then save it.", title="No pair")
        s = flow.save_plan(
            self.deps.record,
            me,
            pid,
            int_or_none(session_id),
            SessionPlan.model_validate(plan_json),
        )
        choices, _ = _session_choices(self.deps, me, pid)
        return {
            self.p.session: gr.Dropdown(choices=choices, value=s.id),
            self.p.saved: f"Saved as the plan for session {s.number}{_due(s.held_on)}. "
            "Only you can see it unless you share the session with your partner.",
        }

    def wire(self) -> None:
        """Every event of the view; all private (not in the API docs), each checked."""
        p, private = self.p, {"api_visibility": "private"}
        coach_lane = {"concurrency_id": "coach", "concurrency_limit": 2, **private}
        p.pair.input(self.on_pair, [p.pair], [p.session, *p.shown], **private)
        p.session.input(self.on_session, [p.pair, p.session], p.shown, **private)
        p.go.click(
            self.make_plan,
            [p.pair, p.session, *p.form],
            [p.plan_md, p.plan_state, p.cites, p.download, p.chat, p.saved, p.save, p.session],
            **coach_lane,
        )
        p.cites.change(self.show_passage, [p.cites], [p.passage], show_progress="hidden", **private)
        p.message.submit(
            self.refine,
            [p.message, p.chat, p.plan_state, p.session],
            [p.message, p.chat, p.plan_md, p.plan_state, p.cites, p.download, *p.form],
            **coach_lane,
        )
        p.save.click(
            self.save_plan, [p.pair, p.session, p.plan_state], [p.session, p.saved], **private
        )

    def load(self, me: PersonView) -> list[Any]:
        pairs = _pair_choices(self.deps, me)
        first = pairs[0][1] if pairs else None
        sessions, value = _session_choices(self.deps, me, first)
        reopen = self._unsaved(me, first)  # unsaved work comes back after a reload
        opened = self._pair_opened(me, first, reopen)
        return [
            gr.Dropdown(choices=pairs, value=first),
            gr.Dropdown(choices=sessions, value=reopen if reopen is not None else value),
            *[opened.get(c, gr.skip()) for c in self.p.shown],
        ]


def build(deps: Deps) -> View:
    parts = layout()
    view = Prepare(deps, parts)
    view.wire()
    return View(
        tab=parts.tab,
        roles=ROLES,
        load=view.load,
        outputs=[parts.pair, parts.session, *parts.shown],
    )
