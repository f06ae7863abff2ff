"""`coach progression`, `coach measures`, `coach report` and `coach program export` (HR).

Each runs as a named HR person or admin (``--as EMAIL``), so the same permission rules and
audit trail apply as in the app.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from coach.errors import InvalidInput
from coach.sanitise import sanitise_text as inert  # names and titles are stored text
from coach.settings import load_settings


def _record() -> Any:
    from coach.record import open_record

    return open_record(load_settings())


def _as(record: Any, email: str) -> int:
    from coach.record import SYSTEM

    return record.find_person(SYSTEM, email).id


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"{path} cannot be read as a UTF-8 CSV file: {exc}.") from exc


def _write(out: str | None, data: bytes) -> None:
    if not out or out == "-":
        sys.stdout.buffer.write(data)
        return
    try:
        Path(out).write_bytes(data)
    except OSError as exc:
        raise InvalidInput(f"{out} cannot be written: {exc}.") from exc
    print(f"wrote {out} ({len(data):,} bytes)", file=sys.stderr)


def cmd_progression_add(args: argparse.Namespace) -> int:
    from coach.flows.progression import record_progression
    from coach.record import SYSTEM

    with _record() as record:
        actor = _as(record, args.as_email)
        person = record.find_person(SYSTEM, args.email)
        made = record_progression(record, actor, person.id, args.kind, args.date, args.title)
    print(f"{inert(made.person_name)}: {made.kind.replace('_', ' ')} on {made.effective_on}")
    return 0


def cmd_progression_import(args: argparse.Namespace) -> int:
    from coach.flows.progression import import_progressions

    text = _read(Path(args.file))
    with _record() as record:
        report = import_progressions(record, _as(record, args.as_email), text)
    print(
        f"recorded {len(report.created)}, already there {len(report.unchanged)}, "
        f"problems {len(report.problems)}"
    )
    for problem in report.problems:
        print(f"  {inert(problem)}")
    return 1 if report.problems else 0


def cmd_progression_list(args: argparse.Namespace) -> int:
    with _record() as record:
        rows = record.list_progressions(_as(record, args.as_email))
    if not rows:
        print("No progression recorded yet. Add one with `coach progression add`.")
    for p in rows:
        title = f" ({inert(p.title)})" if p.title else ""
        print(f"{p.effective_on}  {inert(p.person_name)}: {p.kind.replace('_', ' ')}{title}")
    return 0


def cmd_measures(args: argparse.Namespace) -> int:
    from coach.flows.outcomes import program_measures

    with _record() as record:
        m = program_measures(record, _as(record, args.as_email), cycle_id=args.cycle)
    if args.json:
        rows = [
            {
                "key": x.key,
                "label": x.label,
                "count": x.count,
                "of": x.of,
                "share": x.share,
                "how": x.how,
                "hartford": x.hartford,
            }
            for x in m.measures
        ]
        print(json.dumps({"scope": m.scope, "measures": rows, "topics": m.topics}, indent=2))
        return 0
    print(f"{inert(m.scope)}, as of {m.today}")
    for x in m.measures:
        print(f"  {x.label}: {x.shown}")
        print(f"      how: {x.how}")
        print(f"      The Hartford: {x.hartford}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from coach.flows.report import program_report

    with _record() as record:
        data = program_report(record, _as(record, args.as_email), args.format, cycle_id=args.cycle)
    _write(args.out, data)
    return 0


def cmd_program_export(args: argparse.Namespace) -> int:
    from coach.flows.pair_outcomes import export_csv

    with _record() as record:
        text = export_csv(record, _as(record, args.as_email), args.what, cycle_id=args.cycle)
    _write(args.out, text.encode("utf-8"))
    return 0


def _as_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--as", dest="as_email", required=True, metavar="EMAIL")


def register(subparsers: argparse._SubParsersAction) -> None:
    prog = subparsers.add_parser("progression", help="junior mentors' promotions and new roles")
    psub = prog.add_subparsers(dest="progression_command", required=True, metavar="ACTION")
    add = psub.add_parser("add", help="record one mentor's promotion or new role")
    add.add_argument("--email", required=True, help="the junior mentor's email")
    add.add_argument("--kind", required=True, choices=("promotion", "new-role"))
    add.add_argument("--date", required=True, help="when it took effect, YYYY-MM-DD")
    add.add_argument("--title", default="", help="the new role, if you want it shown")
    _as_arg(add)
    add.set_defaults(func=cmd_progression_add)
    imp = psub.add_parser("import", help="record progressions from a CSV: email,kind,date,title")
    imp.add_argument("file")
    _as_arg(imp)
    imp.set_defaults(func=cmd_progression_import)
    lst = psub.add_parser("list", help="list recorded progressions")
    _as_arg(lst)
    lst.set_defaults(func=cmd_progression_list)

    meas = subparsers.add_parser("measures", help="the program measures, Hartford-style")
    meas.add_argument("--cycle", type=int, help="one cycle (default: every cycle)")
    meas.add_argument("--json", action="store_true")
    _as_arg(meas)
    meas.set_defaults(func=cmd_measures)

    rep = subparsers.add_parser("report", help="a one-page report for leadership")
    rep.add_argument("--cycle", type=int, help="one cycle (default: every cycle)")
    rep.add_argument("--format", required=True, choices=("md", "pdf"))
    rep.add_argument("--out", required=True, help="the file to write (- for standard output)")
    _as_arg(rep)
    rep.set_defaults(func=cmd_report)

    program = subparsers.add_parser("program", help="program exports for spreadsheets")
    gsub = program.add_subparsers(dest="program_command", required=True, metavar="ACTION")
    exp = gsub.add_parser("export", help="CSV with one row per pair or per session")
    exp.add_argument("what", choices=("pairs", "sessions"))
    exp.add_argument("--cycle", type=int, help="one cycle (default: every cycle)")
    exp.add_argument("--out", help="the file to write (default: standard output)")
    _as_arg(exp)
    exp.set_defaults(func=cmd_program_export)
