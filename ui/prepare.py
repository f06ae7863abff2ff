"""Prepare (junior mentor): a cited plan for the next session, refined by chat, saved."""

from __future__ import annotations

from typing import Any

import gradio as gr

from coach.engine import PrepareRequest, Replace, SessionPlan
from coach.record import PersonView
from coach.sanitise import plan_to_markdown
from ui.common import (
    TOPIC_CHOICES,
    View,
    caller,
    download_file,
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


def _earlier_takeaways(deps: Deps, me: PersonView, pair_id: int | None) -> list[str]:
    """Takeaways the mentee chose to share with the pair, to build on them."""
    if pair_id is None:
        return []
    out: list[str] = []
    for s in deps.record.list_sessions(me, pair_id):
        for t in (s.reflection or {}).get("takeaways", []) or []:
            text = t.get("text") if isinstance(t, dict) else t
            if text:
                out.append(str(text)[:300])
    return out[-10:]


def _sources(plan: SessionPlan) -> list[tuple[str, str]]:
    """Short labels for the citation chips: the section cited (the panel shows the rest)."""
    out = []
    for i, s in enumerate(plan.sources, start=1):
        section = str(s.get("section") or "").split(" > ")[-1]
        label = section or s.get("title") or s.get("source") or "source"
        out.append((f"[{i}] {safe(label)}", str(s.get("id", ""))))
    return out


def _plan_outputs(plan: SessionPlan) -> tuple[str, dict, Any, Any]:
    md = plan_to_markdown(plan)
    name = f"session-{plan.request.session_number}-{plan.request.topic_slug}-plan.md"
    return (md, plan.model_dump(mode="json"),
            gr.Radio(choices=_sources(plan), value=None),
            gr.DownloadButton(value=download_file(name, md), interactive=True))


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
                minutes = gr.Slider(30, 60, value=45, step=5, label="Minutes")
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

    @guard
    def on_pair(pair_id: Any, request: gr.Request) -> tuple:
        me = caller(deps, request, ROLES)
        choices, value = _session_choices(deps, me, int_or_none(pair_id))
        return gr.Dropdown(choices=choices, value=value), _goal(me, int_or_none(pair_id))

    @guard
    def on_session(pair_id: Any, session_id: Any, request: gr.Request) -> tuple:
        me = caller(deps, request, ROLES)
        sid = int_or_none(session_id)
        if sid is None:
            return (*[gr.skip()] * 5, "", gr.skip())
        s = deps.record.get_session(me, sid)
        try:
            plan = SessionPlan.model_validate(s.plan or {})
        except ValueError:
            return (s.topic, *[gr.skip()] * 4, "", gr.skip())
        md, state, radio, dl = _plan_outputs(plan)
        return (s.topic, md, state, radio, dl,
                f"*Showing the plan saved for session {s.number}.*", gr.Button(interactive=True))

    @guard
    def make_plan(pair_id: Any, session_id: Any, topic_v: str, role_v: str, goal_v: str,
                wishes_v: str, minutes_v: float, request: gr.Request):  # noqa: ANN202
        me = caller(deps, request, ROLES)
        pid = int_or_none(pair_id)
        number = 1
        if pid is not None:
            sid = int_or_none(session_id)
            number = deps.record.get_session(me, sid).number if sid else \
                deps.record.get_pair(me, pid).next_session_number
        req = PrepareRequest(topic=(topic_v or "general"), role=role_v or "senior leader",
                             goal=goal_v or "", wishes=wishes_v or "", session_number=number,
                             minutes=int(minutes_v or 45),
                             earlier_takeaways=_earlier_takeaways(deps, me, pid))
        about = topic_label(req.topic_slug) if req.topic_slug != "general" else req.topic
        yield (f"### Preparing session {number}…\n\nReading the guidance library for "
               f"*{safe(about)}*."), gr.skip(), gr.skip(), gr.skip(), [], "", gr.skip()
        plan = deps.coach.prepare(req)
        md, state, radio, dl = _plan_outputs(plan)
        parts = md.split("\n### ")
        for n in range(1, len(parts)):  # show the plan section by section as it is laid out
            yield ("\n### ".join(parts[:n]), *[gr.skip()] * 6)
        yield md, state, radio, dl, [], "", gr.Button(interactive=True)

    @guard
    def show_passage(passage_id: str | None, request: gr.Request) -> str:
        caller(deps, request, ROLES)
        if not passage_id:
            return ""
        found = [p for p in deps.index.get([passage_id]) if p.visibility == "everyone"]
        if not found:  # HR-only guidance stays with HR, whatever id is asked for
            return "*That passage is no longer in the library.*"
        p = found[0]
        return (f"**{safe(p.label)}**\n\n`{safe(p.source)}` · {safe(topic_label(p.topic))}\n\n"
                f"{safe(p.text)}")

    @guard
    def refine(text: str, history: list, plan_json: dict | None, request: gr.Request):  # noqa: ANN202
        caller(deps, request, ROLES)
        if not plan_json:
            raise gr.Error("Prepare a plan first, then ask for changes.", title="No plan yet")
        if not (text or "").strip():
            return
        plan = SessionPlan.model_validate(plan_json)
        history = list(history or [])
        turns = [*history, {"role": "user", "content": safe(text)},
                 {"role": "assistant", "content": "…"}]
        yield "", turns, gr.skip(), gr.skip(), gr.skip(), gr.skip()
        said = ""
        for part in deps.coach.refine_stream(plan, text, history):
            if isinstance(part, SessionPlan):
                plan = part
                break
            said = part.text if isinstance(part, Replace) else said + part  # a failed turn
            turns[-1] = {"role": "assistant", "content": safe(said) or "…"}
            yield "", turns, gr.skip(), gr.skip(), gr.skip(), gr.skip()
        turns[-1] = {"role": "assistant",
                     "content": safe(said or plan.changes) or "I updated the plan."}
        md, state, radio, dl = _plan_outputs(plan)
        yield "", turns, md, state, radio, dl

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
            sid = deps.record.create_session(me, pid, topic=plan.request.topic).id
        s = deps.record.save_plan(me, sid, plan.model_dump(mode="json"))
        choices, _ = _session_choices(deps, me, pid)
        return (gr.Dropdown(choices=choices, value=s.id),
                f"Saved as the plan for session {s.number}. Only you can see it unless you "
                "share the session with your partner.")

    pair.input(on_pair, [pair], [session, goal], api_visibility="private")
    session.input(on_session, [pair, session],
                  [topic, plan_md, plan_state, cites, download, saved, save],
                  api_visibility="private")
    go.click(make_plan, [pair, session, topic, role, goal, wishes, minutes],
             [plan_md, plan_state, cites, download, chat, saved, save],
             concurrency_id="coach", concurrency_limit=2, api_visibility="private")
    cites.change(show_passage, [cites], [passage], api_visibility="private",
                 show_progress="hidden")
    message.submit(refine, [message, chat, plan_state],
                   [message, chat, plan_md, plan_state, cites, download],
                   concurrency_id="coach", concurrency_limit=2, api_visibility="private")
    save.click(save_plan, [pair, session, plan_state], [session, saved],
               api_visibility="private")

    def load(me: PersonView) -> list[Any]:
        pairs = _pair_choices(deps, me)
        first = pairs[0][1] if pairs else None
        sessions, value = _session_choices(deps, me, first)
        return [gr.Dropdown(choices=pairs, value=first),
                gr.Dropdown(choices=sessions, value=value), _goal(me, first)]

    return View(tab=tab, roles=ROLES, load=load, outputs=[pair, session, goal])
