"""Store contract: the same behaviour on embedded Chroma and on a `chroma run` server."""

from __future__ import annotations

import pytest

from coach.chunking import SourceDoc, split
from coach.embeddings import MiniLMEmbedding
from coach.engine.ports import GuidanceIndex, TextEmbedder
from coach.errors import EmbeddingMismatch, InvalidInput
from coach.index import Index, open_index

MONEY = """# Money
## Paying
Many of my friends pay with QRIS codes at market stalls in Jakarta.
## Saving
Index funds and ETFs feel safer to us than picking single shares.
"""
HR = """# Pairing
## Matching pairs
Pair people across departments so nobody mentors their own boss.
"""


def _doc(source: str, text: str, **kw: str) -> SourceDoc:
    return SourceDoc(source=source, text=text, title=kw.pop("title", "T"), **kw)


@pytest.fixture
def filled(store: Index) -> Index:
    store.write_chunks(
        split(_doc("knowledge/money.md", MONEY, topic="money", kind="question-bank"))
    )
    store.write_chunks(split(_doc("knowledge/hr.md", HR, kind="guidance", visibility="hr")))
    store.add_text(
        "note:7",
        "The CFO agreed to try the app our customers use.",
        title="Session note",
        topic="consumer-behaviour",
    )
    return store


def test_search_returns_cited_passages_with_metadata(filled: Index) -> None:
    hits = filled.search("how do young people pay at a market stall", k=3)
    assert hits[0].source == "knowledge/money.md"
    assert hits[0].section == "Paying" and hits[0].topic == "money"
    assert hits[0].kind == "question-bank" and hits[0].id.startswith("money#")
    again = filled.get([hits[0].id])
    assert again[0].text == hits[0].text


def test_filters_by_topic_kind_and_visibility(filled: Index) -> None:
    assert {h.topic for h in filled.search("customers", k=10, topic="money")} == {"money"}
    assert {h.kind for h in filled.search("app", k=10, kinds=["shared-note"])} == {"shared-note"}
    everyone = filled.search("pair people across departments", k=10)
    assert all(h.visibility == "everyone" for h in everyone)
    with_hr = filled.search("pair people across departments", k=10, visibility=("everyone", "hr"))
    assert with_hr[0].source == "knowledge/hr.md"


@pytest.mark.parametrize("mode", ["hybrid", "keyword"])
def test_exact_term_is_found(filled: Index, mode: str) -> None:
    assert filled.search("QRIS", k=1, mode=mode)[0].section == "Paying"


def test_remove_source_and_replace(filled: Index) -> None:
    before = filled.count()
    assert filled.remove_source("note:7") == 1
    assert filled.count() == before - 1
    assert not filled.search("CFO agreed", k=5, kinds=["shared-note"])
    ids = filled.add_text("note:7", "Second version of the note.", title="Note")
    assert filled.add_text("note:7", "Second version of the note.", title="Note") == ids
    assert filled.count() == before


def test_empty_query_is_refused(filled: Index) -> None:
    with pytest.raises(InvalidInput):
        filled.search("   ")


def test_the_index_and_its_embedder_are_what_the_engine_asks_for(filled: Index) -> None:
    assert isinstance(filled, GuidanceIndex) and isinstance(filled.embedder, TextEmbedder)
    assert filled.embedder.encode(["a"]).shape == (1, filled.embedder.dim)


def test_one_row_reader_pages_through_every_chunk(filled: Index, store_settings) -> None:
    everything = list(filled.rows(text=True))
    assert len(everything) == filled.count() >= 4
    for page in (1, 2, 3):  # pages smaller than the collection, ending full or part-full
        assert [r.id for r in filled.rows(page=page)] == [r.id for r in everything]
    money = list(filled.rows(sources=["knowledge/money.md"], text=True, page=1))
    assert {r.metadata["source"] for r in money} == {"knowledge/money.md"} and len(money) == 2
    assert any("QRIS" in (r.text or "") for r in money) and all(r.vector is None for r in money)
    sources = filled.sources()
    assert {s: v["chunks"] for s, v in sources.items()} == {
        "knowledge/money.md": 2,
        "knowledge/hr.md": 1,
        "note:7": 1,
    }
    assert sources["knowledge/hr.md"]["visibility"] == "hr"
    name = store_settings.chroma_collection + "-copy"
    copy = open_index(
        store_settings.model_copy(update={"chroma_collection": name}), filled.embedder
    )
    copy.write_rows(list(filled.rows(text=True, vectors=True, page=2)))
    assert copy.sources() == sources
    assert copy.search("QRIS", k=1, mode="vector")[0].section == "Paying"
    with pytest.raises(InvalidInput, match="text and its vector"):
        copy.write_rows(money)


def test_collection_reopens_without_passing_the_embedding(filled: Index) -> None:
    col = filled.client.get_collection(filled.name)  # rebuilt from the registered config
    res = col.query(query_texts=["exchange-traded funds"], n_results=1)
    assert "ETFs" in res["documents"][0][0]


def test_other_writers_are_seen_by_keyword_search(filled: Index, store_settings) -> None:
    other = open_index(store_settings, filled.embedder)
    watching = open_index(store_settings, filled.embedder, keyword_ttl=0)
    trusting = open_index(store_settings, filled.embedder, keyword_ttl=3600)
    assert not watching.search("zeitgeist", k=3, mode="keyword")
    assert not trusting.search("zeitgeist", k=3, mode="keyword")
    other.add_text("note:9", "A zeitgeist of renting, not owning.", title="N")
    assert watching.search("zeitgeist", k=3, mode="keyword")[0].source == "note:9"
    assert not trusting.search("zeitgeist", k=3, mode="keyword")  # not checked again yet


class _OtherEmbedding(MiniLMEmbedding):
    identity = "some-other-model"


def test_refuses_to_mix_two_embeddings(filled: Index, store_settings) -> None:
    with pytest.raises(EmbeddingMismatch, match="reindex"):
        open_index(store_settings, _OtherEmbedding())


def test_heading_vectors_are_kept_only_for_headings_the_library_still_has(filled: Index) -> None:
    """Removed sources take their heading vectors with them, so the cache cannot grow past
    the library's live headings however many titles come and go."""
    for n in range(12):
        filled.add_text(
            f"note:h{n}", f"Rotating mentors keeps pairs fresh {n}.", title=f"Title {n}"
        )
        filled.search("rotating mentors pairs", k=3)
        filled.remove_source(f"note:h{n}")
    filled.search("rotating mentors pairs", k=3)
    assert not [h for h in filled._headings if "Title" in h]


def test_heading_vectors_stop_at_their_cap(filled: Index, monkeypatch) -> None:
    monkeypatch.setattr("coach.index.HEADING_CACHE", 3)
    for n in range(8):
        filled.add_text(f"note:c{n}", f"Reverse mentoring habit {n}.", title=f"Cap {n}")
    filled.search("reverse mentoring habit", k=10)
    assert len(filled._headings) <= 3
