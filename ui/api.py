"""The deliberate API: the few endpoints shown in the API docs, each checked like the page.

Everything else the page calls is private (hidden from the docs and the client libraries),
and still checks the caller's role on the server, because a browser session can call it.
Each endpoint reads the caller and runs one flow of `coach.flows`.
"""

from __future__ import annotations

from collections.abc import Callable

import gradio as gr

from coach.flows import program as program_flow
from coach.flows.ask import ask as ask_coach
from coach.flows.library import EditInput, SearchInput, search_library
from coach.flows.library import edit_source as edit_document
from coach.flows.pair_outcomes import open_pair
from coach.flows.prepare import PrepareInput, prepare_plan
from coach.sanitise import plan_to_markdown
from ui import themes
from ui.common import caller, guard
from ui.deps import Deps

SIGNED_IN = ("mentor", "mentee", "hr", "admin")
HIT_FIELDS = ("id", "title", "section", "source", "topic", "kind", "text")


def search_endpoint(deps: Deps) -> Callable:
    @guard
    def search(query: str, topic: str, request: gr.Request) -> list[dict]:
        """Search guidance and approved notes (anyone signed in): passages with their text."""
        me = caller(deps, request, SIGNED_IN)
        hits = search_library(deps.library, me, SearchInput(query, 5, topic=topic))
        return [{f: getattr(h, f) for f in HIT_FIELDS} for h in hits]

    return search


def prepare_endpoint(deps: Deps) -> Callable:
    @guard
    def prepare(
        topic: str,
        role: str,
        goal: str,
        session_number: int,
        request: gr.Request,
        minutes: int = 45,
        wishes: str = "",
    ) -> str:
        """A cited session plan as Markdown (junior mentors): the page's own prepare flow."""
        me = caller(deps, request, ("mentor",))
        asked = PrepareInput(
            topic=topic,
            role=role,
            goal=goal,
            wishes=wishes or "",
            minutes=int(minutes or 45),
            session_number=int(session_number or 1),
        )
        return plan_to_markdown(prepare_plan(deps.record, deps.coach, me, asked))

    return prepare


def figures_endpoint(deps: Deps) -> Callable:
    @guard
    def program_figures(request: gr.Request) -> dict:
        """Program figures (HR and admins): pairs, sessions, topics, ratings, action items."""
        me = caller(deps, request, ("hr", "admin"))
        asked = program_flow.FiguresInput(csv=False)
        return program_flow.program_figures(deps.record, me, asked).as_dict()

    return program_figures


def ask_endpoint(deps: Deps) -> Callable:
    @guard
    def ask(question: str, request: gr.Request, conversation_id: int = 0) -> dict:
        """Ask the coach (any signed-in person): an answer from the library with the passages
        it cites, kept in the asker's own conversation (pass its id to continue it)."""
        me = caller(deps, request, SIGNED_IN)
        asked = ask_coach(deps.record, deps.coach, me, question, int(conversation_id) or None)
        return {"conversation_id": asked.conversation_id, **asked.answer.to_dict()}

    return ask


def pair_endpoint(deps: Deps) -> Callable:
    @guard
    def program_pair(pair_id: int, request: gr.Request) -> dict:
        """One pair (HR and admins): its sessions' dates, status, topics, ratings and action
        item counts, and the junior mentor's progression. Never note or item text."""
        me = caller(deps, request, ("hr", "admin"))
        return open_pair(deps.record, me, pair_id).to_dict()

    return program_pair


def edit_endpoint(deps: Deps) -> Callable:
    @guard
    def edit_source(source: str, topic: str, visibility: str, request: gr.Request) -> str:
        """Change an uploaded document's topic or visibility (HR and admins); empty keeps it.

        Returns the sentence the page shows.
        """
        me = caller(deps, request, ("hr", "admin"))
        asked = EditInput(source or "", topic=topic or None, visibility=visibility or None)
        return edit_document(deps.library, me, asked)

    return edit_source


def register(deps: Deps) -> None:
    """Add the public endpoints to the Blocks being built."""
    gr.api(figures_endpoint(deps), api_name="program_figures")
    gr.api(ask_endpoint(deps), api_name="ask", concurrency_id="coach", concurrency_limit=2)
    gr.api(search_endpoint(deps), api_name="search", concurrency_id="search", concurrency_limit=4)
    gr.api(prepare_endpoint(deps), api_name="prepare", concurrency_id="coach", concurrency_limit=2)
    gr.api(pair_endpoint(deps), api_name="program_pair")
    edit = edit_endpoint(deps)
    gr.api(edit, api_name="edit_source", concurrency_id="index-write", concurrency_limit=1)
    themes.register_api(deps)
