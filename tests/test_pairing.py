"""Suggested pairs honour every rule on generated programs, and beat random pairing."""

from __future__ import annotations

import itertools
import json
import math
import random
import zlib
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from coach.errors import InvalidInput
from coach.pairing import (
    Candidate,
    Constraints,
    Suggestions,
    assign,
    same_line,
    suggest,
    topics_of,
)

LABELLED = Path(__file__).parent / "data" / "pairing_labelled.jsonl"
DEPARTMENTS = ("Finance", "Marketing", "Operations", "IT", "Legal", "Sales", "Risk")
AREAS = (
    "social media",
    "saving money",
    "renting not buying",
    "climate",
    "TikTok",
    "recruiting through networks",
    "remote work",
    "crypto",
    "resale apps",
    "gaming",
    "career changes",
    "wellbeing",
    "mobile banking",
    "diversity",
    "side hustles",
)


def standin_embed(texts: list[str]) -> np.ndarray:
    """A deterministic stand-in for the model, for the constraint checks only: hashed words."""
    out = np.zeros((len(texts), 64), dtype=np.float32)
    for row, text in enumerate(texts):
        for word in text.lower().replace(";", " ").split():
            out[row, zlib.crc32(word.encode()) % 64] += 1.0
    return out


Program = tuple[list[Candidate], list[Candidate], dict[int, int | None]]


def generate(size: int, seed: int) -> Program:
    """A program of `size` people (about 45% juniors) with a manager tree that mixes both sides:
    seniors manage seniors and juniors, and some juniors manage juniors."""
    rng = random.Random(seed)
    ids = list(range(1, size + 1))
    juniors_n = max(1, int(size * 0.45))
    managers: dict[int, int | None] = {}
    people = []
    for k, pid in enumerate(ids):
        # A branching org chart: each manager has about four reports.
        managers[pid] = rng.choice(ids[max(0, k // 4 - 1) : k // 4 + 1]) if k else None
        areas = tuple(rng.sample(AREAS, rng.randint(1, 3)))
        people.append(Candidate(pid, f"Person {pid}", rng.choice(DEPARTMENTS), areas))
    rng.shuffle(people)
    return people[:juniors_n], people[juniors_n:], managers


def line_of(person: int, managers: dict[int, int | None]) -> set[int]:
    """The test's own walk: everyone above `person`."""
    up: set[int] = set()
    while (boss := managers.get(person)) is not None and boss not in up:
        up.add(boss)
        person = boss
    return up


def check_rules(
    result: Suggestions,
    juniors: list[Candidate],
    seniors: list[Candidate],
    managers: dict[int, int | None],
    rules: Constraints,
) -> None:
    js = [p.junior_id for p in result.pairs]
    ss = [p.senior_id for p in result.pairs]
    assert len(js) == len(set(js)) and len(ss) == len(set(ss)), "one partner each"
    assert set(js) <= {p.id for p in juniors} and set(ss) <= {p.id for p in seniors}
    for j, s in zip(js, ss, strict=True):
        assert s not in line_of(j, managers) and j not in line_of(s, managers), (j, s)
        assert (j, s) not in rules.avoid
        assert j not in rules.exclude and s not in rules.exclude
    for pin in rules.pins:
        assert pin in set(zip(js, ss, strict=True))
    # Balance: among the side with spare people, no department takes more than its share.
    free_j = [p for p in juniors if p.id not in rules.exclude and p.id not in dict(rules.pins)]
    pinned_s = {s for _, s in rules.pins}
    free_s = [p for p in seniors if p.id not in rules.exclude and p.id not in pinned_s]
    unpinned = [p for p in result.pairs if not p.pinned]
    larger, ids = (free_s, ss) if len(free_s) >= len(free_j) else (free_j, js)
    dept = {p.id: p.department for p in larger}
    sizes = Counter(dept.values())
    taken = Counter(dept[i] for i in ids if i in dept)
    quota = {
        d: math.ceil(min(len(free_j), len(free_s)) * n / len(larger)) for d, n in sizes.items()
    }
    assert all(n <= quota[d] for d, n in taken.items()), (taken, quota)
    # Nobody is left out who could have been paired: no unpaired junior and unpaired senior
    # could be added as a pair without breaking a rule.
    lonely_j = [p.id for p in free_j if p.id not in js]
    lonely_s = [p.id for p in free_s if p.id not in ss]
    for j, s in itertools.product(lonely_j, lonely_s):
        allowed = (
            s not in line_of(j, managers)
            and j not in line_of(s, managers)
            and (j, s) not in rules.avoid
        )
        room = taken[dept.get(s if larger is free_s else j, "")] < quota.get(
            dept.get(s if larger is free_s else j, ""), 0
        )
        assert not (allowed and room), (j, s)
    assert len(unpinned) >= min(len(free_j), len(free_s)) - len(lonely_j) - len(lonely_s)


@pytest.mark.parametrize("size", [10, 100, 1000])
def test_every_rule_holds_on_generated_programs(size: int) -> None:
    juniors, seniors, managers = generate(size, seed=size)
    rng = random.Random(size + 1)
    pins = (
        next(
            (j.id, s.id)
            for j in juniors
            for s in seniors
            if s.id not in line_of(j.id, managers) and j.id not in line_of(s.id, managers)
        ),
    )
    rest_j = [p.id for p in juniors if p.id != pins[0][0]]
    rest_s = [p.id for p in seniors if p.id != pins[0][1]]
    exclude = frozenset(rng.sample(rest_j, max(1, size // 50)))
    avoid = tuple((rng.choice(rest_j), rng.choice(rest_s)) for _ in range(max(1, size // 20)))
    rules = Constraints(pins=pins, exclude=exclude, avoid=avoid)
    result = suggest(juniors, seniors, managers, standin_embed, rules)
    check_rules(result, juniors, seniors, managers, rules)
    assert all(p.why.startswith(f"{p.junior_name}: ") for p in result.pairs)


def test_the_reporting_line_is_walked_both_ways() -> None:
    # 1 manages 2 manages 3 manages 4. Junior 2 may have neither their manager (1) nor their
    # report's report (4), though both score best for them; junior 6 is outside the line.
    managers: dict[int, int | None] = {1: None, 2: 1, 3: 2, 4: 3, 6: None}
    same = ("mobile banking",)
    juniors = [Candidate(2, "Two", "A", same), Candidate(6, "Six", "B", ("gaming",))]
    seniors = [Candidate(1, "One", "C", same), Candidate(4, "Four", "D", same)]
    result = suggest(juniors, seniors, managers, standin_embed)
    assert [p.junior_id for p in result.pairs] == [6]
    assert result.unmatched_juniors == [2] and len(result.unmatched_seniors) == 1
    assert same_line(2, 4, managers) and same_line(4, 2, managers)
    assert not same_line(6, 4, managers)


def test_same_input_same_suggestions_whatever_the_order() -> None:
    juniors, seniors, managers = generate(60, seed=7)
    first = suggest(juniors, seniors, managers, standin_embed)
    again = suggest(list(reversed(juniors)), list(reversed(seniors)), managers, standin_embed)
    assert first == again


def test_department_balance_spreads_the_seniors_left_without_a_partner() -> None:
    # Six Finance seniors, two Legal: four pairs, so Finance may take three and Legal one,
    # even though every Finance senior scores higher.
    juniors = [Candidate(k, f"J{k}", "IT", ("crypto",)) for k in range(1, 5)]
    seniors = [Candidate(10 + k, f"F{k}", "Finance", ("crypto",)) for k in range(6)] + [
        Candidate(20 + k, f"L{k}", "Legal", ("gardening",)) for k in range(2)
    ]
    result = suggest(juniors, seniors, {}, standin_embed)
    depts = Counter("Finance" if p.senior_id < 20 else "Legal" for p in result.pairs)
    assert depts == {"Finance": 3, "Legal": 1}


def test_a_pin_across_a_reporting_line_is_refused() -> None:
    juniors = [Candidate(2, "Two", "A", ("crypto",))]
    seniors = [Candidate(1, "One", "B", ("crypto",))]
    with pytest.raises(InvalidInput, match="reporting line"):
        suggest(juniors, seniors, {2: 1}, standin_embed, Constraints(pins=((2, 1),)))


def test_assignment_is_optimal_against_brute_force() -> None:
    rng = np.random.default_rng(3)
    for _ in range(150):
        n = int(rng.integers(1, 6))
        m = int(rng.integers(n, 7))
        cost = rng.integers(0, 4, (n, m)).astype(float)
        cols = assign(cost)
        best = min(
            sum(cost[i, p[i]] for i in range(n)) for p in itertools.permutations(range(m), n)
        )
        assert len(set(cols.tolist())) == n
        assert cost[np.arange(n), cols].sum() == pytest.approx(best)


def test_each_distinct_phrase_is_embedded_once_whoever_lists_it() -> None:
    """A thousand people share a few dozen phrases: the model sees each phrase once, in one
    call, never a person's phrases joined into a text of their own."""
    asked: list[list[str]] = []

    def counting(texts: list[str]) -> np.ndarray:
        asked.append(list(texts))
        return standin_embed(texts)

    juniors, seniors, managers = generate(100, 7)
    suggest(juniors, seniors, managers, counting)
    phrases = {a for p in (*juniors, *seniors) for a in p.areas}
    assert len(asked) == 1 and sorted(asked[0]) == sorted(phrases)


def test_a_person_with_no_phrases_still_gets_a_partner() -> None:
    juniors = [Candidate(1, "A", "IT", ()), Candidate(2, "B", "IT", ("crypto", " "))]
    seniors = [Candidate(3, "C", "Risk", ("crypto",)), Candidate(4, "D", "Risk", ())]
    result = suggest(juniors, seniors, {}, standin_embed)
    assert {(p.junior_id, p.senior_id) for p in result.pairs} == {(2, 3), (1, 4)}


def test_free_text_finds_its_topic_areas() -> None:
    assert topics_of(["understand how Gen Z banks"]) == {"money", "consumer-behaviour"}
    assert topics_of(["Money", "esg"]) == {"money", "esg"}
    assert topics_of(["knitting"]) == frozenset()


def load_labelled() -> tuple[list[Candidate], list[Candidate], dict[int, int]]:
    rows = [json.loads(line) for line in LABELLED.read_text().splitlines() if line.strip()]
    ids = {r["key"]: k + 1 for k, r in enumerate(rows)}
    juniors = [
        Candidate(ids[r["key"]], r["name"], r["department"], tuple(r["areas"]))
        for r in rows
        if r["kind"] == "junior"
    ]
    seniors = [
        Candidate(ids[r["key"]], r["name"], r["department"], tuple(r["areas"]))
        for r in rows
        if r["kind"] == "senior"
    ]
    good = {ids[r["key"]]: ids[r["good"]] for r in rows if r["kind"] == "senior"}
    return juniors, seniors, good


def match_quality(pairs: list[tuple[int, int]], good: dict[int, int]) -> float:
    """The share of seniors paired with the junior judged best for them by hand."""
    return sum(good[s] == j for j, s in pairs) / len(good)


def test_beats_random_pairing_on_the_labelled_set() -> None:
    from coach.embeddings import MiniLMEmbedding

    juniors, seniors, good = load_labelled()
    result = suggest(juniors, seniors, {}, MiniLMEmbedding().encode)
    ours = match_quality([(p.junior_id, p.senior_id) for p in result.pairs], good)
    rng = random.Random(13)
    randoms = []
    for _ in range(200):
        shuffled = [p.id for p in juniors]
        rng.shuffle(shuffled)
        randoms.append(
            match_quality(list(zip(shuffled, [s.id for s in seniors], strict=True)), good)
        )
    chance = sum(randoms) / len(randoms)
    assert ours >= chance + 0.4, (ours, chance)
