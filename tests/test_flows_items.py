"""Action items: due phrases become dates against the session's date; owners become people."""

from __future__ import annotations

from datetime import date

import pytest

from coach.flows.dates import resolve_due
from coach.flows.owners import PairPeople, item_specs, resolve_owner

THU = date(2026, 11, 12)  # a Thursday session
NEXT = date(2026, 12, 10)  # the next planned session of the cycle


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("by Friday", date(2026, 11, 13)),
        ("Friday", date(2026, 11, 13)),
        ("by weds", date(2026, 11, 18)),
        ("thurs", date(2026, 11, 19)),  # the coming Thursday, not the session day itself
        ("next Monday", date(2026, 11, 16)),
        ("next Friday", date(2026, 11, 20)),  # Friday of the following week
        ("tomorrow", date(2026, 11, 13)),
        ("end of day", THU),
        ("end of the week", date(2026, 11, 13)),
        ("next week", date(2026, 11, 19)),
        ("end of next week", date(2026, 11, 20)),
        ("end of month", date(2026, 11, 30)),
        ("end of next month", date(2026, 12, 31)),
        ("next month", date(2026, 12, 12)),
        ("in two weeks", date(2026, 11, 26)),
        ("within 3 days", date(2026, 11, 15)),
        ("in a month", date(2026, 12, 12)),
        ("next session", NEXT),
        ("before we meet again", NEXT),
        ("before the board meeting on the 14th", date(2026, 11, 14)),
        ("the 3rd", date(2026, 12, 3)),  # already past this month: next month's
        ("15 Dec", date(2026, 12, 15)),
        ("Dec 15th", date(2026, 12, 15)),
        ("15 December 2026", date(2026, 12, 15)),
        ("10 Nov", date(2027, 11, 10)),  # a day and month already past: next year's
        ("15/12", date(2026, 12, 15)),
        ("2026-12-01", date(2026, 12, 1)),
        ("jumat", date(2026, 11, 13)),
        ("el viernes", date(2026, 11, 13)),
        ("minggu depan", date(2026, 11, 19)),
    ],
)
def test_due_phrases_resolve_against_the_session_date(phrase: str, expected: date) -> None:
    assert resolve_due(phrase, THU, next_session=NEXT) == expected


def test_next_session_without_a_plan_uses_the_cycle_cadence() -> None:
    assert resolve_due("next session", THU, cadence_days=14) == date(2026, 11, 26)


@pytest.mark.parametrize("phrase", [None, "", "soon", "at some point", "asap-ish", "31 Feb"])
def test_phrases_naming_no_day_have_no_due_date(phrase: str | None) -> None:
    assert resolve_due(phrase, THU) is None


PAIR = PairPeople(mentor_name="Sara Okafor", mentee_name="David Chen")


@pytest.mark.parametrize(
    ("word", "author", "expected"),
    [
        ("me", "mentee", ["mentee"]),
        ("I", "mentor", ["mentor"]),
        ("both", "mentee", ["mentee", "mentor"]),
        ("Sara and I", "mentee", ["mentee", "mentor"]),
        ("my mentor", "mentee", ["mentor"]),
        ("Sara", "mentee", ["mentor"]),
        ("Okafor", "mentee", ["mentor"]),
        ("David", "mentor", ["mentee"]),
        ("Leon", "mentee", "Leon"),
    ],
)
def test_owner_words_resolve_to_the_pair(word: str, author: str, expected: object) -> None:
    assert resolve_owner(word, author, PAIR) == expected  # type: ignore[arg-type]


def test_a_shared_task_is_one_item_for_each_person_with_its_date() -> None:
    specs = item_specs(
        [("both", "Both read the report", "by Friday")],
        author="mentee",
        pair=PAIR,
        session_date=THU,
    )
    assert [(s.owner, s.text, s.due_on) for s in specs] == [
        ("mentee", "Read the report", date(2026, 11, 13)),
        ("mentor", "Read the report", date(2026, 11, 13)),
    ]


def test_a_third_party_task_stays_with_its_author_and_an_unknown_date_stays_in_words() -> None:
    [spec] = item_specs(
        [("Leon", "Send the app store reviews", "whenever he can")],
        author="mentee",
        pair=PAIR,
        session_date=THU,
    )
    assert spec.owner == "mentee" and spec.due_on is None
    assert spec.text == "Leon: Send the app store reviews (by whenever he can)"
    assert spec.as_record() == {"text": spec.text, "owner": "mentee", "due_on": None}


def test_the_junior_task_in_the_senior_notes_belongs_to_the_junior() -> None:
    [spec] = item_specs(
        [("Sara", "Screenshots of 3 onboarding flows", "before next session")],
        author="mentee",
        pair=PAIR,
        session_date=THU,
        next_session=NEXT,
    )
    assert (spec.owner, spec.due_on) == ("mentor", NEXT)
