"""Prepare (junior mentor): a cited plan for the next session, refined by chat, saved.

The working plan (the request as typed, the latest plan and the refine chat) is kept in the
record with its session, so a reload brings it back and a saved plan reopens with its own
request rather than whatever the form last held.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import gradio as gr

from coach.engine import Replace, SessionPlan
from coach.flows.cycle import open_next_session
from coach.flows.prepare import PrepareInput, build_request
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
EMPTY_PLAN = ("### Your plan will appear here\n\nChoose the pair and session (or just a topic), "
              "say who the senior is and what they want, then press **Prepare the plan**. "
              "Every question cites the guidance it came from: pick a source on the right to "
              "read it.")
NEW = "new"
CHAT_KEPT = 30  # refine messages kept with a working plan (the record caps its size)
FORM = ("topic", "role", "goal", "wishes", "minutes")


def _due(day: date | None) -> str:
    return f" (due {short_date(day)})" if day else ""


def _working(s: SessionView) -> dict:
    """The session's working plan, if the mentor has one (partners never see it)."""
    found = (s.plan or {}).get("working")
    return found if isinstance(found, dict) else {}


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
    choices = [(f"Session {s.number}: {short_topic(s.topic)} ({short_date(s.held_on)})", s.id)
               for s in sessions]
    if pair.status == "active":
        due = f", due {short_date(pair.next_session_due)}" if pair.next_session_due else ""
        choices.append((f"Next: session {pair.next_session_number}{due}", NEW))
    return choices, (NEW if pair.status == "active" else (choices[-1][1] if choices else None))


def _pair_choices(deps: Deps, me: PersonView) -> list:
    return [(f"With {p.mentee_name or 'a former member'} ({p.cycle_name})"
             + ("" if p.status == "active" else ", ended"), p.id)
            for p in deps.record.my_pairs(me)]


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
    return (md, plan.model_dump(mode="json"),
            gr.Radio(choices=_sources(plan), value=None),
            gr.DownloadButton(value=deps.downloads.write(me.email, name, md), interactive=True))


def build(deps: Deps) -> View:
    with gr.Tab("Prepare", id="prepare", visible=False) as tab:
        gr.Markdown("Plan your next session: an agenda, open questions that each cite the "
                    "guidance they came from, and what to bring. Then chat to adjust it.",
                    elem_classes=["lead"])
        plan_state = gr.State(None)
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=260, elem_classes=["panel"]):
                pair = gr.Dropdown(label="Pair", choices=[], interactive=True)
                session = gr.Dropdown(label="Session", choices=[], interactive=True,
                                      elem_id="prepare-session")
                topic = gr.Dropdown(label="Topic", choices=TOPIC_CHOICES, value="technology",
                                    allow_custom_value=True, interactive=True,
                                    info="One of the eight areas, or type your own")
                role = gr.Textbox(label="The senior's role", value="senior leader")
                goal = gr.Textbox(label="What they want from it", lines=2,
                                  placeholder="e.g. understand why younger customers switch banks")
                wishes = gr.Textbox(label="Anything the coach should know", lines=2,
                                    placeholder="e.g. he is sceptical about crypto")
                minutes = gr.Slider(30, 60, value=45, step=5, label="Minutes",
                                    elem_id="prepare-minutes")
                go = gr.Button("Prepare the plan", variant="primary", elem_id="prepare-go")
            with gr.Column(scale=6, min_width=380):
                plan_md = gr.Markdown(EMPTY_PLAN, elem_id="plan", elem_classes=["plan", "panel"])
                with gr.Row():
                    save = gr.Button("Save to session", elem_id="plan-save", interactive=False)
                    download = gr.DownloadButton("Download Markdown", interactive=False,
                                                 elem_id="plan-download")
                saved = gr.Markdown(elem_id="plan-saved")
                chat = gr.Chatbot(label="Refine the plan", height=240, elem_id="refine-chat",
                                  placeholder="Ask for changes: *less technical*, *he is "
                                              "sceptical about crypto*, *30 minutes only*…")
                message = gr.Textbox(show_label=False, submit_btn="Send", elem_id="refine-msg",
                                     placeholder="What should change in the plan?")
            with gr.Column(scale=3, min_width=240, elem_classes=["panel"]):
                cites = gr.Radio(label="Sources cited", choices=[], elem_id="cites",
                                 info="Pick one to read the passage")
                passage = gr.Markdown(elem_id="passage", elem_classes=["passage"])

    def _goal(me: PersonView, pid: int | None) -> Any:
        """The mentee's learning goals, as a starting point for 'what they want'."""
        p = deps.record.get_pair(me, pid) if pid is not None else None
        if p is None or p.mentee_id is None:
            return gr.skip()
        goals = deps.record.get_person(me, p.mentee_id).learning_goals
        if not goals:
            return gr.skip()
        return "Learn about " + "; ".join(topic_label(g).split(":")[0].lower() for g in goals)

    def _keep(me: PersonView, sid: int, **changes: Any) -> None:
        """Store the working plan with its session, beside the plan saved to it."""
        s = deps.record.get_session(me, sid)
        working = {**_working(s), **changes}
        deps.record.save_plan(me, sid, {**(s.plan or {}), "working": working})

    def _open(me: PersonView, sid: int | None) -> tuple:
        """Form, plan, chat and status for one session of the pair ([NEW] clears the plan)."""
        blank = (EMPTY_PLAN, None, gr.Radio(choices=[], value=None),
                 gr.DownloadButton(value=None, interactive=False), [])
        if sid is None:
            return (*[gr.skip()] * len(FORM), *blank, "", gr.Button(interactive=False))
        s = deps.record.get_session(me, sid)
        working = _working(s)
        saved_plan = _valid_plan({k: v for k, v in (s.plan or {}).items() if k != "working"})
        plan = _valid_plan(working.get("plan")) or saved_plan
        request = working.get("request") or (saved_plan.request.model_dump() if saved_plan
                                              else {"topic": s.topic})
        form = [request.get(k) if request.get(k) is not None else gr.skip() for k in FORM]
        if plan is None:
            return (*form, *blank, f"*Session {s.number}{_due(s.held_on)}: no plan yet.*",
                    gr.Button(interactive=False))
        if working and not working.get("saved"):
            said = (f"*Session {s.number}{_due(s.held_on)}: your working plan, not saved to "
                    "the session yet.*")
        else:
            said = f"*Showing the plan saved for session {s.number}{_due(s.held_on)}.*"
        return (*form, *_plan_outputs(plan, deps, me), _chat(working.get("chat")), said,
                gr.Button(interactive=True))

    def _unsaved(me: PersonView, pid: int | None) -> int | None:
        """The pair's latest session with a working plan not saved yet: a reload reopens it."""
        if pid is None:
            return None
        for s in reversed(deps.record.list_sessions(me, pid)):
            if _working(s) and not _working(s).get("saved"):
                return s.id
        return None

    @guard
    def on_pair(pair_id: Any, request: gr.Request) -> tuple:
        me = caller(deps, request, ROLES)
        pid = int_or_none(pair_id)
        choices, value = _session_choices(deps, me, pid)
        opened = list(_open(me, int_or_none(value)))
        if int_or_none(value) is None:
            opened[FORM.index("goal")] = _goal(me, pid)
        return (gr.Dropdown(choices=choices, value=value), *opened)

    @guard
    def on_session(pair_id: Any, session_id: Any, request: gr.Request) -> tuple:
        me = caller(deps, request, ROLES)
        return _open(me, int_or_none(session_id))

    @guard
    def make_plan(pair_id: Any, session_id: Any, topic_v: str, role_v: str, goal_v: str,
                wishes_v: str, minutes_v: float, request: gr.Request):  # noqa: ANN202
        me = caller(deps, request, ROLES)
        pid, sid = int_or_none(pair_id), int_or_none(session_id)
        req = build_request(deps.record, me, PrepareInput(
            topic=topic_v, role=role_v, goal=goal_v, wishes=wishes_v, minutes=int(minutes_v or 45),
            pair_id=pid, session_id=sid))
        number, pair = req.session_number, deps.record.get_pair(me, pid) if pid else None
        about = topic_label(req.topic_slug) if req.topic_slug != "general" else req.topic
        skip = [gr.skip()] * 6
        yield (f"### Preparing session {number}…\n\nReading the guidance library for "
               f"*{safe(about)}*.", *skip[:3], [], "", gr.skip(), gr.skip())
        plan = deps.coach.prepare(req)
        session_out: Any = gr.skip()
        if pair is not None and sid is None and pair.status == "active":
            # The pair's next session is opened now, with its due date, so the working plan
            # has a place in the record.
            s = open_next_session(deps.record, me, pid, topic=req.topic)
            sid = s.id
            if s.number != number:
                plan = plan.model_copy(update={"request": plan.request.model_copy(
                    update={"session_number": s.number})})
            session_out = gr.Dropdown(choices=_session_choices(deps, me, pid)[0], value=sid)
        if sid is not None:
            _keep(me, sid, request={k: getattr(req, k) for k in FORM},
                  plan=plan.model_dump(mode="json"), chat=[], saved=False)
        md, state, radio, dl = _plan_outputs(plan, deps, me)
        parts = md.split("\n### ")
        for n in range(1, len(parts)):  # show the plan section by section as it is laid out
            yield ("\n### ".join(parts[:n]), *skip, gr.skip())
        yield md, state, radio, dl, [], "", gr.Button(interactive=True), session_out

    @guard
    def show_passage(passage_id: str | None, request: gr.Request) -> str:
        caller(deps, request, ROLES)
        if not passage_id:
            return ""
        found = [p for p in deps.index.get([passage_id]) if p.visibility == "everyone"]
        if not found:  # HR-only guidance stays with HR, whatever id is asked for
            return "*That passage is no longer in the library.*"
        p = found[0]
        return (f"**{safe(p.label)}**\n\n{inert_code(p.source)} · {safe(topic_label(p.topic))}"
                f" · *{safe(p.provenance)}*\n\n{safe(p.text)}")

    @guard
    def refine(text: str, history: list, plan_json: dict | None, session_id: Any,
               request: gr.Request):  # noqa: ANN202
        me = caller(deps, request, ROLES)
        if not plan_json:
            raise gr.Error("Prepare a plan first, then ask for changes.", title="No plan yet")
        if not (text or "").strip():
            return
        plan = SessionPlan.model_validate(plan_json)
        history = list(history or [])
        turns = [*history, {"role": "user", "content": safe(text)},
                 {"role": "assistant", "content": "…"}]
        same = [gr.skip()] * (4 + len(FORM))
        yield "", turns, *same
        said = ""
        for part in deps.coach.refine_stream(plan, text, history):
            if isinstance(part, SessionPlan):
                plan = part
                break
            said = part.text if isinstance(part, Replace) else said + part  # a failed turn
            turns[-1] = {"role": "assistant", "content": safe(said) or "…"}
            yield "", turns, *same
        turns[-1] = {"role": "assistant",
                     "content": safe(said or plan.changes) or "I updated the plan."}
        sid = int_or_none(session_id)
        if sid is not None:
            _keep(me, sid, request={k: getattr(plan.request, k) for k in FORM},
                  plan=plan.model_dump(mode="json"), chat=_chat(turns), saved=False)
        md, state, radio, dl = _plan_outputs(plan, deps, me)
        yield "", turns, md, state, radio, dl, *[getattr(plan.request, k) for k in FORM]

    @guard
    def save_plan(pair_id: Any, session_id: Any, plan_json: dict | None,
                  request: gr.Request) -> tuple:
        me = caller(deps, request, ROLES)
        if not plan_json:
            raise gr.Error("Prepare a plan first.", title="No plan yet")
        pid = int_or_none(pair_id)
        if pid is None:
            raise gr.Error("Choose the pair this plan is for, then save it.", title="No pair")
        plan = SessionPlan.model_validate(plan_json)
        sid = int_or_none(session_id)
        if sid is None:
            sid = open_next_session(deps.record, me, pid, topic=plan.request.topic).id
        working = {**_working(deps.record.get_session(me, sid)),
                   "plan": plan.model_dump(mode="json"), "saved": True}
        s = deps.record.save_plan(me, sid, {**plan.model_dump(mode="json"), "working": working})
        choices, _ = _session_choices(deps, me, pid)
        return (gr.Dropdown(choices=choices, value=s.id),
                f"Saved as the plan for session {s.number}{_due(s.held_on)}. Only you can see "
                "it unless you share the session with your partner.")

    form = [topic, role, goal, wishes, minutes]
    shown = [*form, plan_md, plan_state, cites, download, chat, saved, save]
    private = {"api_visibility": "private"}
    pair.input(on_pair, [pair], [session, *shown], **private)
    session.input(on_session, [pair, session], shown, **private)
    go.click(make_plan, [pair, session, *form],
             [plan_md, plan_state, cites, download, chat, saved, save, session],
             concurrency_id="coach", concurrency_limit=2, **private)
    cites.change(show_passage, [cites], [passage], show_progress="hidden", **private)
    message.submit(refine, [message, chat, plan_state, session],
                   [message, chat, plan_md, plan_state, cites, download, *form],
                   concurrency_id="coach", concurrency_limit=2, **private)
    save.click(save_plan, [pair, session, plan_state], [session, saved], **private)

    def load(me: PersonView) -> list[Any]:
        pairs = _pair_choices(deps, me)
        first = pairs[0][1] if pairs else None
        sessions, value = _session_choices(deps, me, first)
        reopen = _unsaved(me, first)  # unsaved work comes back after a reload
        opened = list(_open(me, reopen))
        if reopen is None:
            opened[FORM.index("goal")] = _goal(me, first)
        return [gr.Dropdown(choices=pairs, value=first),
                gr.Dropdown(choices=sessions, value=reopen if reopen is not None else value),
                *opened]

    return View(tab=tab, roles=ROLES, load=load, outputs=[pair, session, *shown])
