"""The demo program's outcomes: an earlier pilot wave that ran its course, every session rated
by both sides, and the pilot mentors' promotions, so the report and measures show something.

Every person here is invented. They have no password anyone knows: they cannot sign in.
"""

from __future__ import annotations

from datetime import date, timedelta

from coach.record.core import SYSTEM
from coach.record.service import Record
from coach.record.views import PairView, PersonView

_PILOT_PEOPLE = [
    ("Amara Nwosu", "amara.mentor@demo.turntable.example", "mentor", ["technology"]),
    ("Felix Ortega", "felix.mentee@demo.turntable.example", "mentee", ["technology"]),
    ("Jun Park", "jun.mentor@demo.turntable.example", "mentor", ["consumer-behaviour"]),
    ("Henry Marsh", "henry.mentee@demo.turntable.example", "mentee", ["consumer-behaviour"]),
    ("Sofia Lindqvist", "sofia.mentor@demo.turntable.example", "mentor", ["talent"]),
    ("Robert Kane", "robert.mentee@demo.turntable.example", "mentee", ["talent"]),
    ("Kwame Asante", "kwame.mentor@demo.turntable.example", "mentor", ["ownership"]),
    ("Diane Foster", "diane.mentee@demo.turntable.example", "mentee", ["ownership"]),
]
# Per pilot pair: (topic, personal, business, heard, items agreed, items done) per session.
_PILOT_SESSIONS = [
    [("technology", 5, 4, 5, 2, 2), ("technology", 5, 5, 4, 1, 1), ("esg", 4, 4, 5, 1, 0)],
    [("consumer-behaviour", 4, 3, 4, 2, 1), ("money", 5, 4, 4, 1, 1)],
    [("talent", 3, 3, 3, 1, 0), ("recruitment", 4, 3, 4, 2, 2), ("talent", 4, 4, 4, 0, 0)],
    [("ownership", 5, 4, 2, 1, 1), ("ownership", 4, 5, 3, 1, 0)],
]
# (pilot mentor index, kind, months after the pilot began, new role)
_PILOT_PROGRESSIONS = [
    (0, "promotion", 7, "Senior analyst"),
    (1, "new_role", 10, "Product owner, mobile banking"),
    (3, "promotion", 13, "Team lead"),  # after the 12-month window: does not count
]
# Heard ratings (1-5) the current wave's juniors gave, in the order its sessions were seeded.
CURRENT_HEARD = (5, 4, 4, 3)


def cancel_one(record: Record, pair: PairView, begin: date) -> None:
    """One session the current wave called off, so held sessions compare with planned."""
    assert pair.mentor_id is not None
    day = begin + timedelta(days=49)
    sess = record.add_session(pair.mentor_id, pair.id, held_on=day, topic="recruitment")
    record.set_session_status(pair.mentor_id, sess.id, "cancelled")


def seed_pilot(record: Record, hr: PersonView, program_id: int, begin: date) -> None:
    """A pilot cycle that started a year before `begin`, its pairs ended, its mentors' moves."""
    people = [
        record.add_person(
            SYSTEM,
            name=n,
            email=e,
            role=r,
            expertise=a if r == "mentor" else [],
            learning_goals=a if r == "mentee" else [],
        )[0]
        for n, e, r, a in _PILOT_PEOPLE
    ]
    start = begin - timedelta(days=365)
    cycle = record.create_cycle(hr, program_id, "Pilot wave", start, 12, 28)
    pairs = [record.create_pair(hr, cycle.id, people[i].id, people[i + 1].id) for i in (0, 2, 4, 6)]
    for pair, sessions in zip(pairs, _PILOT_SESSIONS):
        _pilot_sessions(record, pair, sessions, start)
        record.end_pair(hr, pair.id)
    for index, kind, months, title in _PILOT_PROGRESSIONS:
        on = start + timedelta(days=30 * months)
        record.record_progression(hr, people[index * 2].id, kind, on, title)


def _pilot_sessions(record: Record, pair: PairView, sessions: list[tuple], start: date) -> None:
    mentor, mentee = pair.mentor_id, pair.mentee_id
    assert mentor is not None and mentee is not None
    for n, (topic, personal, business, heard, agreed, done) in enumerate(sessions):
        held = start + timedelta(days=28 * n + 3)
        sess = record.create_session(mentor, pair.id, topic=topic, held_on=held)
        items = [
            {"text": f"Try one idea from session {n + 1}", "owner": "mentee", "due_on": held}
            for _ in range(agreed)
        ]
        record.save_reflection(mentee, sess.id, {"takeaways": [], "next_topics": []}, items)
        record.rate_session(mentee, sess.id, personal, business)
        record.rate_heard(mentor, sess.id, heard)
        for item in record.get_session(mentee, sess.id).action_items[:done]:
            record.set_action_item_done(mentee, item.id, True)
