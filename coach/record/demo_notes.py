"""The demo program's shared lessons: offered from its sessions and approved by HR, so the
shared library and the cohort's themes show something real on a first start.

Every lesson is invented. Without an open index (the record alone) they stay pending review.
A separate step from seeding the program, because approving writes to the library's index:
the app's first start and `coach seed-demo` take it, on their own data folder.
"""

from __future__ import annotations

from sqlalchemy import select

from coach.record import models as m
from coach.record.core import SYSTEM
from coach.record.demo import DEMO_PROGRAM
from coach.record.service import Record

DEMO_HR = "hr@demo.turntable.example"

# (session number in the demo, side that offers it, the lesson)
LESSONS = [
    (
        0,
        "mentee",
        "Short video is where product research starts now: a 20-second clip from a creator "
        "beats our polished advert, and the first two seconds decide whether it is watched.",
    ),
    (
        0,
        "mentor",
        "Captions on, sound off, vertical only. Brand videos get scrolled past; "
        "creators reviewing the product get watched and answered in the comments.",
    ),
    (
        0,
        "mentee",
        "Our legal sign-off for a social video takes three weeks, while a trend on "
        "short video lasts a few days. Small creators posting the same day reach more people.",
    ),
    (
        1,
        "mentee",
        "Flexibility means control over when, not only where: starting early and "
        "leaving at three on some days matters more to juniors than the number of office days.",
    ),
    (
        1,
        "mentor",
        "Office days are worth the commute when the whole team is there for a "
        "workshop; travelling an hour to sit on video calls is not.",
    ),
    (
        1,
        "mentee",
        "Career paths that are visible matter more than titles: juniors want to see "
        "what the next level looks like and hear feedback every few weeks, not once a year.",
    ),
    (
        2,
        "mentee",
        "Trust in a bank comes from its app: fees shown up front, instant payment "
        "notifications and savings pots beat a long history and a branch.",
    ),
    (
        2,
        "mentor",
        "Round-up savings apps put spare change into a pot on every card payment; "
        "friends save a fifth of their pay that way, just not with the big banks.",
    ),
    (
        2,
        "mentee",
        "Buy now pay later is everywhere for clothes and phones, and few read the "
        "late fee terms; a budgeting view in the app would earn more trust than adverts.",
    ),
    (
        3,
        "mentee",
        "Candidates check our climate claims against the news before the interview; "
        "vague net zero targets for 2050 lose them, published interim numbers win them.",
    ),
    (
        3,
        "mentor",
        "Graduates ask about emissions and second-hand policies in interviews. Show "
        "the carbon figures, not a leaf logo, and link targets to the leaders' bonus.",
    ),
    (
        3,
        "mentee",
        "A volunteering day for local clean-ups meant more to the juniors than the "
        "glossy sustainability report, which none of them had read.",
    ),
]


def _demo_sessions(record: Record) -> list[tuple[int, int, int]]:
    """(session id, mentor id, mentee id) of the demo program's sessions, oldest first."""
    with record._tx() as s:
        rows = s.execute(
            select(m.MentoringSession.id, m.Pair.mentor_id, m.Pair.mentee_id)
            .join(m.Pair, m.MentoringSession.pair_id == m.Pair.id)
            .join(m.Cycle, m.Pair.cycle_id == m.Cycle.id)
            .join(m.Program, m.Cycle.program_id == m.Program.id)
            .where(m.Program.name == DEMO_PROGRAM)
            .order_by(m.MentoringSession.id)
        )
        return [(int(a), int(b), int(c)) for a, b, c in rows]


def share_demo_lessons(record: Record) -> int:
    """Offer each lesson from its demo session and, with an index open, have HR approve it;
    returns how many were approved. Run once, right after the demo program is seeded."""
    sessions = _demo_sessions(record)
    hr = record.find_person(SYSTEM, DEMO_HR)
    approved = 0
    for number, side, lesson in LESSONS:
        session_id, mentor, mentee = sessions[number]
        share = record.submit_share(mentor if side == "mentor" else mentee, session_id, lesson)
        if record.index is not None:
            record.approve_share(hr, share.id)
            approved += 1
    return approved
