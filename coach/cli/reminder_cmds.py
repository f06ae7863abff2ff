"""`coach calendar` (a pair's sessions as iCalendar) and `coach remind` (the daily reminders)."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from coach.errors import InvalidInput


def _record():  # noqa: ANN202 - Record, imported lazily to keep --help fast
    from coach.record import open_record
    from coach.settings import load_settings

    return open_record(load_settings())


def cmd_calendar(args: argparse.Namespace) -> int:
    from coach.flows.calendar import pair_calendar
    from coach.record import SYSTEM

    with _record() as record:
        me = record.find_person(SYSTEM, args.as_email)
        sys.stdout.buffer.write(pair_calendar(record, me, args.pair))
    return 0


def _today(value: str | None) -> date:
    try:
        return date.fromisoformat(value) if value else date.today()
    except ValueError:
        raise InvalidInput(f"--today must be a date like 2026-12-01, not '{value}'.") from None


def cmd_remind(args: argparse.Namespace) -> int:
    from coach.flows.reminders import overdue_reminders, send, session_reminders
    from coach.settings import load_settings

    settings = load_settings()
    today = _today(args.today)
    with _record() as record:
        mails = [
            *session_reminders(record, today, settings.remind_days),
            *overdue_reminders(record, today),
        ]
    if args.dry_run:
        for mail in mails:
            print(f"{mail.to}: {mail.subject}")
        return 0
    if settings.smtp_url is None:
        print(
            "COACH_SMTP_URL is not set: nothing was sent. HR sees overdue pairs and a nudge "
            "to copy in the Reminders tab.",
            file=sys.stderr,
        )
        return 0
    print(f"sent {send(mails, settings)} reminder(s)")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    cal = sub.add_parser("calendar", help="a pair's planned sessions as iCalendar (.ics)")
    cal.add_argument("--pair", type=int, required=True, metavar="ID")
    cal.add_argument("--as", dest="as_email", required=True, metavar="EMAIL")
    cal.set_defaults(func=cmd_calendar)
    rem = sub.add_parser("remind", help="e-mail session and overdue-item reminders (daily cron)")
    rem.add_argument("--today", default=None, metavar="DATE", help="count from this day")
    rem.add_argument("--dry-run", action="store_true", help="list the e-mails, send nothing")
    rem.set_defaults(func=cmd_remind)
