"""Reminders: a few days before a session, and for overdue action items; or nudges for HR.

`coach remind` runs daily from cron as the operator. It sends each of a pair's two people one
e-mail `remind_days` before each planned session, and each owner of overdue items one e-mail
the day after an item falls due and weekly after that. E-mails carry dates and counts, never
what an item or a note says (mail leaves the system). Without `COACH_SMTP_URL`, HR sees the
pairs with overdue items and a nudge text to copy, addressed to the pair's two people.
"""

from __future__ import annotations

import smtplib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from email.message import EmailMessage
from urllib.parse import unquote, urlparse

from coach.errors import ConfigError
from coach.flows.calendar import planned_sessions
from coach.record import SYSTEM, ActorRef, OverdueView, PersonView, Record
from coach.settings import Settings

APP = "Turntable"


@dataclass(frozen=True)
class Mail:
    to: str
    subject: str
    body: str


@dataclass(frozen=True)
class Nudge:
    """A pair with overdue items, as HR sees it: names, a count and dates, and a text to copy."""

    pair_id: int
    names: str
    overdue: int
    oldest_due: date
    text: str


def _day(d: date) -> str:
    return d.strftime("%d %b %Y").lstrip("0")


def _people(record: Record, *ids: int | None) -> list[PersonView]:
    return [record.get_person(SYSTEM, i) for i in ids if i is not None]


def session_reminders(record: Record, today: date, days: int) -> list[Mail]:
    """One e-mail to each of a pair's two people, `days` before each planned session."""
    out = []
    for pair in record.list_pairs(SYSTEM, active_only=True):
        for p in planned_sessions(record, SYSTEM, pair):
            if p.on != today + timedelta(days=days):
                continue
            for person in _people(record, pair.mentor_id, pair.mentee_id):
                if person.active:
                    out.append(
                        Mail(
                            person.email,
                            f"Session {p.number} is on {_day(p.on)}",
                            f"Hello {person.name},\n\nYour reverse mentoring session "
                            f"{p.number} is on {_day(p.on)}. Open {APP} to prepare "
                            "and to look over your action items.\n",
                        )
                    )
    return out


def _due_today(items: list[OverdueView], today: date) -> bool:
    """The day after an item fell due, then weekly: one mail a week at most per person."""
    return any((today - i.due_on).days % 7 == 1 for i in items)


def overdue_reminders(record: Record, today: date) -> list[Mail]:
    by_owner: dict[int, list[OverdueView]] = defaultdict(list)
    for item in record.overdue_items(SYSTEM, today):
        if item.owner_id is not None:
            by_owner[item.owner_id].append(item)
    out = []
    for owner_id, items in by_owner.items():
        person = record.get_person(SYSTEM, owner_id)
        if person.active and _due_today(items, today):
            out.append(
                Mail(
                    person.email,
                    f"{len(items)} action item(s) past their due date",
                    f"Hello {person.name},\n\nYou have {len(items)} action item(s) "
                    f"from your reverse mentoring sessions past their due date (the "
                    f"oldest was due {_day(items[0].due_on)}). Open {APP} to tick off "
                    "what is done, or agree a new date with your partner.\n",
                )
            )
    return out


def nudges(record: Record, actor: ActorRef, today: date) -> list[Nudge]:
    """Pairs with overdue items for HR: counts and dates only, and a nudge to the pair."""
    by_pair: dict[int, list[OverdueView]] = defaultdict(list)
    for item in record.overdue_items(actor, today):  # refuses anyone but HR and admins
        by_pair[item.pair_id].append(item)
    out = []
    for pair_id, items in by_pair.items():
        pair = record.get_pair(actor, pair_id)
        first = [n.split()[0] for n in (pair.mentor_name, pair.mentee_name) if n]
        names = " and ".join(first) or "both"
        out.append(
            Nudge(
                pair_id,
                " and ".join(n for n in (pair.mentor_name, pair.mentee_name) if n),
                len(items),
                items[0].due_on,
                f"Hi {names}, a friendly nudge from the program team: your pair has "
                f"{len(items)} action item(s) past their due date (the oldest due "
                f"{_day(items[0].due_on)}). When you next meet, take five minutes to "
                "tick off what is done or agree new dates in Turntable.",
            )
        )
    return sorted(out, key=lambda n: n.oldest_due)


def send(mails: list[Mail], settings: Settings) -> int:
    """Send through COACH_SMTP_URL (smtp:// with STARTTLS when offered, or smtps://)."""
    if settings.smtp_url is None:
        raise ConfigError("COACH_SMTP_URL is not set, so no reminder can be e-mailed.")
    url = urlparse(settings.smtp_url.get_secret_value())
    if url.scheme not in ("smtp", "smtps") or not url.hostname:
        raise ConfigError("COACH_SMTP_URL must look like smtp://user:password@host:587.")
    kind = smtplib.SMTP_SSL if url.scheme == "smtps" else smtplib.SMTP
    port = url.port or (465 if url.scheme == "smtps" else 25)
    try:
        with kind(url.hostname, port, timeout=30) as smtp:
            smtp.ehlo()
            if url.scheme == "smtp" and smtp.has_extn("starttls"):
                smtp.starttls()
                smtp.ehlo()
            if url.username:
                smtp.login(unquote(url.username), unquote(url.password or ""))
            for mail in mails:
                smtp.send_message(_message(mail, settings.smtp_from))
    except (OSError, smtplib.SMTPException) as exc:
        raise ConfigError(
            f"The mail server at {url.hostname}:{port} refused or failed: {exc}."
        ) from exc
    return len(mails)


def _message(mail: Mail, sender: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, mail.to, f"{APP}: {mail.subject}"
    msg.set_content(mail.body)
    return msg
