"""Search on the real library: a real stemmer, a top 5 that k does not change, section hits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.index import Index
from coach.keyword import tokenize

DATA = Path(__file__).resolve().parent.parent / "evals" / "data" / "library_questions.jsonl"
TUNE = [
    r for r in (json.loads(x) for x in DATA.read_text().splitlines() if x) if r["split"] == "tune"
]  # the held half is for the eval only
VISIBLE = {"junior": ("everyone",), "hr": ("everyone", "hr")}


@pytest.mark.parametrize(
    "a, b",
    [
        ("travelling", "travel"),
        ("planning", "plan"),
        ("stopped", "stop"),
        ("promoted", "promotion"),
        ("cancelled", "cancel"),
        ("emissions", "emission"),
    ],
)
def test_word_forms_meet(a: str, b: str) -> None:
    assert tokenize(a) == tokenize(b)


def test_short_words_are_not_mangled() -> None:
    assert tokenize("bus gas news") == tokenize("bus gas news")
    assert tokenize("bus") != tokenize("bu")


@pytest.mark.parametrize(
    "query",
    [
        "what figures did that US insurer's programme publish",
        "he rolls his eyes at anything about gen z",
        "How many pairs should our pilot cohort have?",
        "Scope 3",
        "questions about renting instead of buying",
    ],
)
def test_top_five_does_not_change_with_k(library_index: Index, query: str) -> None:
    def ids(k: int) -> list[str]:
        return [p.id for p in library_index.search(query, k=k, visibility=("everyone", "hr"))]

    five = ids(5)
    assert ids(10)[:5] == five and ids(25)[:5] == five and ids(1) == five[:1]


def _hit(p: object, expected: list[dict]) -> bool:
    return any(
        p.source == e["source"]
        and (
            p.section == e["section"]  # type: ignore[attr-defined]
            or p.section.startswith(e["section"] + " > ")
        )
        for e in expected
    )  # type: ignore[attr-defined]


@pytest.mark.xfail(
    strict=True,
    reason="open: since the library gained its templates and sector "
    "guidance the tune half reads hit@1 0.52, hit@5 0.86; see "
    "docs/offline-coach-figures.md",
)
def test_hits_land_in_the_right_section(library_index: Index) -> None:
    """The tune half of the section-judged questions: most land in the labelled section."""
    ranks = []
    for row in TUNE:
        hits = library_index.search(row["query"], k=5, visibility=VISIBLE[row["asker"]])
        ranks.append(next((n for n, h in enumerate(hits, 1) if _hit(h, row["expected"])), None))
    at5 = sum(r is not None for r in ranks) / len(ranks)
    at1 = sum(r == 1 for r in ranks) / len(ranks)
    missed = [r["query"] for r, n in zip(TUNE, ranks) if n is None]
    assert at5 >= 0.85 and at1 >= 0.55, (at1, at5, missed)
