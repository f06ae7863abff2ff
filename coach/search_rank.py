"""How hybrid search ranks: one score per passage from meaning, its heading and its words.

Meaning is the passage's cosine with the query plus its best sentence's or list item's
(coach.passage_units): one averaged vector lost the one sentence that answered a question to
a passage sharing more general words.

Reciprocal-rank fusion threw the size of each signal away: a passage the embedding found a
near-perfect match and one it barely preferred counted alike. Hybrid search now adds, to the
cosine of the query with the passage, the cosine of the query with the passage's heading (so
hits land in the section that is about the question, not a neighbour that mentions it), a
lift for the first places of the BM25 ranking, the BM25 score as a share of the query's
best (a raw BM25 score means little across queries: a long question scores higher everywhere),
and the share of the query's words, weighted by rarity, that the passage and its heading hold.
A flat lift for any chunk holding a term found in few chunks is off: "pilot cohort" lifted
every passage saying "cohort" above the one about the pilot. The weights are named here and
were tuned on the ``tune`` and ``tune2`` splits (earlier also ``held``; the leaning towards
the ask and the notes' weights also on ``tune3`` and ``untouched``) of
``evals/data/library_questions.jsonl`` (never ``untouched3``), checked against the file-level
set in ``tests/data/retrieval_queries.jsonl``.

A past pair's note tells a story, which sits nearer many questions than the advice that
answers them ("I used to work in a kitchen" met a note about a chef's routine before the guide
on transferable skills); a note yields more to guidance unless the query asks what earlier
pairs did (``asks_for_notes``).

A question told with its context ("we ran six pairs last spring, people liked it, ... how do
we plan wave two?") puts the ask last; one vector of the whole text is mostly the context.
The query's vector leans towards its last sentence (``ASK``), when it has more than one.

A message of several numbered asks ("1) what do I bring 2) how long 3) who writes it up")
made one vector of all of them, leaning to the last: the first asks' answers fell off the
top 5. Each ask is searched on its own (after what the message says before its list), and
their results are taken in turn (``numbered_asks``, ``interleave``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class HybridWeights:
    """What each signal adds to a passage's cosine similarity with the query."""

    passage: float = 0.6  # times the cosine of the query with the passage as a whole
    unit: float = 1.0  # times the cosine with its best sentence or list item (after its heading)
    heading: float = 0.35  # cosine of the query with "title: section heading"
    keyword_rank: float = 0.1  # times keyword_places / (keyword_places + place in BM25 ranking)
    keyword_places: float = 3.0  # how fast the lift for a BM25 place falls away
    keyword_score: float = 0.15  # times BM25 over the best BM25 score for the query
    rare_term: float = 0.0  # holds a query term found in only a few chunks ("QRIS", "Scope 3")
    shared_note: float = -0.4  # a past pair's note, against guidance written for everyone
    shared_note_asked: float = -0.2  # the same, when the query asks what past pairs did
    coverage: float = 0.05  # times the rarity-weighted share of the query's words it holds
    heading_words: float = 0.1  # times that share for the words its section heading holds
    intro: float = -0.1  # a file's opening paragraph, before its first section heading


WEIGHTS = HybridWeights()

# The share of the query's vector given to its last sentence when it has several: 0.3 to 0.5
# lifted hit@1 of long questions on the tuning splits and lowered none; past 0.5 the context
# the asker gave (a sector, a role) was lost and hit@5 fell.
ASK = 0.4
_SENTENCE_END = re.compile(r"[.?!;:]+\s*|\s[-–—]\s")
ASK_MIN_WORDS = 3  # a shorter piece ("Help!", "thanks") is not a sentence that asks


_PAST_PAIRS = re.compile(
    r"\b(?:earlier|past|previous|other|another|former)\s+(?:pairs?|sessions?|mentors?|mentees?"
    r"|cohorts?|waves?)\b|\bwrite-?ups?\b|\bnotes\s+(?:from|of|by)\s+(?:other|past|earlier)\b",
    re.I,
)


_MARKER = re.compile(r"(?:^|(?<=\s))\(?(\d{1,2})[.)]\s+")
MIN_ASK_WORDS = 3  # "1. and 2. are both short" is not a list of asks


def numbered_asks(query: str) -> list[str]:
    """The asks of a message that numbers two or more (1, 2, 3 ... in order), each after
    what the message says before its list; none for any other query."""
    marks = list(_MARKER.finditer(query))
    if len(marks) < 2 or [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
        return []
    ends = [m.start() for m in marks[1:]] + [len(query)]
    items = [query[m.end() : end].strip() for m, end in zip(marks, ends)]
    if any(len(re.findall(r"\w+", item)) < MIN_ASK_WORDS for item in items):
        return []
    lead = " ".join(query[: marks[0].start()].split())
    return [f"{lead} {' '.join(item.split())}".strip() for item in items]


def interleave(
    ranked: Sequence[Sequence[tuple[str, float]]], key: Callable[[str], object]
) -> list[tuple[str, float]]:
    """The first of each list, then the second of each, and so on; a passage (or, with
    ``key``, a place) already taken is skipped."""
    seen: set[object] = set()
    out = []
    for row in itertools.zip_longest(*ranked):
        for item in row:
            if item is not None and key(item[0]) not in seen:
                seen.add(key(item[0]))
                out.append(item)
    return out


def asks_for_notes(query: str) -> bool:
    """Whether the query asks what earlier pairs did or wrote ("did an earlier pair talk
    about...", "past session write-ups on..."), where their shared notes are the answer."""
    return bool(_PAST_PAIRS.search(query))


def ask_of(query: str) -> str | None:
    """The last sentence of a query of several sentences (without its closing mark), or None
    for a query of one."""
    parts = [
        p.strip() for p in _SENTENCE_END.split(query) if len(re.findall(r"\w+", p)) >= ASK_MIN_WORDS
    ]
    return parts[-1] if len(parts) > 1 else None


def query_vector(query: str, embed: Callable[[str], object]) -> np.ndarray:
    """The query's vector: its whole text's, leaning by ``ASK`` towards its last sentence."""
    vec = np.asarray(embed(query), dtype=np.float32).reshape(-1)
    ask = ask_of(query)
    if ask is None:
        return vec
    return (1 - ASK) * vec + ASK * np.asarray(embed(ask), dtype=np.float32).reshape(-1)


def place_of(meta: Mapping[str, object]) -> tuple[str, str]:
    """Where a passage sits for a reader: a past pair's note is one place; guidance is its
    file's top-level section (a format's 30-, 45- and 60-minute parts are one place)."""
    source = str(meta.get("source", ""))
    if meta.get("kind") == "shared-note":
        return source, ""
    return source, str(meta.get("section", "")).split(" > ")[0]


def distinct(
    ranked: Sequence[tuple[str, float]], place: Mapping[str, tuple[str, str]]
) -> list[tuple[str, float]]:
    """The best passage of each place, in order: five sections of one note, or three parts of
    one format, no longer push the guidance a person needed off a top 5."""
    seen: set[tuple[str, str]] = set()
    out = []
    for cid, score in ranked:
        key = place.get(cid, (cid, ""))
        if key not in seen:
            seen.add(key)
            out.append((cid, score))
    return out


def heading_of(meta: Mapping[str, object]) -> str:
    return f"{meta.get('title', '')}: {meta.get('section', '')}"


def fuse(
    ids: Sequence[str],
    cosine: Mapping[str, float],
    heading: Mapping[str, float],
    bm25: Mapping[str, float],
    rare: set[str],
    notes: set[str],
    weights: HybridWeights = WEIGHTS,
    unit: Mapping[str, float] | None = None,
    words: Mapping[str, tuple[float, float]] | None = None,
    intros: set[str] | None = None,
    notes_asked: bool = False,
) -> list[tuple[str, float]]:
    """Candidates best first; ties broken by id, so the order never depends on k.

    ``unit``: the cosine of the query with each passage's best sentence or list item; the
    passage's meaning is ``passage`` times its own cosine plus ``unit`` times its best unit's
    (a passage without units counts its own cosine in place of a unit's). ``words``: the
    share of the query's words each passage holds, and its heading holds
    (KeywordIndex.coverage). ``intros``: passages that open a file before its first section:
    they say what the file holds, while a question is answered in one of its sections.
    ``notes_asked``: the query asks what past pairs did, so their notes yield less."""
    unit, words, intros = unit or {}, words or {}, intros or set()
    place = {cid: n for n, cid in enumerate(sorted(bm25, key=lambda c: (-bm25[c], c)))}
    best = max(bm25.values(), default=0.0) or 1.0
    places = weights.keyword_places
    note = weights.shared_note_asked if notes_asked else weights.shared_note
    scored = []
    for cid in dict.fromkeys(ids):
        whole = cosine.get(cid, 0.0)
        part = unit.get(cid, whole)
        score = weights.passage * whole + weights.unit * part
        score += weights.heading * heading.get(cid, 0.0)
        if cid in place:
            score += (
                weights.keyword_rank * places / (places + place[cid])
                + weights.keyword_score * bm25[cid] / best
            )
        body, head = words.get(cid, (0.0, 0.0))
        score += weights.coverage * body + weights.heading_words * head
        score += (weights.rare_term if cid in rare else 0.0) + (note if cid in notes else 0.0)
        score += weights.intro if cid in intros else 0.0
        scored.append((cid, score))
    return sorted(scored, key=lambda kv: (-kv[1], kv[0]))
