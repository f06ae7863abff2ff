"""Bad input, generated, through the rest of the application layer (coach/flows): asking the
coach, preparing and refining a plan, summarising, the cycle's dates and sessions, sharing,
the library, pairing, figures and the calendar.

Random Unicode, control characters, huge and empty text, and values of the wrong type, as a
raw API call or a script can send them. Each call gives a result or a clear error (a
coach.errors type with a sentence), never another exception; and a refused call writes
nothing (a stored question, a queued share, a moved session, a plan or a summary).
Example counts stay small: the machine is shared.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.engine import Coach, SessionPlan
from coach.errors import CoachError
from coach.flows import ask as ask_flow
from coach.flows import cycle as cycle_flow
from coach.flows import sharing as sharing_flow
from coach.flows.calendar import pair_calendar
from coach.flows.dates import resolve_due
from coach.flows.items import ReassignInput, reassign_item
from coach.flows.library import Library, delete_guidance
from coach.flows.notes import NotesInput
from coach.flows.owners import PairPeople, resolve_owner
from coach.flows.pairing import SuggestInput, suggest_pairs
from coach.flows.prepare import PrepareInput, prepare_plan
from coach.flows.program import FiguresInput, program_figures
from coach.flows.refine import RefineInput, refine_plan
from coach.flows.reflect import summarise_session
from coach.pairing import Suggestion
from coach.record.core import clean_text
from coach.settings import load_settings
from tests.record_fixtures import World

FEW = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ANY_TEXT = st.text(st.characters(codec=None, min_codepoint=0), max_size=300)
CONTROL = st.text(
    st.sampled_from("\x00\x01\x07\x08\x0b\x0c\x1b\x7f\u200b\u202e\ufeff\r\n\t"), max_size=40
)
HUGE = st.integers(0, 2).map(lambda n: "Renting beats owning. " * (5_000 + n * 2_000))
TEXT = st.one_of(ANY_TEXT, CONTROL, st.just(""), st.just("   "))
WEIRD = st.one_of(
    st.none(),
    st.integers(),
    st.floats(allow_nan=True),
    st.binary(max_size=20),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
IDS = st.one_of(WEIRD, st.integers(-3, 10_000), st.text(max_size=6))


def _clear(exc: BaseException) -> None:
    assert isinstance(exc, CoachError) and str(exc).strip(), repr(exc)


def _attempt(fn: Any, *args: Any, **kwargs: Any) -> tuple[Any, BaseException | None]:
    """The result, or the error: anything but a CoachError with a sentence fails the test."""
    try:
        return fn(*args, **kwargs), None
    except Exception as exc:  # noqa: BLE001 - checked: it must be a clear CoachError
        _clear(exc)
        return None, exc


@pytest.fixture(scope="module")
def a_plan(offline_coach: Coach) -> SessionPlan:
    return prepare_plan(None, offline_coach, None, PrepareInput(topic="money", goal="banks"))


# -- the coach --------------------------------------------------------------------------------


@FEW
@given(question=st.one_of(TEXT, HUGE, WEIRD), conversation=IDS)
def test_asking_anything_answers_or_refuses_without_storing_the_question(
    world: World, offline_coach: Coach, question: Any, conversation: Any
) -> None:
    before = [(c.id, len(c.turns)) for c in world.record.my_conversations(world.mentee)]
    asked, refused = _attempt(
        ask_flow.ask, world.record, offline_coach, world.mentee, question, conversation
    )
    after = [(c.id, len(c.turns)) for c in world.record.my_conversations(world.mentee)]
    if refused is not None:
        assert after == before  # no question kept without its answer
    else:
        assert asked.answer.text.strip()


@FEW
@given(
    topic=st.one_of(TEXT, WEIRD),
    goal=st.one_of(TEXT, HUGE, WEIRD),
    wishes=st.one_of(TEXT, WEIRD),
    minutes=st.one_of(WEIRD, st.integers(-100, 1000)),
    number=st.one_of(WEIRD, st.integers(-5, 100)),
)
def test_a_plan_for_any_request_is_made_or_refused_with_a_sentence(
    offline_coach: Coach, topic: Any, goal: Any, wishes: Any, minutes: Any, number: Any
) -> None:
    asked = PrepareInput(
        topic=topic, goal=goal, wishes=wishes, minutes=minutes, session_number=number
    )
    plan, _ = _attempt(prepare_plan, None, offline_coach, None, asked)
    if plan is not None:
        assert plan.questions and plan.agenda


@FEW
@given(message=st.one_of(TEXT, HUGE, WEIRD), history=st.one_of(WEIRD, st.lists(WEIRD, max_size=3)))
def test_refining_with_anything_said_gives_a_plan_or_a_sentence(
    offline_coach: Coach, a_plan: SessionPlan, message: Any, history: Any
) -> None:
    def run() -> SessionPlan:
        parts = list(refine_plan(offline_coach, RefineInput(a_plan, message, history)))
        assert isinstance(parts[-1], SessionPlan)
        return parts[-1]

    _attempt(run)


@FEW
@given(notes=st.one_of(TEXT, WEIRD))
def test_summarising_any_notes_keeps_the_summary_whole_or_writes_nothing(
    world: World, offline_coach: Coach, notes: Any
) -> None:
    before = world.record.get_session(world.mentee, world.sid)
    done, refused = _attempt(
        summarise_session, world.record, offline_coach, world.mentee, world.sid, notes
    )
    after = world.record.get_session(world.mentee, world.sid)
    if refused is not None:  # notes are kept first, as typed (cleaned), or not at all
        assert after.my_notes == before.my_notes or (
            isinstance(notes, str) and after.my_notes == clean_text(notes, "notes")
        )
        assert after.reflection == before.reflection
        assert [i.id for i in after.action_items] == [i.id for i in before.action_items]
    else:
        assert done.session.reflection is not None


# -- the cycle ----------------------------------------------------------------------------------


@FEW
@given(phrase=st.one_of(TEXT, HUGE), cadence=st.integers(-30, 400))
def test_any_due_phrase_gives_a_date_or_none(phrase: str, cadence: int) -> None:
    due, _ = _attempt(resolve_due, phrase, date(2026, 12, 2), cadence_days=cadence)
    assert due is None or isinstance(due, date)


@FEW
@given(word=st.one_of(TEXT, st.none()), author=st.sampled_from(["mentor", "mentee"]))
def test_any_owner_word_gives_sides_or_a_name(word: Any, author: Any) -> None:
    pair = PairPeople(mentor_name="Noelia Ortiz", mentee_name="Graham Hale")
    owner, _ = _attempt(resolve_owner, word, author, pair)
    assert owner is None or isinstance(owner, (list, str))


@FEW
@given(when=st.one_of(TEXT, WEIRD), topic=st.one_of(TEXT, HUGE, WEIRD))
def test_moving_a_session_to_anything_moves_it_whole_or_not_at_all(
    world: World, when: Any, topic: Any
) -> None:
    before = world.record.get_session(world.mentor, world.sid)
    moved, refused = _attempt(
        cycle_flow.move_session, world.record, world.mentor, world.sid, when=when, topic=topic
    )
    after = world.record.get_session(world.mentor, world.sid)
    if refused is not None:
        assert (after.held_on, after.topic) == (before.held_on, before.topic)
    else:
        assert (after.held_on, after.topic) == (moved.held_on, moved.topic)


@FEW
@given(pair_id=IDS, when=st.one_of(TEXT, WEIRD), topic=st.one_of(TEXT, WEIRD))
def test_adding_a_session_with_anything_adds_one_or_none(
    world: World, pair_id: Any, when: Any, topic: Any
) -> None:
    def count() -> int:
        return len(world.record.list_sessions(world.mentor, world.pair_id))

    before = count()
    _, refused = _attempt(cycle_flow.add_session, world.record, world.mentor, pair_id, when, topic)
    assert count() == before + (0 if refused is not None or pair_id != world.pair_id else 1)


@FEW
@given(pair_id=IDS)
def test_a_calendar_for_any_pair_id_is_a_calendar_or_a_sentence(world: World, pair_id: Any) -> None:
    ics, _ = _attempt(pair_calendar, world.record, world.mentor, pair_id)
    assert ics is None or ics.startswith(b"BEGIN:VCALENDAR")


@FEW
@given(item_id=IDS, owner=st.one_of(TEXT, WEIRD))
def test_reassigning_anything_to_anyone_gets_a_sentence(
    world: World, item_id: Any, owner: Any
) -> None:
    def owners() -> list[tuple[int, int | None]]:
        items = world.record.get_session(world.mentor, world.sid).action_items
        return [(i.id, i.owner_id) for i in items]

    before = owners()
    _, refused = _attempt(reassign_item, world.record, world.mentor, ReassignInput(item_id, owner))
    if refused is not None:
        assert owners() == before


# -- sharing, the library, pairing, figures -------------------------------------------------


@FEW
@given(text=st.one_of(TEXT, WEIRD), title=st.one_of(TEXT, WEIRD), topic=st.one_of(TEXT, WEIRD))
def test_offering_anything_queues_one_share_or_none(
    world: World, text: Any, title: Any, topic: Any
) -> None:
    before = len(world.record.my_shares(world.mentee))
    offer = sharing_flow.OfferInput(world.sid, text, title, topic)
    _, refused = _attempt(sharing_flow.offer_share, world.record, world.mentee, offer)
    assert len(world.record.my_shares(world.mentee)) == before + (refused is None)


@FEW
@given(text=st.one_of(TEXT, HUGE, WEIRD))
def test_previewing_a_share_of_anything_shows_it_or_says_why(world: World, text: Any) -> None:
    preview, _ = _attempt(
        sharing_flow.preview_offer, world.record, world.mentee, NotesInput(world.sid, text)
    )
    assert preview is None or isinstance(preview.text, str)
    assert world.record.my_shares(world.mentee) == []  # a preview queues nothing


@FEW
@given(source=st.one_of(TEXT, WEIRD, st.just("../../etc/passwd"), st.just("uploads/../x.md")))
def test_deleting_any_source_name_removes_nothing_it_does_not_name(
    world: World, tmp_path_factory: pytest.TempPathFactory, source: Any
) -> None:
    data = tmp_path_factory.mktemp("lib")
    lib = Library(world.record, world.index, load_settings(data_dir=data))
    before = world.index.count()
    _, refused = _attempt(delete_guidance, lib, world.hr, source)
    if refused is not None:
        assert world.index.count() == before


@FEW
@given(
    cycle=IDS,
    pins=st.one_of(WEIRD, st.lists(st.tuples(IDS, IDS), max_size=2)),
    exclude=st.one_of(WEIRD, st.lists(IDS, max_size=3)),
)
def test_pairing_suggestions_for_anything_asked_are_pairs_or_a_sentence(
    world: World, embedder: Any, cycle: Any, pins: Any, exclude: Any
) -> None:
    asked = SuggestInput(cycle_id=cycle, pins=pins, exclude=exclude)
    found, refused = _attempt(suggest_pairs, world.record, world.hr, asked, embedder.encode)
    assert (found is None) != (refused is None), "suggestions or a sentence, never both or none"
    assert found is None or all(isinstance(p, Suggestion) for p in found.suggestions.pairs)


@FEW
@given(program=IDS, cycle=IDS, csv=st.one_of(st.booleans(), WEIRD))
def test_figures_for_anything_asked_are_figures_or_a_sentence(
    world: World, program: Any, cycle: Any, csv: Any
) -> None:
    figures, _ = _attempt(
        program_figures, world.record, world.hr, FiguresInput(program, cycle, csv)
    )
    assert figures is None or isinstance(figures.as_dict(), dict)
