"""A pair's planned sessions as an iCalendar file, for the pair's two people (and HR).

`planned_sessions` is the one place that says which sessions count as planned; the calendar,
the reminders and HR's list all read it. Today a session is planned when it has a date (the
record has no status yet), and the cycle's next session is added on the date its cadence gives.
The pair's two people get the session numbers and topics; HR gets dates only; nobody else
gets anything. Nothing of anyone's notes is ever in a calendar.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from coach.errors import PermissionDenied
from coach.record import ActorRef, PairView, PersonView, Record

PRODID = "-//Turntable//Reverse mentoring sessions//EN"
DATES_ONLY = ("hr",)


@dataclass(frozen=True)
class PlannedSession:
    uid: str
    number: int
    on: date
    topic: str


def planned_sessions(record: Record, actor: ActorRef, pair: PairView) -> list[PlannedSession]:
    """The pair's sessions with a date (held or planned; a cancelled one is gone), and the
    cycle's next one, in date order."""
    out = [
        PlannedSession(f"turntable-session-{s.id}", s.number, s.held_on, s.topic)
        for s in record.list_sessions(actor, pair.id)
        if s.held_on is not None and s.status != "cancelled"
    ]
    if pair.next_session_due and pair.next_session_number not in {p.number for p in out}:
        out.append(
            PlannedSession(
                f"turntable-pair-{pair.id}-session-{pair.next_session_number}",
                pair.next_session_number,
                pair.next_session_due,
                "",
            )
        )
    return sorted(out, key=lambda p: (p.on, p.number))


def _allowed_pair(record: Record, actor: PersonView, pair_id: int) -> tuple[PairView, bool]:
    """The pair and whether the actor is one of its two people; anyone but HR is refused."""
    pair = record.get_pair(actor, pair_id)  # refuses other pairs' people (and audits it)
    member = actor.id in (pair.mentor_id, pair.mentee_id)
    if not member and actor.role not in DATES_ONLY:
        raise PermissionDenied(
            "Only the pair's two people, and HR for the dates, can get this pair's calendar."
        )
    return pair, member


def _event(p: PlannedSession, member: bool, stamp: datetime) -> Event:
    e = Event()
    e.add("uid", f"{p.uid}@turntable")
    e.add("dtstamp", stamp)
    e.add("dtstart", p.on)
    e.add("dtend", p.on + timedelta(days=1))
    topic = f": {p.topic}" if member and p.topic and p.topic != "general" else ""
    e.add("summary", f"Reverse mentoring, session {p.number}{topic}")
    if member:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Session {p.number} is tomorrow: open Turntable to prepare.")
        alarm.add("trigger", timedelta(days=-1))
        e.add_component(alarm)
    return e


def pair_calendar(record: Record, actor: PersonView, pair_id: int) -> bytes:
    """The pair's planned sessions as an .ics file (RFC 5545), all-day events."""
    pair, member = _allowed_pair(record, actor, pair_id)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Reverse mentoring sessions")
    stamp = datetime.now(UTC).replace(microsecond=0)
    for p in planned_sessions(record, actor, pair):
        cal.add_component(_event(p, member, stamp))
    return cal.to_ical()
