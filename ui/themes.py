"""Themes (HR): what the cohort's shared lessons are about, from approved notes only.

Each theme shows its label, how many notes it holds and a few quotes, each citing its note.
Private notes, and offers not yet approved, never reach this view (see coach.flows.themes).
"""

from __future__ import annotations

from typing import Any

import gradio as gr

from coach.flows.themes import THEME_READERS, CohortThemes, cohort_themes
from ui.common import View, caller, guard, safe
from ui.deps import Deps

ROLES = THEME_READERS
EMPTY = "No approved notes yet: themes appear once HR approves lessons offered for the library."


# Clustering is heavy: one at a time, the page and the endpoint in one lane.
LANE: dict[str, Any] = {"concurrency_id": "themes", "concurrency_limit": 1}


def themes_markdown(found: CohortThemes) -> str:
    """The themes as Markdown, every stored string made inert."""
    if not found.themes:
        return EMPTY
    lines = [f"**{len(found.themes)} themes** across {found.notes} approved notes."]
    for theme in found.themes:
        lines.append(f"\n### {safe(theme.label)} ({theme.count} notes)")
        lines += [f"> {safe(q.text)} — *{safe(q.title)}* ({q.source})\n" for q in theme.quotes]
    if found.notice:
        lines.append(f"\n*{safe(found.notice)}*")
    return "\n".join(lines)


def find_themes(deps: Deps, me: Any) -> CohortThemes:
    """The flow with the app's embedder, and the model's names when a model is configured."""
    from coach.engine.theme_labels import label_themes

    labeller = None if deps.offline else (lambda themes: label_themes(deps.coach, themes))
    return cohort_themes(deps.record, me, deps.index.embedder.encode, labeller)


def build(deps: Deps) -> View:
    with gr.Tab("Themes", id="themes", visible=False) as tab:
        gr.Markdown(
            "What the cohort's shared lessons are about: approved, anonymised notes grouped "
            "by meaning, each theme with its count and quotes citing the note they come from.",
            elem_classes=["lead"],
        )
        show = gr.Button("Show themes", elem_id="themes-go")
        listed = gr.Markdown(elem_id="themes-list")

    @guard
    def on_show(request: gr.Request) -> str:
        return themes_markdown(find_themes(deps, caller(deps, request, ROLES)))

    for event in (show.click, tab.select):
        event(on_show, None, [listed], api_visibility="private", **LANE)
    return View(tab=tab, roles=ROLES)


def register_api(deps: Deps) -> None:
    """The public `/themes` endpoint, checked like the page (registered outside the tabs)."""

    @guard
    def themes(request: gr.Request) -> dict:
        """Cohort themes (HR): approved shared notes grouped, each theme with its label,
        count and quotes citing their notes. Never from private or unapproved notes."""
        return find_themes(deps, caller(deps, request, ROLES)).as_dict()

    gr.api(themes, api_name="themes", **LANE)
