"""Ask the coach (everyone): a chat that answers from the library, citing the passages used.

The conversation shown always comes from the record, never from what the page sends back, so
a page cannot put words in someone's history, and a reload shows the same conversation. Every
event reads the conversation through the record as the signed-in person: someone else's is
refused.
"""

from __future__ import annotations

from typing import Any

import gradio as gr

from coach.engine import Replace
from coach.engine.answer import show_markers
from coach.flows.ask import Asked, ask_stream, latest_conversation
from coach.record import ConversationView, PersonView, TurnView
from ui.common import View, caller, guard, int_or_none, safe
from ui.deps import Deps

ROLES = ("mentor", "mentee", "hr", "admin")
EXAMPLES = {
    "mentor": "What do I do if he keeps checking his email?",
    "mentee": "How do I follow up on what she showed me?",
    "hr": "How many pairs should a pilot have?",
    "admin": "How many pairs should a pilot have?",
}


def answer_markdown(text: str, citations: list[dict], notice: str) -> str:
    """An answer as the chat shows it: the text, its sources by number, the notice; inert."""
    lines = [text]
    if citations:
        lines.append("\n**Sources**")
        lines += [
            f"- [{c.get('n')}] {c.get('title', '')}"
            + (f" — {c['section'].split(' > ')[-1]}" if c.get("section") else "")
            for c in citations
        ]
    if notice:
        lines.append(f"\n*{notice}*")
    return safe("\n".join(lines))


def _turn(t: TurnView) -> dict[str, str]:
    if t.role == "user":
        return {"role": "user", "content": safe(t.text)}
    return {"role": "assistant", "content": answer_markdown(t.text, t.citations, t.notice)}


def _turns(conv: ConversationView | None) -> list[dict[str, str]]:
    return [_turn(t) for t in conv.turns] if conv else []


def _choices(deps: Deps, me: PersonView) -> list[tuple[str, int]]:
    return [(c.title, c.id) for c in deps.record.my_conversations(me)]


def build(deps: Deps) -> View:
    with gr.Tab("Ask the coach", id="ask", visible=False) as tab:
        gr.Markdown(
            "Ask anything about reverse mentoring. Answers come from the library, "
            "each pointing at the passage it used. Only you can see your "
            "conversations.",
            elem_classes=["lead"],
        )
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=220, elem_classes=["panel"]):
                history = gr.Radio(label="My conversations", choices=[], elem_id="ask-history")
                new = gr.Button("New conversation", size="sm", elem_id="ask-new")
            with gr.Column(scale=8, min_width=340):
                chat = gr.Chatbot(
                    label="Ask the coach",
                    height=460,
                    elem_id="ask-chat",
                    placeholder="Ask a question: *what do I do if he keeps checking his email?*",
                )
                message = gr.Textbox(
                    show_label=False,
                    submit_btn="Ask",
                    elem_id="ask-msg",
                    placeholder="Your question",
                )

    @guard
    def send(text: str, conversation: Any, request: gr.Request):  # noqa: ANN202
        me = caller(deps, request, ROLES)
        if not (text or "").strip():
            return
        cid = int_or_none(conversation)
        shown = _turns(deps.record.get_conversation(me, cid)) if cid is not None else []
        shown.append({"role": "user", "content": safe(text)})

        def now(content: str) -> list[dict[str, str]]:  # a fresh list for every update
            return [*shown, {"role": "assistant", "content": content}]

        yield "", now("…"), gr.skip()
        said = ""
        for part in ask_stream(deps.record, deps.coach, me, text, cid):
            if isinstance(part, Asked):
                a = part.answer
                yield (
                    "",
                    now(answer_markdown(a.text, a.citations(), a.notice)),
                    gr.Radio(choices=_choices(deps, me), value=part.conversation_id),
                )
                return
            said = part.text if isinstance(part, Replace) else said + part
            yield "", now(safe(show_markers(said)) or "…"), gr.skip()

    @guard
    def open_conversation(conversation: Any, request: gr.Request) -> list[dict[str, str]]:
        me = caller(deps, request, ROLES)
        cid = int_or_none(conversation)
        return _turns(deps.record.get_conversation(me, cid)) if cid is not None else []

    @guard
    def start_new(request: gr.Request) -> tuple:
        me = caller(deps, request, ROLES)
        return (
            [],
            gr.Radio(choices=_choices(deps, me), value=None),
            gr.Textbox(placeholder=EXAMPLES.get(me.role, "Your question")),
        )

    private = {"api_visibility": "private"}
    message.submit(
        send,
        [message, history],
        [message, chat, history],
        concurrency_id="coach",
        concurrency_limit=2,
        **private,
    )
    history.input(open_conversation, [history], [chat], **private)
    new.click(start_new, None, [chat, history, message], **private)

    def load(me: PersonView) -> list[Any]:
        latest = latest_conversation(deps.record, me)
        return [
            gr.Radio(choices=_choices(deps, me), value=latest.id if latest else None),
            _turns(latest),
            gr.Textbox(placeholder=EXAMPLES.get(me.role, "Your question")),
        ]

    return View(tab=tab, roles=ROLES, load=load, outputs=[history, chat, message])
