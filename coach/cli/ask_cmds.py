"""`coach ask`: the same cited answer as the Ask the coach chat, kept in the asker's record."""

from __future__ import annotations

import argparse
import json

from coach.sanitise import sanitise_text


def cmd_ask(args: argparse.Namespace) -> int:
    from coach.cli.coach_cmds import _coach
    from coach.flows.ask import ask
    from coach.record import SYSTEM, open_record
    from coach.settings import load_settings

    coach = _coach(need_index=True)
    with open_record(load_settings(), index=coach.index) as record:
        me = record.find_person(SYSTEM, args.as_email)
        asked = ask(record, coach, me, args.question, args.conversation)
    if args.json:
        print(
            json.dumps(
                {"conversation_id": asked.conversation_id, **asked.answer.to_dict()},
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    a = asked.answer
    lines = [a.text, ""]
    lines += [
        sanitise_text(
            f"[{c['n']}] {c['title']}"
            + (f" — {c['section']}" if c["section"] else "")
            + f" ({c['source']})"
        )
        for c in a.citations()
    ]
    if a.notice:
        lines += ["", a.notice]
    print("\n".join(lines).strip())
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ask", help="ask the coach; the answer cites the library passages used")
    p.add_argument("question", help="the question, in quotes")
    p.add_argument(
        "--as",
        dest="as_email",
        required=True,
        metavar="EMAIL",
        help="who is asking (decides what may be read, and whose record keeps it)",
    )
    p.add_argument(
        "--conversation",
        type=int,
        default=None,
        metavar="ID",
        help="continue one of your conversations",
    )
    p.add_argument("--json", action="store_true", help="print the answer and citations as JSON")
    p.set_defaults(func=cmd_ask)
