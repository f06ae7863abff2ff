"""The demo program's shared lessons: offered from its sessions and approved by HR, so the
shared library and the cohort's themes show something real on a first start.

Every lesson is invented. Without an open index (the record alone) they stay pending review.
"""

from __future__ import annotations

from coach.record.core import ActorRef
from coach.record.service import Record

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


def share_demo_lessons(
    record: Record, hr: ActorRef, sessions: list[tuple[int, ActorRef, ActorRef]]
) -> int:
    """Offer each lesson from its session and, with an index open, approve it; returns how
    many were approved. `sessions` holds (session id, mentor, mentee) in demo order."""
    approved = 0
    for number, side, lesson in LESSONS:
        session_id, mentor, mentee = sessions[number]
        share = record.submit_share(mentor if side == "mentor" else mentee, session_id, lesson)
        if record.index is not None:
            record.approve_share(hr, share.id)
            approved += 1
    return approved
