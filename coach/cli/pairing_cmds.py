"""`coach people import` (department, manager, expertise, goals) and `coach pairs` (HR)."""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path
from typing import Any

from coach.csv_rows import CsvRows, read_rows
from coach.errors import InvalidInput
from coach.sanitise import sanitise_text as inert  # names and areas are stored text
from coach.settings import load_settings


def _record() -> Any:
    from coach.record import open_record

    return open_record(load_settings())


def _as(record: Any, email: str) -> int:
    from coach.record import SYSTEM

    return record.find_person(SYSTEM, email).id


def read_people_csv(path: Path) -> CsvRows:
    """The rows of a people CSV (with their file lines), or a clear message for a missing
    file or columns."""
    from coach.record.profiles import COLUMNS

    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            table = read_rows(handle)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InvalidInput(f"{path} cannot be read as a UTF-8 CSV file: {exc}.") from exc
    missing = [c for c in ("name", "email", "role") if c not in table.header]
    if missing:
        raise InvalidInput(
            f"{path.name} has no {', '.join(missing)} column; the columns are {', '.join(COLUMNS)}."
        )
    return table


def cmd_people_import(args: argparse.Namespace) -> int:
    table = read_people_csv(Path(args.file))
    with _record() as record:
        report = record.import_people(_as(record, args.as_email), table.rows, table.lines)
    print(
        f"created {len(report.created)}, updated {len(report.updated)}, "
        f"unchanged {len(report.unchanged)}, problems {len(report.problems)}"
    )
    for problem in report.problems:
        print(f"  {inert(problem)}")
    return 1 if report.problems else 0


def _embed() -> Any:
    """The embedder behind the data folder's vector cache: people whose expertise or goals
    are unchanged since the last suggestion are not embedded again."""
    from coach.embeddings import make_embedder
    from coach.vector_cache import cached

    settings = load_settings()
    return cached(settings.data_dir, make_embedder(settings))


def _pair(value: str) -> tuple[int, int]:
    try:
        junior, senior = value.split(":")
        return int(junior), int(senior)
    except ValueError as exc:
        raise argparse.ArgumentTypeError("give a pair as JUNIOR_ID:SENIOR_ID") from exc


def cmd_pairs_suggest(args: argparse.Namespace) -> int:
    from coach.flows.pairing import SuggestInput, suggest_pairs

    asked = SuggestInput(
        cycle_id=args.cycle,
        pins=tuple(args.pin),
        exclude=tuple(args.exclude),
        avoid=tuple(args.reject),
    )
    with _record() as record:
        result = suggest_pairs(record, _as(record, args.as_email), asked, _embed())
    if args.json:
        print(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
        return 0
    print(f"Suggested pairs for cycle {result.cycle_id}:")
    for p in result.suggestions.pairs:
        print(f"  {p.junior_id:>4}:{p.senior_id:<4} {p.score:+.2f}  {inert(p.why)}")
    for note in result.suggestions.notes:
        print(f"  {note}")
    print("Accept one with `coach pairs accept --cycle ID JUNIOR_ID:SENIOR_ID --as EMAIL`.")
    return 0


def cmd_pairs_accept(args: argparse.Namespace) -> int:
    from coach.flows.pairing import accept_suggestion

    with _record() as record:
        actor = _as(record, args.as_email)
        for junior, senior in args.pairs:
            pair = accept_suggestion(record, actor, args.cycle, junior, senior)
            print(
                f"paired {inert(pair.mentor_name or '')} with {inert(pair.mentee_name or '')}"
                f" (pair {pair.id})"
            )
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    people = subparsers.choices["people"]
    psub = next(a for a in people._actions if isinstance(a, argparse._SubParsersAction))
    imp = psub.add_parser(
        "import",
        help="import people from CSV (HR, admin): "
        "name,email,role,department,manager_email,expertise,goals",
    )
    imp.add_argument("file")
    imp.add_argument("--as", dest="as_email", required=True, metavar="EMAIL")
    imp.set_defaults(func=cmd_people_import)

    pairs = subparsers.add_parser("pairs", help="suggested pairs for a cycle (HR)")
    sub = pairs.add_subparsers(dest="pairs_command", required=True, metavar="ACTION")
    sug = sub.add_parser("suggest", help="suggest pairs, each with why")
    sug.add_argument("--cycle", type=int, default=None, help="cycle id (default: the latest)")
    sug.add_argument("--json", action="store_true")
    sug.add_argument("--pin", type=_pair, action="append", default=[], metavar="J:S")
    sug.add_argument("--reject", type=_pair, action="append", default=[], metavar="J:S")
    sug.add_argument("--exclude", type=int, action="append", default=[], metavar="ID")
    sug.add_argument("--as", dest="as_email", required=True, metavar="EMAIL")
    sug.set_defaults(func=cmd_pairs_suggest)
    acc = sub.add_parser("accept", help="create the pairs HR accepted")
    acc.add_argument("--cycle", type=int, required=True)
    acc.add_argument("pairs", type=_pair, nargs="+", metavar="J:S")
    acc.add_argument("--as", dest="as_email", required=True, metavar="EMAIL")
    acc.set_defaults(func=cmd_pairs_accept)
