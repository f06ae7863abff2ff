"""Ask the coach (everyone): a chat that answers from the library, citing the passages used.

The conversation shown always comes from the record, never from what the page sends back, so
a page cannot put words in someone's history, and a reload shows the same conversation. Every
event reads the conversation through the record as the signed-in person: someone else's is
refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
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


@dataclass
class Parts:
    """The Ask view's components: built by `layout`, wired by `Ask.wire`."""

    tab: gr.Tab
    history: gr.Radio
    new: gr.Button
    chat: gr.Chatbot
    message: gr.Textbox


def layout() -> Parts:
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
    return Parts(tab=tab, history=history, new=new, chat=chat, message=message)


class Ask:
    """The Ask view's events: each reads the caller, runs one flow, returns what changed."""

    def __init__(self, deps: Deps, p: Parts) -> None:
        self.deps, self.p = deps, p

    def _me(self, request: gr.Request) -> PersonView:
        return caller(self.deps, request, ROLES)

    @guard
    def send(self, text: str, conversation: Any, request: gr.Request) -> Iterator[dict]:
        """The question at once, then the answer as it is written, then the kept one."""
        me, p = self._me(request), self.p
        if not (text or "").strip():
            return
        cid = int_or_none(conversation)
        shown = _turns(self.deps.record.get_conversation(me, cid)) if cid is not None else []
        shown.append({"role": "user", "content": safe(text)})

        def now(content: str) -> dict[Any, Any]:  # a fresh list for every update
            return {p.message: "", p.chat: [*shown, {"role": "assistant", "content": content}]}

        yield now("…")
        said = ""
        for part in ask_stream(self.deps.record, self.deps.coach, me, text, cid):
            if isinstance(part, Asked):
                a, chosen = part.answer, part.conversation_id
                yield {
                    **now(answer_markdown(a.text, a.citations(), a.notice)),
                    p.history: gr.Radio(choices=_choices(self.deps, me), value=chosen),
                }
                return
            said = part.text if isinstance(part, Replace) else said + part
            yield now(safe(show_markers(said)) or "…")

    @guard
    def open_conversation(self, conversation: Any, request: gr.Request) -> list[dict[str, str]]:
        me, cid = self._me(request), int_or_none(conversation)
        return _turns(self.deps.record.get_conversation(me, cid)) if cid is not None else []

    @guard
    def start_new(self, request: gr.Request) -> dict[Any, Any]:
        me = self._me(request)
        return {
            self.p.chat: [],
            self.p.history: gr.Radio(choices=_choices(self.deps, me), value=None),
            self.p.message: gr.Textbox(placeholder=EXAMPLES.get(me.role, "Your question")),
        }

    def load(self, me: PersonView) -> list[Any]:
        latest = latest_conversation(self.deps.record, me)
        return [
            gr.Radio(choices=_choices(self.deps, me), value=latest.id if latest else None),
            _turns(latest),
            gr.Textbox(placeholder=EXAMPLES.get(me.role, "Your question")),
        ]

    def wire(self) -> None:
        """Every event of the view; all private (not in the API docs), each checked."""
        p, private = self.p, {"api_visibility": "private"}
        p.message.submit(
            self.send,
            [p.message, p.history],
            [p.message, p.chat, p.history],
            concurrency_id="coach",
            concurrency_limit=2,
            **private,
        )
        p.history.input(self.open_conversation, [p.history], [p.chat], **private)
        p.new.click(self.start_new, None, [p.chat, p.history, p.message], **private)


def build(deps: Deps) -> View:
    parts = layout()
    view = Ask(deps, parts)
    view.wire()
    return View(
        tab=parts.tab,
        roles=ROLES,
        load=view.load,
        outputs=[parts.history, parts.chat, parts.message],
    )
