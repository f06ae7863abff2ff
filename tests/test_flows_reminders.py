"""Reminders: a pair's calendar for its two people (dates only for HR, nothing for anyone
else), e-mails through a real SMTP server on loopback, and HR's nudges without item text."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from icalendar import Calendar

from coach.cli import main
from coach.errors import PermissionDenied
from coach.flows.calendar import pair_calendar
from coach.flows.reminders import nudges, overdue_reminders, session_reminders
from coach.record import SYSTEM
from tests.index_fixtures import free_port
from tests.record_fixtures import CANARY_WORD, World

ITEM_TEXT = "Send Quillbrook the three TikTok videos"


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], str]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201, N802
        self.messages.append(
            (
                envelope.mail_from,
                list(envelope.rcpt_tos),
                envelope.content.decode("utf-8", "replace"),
            )
        )
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def _events(ics: bytes) -> list:
    return [c for c in Calendar.from_ical(ics).walk("VEVENT")]


def test_the_pair_gets_its_planned_sessions_as_icalendar(world: World) -> None:
    w = world
    w.record.create_session(w.mentee, w.pair_id, topic="money", held_on="2026-04-02")
    for person in (w.mentor, w.mentee):
        events = _events(pair_calendar(w.record, person, w.pair_id))
        days = [e.decoded("dtstart") for e in events]
        # Session 2 is the pair's next planned one: no other "next" date is made up.
        assert days == [date(2026, 3, 5), date(2026, 4, 2)]
        assert "session 1: technology" in str(events[0]["summary"])
        assert len({str(e["uid"]) for e in events}) == 2
        assert events[0].walk("VALARM"), "a reminder the day before"


def test_hr_gets_dates_only_and_nobody_else_gets_anything(world: World) -> None:
    w = world
    w.record.save_notes(w.mentee, w.sid, f"{CANARY_WORD} private words")
    hr = pair_calendar(w.record, w.hr, w.pair_id)
    assert [e.decoded("dtstart") for e in _events(hr)][0] == date(2026, 3, 5)
    assert b"technology" not in hr and CANARY_WORD.encode() not in hr
    for person in (w.mentor, w.mentee):
        assert CANARY_WORD.encode() not in pair_calendar(w.record, person, w.pair_id)
    for outsider in (w.other_mentor, w.other_mentee, w.admin):
        with pytest.raises(PermissionDenied):
            pair_calendar(w.record, outsider, w.pair_id)


def test_coach_calendar_writes_icalendar_to_stdout(
    world: World, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    w = world
    db = Path(str(w.record.engine.url.database))
    monkeypatch.setenv("COACH_DATABASE_URL", f"sqlite:///{db}")
    assert main(["calendar", "--pair", str(w.pair_id), "--as", w.mentee.email]) == 0
    out = capsysbinary.readouterr().out
    assert out.startswith(b"BEGIN:VCALENDAR") and b"DTSTART;VALUE=DATE:20260305" in out
    assert main(["calendar", "--pair", str(w.pair_id), "--as", w.other_mentor.email]) == 2


def _overdue_world(w: World, today: date) -> None:
    w.record.add_action_item(
        w.mentor, w.sid, ITEM_TEXT, owner="mentor", due_on=today - timedelta(days=1)
    )
    w.record.add_action_item(
        w.mentee,
        w.sid,
        "An item that is not late",
        owner="mentee",
        due_on=today + timedelta(days=5),
    )


def test_reminders_are_e_mailed_through_a_real_smtp_server(
    world: World,
    smtp: tuple[Inbox, int],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    w = world
    today = date(2026, 3, 27)  # three days before the cycle's next session (30 Mar)
    _overdue_world(w, today)
    assert {m.to for m in session_reminders(w.record, today, 3)} == {w.mentor.email, w.mentee.email}
    assert [m.to for m in overdue_reminders(w.record, today)] == [w.mentor.email]
    assert overdue_reminders(w.record, today + timedelta(days=1)) == []  # weekly, not daily
    inbox, port = smtp
    monkeypatch.setenv(
        "COACH_DATABASE_URL", w.record.engine.url.render_as_string(hide_password=False)
    )
    monkeypatch.setenv("COACH_SMTP_URL", f"smtp://127.0.0.1:{port}")
    monkeypatch.setenv("COACH_SMTP_FROM", "program@example.org")
    assert main(["remind", "--today", today.isoformat()]) == 0
    assert "sent 3 reminder(s)" in capsys.readouterr().out
    deadline = time.monotonic() + 10
    while len(inbox.messages) < 3 and time.monotonic() < deadline:  # delivery is async
        time.sleep(0.05)
    to = sorted(r for _, rcpt, _ in inbox.messages for r in rcpt)
    assert to == sorted([w.mentor.email, w.mentor.email, w.mentee.email])
    bodies = "\n".join(body for _, _, body in inbox.messages)
    assert "Session 2 is on 30 Mar 2026" in bodies and "1 action item(s)" in bodies
    assert "Quillbrook" not in bodies and CANARY_WORD not in bodies  # counts, never text


def test_without_smtp_nothing_is_sent_and_it_says_where_to_look(
    world: World, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(
        "COACH_DATABASE_URL", world.record.engine.url.render_as_string(hide_password=False)
    )
    assert main(["remind", "--today", "2026-03-27"]) == 0
    assert "COACH_SMTP_URL is not set" in capsys.readouterr().err


def test_hr_sees_overdue_pairs_and_a_nudge_without_item_text(world: World) -> None:
    w = world
    today = date(2026, 3, 27)
    _overdue_world(w, today)
    found = nudges(w.record, w.hr, today)
    assert [(n.pair_id, n.overdue, n.oldest_due) for n in found] == [
        (w.pair_id, 1, today - timedelta(days=1))
    ]
    assert found[0].text.startswith("Hi Mina and Quorvanth")
    assert "Quillbrook" not in repr(found) and "TikTok" not in repr(found)
    assert "TikTok" not in repr(w.record.overdue_items(w.hr, today))
    for person in (w.mentor, w.mentee, w.other_mentor):
        with pytest.raises(PermissionDenied):
            nudges(w.record, person, today)
    assert nudges(w.record, SYSTEM, today)[0].overdue == 1


def test_a_cancelled_session_leaves_the_calendar(world: World) -> None:
    w = world
    s = w.record.create_session(w.mentee, w.pair_id, topic="money", held_on="2026-04-02")
    w.record.set_session_status(w.mentee, s.id, "cancelled")
    days = [e.decoded("dtstart") for e in _events(pair_calendar(w.record, w.mentor, w.pair_id))]
    assert date(2026, 4, 2) not in days
