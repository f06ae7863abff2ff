"""`coach sessions list|add|move|cancel|rate`, `coach actions`, `coach tick`, `coach reassign`:
the pair's plan, its ratings and its action items.

Each runs as a signed-in person (``--as EMAIL``): the same permission checks and audit trail
as the app. HR lists a pair's sessions (dates, topics, statuses); members plan their own.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from coach.cli.record_cmds import _as, _record
from coach.errors import InvalidInput
from coach.sanitise import sanitise_text as inert


def _pair(record: Any, actor: int, given: int | None) -> int:
    if given is not None:
        return given
    pairs = [p for p in record.my_pairs(actor) if p.status == "active"] or record.my_pairs(actor)
    if len(pairs) != 1:
        raise InvalidInput(
            f"Say which pair with --pair ID (you are in {len(pairs)} pairs)."
            if pairs
            else "You are in no pair; HR lists a pair's sessions with --pair ID."
        )
    return pairs[0].id


def _line(s: Any) -> str:
    day = s.held_on.isoformat() if s.held_on else "no date"
    return f"session {s.number}  {day}  [{s.status}]  {inert(s.topic)}"


def cmd_sessions_list(args: argparse.Namespace) -> int:
    with _record() as record:
        actor = _as(record, args.as_email)
        pid = _pair(record, actor, args.pair)
        sessions = record.list_sessions(actor, pid)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "number": s.number,
                        "date": s.held_on.isoformat() if s.held_on else None,
                        "topic": s.topic,
                        "status": s.status,
                    }
                    for s in sessions
                ],
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    if not sessions:
        print("No sessions planned yet: add one with `coach sessions add`.")
    for s in sessions:
        print(_line(s))
    return 0


def cmd_sessions_change(args: argparse.Namespace) -> int:
    from coach.flows.cycle import add_session, find_session, mark_session, move_session

    with _record() as record:
        actor = _as(record, args.as_email)
        pid = _pair(record, actor, args.pair)
        if args.action == "add":
            s = add_session(record, actor, pid, args.date, args.topic)
        else:
            sid = find_session(record, actor, pid, args.number).id
            s = (
                mark_session(record, actor, sid, "cancelled")
                if args.action == "cancel"
                else move_session(record, actor, sid, when=args.date, topic=args.topic)
            )
    print(_line(s))
    return 0


def cmd_actions(args: argparse.Namespace) -> int:
    from coach.flows.items import my_items

    with _record() as record:
        actor = _as(record, args.as_email)
        rows = my_items(record, actor)
    if args.json:
        print(json.dumps([r.to_dict() for r in rows], indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print("No action items.")
    for r in rows:
        due = f" due {r.due_on.isoformat()}" if r.due_on else ""
        mark = "x" if r.done else " "
        late = " OVERDUE" if r.overdue else ""
        print(
            f"[{mark}] #{r.id} {inert(r.owner_name)} ({r.owner}){due}{late}, "
            f"session {r.session_number}: {inert(r.text)}"
        )
    return 0


def _item_line(item: Any) -> str:
    due = f" due {item.due_on.isoformat()}" if item.due_on else ""
    return f"[{'x' if item.done else ' '}] #{item.id}{due}: {inert(item.text)}"


def cmd_tick(args: argparse.Namespace) -> int:
    from coach.flows.items import tick

    with _record() as record:
        item = tick(record, _as(record, args.as_email), args.id, done=not args.undo)
    print(_item_line(item))
    return 0


def cmd_reassign(args: argparse.Namespace) -> int:
    from coach.flows.items import ReassignInput, reassign_item

    side = {"junior": "mentor", "senior": "mentee"}.get(args.to, args.to)
    with _record() as record:
        item = reassign_item(record, _as(record, args.as_email), ReassignInput(args.id, side))
    print(f"{_item_line(item)} (now the {args.to}'s)")
    return 0


def cmd_rate(args: argparse.Namespace) -> int:
    from coach.flows.cycle import find_session
    from coach.flows.rating import RatingInput, rate_session

    with _record() as record:
        actor = _as(record, args.as_email)
        sid = find_session(record, actor, _pair(record, actor, args.pair), args.number).id
        s = rate_session(record, actor, RatingInput(sid, args.personal, args.business))
    print(
        f"rating saved for session {s.number}: personal {s.personal_effectiveness}/5, "
        f"business {s.business_effectiveness}/5"
    )
    return 0


def _register_items(sub: argparse._SubParsersAction) -> None:
    tk = sub.add_parser("tick", help="tick one of your action items done (or --undo it)")
    tk.add_argument("id", type=int, help="the item's number, as `coach actions` lists it")
    tk.add_argument("--undo", action="store_true", help="mark it open again")
    tk.add_argument("--as", dest="as_email", required=True, metavar="EMAIL")
    tk.set_defaults(func=cmd_tick)
    ra = sub.add_parser("reassign", help="pass an action item to the other person of the pair")
    ra.add_argument("id", type=int, help="the item's number, as `coach actions` lists it")
    ra.add_argument(
        "--to", required=True, choices=("junior", "senior", "mentor", "mentee"), help="whose"
    )
    ra.add_argument("--as", dest="as_email", required=True, metavar="EMAIL")
    ra.set_defaults(func=cmd_reassign)


def _rating(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number") from None
    if not 1 <= n <= 5:
        raise argparse.ArgumentTypeError(f"{n} is not between 1 and 5")
    return n


def _as_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--as", dest="as_email", required=True, metavar="EMAIL")
    p.add_argument("--pair", type=int, help="the pair's id (needed when you are in several)")


def register(sub: argparse._SubParsersAction) -> None:
    sessions = sub.add_parser("sessions", help="a pair's sessions: list, add, move, cancel")
    ssub = sessions.add_subparsers(dest="sessions_command", required=True, metavar="ACTION")
    ls = ssub.add_parser("list", help="the pair's sessions: number, date, status, topic")
    _as_arg(ls)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_sessions_list)
    add = ssub.add_parser("add", help="add a session on a date, about a topic")
    _as_arg(add)
    add.add_argument("--date", required=True, help="e.g. 2026-12-10")
    add.add_argument("--topic", required=True, help="one of the eight topics, or free text")
    add.set_defaults(func=cmd_sessions_change, action="add")
    move = ssub.add_parser("move", help="set a session's date or topic")
    _as_arg(move)
    move.add_argument("number", type=int, help="the session's number")
    move.add_argument("--date", help="the new date")
    move.add_argument("--topic", help="the new topic")
    move.set_defaults(func=cmd_sessions_change, action="move")
    cancel = ssub.add_parser("cancel", help="cancel a session (it stays, marked cancelled)")
    _as_arg(cancel)
    cancel.add_argument("number", type=int, help="the session's number")
    cancel.set_defaults(func=cmd_sessions_change, action="cancel")

    rate = ssub.add_parser("rate", help="rate a session, for you and for the business (1-5)")
    _as_arg(rate)
    rate.add_argument("number", type=int, help="the session's number")
    rate.add_argument("--personal", required=True, type=_rating, help="1 (not) to 5 (very)")
    rate.add_argument("--business", required=True, type=_rating, help="1 (not) to 5 (very)")
    rate.set_defaults(func=cmd_rate)

    act = sub.add_parser("actions", help="your action items across all your sessions")
    act.add_argument("--as", dest="as_email", required=True, metavar="EMAIL")
    act.add_argument("--json", action="store_true")
    act.set_defaults(func=cmd_actions)
    _register_items(sub)
