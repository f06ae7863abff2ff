"""A fictional demo program: one admin, one HR lead, three pairs, a few sessions.

Every person, note and company here is invented. Passwords are generated and returned once.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from coach.errors import InvalidInput
from coach.record import models as m
from coach.record.core import SYSTEM
from coach.record.service import Record

DEMO_PROGRAM = "Reverse mentoring pilot (demo)"

_PEOPLE = [
    ("Dana Admin", "admin@demo.turntable.example", "admin", [], []),
    ("Hari Lead", "hr@demo.turntable.example", "hr", [], []),
    (
        "Maya Okafor",
        "mentor@demo.turntable.example",
        "mentor",
        ["technology", "consumer-behaviour"],
        [],
    ),
    ("Leo Brandt", "mentee@demo.turntable.example", "mentee", [], ["technology", "talent"]),
    ("Tomas Reyes", "tomas.mentor@demo.turntable.example", "mentor", ["money", "ownership"], []),
    ("Grace Whitfield", "grace.mentee@demo.turntable.example", "mentee", [], ["money"]),
    ("Ines Duarte", "ines.mentor@demo.turntable.example", "mentor", ["esg", "recruitment"], []),
    ("Victor Hale", "victor.mentee@demo.turntable.example", "mentee", [], ["esg"]),
]

# (pair index, topic, mentor notes, mentee notes, ratings, items [(owner, text)], share flags)
_SESSIONS = [
    (
        0,
        "technology",
        "Bring three short videos that explain a product better than its website does.",
        "Short video is where my nephew's generation researches purchases, not search. "
        "I assumed our website was the front door; it is the third or fourth stop.",
        (5, 4),
        [
            ("mentee", "Watch our brand's top five short videos with the social team"),
            ("mentor", "Send examples of competitors' explainer clips"),
        ],
        (False, True),
    ),
    (
        0,
        "talent",
        "Ask what made him stay at his first job; contrast with what keeps my friends.",
        "Flexibility means control over when, not only where. Career paths that are visible "
        "matter more than titles.",
        (4, 5),
        [("mentee", "Ask HR for the exit interview themes of the last year")],
        (False, False),
    ),
    (
        1,
        "money",
        "Explain round-up savings apps and why friends trust them more than banks.",
        "Trust comes from transparency in the app, not from the brand's age. "
        "Fees shown up front beat lower hidden fees.",
        (4, 3),
        [("mentee", "Review how our fee page reads on a phone")],
        (True, True),
    ),
    (
        2,
        "esg",
        "Prepare the three questions candidates ask about sustainability at interviews.",
        "Candidates check our claims against news before the interview. Vague targets hurt.",
        (3, 4),
        [],
        (False, False),
    ),
]


def seed_demo(record: Record, start: date | None = None) -> dict[str, str]:
    """Create the demo program and return {email: password} for its people (shown once)."""
    with record._tx() as s:
        if s.scalar(select(m.Program.id).where(m.Program.name == DEMO_PROGRAM)) is not None:
            raise InvalidInput("The demo program is already in this record.")
    passwords: dict[str, str] = {}
    people = []
    for name, email, role, expertise, goals in _PEOPLE:
        person, secret = record.add_person(
            SYSTEM,
            name=name,
            email=email,
            role=role,
            expertise=expertise,
            learning_goals=goals,
        )
        passwords[email] = secret
        people.append(person)
    hr = people[1]
    begin = start or date.today() - timedelta(weeks=8)
    program = record.create_program(hr, DEMO_PROGRAM, "Juniors mentor senior leaders monthly.")
    cycle = record.create_cycle(
        hr, program.id, "First wave", begin, length_weeks=12, cadence_days=28
    )
    pairs = [record.create_pair(hr, cycle.id, people[i].id, people[i + 1].id) for i in (2, 4, 6)]
    for n, (p, topic, mentor_notes, mentee_notes, ratings, items, shared) in enumerate(_SESSIONS):
        pair = pairs[p]
        mentor, mentee = pair.mentor_id, pair.mentee_id
        assert mentor is not None and mentee is not None
        held = begin + timedelta(days=14 * n)
        sess = record.create_session(mentor, pair.id, topic=topic, held_on=held)
        record.save_plan(
            mentor,
            sess.id,
            {"agenda": [f"Warm-up on {topic}", "Examples", "Questions", "What to try next"]},
        )
        record.save_notes(mentor, sess.id, mentor_notes)
        record.save_notes(mentee, sess.id, mentee_notes)
        record.save_reflection(
            mentee,
            sess.id,
            {"takeaways": [mentee_notes.split(". ")[0]], "next_topics": []},
            [
                {"text": text, "owner": owner, "due_on": held + timedelta(days=21)}
                for owner, text in items
            ],
        )
        record.rate_session(mentee, sess.id, *ratings)
        record.share_with_pair(mentor, sess.id, shared[0])
        record.share_with_pair(mentee, sess.id, shared[1])
        if n == 0:
            done = record.get_session(mentee, sess.id).action_items[0]
            record.set_action_item_done(mentee, done.id, True)
    return passwords
