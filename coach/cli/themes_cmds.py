"""`coach themes`: what the cohort's shared lessons are about (HR), from approved notes only."""

from __future__ import annotations

import argparse
import json
from typing import Any

from coach.cli.record_cmds import _as, _record
from coach.sanitise import sanitise_text as inert
from coach.settings import load_settings


def _labeller(settings: Any) -> Any:
    """The model's namer when a model is configured, else None (the offline labels stand)."""
    if not settings.model:
        return None
    from coach.engine import Coach
    from coach.engine.llm import build_chat_model
    from coach.engine.theme_labels import label_themes

    coach = Coach(settings=settings, llm=build_chat_model(settings))
    return lambda themes: label_themes(coach, themes)


def cmd_themes(args: argparse.Namespace) -> int:
    from coach.embeddings import make_embedder
    from coach.flows.themes import cohort_themes

    settings = load_settings()
    with _record() as record:
        actor = _as(record, args.as_email)
        found = cohort_themes(record, actor, make_embedder(settings).encode, _labeller(settings))
    if args.json:
        print(json.dumps(found.as_dict(), indent=2, ensure_ascii=False))
        return 0
    if not found.themes:
        print("No approved notes yet: themes appear once HR approves shared lessons.")
        return 0
    print(f"{len(found.themes)} themes across {found.notes} approved notes:")
    for theme in found.themes:
        print(f"\n{inert(theme.label)} ({theme.count} notes)")
        for quote in theme.quotes:
            print(f'  "{inert(quote.text)}" [{quote.source}]')
    if found.notice:
        print(f"\n{inert(found.notice)}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    themes = subparsers.add_parser(
        "themes", help="themes across the approved shared notes, with quotes (HR)"
    )
    themes.add_argument("--json", action="store_true")
    themes.add_argument("--as", dest="as_email", required=True, metavar="EMAIL")
    themes.set_defaults(func=cmd_themes)
