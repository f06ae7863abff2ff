"""`coach anonymise`: the share-time anonymiser for scripts and HR batch jobs.

Reads a note on stdin and prints the shareable text, or with ``--json`` the text and every
removal, so a reviewer can see what went before anything reaches the shared library.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from coach.anonymise import anonymise
from coach.errors import InvalidInput
from coach.utf8_text import decode_utf8


def _read_note(raw: bytes) -> str:
    """Decode stdin as UTF-8 text; refuse empty or binary input with a plain reason."""
    if not raw.strip():
        raise InvalidInput("no note on standard input: pipe the note's text in")
    if b"\x00" in raw:
        raise InvalidInput("the input looks binary (it contains NUL bytes); give plain text")
    return decode_utf8(raw, "The note is", "save it as UTF-8")


def cmd_anonymise(args: argparse.Namespace) -> int:
    text = _read_note(sys.stdin.buffer.read())
    result = anonymise(text, roster=args.roster or ())
    if args.json:
        payload = {"text": result.text, "spans": [asdict(s) for s in result.spans]}
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(result.text)
        if not result.text.endswith("\n"):
            sys.stdout.write("\n")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "anonymise",
        help="remove names, emails, phones, IDs... from a note read on stdin",
        description="Read a note on stdin and print it with personal identifiers replaced.",
    )
    p.add_argument(
        "--roster",
        nargs="+",
        action="extend",
        metavar="NAME",
        help="people known to the record (full names), matched even when only partly written",
    )
    p.add_argument("--json", action="store_true", help="print {text, spans} as JSON")
    p.set_defaults(func=cmd_anonymise)
