"""Retrieval does not repeat itself: a search asked again embeds no query and reads no stored
vector again, yet a change to the library, made here or by another process, is seen.

Counted in calls to the embedder and to Chroma, never timed. Real Chroma in a tmp_path.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from coach import index as index_module
from coach.embeddings import MiniLMEmbedding
from coach.index import Index, open_index
from coach.settings import load_settings

NOTES = {
    "note:1": ("Savings", "money", "Her friends trust round-up savings apps more than banks."),
    "note:2": ("Video", "technology", "Short video is where her generation researches buying."),
    "note:3": ("Hiring", "recruitment", "Candidates read our climate report before interviews."),
}


class Reads:
    """A Chroma collection, with every read of stored vectors counted."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.vector_reads = 0

    def get(self, *args: Any, **kwargs: Any) -> Any:
        if "embeddings" in (kwargs.get("include") or []):
            self.vector_reads += 1
        return self.real.get(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


@pytest.fixture
def encoded(embedder: MiniLMEmbedding, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the embedder is asked to encode, in order."""
    seen: list[str] = []
    real = embedder.encode

    def counting(texts: list[str], *args: Any, **kwargs: Any) -> Any:
        seen.extend(texts)
        return real(texts, *args, **kwargs)

    monkeypatch.setattr(embedder, "encode", counting)
    return seen


def small_index(path: Path, embedder: MiniLMEmbedding, keyword_ttl: float = 2.0) -> Index:
    index = open_index(load_settings(data_dir=path), embedder, keyword_ttl=keyword_ttl)
    for source, (title, topic, text) in NOTES.items():
        index.add_text(source, text, title=title, topic=topic)
    return index


def counted(index: Index) -> tuple[Reads, Reads]:
    index._collection, index._units = Reads(index._collection), Reads(index._units)
    return index._collection, index._units


def found(index: Index, query: str, **kw: Any) -> list[tuple[str, float]]:
    return [(p.source, p.score) for p in index.search(query, 3, **kw)]


def test_a_search_asked_again_embeds_nothing_and_reads_no_stored_vector(
    tmp_path: Path, embedder: MiniLMEmbedding, encoded: list[str]
) -> None:
    index = small_index(tmp_path, embedder)
    chunks, units = counted(index)
    first = found(index, "savings apps and banks")
    before = (list(encoded), chunks.vector_reads, units.vector_reads)
    again = found(index, "savings apps and banks")
    assert again == first
    assert (encoded, chunks.vector_reads, units.vector_reads) == before


def test_another_search_reads_no_stored_vector_already_read(
    tmp_path: Path, embedder: MiniLMEmbedding, encoded: list[str]
) -> None:
    index = small_index(tmp_path, embedder)
    fresh = small_index(tmp_path / "fresh", embedder)
    chunks, units = counted(index)
    found(index, "savings apps and banks")
    reads = (chunks.vector_reads, units.vector_reads)
    other = found(index, "what candidates read before an interview")
    assert other == found(fresh, "what candidates read before an interview")
    assert (chunks.vector_reads, units.vector_reads) == reads  # every passage already read


def test_a_change_to_the_library_is_seen_by_the_next_search(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    index = small_index(tmp_path, embedder)
    query = "paying rent together in an app"
    assert "note:4" not in dict(found(index, query))
    index.add_text("note:4", "They split rent in an app, paying together.", title="Rent")
    top, score = found(index, query)[0]
    assert top == "note:4"
    index.add_text("note:4", "Nothing about that any more: a note on pensions.", title="Rent")
    assert dict(found(index, query)).get("note:4", -1.0) < score  # the new text is scored
    index.remove_source("note:4")
    assert "note:4" not in dict(found(index, query))


def test_a_change_made_by_another_process_is_seen(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    here = small_index(tmp_path, embedder, keyword_ttl=0.0)  # checks for writes every search
    query = "paying rent together in an app"
    assert "note:4" not in dict(found(here, query))
    there = open_index(load_settings(data_dir=tmp_path), embedder)
    there.add_text("note:4", "They split rent in an app, paying together.", title="Rent")
    assert next(iter(dict(found(here, query)))) == "note:4"
    there.remove_source("note:4")
    assert "note:4" not in dict(found(here, query))


def test_the_caches_are_bounded(
    tmp_path: Path, embedder: MiniLMEmbedding, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("QUERY_VECTORS", "SEARCH_RESULTS", "STORED_VECTORS"):
        monkeypatch.setattr(index_module, name, 2)
    index = small_index(tmp_path, embedder)
    for word in ("savings", "video", "climate", "banks", "interviews"):
        found(index, word)
    sizes = [len(c) for c in (index._queries, index._results, index._vectors, index._unit_vecs)]
    assert sizes and all(0 < n <= 2 for n in sizes)
