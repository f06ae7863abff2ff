"""Search scores a passage by its best sentence or list item as well as by the whole."""

from __future__ import annotations

from coach.index import Index
from coach.passage_units import MAX_UNITS, units_of

# A long list of practical points, one of which answers the question.
POINTS = """- Book the room a week ahead and send the agenda the day before.
- Bring one thing from your phone to show, such as an app you used this week.
- Agree how you will reschedule if either of you has to cancel.
- If a senior needs a pension explained, sketch auto-enrolment on paper: what goes in from pay, \
what the employer adds and when it can be taken out.
- Write the action items down before you leave, with a date for each.
- Keep the history of the senior's career to ten minutes.
- Choose a quiet café or a neutral room rather than the senior's office.
- Turn cameras on for a video call and mute notifications.
- Swap one surprising fact about life outside work at the start."""
# A short passage sharing the question's general words, without its answer.
GENERAL = (
    "Pensions are a topic where the senior and the junior often see things differently. A "
    "senior may think about a pension the way their generation did, while a junior thinks "
    "about saving and spending in a new way. Ask what the senior believes about pensions and "
    "what the junior's friends believe, and compare the two."
)
QUESTION = (
    "my senior asked how a pension works, what the employer puts in and when it can be taken out"
)


def _library(store: Index) -> Index:
    store.add_text("guide/points.md", POINTS, title="Guidance", kind="guidance")
    store.add_text("guide/pensions.md", GENERAL, title="Guidance notes", kind="guidance")
    return store


def test_one_sentence_that_answers_beats_a_passage_of_general_words(store: Index) -> None:
    hits = _library(store).search(QUESTION, k=2)
    assert [h.source for h in hits] == ["guide/points.md", "guide/pensions.md"]


def test_units_are_sentences_and_list_items() -> None:
    units = units_of(
        "- First item here, with words.\n- **Second** item: also words.\n\n"
        "One. Two more words here. Then ask Dr. Patel about it."
    )
    assert units == [
        "First item here, with words.",
        "Second item: also words.",
        "One. Two more words here.",
        "Then ask Dr. Patel about it.",
    ]
    assert units_of("Short.") == ["Short."]
    assert len(units_of(" ".join(["A sentence of five words."] * 40))) == MAX_UNITS


def test_unit_vectors_travel_with_a_copy_and_go_with_their_source(
    store: Index, store_settings
) -> None:
    _library(store)
    rows = list(store.rows(text=True, vectors=True))
    assert all(r.units is not None and len(r.units) == len(units_of(r.text or "")) for r in rows)
    assert store.units.count() == sum(len(r.units or ()) for r in rows)

    store.remove_source("guide/points.md")
    assert store.units.count() == len(units_of(GENERAL))
    store.drop()
    assert store.units.count() == 0
    store.write_rows(rows)  # a copy of the rows brings their units back, embedding nothing
    assert [h.source for h in store.search(QUESTION, k=2)][0] == "guide/points.md"
