"""`coach ingest|search|reindex|stats|serve`: the library and the index."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path
from typing import Any

from coach.errors import ConfigError
from coach.settings import Settings, load_settings
from coach.topics import ALL_TOPICS, KINDS, VISIBILITIES

UPLOAD_KINDS = tuple(k for k in KINDS if k != "shared-note")  # as coach.ingest (kept light)


def _open(settings: Settings):  # noqa: ANN202 - Index, imported lazily to keep --help fast
    from coach.index import open_index

    return open_index(settings)


def _report(results: list, quiet: bool = False) -> int:
    errors = [r for r in results if r.status == "error"]
    for r in results:
        if not quiet or r.status != "unchanged":
            print(r.line(), file=sys.stderr if r.status == "error" else sys.stdout)
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    print("; ".join(f"{v} {k}" for k, v in sorted(counts.items())) or "nothing to do")
    return 1 if errors else 0


def _uploader() -> str:
    """Who runs `coach ingest` on files from elsewhere: the account at the shell."""
    import getpass

    try:
        return f"{getpass.getuser()} (command line)"
    except (OSError, KeyError):
        return "command line"


def cmd_ingest(args: argparse.Namespace) -> int:
    from coach.ingest import files_in, library_roots, sync, tqdm_progress

    settings = load_settings()
    index = _open(settings)
    files, roots, copies = [], [], []
    if not args.paths:
        roots = library_roots(settings)
    for p in map(Path, args.paths):
        if p.is_dir() and _inside(p, settings):
            roots.append(p)
        elif p.is_dir():  # a folder from elsewhere: keep copies as uploads, then index them
            for f in files_in(p):
                copies.append((f, f"{p.name}/{f.relative_to(p)}"))
        elif p.exists() and not _inside(p, settings):
            copies.append((p, p.name))
        else:
            files.append(p)
    results = _upload(args, settings, index, copies) if copies else []
    results += sync(index, settings, files=files, roots=roots, progress=tqdm_progress())
    return _report(results, quiet=args.quiet)


def _upload(args: argparse.Namespace, settings: Settings, index: Any, copies: list) -> list:
    """Files from elsewhere go through the page's upload flow: the same limit, the same
    checks, and the same rule on who may add guidance (the operator, or `--as` HR)."""
    from coach.flows.library import Library, UploadInput, upload_guidance
    from coach.ingest import tqdm_progress
    from coach.record import SYSTEM, open_record

    asked = UploadInput(
        [str(path) for path, _ in copies],
        kind=args.kind,
        visibility=args.visibility,
        topic=args.topic,
        names=[name for _, name in copies],
        by=_uploader(),
    )
    with open_record(settings, index=index) as record:
        actor = record.find_person(SYSTEM, args.as_email).id if args.as_email else SYSTEM
        return upload_guidance(Library(record, index, settings), actor, asked, tqdm_progress())


def _inside(path: Path, settings: Settings) -> bool:
    for root in (settings.knowledge_dir, settings.uploads_dir):
        if path.resolve().is_relative_to(root.resolve()):
            return True
    return False


def cmd_reindex(args: argparse.Namespace) -> int:
    from coach.flows.library import Library, reindex
    from coach.ingest import tqdm_progress
    from coach.record import SYSTEM, open_record

    settings = load_settings()
    index = _open(settings)
    with open_record(settings, index=index) as record:
        done = reindex(
            Library(record, index, settings), SYSTEM, rebuild=True, progress=tqdm_progress()
        )
    code = _report(done.results, quiet=True)
    print(f"{done.shared_notes} approved shared notes indexed")
    print(f"index holds {index.count()} chunks, embedding {index.built_with}")
    return code


def cmd_search(args: argparse.Namespace) -> int:
    settings = load_settings()
    index = _open(settings)
    visibility = ("everyone", "hr") if args.include_hr else ("everyone",)
    hits = index.search(
        args.query,
        k=args.k,
        topic=args.topic,
        kinds=args.kind,
        visibility=visibility,
        mode=args.mode,
    )
    if args.json:
        print(json.dumps([h.to_dict() for h in hits], indent=2, ensure_ascii=False))
        return 0
    from coach.sanitise import sanitise_text as inert  # stored text can be hostile

    if not hits:
        print("No passages found.")
    for n, h in enumerate(hits, 1):
        print(f"[{n}] {inert(h.label)}  ({inert(h.source)}, id {h.id}, {h.topic}/{h.kind})")
        body = " ".join(inert(h.text).split())
        print(textwrap.indent(textwrap.fill(body[:600], 96), "    "))
        print()
    return 0


def _count(value: str) -> int:
    """-k for search: the index returns 1 to 100 passages, so other counts are refused."""
    try:
        k = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number") from None
    if not 1 <= k <= 100:
        raise argparse.ArgumentTypeError(f"{k} is not between 1 and 100")
    return k


def cmd_stats(args: argparse.Namespace) -> int:
    settings = load_settings()
    stats = _open(settings).stats()
    if args.json:
        print(json.dumps(stats, indent=2))
        return 0
    print(
        f"{stats['chunks']} chunks from {stats['sources']} sources "
        f"in '{stats['collection']}', embedding {stats['embedding'] or '(empty)'}"
    )
    for key in ("topic", "kind", "visibility"):
        parts = ", ".join(f"{k} {v}" for k, v in sorted(stats[f"by_{key}"].items()))
        print(f"  by {key}: {parts}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the Gradio entry point; the coach package itself never imports Gradio."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("app")  # the checkout's app.py, or the installed one
    if spec is None or not spec.origin:
        raise ConfigError("The web app (app.py) is not installed; reinstall Turntable.")
    argv = [sys.executable, spec.origin] + (["--no-demo"] if args.no_demo else [])
    os.environ.setdefault("MALLOC_ARENA_MAX", "2")  # glibc reads it at start: app.py says why
    os.execv(sys.executable, argv)
    return 0  # pragma: no cover - execv does not return


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="bring files (default: library and uploads) into the index")
    p.add_argument(
        "paths", nargs="*", help="files or folders; files from elsewhere are kept as uploads"
    )
    p.add_argument("-q", "--quiet", action="store_true", help="do not list unchanged files")
    p.add_argument(
        "--kind",
        default="guidance",
        choices=UPLOAD_KINDS,
        help="what files from elsewhere are (default guidance); their front matter "
        "cannot change it",
    )
    p.add_argument(
        "--visibility",
        default="everyone",
        choices=VISIBILITIES,
        help="who may retrieve files from elsewhere (default everyone)",
    )
    p.add_argument(
        "--topic",
        choices=ALL_TOPICS,
        help="topic of files from elsewhere (default: their front matter, or general)",
    )
    p.add_argument(
        "--as",
        dest="as_email",
        metavar="EMAIL",
        help="add files from elsewhere as this person (HR or an administrator), named in the "
        "sources table as who added them (default: the account at the shell)",
    )
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("reindex", help="rebuild the index: library, uploads and shared notes")
    p.set_defaults(func=cmd_reindex)

    p = sub.add_parser("search", help="search the library and print passages with their sources")
    p.add_argument("query")
    p.add_argument("--topic", choices=ALL_TOPICS)
    p.add_argument("--kind", action="append", choices=KINDS)
    p.add_argument("-k", type=_count, default=5, help="how many passages, 1-100 (default 5)")
    p.add_argument("--mode", choices=("hybrid", "vector", "keyword"), default="hybrid")
    p.add_argument("--include-hr", action="store_true", help="include HR-only guidance")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("stats", help="what the index holds")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("serve", help="serve the app on 127.0.0.1")
    p.add_argument("--no-demo", action="store_true", help="start a clean instance")
    p.set_defaults(func=cmd_serve)
