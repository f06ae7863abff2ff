"""`coach prepare|reflect`: plan a session, or reflect on notes, from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coach.errors import IndexUnavailable, InvalidInput
from coach.settings import load_settings
from coach.utf8_text import decode_utf8


def _coach(need_index: bool):  # noqa: ANN202 - Coach, imported lazily to keep --help fast
    from coach.engine import Coach
    from coach.index import open_index

    settings = load_settings()
    try:
        index = open_index(settings)
    except IndexUnavailable:
        if need_index:
            raise
        index = None
    coach = Coach.from_settings(settings, index)
    if index is None:
        from coach.embeddings import make_embedder

        coach.embedder = make_embedder(settings)
    return coach


def cmd_prepare(args: argparse.Namespace) -> int:
    from coach.flows.prepare import PrepareInput, build_request
    from coach.sanitise import for_terminal, plan_to_markdown

    try:
        request = build_request(
            None,
            None,
            PrepareInput(
                topic=args.topic,
                role=args.role,
                goal=args.goal or "",
                wishes=args.wishes or "",
                minutes=args.minutes,
                session_number=args.session,
                takeaways=args.takeaway or [],
            ),
        )
    except ValueError as exc:
        raise InvalidInput(f"That request cannot be used: {_first_error(exc)}") from None
    plan = _coach(need_index=True).prepare(request)
    if args.json:
        print(plan.model_dump_json(indent=2))
    else:
        print(for_terminal(plan_to_markdown(plan)))
    return 0


def _read_notes(source: str) -> str:
    raw = sys.stdin.buffer.read() if source == "-" else _read_file(Path(source))
    return decode_utf8(raw, "The notes are", "save them as UTF-8 and try again")


def _read_file(path: Path) -> bytes:
    if not path.is_file():
        raise InvalidInput(f"There is no file at {path}.")
    return path.read_bytes()


def cmd_reflect(args: argparse.Namespace) -> int:
    from coach.sanitise import for_terminal, reflection_to_markdown

    notes = _read_notes(args.file)
    reflection = _coach(need_index=False).reflect(notes)
    if args.json:
        print(reflection.model_dump_json(indent=2))
    else:
        print(for_terminal(reflection_to_markdown(reflection)))
    return 0


def _first_error(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        return f"{'.'.join(str(x) for x in first['loc'])}: {first['msg']}"
    return str(exc)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("prepare", help="plan a session: agenda, cited questions, what to bring")
    p.add_argument("--topic", required=True, help="one of the eight topics, or free text")
    p.add_argument(
        "--role", required=True, help="the senior's role, e.g. 'Chief Financial Officer'"
    )
    p.add_argument("--goal", default="", help="what the senior wants from the program")
    p.add_argument("--session", type=int, default=1, help="session number (default 1)")
    p.add_argument("--minutes", type=int, default=45, help="session length, 30-60 (default 45)")
    p.add_argument("--wishes", default="", help="anything else the plan should consider")
    p.add_argument("--takeaway", action="append", help="an earlier takeaway (repeatable)")
    p.add_argument("--json", action="store_true", help="print the plan as JSON")
    p.set_defaults(func=cmd_prepare)

    r = sub.add_parser("reflect", help="takeaways, assumptions, action items from notes")
    r.add_argument("file", help="a UTF-8 text or Markdown file, or - for standard input")
    r.add_argument("--json", action="store_true", help="print the reflection as JSON")
    r.set_defaults(func=cmd_reflect)
