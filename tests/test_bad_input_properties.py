"""Bad input, generated: random Unicode, control characters, huge, empty and wrongly typed
values through the anonymiser, ingestion and the application-layer flows.

Each gets a result or a clear error (a coach.errors type with a sentence), never a crash
of another type, a hang, or a partial write. Example counts stay small (two busy cores).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from coach.anonymise import MAX_CHARS, anonymise
from coach.chunking import SourceDoc, load_file, split
from coach.errors import CoachError, InvalidInput
from coach.flows.items import TickInput, tick_items
from coach.flows.notes import NotesInput, save_notes
from coach.flows.rating import RatingInput, rate_session
from coach.record.core import MAX_NOTE_CHARS, clean_text
from tests.record_fixtures import World

FEW = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Any code point, control characters and surrogates included (what a raw API call can carry).
ANY_TEXT = st.text(st.characters(codec=None, min_codepoint=0), max_size=400)
CONTROL = st.text(
    st.sampled_from("\x00\x01\x07\x08\x0b\x0c\x1b\x7f\u200b\u202e\ufeff\r\n\t"), max_size=50
)
WEIRD = st.one_of(
    st.none(),
    st.integers(),
    st.floats(allow_nan=True),
    st.binary(max_size=40),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def _is_clear(exc: BaseException) -> bool:
    return isinstance(exc, CoachError) and bool(str(exc).strip())


@FEW
@given(text=st.one_of(ANY_TEXT, CONTROL, st.just("")), roster=st.lists(ANY_TEXT, max_size=3))
def test_the_anonymiser_keeps_any_text_it_does_not_replace(text: str, roster: list[str]) -> None:
    out = anonymise(text, roster)
    assert out.original == text
    rebuilt, pos = [], 0
    for span in out.spans:  # every span replaces exactly the text it names, in order
        assert text[span.start : span.end] == span.original and span.start >= pos
        rebuilt += [text[pos : span.start], span.placeholder]
        pos = span.end
    assert "".join([*rebuilt, text[pos:]]) == out.text


@FEW
@given(value=WEIRD)
def test_the_anonymiser_refuses_what_is_not_text(value: Any) -> None:
    with pytest.raises(InvalidInput):
        anonymise(value)


def test_the_anonymiser_refuses_a_note_over_its_limit_with_a_sentence() -> None:
    with pytest.raises(InvalidInput) as refused:
        anonymise("a" * (MAX_CHARS + 1))
    assert f"{MAX_CHARS:,}" in str(refused.value)


@FEW
@given(text=st.one_of(ANY_TEXT, CONTROL), fmt=st.sampled_from(["markdown", "text"]))
def test_splitting_any_text_gives_chunks_of_that_text(text: str, fmt: str) -> None:
    doc = SourceDoc(source="uploads/x.md", text=text, title="T", fmt=fmt)
    chunks = split(doc)
    ids = [c.id for c in chunks]
    assert len(ids) == len(set(ids))  # ids stay unique, so nothing overwrites anything
    for chunk in chunks:
        assert chunk.text.strip() and chunk.metadata["source"] == "uploads/x.md"


@FEW
@given(
    raw=st.one_of(
        st.binary(max_size=600), ANY_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass"))
    ),
    suffix=st.sampled_from([".md", ".txt", ".pdf", ".docx", ".exe", ""]),
)
def test_reading_any_bytes_under_any_extension_gives_a_doc_or_a_sentence(
    tmp_path_factory: pytest.TempPathFactory, raw: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("bytes") / f"upload{suffix}"
    path.write_bytes(raw)
    try:
        doc = load_file(path, f"uploads/{path.name}")
    except CoachError as exc:
        assert _is_clear(exc) and path.name in str(exc)
        return
    assert doc.text.strip() and doc.source == f"uploads/{path.name}"


# The application-layer flows, on a real record (SQLite and PostgreSQL, see conftest.py).


@FEW
@given(
    text=st.one_of(
        ANY_TEXT,
        CONTROL,
        st.just(""),
        st.integers(0, 3).map(lambda n: "é" * (MAX_NOTE_CHARS - 1 + n)),
    )
)
def test_notes_of_any_text_are_kept_exactly_or_refused_whole(world: World, text: str) -> None:
    before = world.record.get_session(world.mentor, world.sid).mentor_notes
    try:
        save_notes(world.record, world.mentor, NotesInput(world.sid, text))
    except CoachError as exc:
        assert _is_clear(exc)
        assert world.record.get_session(world.mentor, world.sid).mentor_notes == before
        return
    # kept exactly as the record cleans any text (control characters taken out), nothing lost
    assert world.record.get_session(world.mentor, world.sid).mentor_notes == clean_text(
        text, "notes"
    )


@FEW
@given(session_id=WEIRD, text=st.one_of(WEIRD, ANY_TEXT))
def test_notes_with_wrongly_typed_fields_get_a_sentence(
    world: World, session_id: Any, text: Any
) -> None:
    before = world.record.get_session(world.mentor, world.sid).mentor_notes
    try:
        save_notes(world.record, world.mentor, NotesInput(session_id, text))
    except CoachError as exc:
        assert _is_clear(exc)
    assert world.record.get_session(world.mentor, world.sid).mentor_notes == before


@FEW
@given(first=st.one_of(WEIRD, st.integers(-5, 10)), second=st.one_of(WEIRD, st.integers(-5, 10)))
def test_ratings_out_of_range_or_type_get_a_sentence(world: World, first: Any, second: Any) -> None:
    try:
        rate_session(world.record, world.mentee, RatingInput(world.sid, first, second))
    except CoachError as exc:
        assert _is_clear(exc)
        return
    seen = world.record.get_session(world.mentor, world.sid)
    assert 1 <= first <= 5 and 1 <= second <= 5 and seen is not None


@FEW
@given(ids=st.one_of(WEIRD, st.lists(st.one_of(st.integers(), st.text(max_size=5)), max_size=4)))
def test_ticking_unknown_or_wrongly_typed_items_changes_nothing_else(
    world: World, ids: Any
) -> None:
    def states() -> list[tuple[int, bool]]:
        items = world.record.get_session(world.mentee, world.sid).action_items
        return [(i.id, i.done) for i in items]

    mine = {i for i, _ in states()}
    before = states()
    try:
        tick_items(world.record, world.mentee, TickInput(world.sid, ids))
    except CoachError as exc:
        assert _is_clear(exc)
        assert states() == before
        return
    wanted = set(ids) & mine
    assert states() == [(i, i in wanted) for i, _ in before]


# Fuzzed uploads through the real upload path (content checks, then the child-process reader).


def _good_files(folder: Path) -> dict[str, bytes]:
    from tests import upload_files as hostile

    return {
        ".pdf": hostile.pdf_pages(folder / "good.pdf", 1).read_bytes(),
        ".docx": hostile.docx_paragraphs(folder / "good.docx", 3).read_bytes(),
        ".md": b"# Cadence\nPairs meet every fortnight.\n",
    }


@st.composite
def _damaged(draw: st.DrawFn, good: dict[str, bytes]) -> tuple[bytes, str]:
    kind = draw(st.sampled_from(sorted(good)))
    raw = bytearray(good[kind])
    how = draw(st.sampled_from(["truncate", "flip", "misnamed"]))
    if how == "truncate":
        raw = raw[: draw(st.integers(1, len(raw) - 1))]
    elif how == "flip":
        for _ in range(draw(st.integers(1, 8))):
            at = draw(st.integers(0, len(raw) - 1))
            raw[at] = draw(st.integers(0, 255))
    suffix = draw(st.sampled_from(sorted(set(good) - {kind}))) if how == "misnamed" else kind
    return bytes(raw), suffix


def test_fuzzed_uploads_get_a_sentence_and_nothing_partial_is_indexed(
    tmp_path: Path, embedder: Any
) -> None:
    from coach.index import open_index
    from coach.ingest import ingest_uploads
    from coach.settings import load_settings

    root = tmp_path / "knowledge"
    root.mkdir()
    lib = load_settings(data_dir=tmp_path / "data", knowledge_dir=root)
    index = open_index(lib, embedder)
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    good = _good_files(incoming)
    names = iter(range(10_000))

    @settings(max_examples=12, deadline=None)
    @given(damaged=_damaged(good))
    @example(damaged=(b"\x80 Cadence\nPairs meet every fortnight.\n", ".md"))
    @example(damaged=(b"  Cadence\nPairs meet every fortnight.\n", ".md"))
    @example(damaged=(b"\t Cadence\nPairs meet every fortnight.\n", ".md"))
    def one(damaged: tuple[bytes, str]) -> None:
        raw, suffix = damaged
        name = f"fuzzed{next(names)}{suffix}"
        path = incoming / name
        path.write_bytes(raw)
        [result] = ingest_uploads(index, lib, [(path, name)])
        kept = (lib.uploads_dir / name).exists()
        indexed = f"uploads/{name}" in index.source_states()
        if result.status == "error":
            assert result.message.startswith(f"{name}:"), result.message
            assert "Traceback" not in result.message, result.message
            assert not kept and not indexed  # nothing partial kept or indexed
        elif result.status == "duplicate":  # damage that left an earlier file's words
            assert "uploads/fuzzed" in result.message, result.message
            assert not kept and not indexed
        else:
            assert kept and indexed, result

    one()
