"""How hybrid search weighs the words of a query against a passage and its heading."""

from __future__ import annotations

from pathlib import Path

from coach.keyword import KeywordIndex
from coach.search_rank import fuse

TEXTS = [
    "Pairs and pairs and pairs: how pairs meet, pairs talk, pairs part.",
    "Never pair a junior with a manager in their own reporting line.",
    "Reporting lines and the skip-level manager: who may be paired with whom.",
]
METAS = [
    {"section": "Cadence for a cycle"},
    {"section": "Principles for good pairs"},
    {"section": "Reporting lines"},
]


def test_coverage_counts_each_query_word_once_weighted_by_rarity() -> None:
    kw = KeywordIndex(["a", "b", "c"], TEXTS, METAS)
    body, head = kw.coverage("pairs with a manager in the reporting line")
    # Passage a repeats one word; b holds most of the question's words once.
    assert body[1] > body[0]
    assert 0.0 < body[1] <= 1.0 and body.max() <= 1.0 + 1e-6
    # Only c's heading holds the question's words ("reporting", "line").
    assert head[2] > 0 and head[0] == 0


def test_coverage_of_a_query_the_library_never_uses_is_zero() -> None:
    kw = KeywordIndex(["a", "b", "c"], TEXTS, METAS)
    body, head = kw.coverage("zzzz qqqq")
    assert not body.any() and not head.any()


def test_a_heading_naming_the_question_wins_a_tie_of_meaning() -> None:
    ids = ["about", "mentions"]
    same = {"about": 0.5, "mentions": 0.5}
    ranked = fuse(
        ids,
        same,
        same,
        {},
        set(),
        set(),
        unit=same,
        words={"about": (0.6, 0.6), "mentions": (0.6, 0.0)},
    )
    assert [cid for cid, _ in ranked] == ["about", "mentions"]


def test_a_files_opening_paragraph_yields_to_its_sections_on_a_tie() -> None:
    ids = ["a-intro", "b-section"]
    same = {"a-intro": 0.5, "b-section": 0.5}
    ranked = fuse(ids, same, same, {}, set(), set(), unit=same, intros={"a-intro"})
    assert [cid for cid, _ in ranked] == ["b-section", "a-intro"]


def test_extra_terms_count_at_their_weight() -> None:
    kw = KeywordIndex(["a", "b", "c"], TEXTS, METAS)
    assert kw.search("duos", 3) == []
    found = kw.search("duos", 3, extra={"pair": 1.0})
    assert {kw.ids[r] for r, _ in found} == {"a", "b", "c"}
    half = dict(kw.search("duos", 3, extra={"pair": 0.5}))
    assert all(abs(half[r] - s / 2) < 1e-5 for r, s in found)


def test_the_vocabulary_holds_one_form_per_stem_most_used_first() -> None:
    kw = KeywordIndex(["a", "b", "c"], TEXTS, METAS)
    assert kw.vocabulary[0] == "pairs"
    assert "pair" not in kw.vocabulary and "paired" not in kw.vocabulary


def test_library_words_are_embedded_once_per_data_folder(tmp_path: Path) -> None:
    import numpy as np

    from coach.query_expansion import WordNeighbours
    from coach.vector_cache import cached

    calls: list[int] = []

    class Counting:
        identity = "counting"

        def encode(self, texts: list[str]) -> np.ndarray:
            calls.append(len(texts))
            return np.eye(len(texts), 8, dtype=np.float32)

    kw = KeywordIndex(["a", "b", "c"], TEXTS, METAS)
    for _ in range(2):  # two processes: each opens the cache afresh
        words = WordNeighbours(Counting().encode, cached(tmp_path, Counting(), "library-words"))
        words.expand("zorblat", kw)
    assert calls[0] == len(kw.vocabulary)  # the vocabulary, once
    assert sum(calls) == len(kw.vocabulary) + 2  # then only the query word, each time


def _neighbours_at(similarity: float) -> dict[str, float]:
    """What "zorblat" expands to when its cosine with the library word "pairs" is given and
    every other library word is unlike it."""
    import numpy as np

    from coach.query_expansion import WordNeighbours

    kw = KeywordIndex(["a", "b", "c"], TEXTS, METAS)
    vocab = kw.vocabulary
    dim = len(vocab) + 2

    def encode(texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), dim), dtype=np.float32)
        for n, text in enumerate(texts):
            if text == "zorblat":
                out[n, vocab.index("pairs")] = similarity
                out[n, dim - 1] = (1 - similarity**2) ** 0.5
            else:
                out[n, vocab.index(text)] = 1.0
        return out

    return WordNeighbours(encode).expand("zorblat", kw)


def test_only_a_near_library_word_stands_in_for_an_unknown_one() -> None:
    # Words about as near as "supposed" and "meant", or "laptop" and "desk", are other words:
    # standing in, they pulled passages about something else into the keyword ranking.
    assert _neighbours_at(0.53) == {}
    assert _neighbours_at(0.65) == {"pair": 1.0}


def test_the_ask_is_the_last_sentence_of_a_question_told_with_its_context() -> None:
    from coach.search_rank import ask_of

    told = (
        "We have run two cycles already. The seniors liked it and want more. "
        "How do we take it to the whole company?"
    )
    assert ask_of(told) == "How do we take it to the whole company"
    assert ask_of("My director asked about it - what do I say to him?") == "what do I say to him"


def test_a_question_of_one_sentence_has_no_separate_ask() -> None:
    from coach.search_rank import ask_of

    assert ask_of("how do I end a session so the actions happen?") is None
    assert ask_of("recap email") is None
    # A closing word or two is not the ask: the sentence before it is.
    assert ask_of("Our pairs keep cancelling on each other. Help!") is None


def test_the_query_vector_leans_towards_the_ask(embedder: object) -> None:
    """The context told first outweighs the ask in one averaged vector; the vector search
    reads leans towards the last sentence, where the question is."""
    import numpy as np

    from coach.search_rank import query_vector

    context = "I moved here from ten years of running restaurant kitchens and I love the team. "
    ask = "How many sessions are there in a cycle?"
    whole = np.asarray(embedder.embed_query(context + ask))  # type: ignore[attr-defined]
    target = np.asarray(embedder.encode([ask])[0])  # type: ignore[attr-defined]
    leaned = query_vector(context + ask, embedder.embed_query)  # type: ignore[attr-defined]
    assert float(leaned @ target) > float(whole @ target) + 0.05
    one = "How many sessions are there in a cycle?"
    assert np.allclose(query_vector(one, embedder.embed_query), embedder.embed_query(one))  # type: ignore[attr-defined]


def test_guidance_outranks_a_past_pairs_note_unless_past_pairs_are_asked_about() -> None:
    from coach.search_rank import asks_for_notes

    ids = ["note", "guide"]
    meaning = {"note": 0.6, "guide": 0.48}  # a note's story sits nearer a question than advice
    ranked = fuse(ids, meaning, meaning, {}, set(), {"note"}, unit=meaning)
    assert [cid for cid, _ in ranked] == ["guide", "note"]
    asked = fuse(ids, meaning, meaning, {}, set(), {"note"}, unit=meaning, notes_asked=True)
    assert [cid for cid, _ in asked] == ["note", "guide"]
    assert asks_for_notes("did an earlier pair already talk about leasing a car?")
    assert asks_for_notes("any write-ups from other mentors on stay interviews")
    assert not asks_for_notes("i used to work in a kitchen, what from that is useful")
    assert not asks_for_notes("what should I write in my notes after a session?")
