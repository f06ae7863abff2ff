"""Record commands: people, the share queue, data export and the demo program.

The operator at the shell manages people directly; queue reviews and exports run as a named
person (``--as EMAIL``) so the same permission rules and audit trail apply as in the app.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from coach.errors import InvalidInput
from coach.sanitise import sanitise_text as inert  # names and notes are stored text
from coach.settings import load_settings


def _record(with_index: bool = False) -> Any:
    from coach.record import open_record

    settings = load_settings()
    index = None
    if with_index:
        from coach.index import open_index

        index = open_index(settings)
    return open_record(settings, index=index)


def _as(record: Any, email: str) -> int:
    from coach.record import SYSTEM

    return record.find_person(SYSTEM, email).id


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def cmd_people_add(args: argparse.Namespace) -> int:
    from coach.record import SYSTEM

    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise InvalidInput("No password was given on standard input.")
    with _record() as record:
        person, secret = record.add_person(
            SYSTEM,
            name=args.name,
            email=args.email,
            role=args.role,
            password=password,
            expertise=_split(args.expertise),
            learning_goals=_split(args.goals),
        )
    print(f"added {person.name} <{person.email}> as {person.role} (id {person.id})")
    if password is None:
        print(f"password (shown once, store it now): {secret}")
    return 0


def cmd_people_list(args: argparse.Namespace) -> int:
    from coach.record import SYSTEM

    with _record() as record:
        people = record.list_people(SYSTEM, role=args.role)
    if args.json:
        print(json.dumps([p.to_dict() for p in people], indent=2, ensure_ascii=False))
        return 0
    if not people:
        print("Nobody is in the record yet. Add someone with `coach people add`.")
    for p in people:
        state = "" if p.active else "  (inactive)"
        print(f"{p.id:>4}  {p.role:<7} {inert(p.name)} <{inert(p.email)}>{state}")
    return 0


def _secret(prompt: str) -> str:
    """One password: asked without echo at a terminal, else one line of standard input."""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def cmd_people_passwd(args: argparse.Namespace) -> int:
    from coach.record import SYSTEM

    current = _secret("Current password: ")
    if not current:
        raise InvalidInput("No current password was given.")
    new = _secret("New password: ")
    if not new:
        raise InvalidInput("No new password was given.")
    if sys.stdin.isatty() and _secret("New password again: ") != new:
        raise InvalidInput("The two new passwords differ; nothing was changed.")
    with _record() as record:
        me = record.find_person(SYSTEM, args.as_email)
        record.change_password(me, current, new)
    print(f"password changed for {inert(me.email)}; every sign-in of this account has ended")
    return 0


def cmd_people_reset_password(args: argparse.Namespace) -> int:
    from coach.record import SYSTEM

    with _record() as record:
        admin = _as(record, args.as_email)
        person = record.find_person(SYSTEM, args.email)
        secret = record.reset_password(admin, person.id)
    print(f"password reset for {inert(person.email)}; every sign-in of this account has ended")
    print(f"new password (shown once, store it now): {secret}")
    return 0


def cmd_share_list(args: argparse.Namespace) -> int:
    with _record() as record:
        actor = _as(record, args.as_email)
        status = None if args.status == "all" else args.status
        items = record.list_share_queue(actor, status=status)
    if args.json:
        from coach.record.views import jsonable

        print(json.dumps(jsonable(items), indent=2, ensure_ascii=False))
        return 0
    if not items:
        print("The share queue is empty." if status == "pending" else "No shared notes found.")
    for item in items:
        kinds = sorted({r["kind"] for r in item.removed})
        print(
            f"#{item.id} [{item.status}] {inert(item.title)} (topic {item.topic}; "
            f"removed: {', '.join(kinds) or 'nothing'})"
        )
        print("    " + inert(item.anonymised_text).replace("\n", "\n    "))
    return 0


def cmd_share_review(args: argparse.Namespace) -> int:
    from coach.flows import sharing

    with _record(with_index=args.action in ("approve", "withdraw")) as record:
        actor = _as(record, args.as_email)
        review = {
            "approve": sharing.approve_share,
            "reject": sharing.reject_share,
            "withdraw": sharing.withdraw_share,
        }[args.action]
        item = review(record, actor, args.id)
    print(f"shared note #{item.id} is now {item.status}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from coach.flows.rights import export_my_data

    with _record() as record:
        mine = export_my_data(record, _as(record, args.as_email))
    print(mine.json_text)
    return 0


def cmd_delete_account(args: argparse.Namespace) -> int:
    from coach.flows.rights import DeleteInput, delete_my_account

    with _record(with_index=True) as record:  # approved shared notes leave the index too
        actor = _as(record, args.as_email)
        gone = delete_my_account(record, actor, DeleteInput(True, args.confirm))
    print(f"deleted the account {inert(gone.email)} and its data: {gone.summary}")
    return 0


def cmd_seed_demo(args: argparse.Namespace) -> int:
    from coach.record.demo import seed_demo
    from coach.record.demo_notes import share_demo_lessons

    with _record(with_index=True) as record:  # the demo's shared lessons are indexed
        passwords = seed_demo(record)
        share_demo_lessons(record)
    print("Demo program created. Passwords (shown once):")
    for email, secret in passwords.items():
        print(f"  {email}  {secret}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    people = subparsers.add_parser("people", help="add and list people in the record")
    psub = people.add_subparsers(dest="people_command", required=True, metavar="ACTION")
    add = psub.add_parser("add", help="add a person; prints a generated password once")
    add.add_argument("--name", required=True)
    add.add_argument("--email", required=True)
    add.add_argument("--role", required=True, choices=("mentor", "mentee", "hr", "admin"))
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input instead of generating one",
    )
    add.add_argument("--expertise", help="comma-separated areas a junior mentor brings")
    add.add_argument("--goals", help="comma-separated learning goals of a senior mentee")
    add.set_defaults(func=cmd_people_add)
    lst = psub.add_parser("list", help="list people")
    lst.add_argument("--role", choices=("mentor", "mentee", "hr", "admin"))
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_people_list)
    passwd = psub.add_parser(
        "passwd", help="change your own password (asked without echo; or two lines on stdin)"
    )
    passwd.add_argument("--as", dest="as_email", required=True, metavar="EMAIL")
    passwd.set_defaults(func=cmd_people_passwd)
    reset = psub.add_parser(
        "reset-password", help="an admin sets a new password for someone; prints it once"
    )
    reset.add_argument("email")
    reset.add_argument("--as", dest="as_email", required=True, metavar="ADMIN_EMAIL")
    reset.set_defaults(func=cmd_people_reset_password)

    share = subparsers.add_parser("share", help="review the queue of notes offered for sharing")
    ssub = share.add_subparsers(dest="share_command", required=True, metavar="ACTION")
    slist = ssub.add_parser("list", help="list queued notes (anonymised text only)")
    slist.add_argument(
        "--status",
        default="pending",
        choices=("pending", "approved", "rejected", "withdrawn", "all"),
    )
    slist.add_argument("--json", action="store_true")
    slist.add_argument("--as", dest="as_email", required=True, metavar="EMAIL")
    slist.set_defaults(func=cmd_share_list)
    for action, text in (
        ("approve", "approve a note and index it for everyone"),
        ("reject", "reject a note; it is never indexed"),
        ("withdraw", "withdraw a note and remove it from the index"),
    ):
        p = ssub.add_parser(action, help=text)
        p.add_argument("id", type=int)
        p.add_argument("--as", dest="as_email", required=True, metavar="EMAIL")
        p.set_defaults(func=cmd_share_review, action=action)

    export = subparsers.add_parser("export-my-data", help="print everything held about you")
    export.add_argument("--as", dest="as_email", required=True, metavar="EMAIL")
    export.set_defaults(func=cmd_export)

    delete = subparsers.add_parser(
        "delete-my-account", help="erase your account and everything held about you"
    )
    delete.add_argument("--as", dest="as_email", required=True, metavar="EMAIL")
    delete.add_argument(
        "--confirm",
        required=True,
        metavar="EMAIL",
        help="your email typed again: this cannot be undone",
    )
    delete.set_defaults(func=cmd_delete_account)

    demo = subparsers.add_parser("seed-demo", help="create a fictional demo program")
    demo.set_defaults(func=cmd_seed_demo)
