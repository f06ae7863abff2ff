"""The `coach` command: one subcommand module per area, each with ``register(subparsers)``."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from coach.errors import CoachError

# Each module defines register(subparsers); a subcommand sets `func(args) -> int`.
COMMAND_MODULES = [
    "coach.cli.index_cmds",
    "coach.cli.record_cmds",
    "coach.cli.anonymise_cmds",
    "coach.cli.coach_cmds",
    "coach.cli.ask_cmds",
    "coach.cli.reminder_cmds",
    "coach.cli.cycle_cmds",
    "coach.cli.pairing_cmds",  # after record_cmds: adds `people import`
    "coach.cli.outcome_cmds",
    "coach.cli.themes_cmds",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coach", description="Turntable, the reverse mentoring coach."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # Whatever the CLI creates first (the record, the index, uploads) holds private notes:
    # readable by this user only, as when the app creates it.
    os.umask(0o077)
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a closed pipe shows up here rather than at interpreter exit
        return code
    except BrokenPipeError:
        # The reader stopped early (`coach search ... | head`): stop quietly, like other tools.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except CoachError as exc:
        print(f"coach: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("coach: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
