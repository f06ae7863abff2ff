"""Suggested pairs for a cycle: juniors' expertise against seniors' learning goals.

How a pair is scored: half the cosine similarity of the two people's vectors (each the mean
of their phrases' embeddings: the junior's expertise areas, the senior's learning goals, every
distinct phrase embedded once), half the share of the senior's topic areas (the eight in
``coach.topics``) that the junior covers, less a small penalty when both work in the same
department. The best set of pairs is found by an exact minimum-cost
assignment (the Hungarian method, shortest augmenting paths, in numpy) under these rules:

- never a person's line manager or anyone else in their reporting line, up or down;
- one senior per junior and one junior per senior;
- balance across departments: when one side is larger, the people left without a partner are
  spread over departments so no department gets more than its share of pairs (rounded up);
- pairs HR pins are kept as they are (unless they break the reporting-line rule: refused);
  people HR excludes, and pairs HR rejected, are never suggested.

Everything is deterministic: people are ordered by id and ties go to the lowest index, so the
same input gives the same suggestions. No Gradio and no record here: the flow brings the data.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from coach.errors import InvalidInput
from coach.topics import TOPICS, normalise_topic

Embed = Callable[[list[str]], np.ndarray]
FORBIDDEN = 1e6  # a cost no allowed pair reaches: the solver uses it only when it must
TEXT_WEIGHT = 0.5
TOPIC_WEIGHT = 0.5
SAME_DEPARTMENT_PENALTY = 0.1

# Words that place free text in one of the eight topic areas (matched on word starts).
TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "technology": (
        "tech",
        "social media",
        "mobile",
        "app",
        "digital",
        "ai",
        "online",
        "tiktok",
        "instagram",
        "video",
        "gaming",
        "software",
        "data",
        "cloud",
        "phone",
        "internet",
        "streaming",
        "youtube",
        "platform",
        "automation",
    ),
    "consumer-behaviour": (
        "consumer",
        "customer",
        "buy",
        "shopping",
        "brand",
        "market",
        "influencer",
        "gen z",
        "young people",
        "generation",
        "retail",
        "purchas",
        "subscription",
        "trend",
    ),
    "recruitment": (
        "recruit",
        "hiring",
        "hire",
        "candidate",
        "job search",
        "network",
        "linkedin",
        "graduate",
        "intern",
        "employer brand",
        "interview",
    ),
    "talent": (
        "talent",
        "career",
        "culture",
        "values",
        "wellbeing",
        "flexib",
        "remote",
        "hybrid",
        "retention",
        "feedback",
        "purpose",
        "work-life",
        "engagement",
        "burnout",
        "mental health",
    ),
    "money": (
        "money",
        "saving",
        "bank",
        "finance",
        "financ",
        "invest",
        "pension",
        "retire",
        "crypto",
        "budget",
        "debt",
        "wealth",
        "payment",
        "fintech",
        "loan",
        "credit",
    ),
    "ownership": (
        "rent",
        "owning",
        "ownership",
        "buying a home",
        "housing",
        "lease",
        "sharing economy",
        "second-hand",
        "resale",
        "mortgage",
        "car shar",
    ),
    "transferable-skills": (
        "skill",
        "side hustle",
        "freelanc",
        "gig",
        "previous job",
        "other industr",
        "career change",
        "volunteer",
        "hospitality",
        "teaching",
        "coaching",
        "creative",
        "design",
        "startup",
    ),
    "esg": (
        "esg",
        "climate",
        "sustainab",
        "environment",
        "carbon",
        "diversity",
        "inclusion",
        "social impact",
        "governance",
        "green",
        "ethic",
        "net zero",
        "equity",
    ),
}
_PATTERNS = {
    slug: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + ")", re.I)
    for slug, words in TOPIC_WORDS.items()
}


@dataclass(frozen=True)
class Candidate:
    """A junior (areas = expertise) or a senior (areas = learning goals)."""

    id: int
    name: str
    department: str = ""
    areas: tuple[str, ...] = ()


@dataclass(frozen=True)
class Constraints:
    pins: tuple[tuple[int, int], ...] = ()  # (junior id, senior id) HR fixed
    exclude: frozenset[int] = frozenset()  # people HR left out of this round
    avoid: tuple[tuple[int, int], ...] = ()  # (junior id, senior id) HR rejected


@dataclass(frozen=True)
class Suggestion:
    junior_id: int
    senior_id: int
    junior_name: str
    senior_name: str
    score: float
    topics: tuple[str, ...]  # topic areas both bring
    why: str
    pinned: bool = False


@dataclass(frozen=True)
class Suggestions:
    pairs: list[Suggestion]
    unmatched_juniors: list[int] = field(default_factory=list)
    unmatched_seniors: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def topics_of(areas: Iterable[str]) -> frozenset[str]:
    """The topic areas a list of free-text areas touches (slugs, labels or keywords)."""
    found: set[str] = set()
    for area in areas:
        found |= _area_topics(area)
    return frozenset(found)


@lru_cache(maxsize=20_000)
def _area_topics(area: str) -> frozenset[str]:
    """One area's topics (areas repeat across people: each is matched once)."""
    slug = normalise_topic(area)
    found = {slug} if slug in TOPICS else set()
    found.update(s for s, pattern in _PATTERNS.items() if pattern.search(area))
    return frozenset(found)


def ancestors(person: int, managers: dict[int, int | None]) -> set[int]:
    """Everyone above `person` in the manager chain (a loop in the chain stops the walk)."""
    seen: set[int] = set()
    boss = managers.get(person)
    while boss is not None and boss not in seen and boss != person:
        seen.add(boss)
        boss = managers.get(boss)
    return seen


def same_line(a: int, b: int, managers: dict[int, int | None]) -> bool:
    """Whether one of the two manages the other, directly or further up the line."""
    return b in ancestors(a, managers) or a in ancestors(b, managers)


def assign(cost: np.ndarray) -> np.ndarray:
    """Exact minimum-cost assignment, rows <= columns: the column of each row.

    Shortest augmenting paths with potentials (Kuhn-Munkres as Jonker and Volgenant use it),
    O(n^3), the inner scan over columns vectorised. Ties go to the lowest column index.
    """
    n, m = cost.shape
    if n > m:
        raise ValueError("assign needs no more rows than columns")
    u, v = np.zeros(n + 1), np.zeros(m + 1)
    owner = np.zeros(m + 1, dtype=np.int64)  # owner[j]: 1-based row holding column j
    way = np.zeros(m + 1, dtype=np.int64)
    todo = list(range(1, n + 1))
    if n == m and n:
        todo = _warm_start(cost, v, owner)
    padded = np.empty((n, m + 1))
    padded[:, 0], padded[:, 1:] = np.inf, cost  # column 0 is the search's root
    for i in todo:
        owner[0], j0 = i, 0
        minv = np.full(m + 1, np.inf)
        used = np.zeros(m + 1, dtype=bool)
        while True:
            used[j0] = True
            i0 = owner[j0]
            free = ~used
            reduced = padded[i0 - 1] - u[i0] - v
            better = free & (reduced < minv)
            minv[better] = reduced[better]
            way[better] = j0
            masked = np.where(free, minv, np.inf)
            j1 = int(np.argmin(masked))
            delta = masked[j1]
            u[owner[used]] += delta
            v[used] -= delta
            minv[free] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = int(way[j0])
            owner[j0] = owner[j1]
            j0 = j1
    result = np.full(n, -1, dtype=np.int64)
    for j in range(1, m + 1):
        if owner[j]:
            result[owner[j] - 1] = j - 1
    return result


def _warm_start(cost: np.ndarray, v: np.ndarray, owner: np.ndarray) -> list[int]:
    """Column reduction (square case only): each column's potential is its minimum and the
    row holding that minimum takes it if still free. Feasible and tight, so the augmenting
    phase only has to place the rows left over. Returns those rows (1-based)."""
    v[1:] = cost.min(axis=0)
    best = cost.argmin(axis=0)
    placed = np.zeros(cost.shape[0] + 1, dtype=bool)
    for j, i in enumerate(best.tolist(), start=1):
        if not placed[i + 1]:
            placed[i + 1] = True
            owner[j] = i + 1
    return [i for i in range(1, cost.shape[0] + 1) if not placed[i]]


def distinct_phrases(people: Iterable[Candidate]) -> list[str]:
    """Every phrase anyone lists (expertise or goal), once each, in a fixed order."""
    return sorted({a.strip() for p in people for a in p.areas if a.strip()})


def _vectors(people: Sequence[Candidate], embed: Embed) -> np.ndarray:
    """One L2-normalised vector per person: the mean of their phrases' vectors.

    People share phrases ("social media", "crypto"), so each distinct phrase is embedded once,
    in one batch, and every person who lists it reuses that vector. Someone with no phrase
    gets a zero vector (no text similarity with anyone).
    """
    phrases = distinct_phrases(people)
    if not phrases:
        return np.zeros((len(people), 1), dtype=np.float32)
    got = np.asarray(embed(phrases), dtype=np.float32)
    got = got / np.maximum(np.linalg.norm(got, axis=1, keepdims=True), 1e-12)
    where = {t: k for k, t in enumerate(phrases)}
    member = np.zeros((len(people), len(phrases)), dtype=np.float32)
    for r, p in enumerate(people):
        for k in {where[a.strip()] for a in p.areas if a.strip()}:
            member[r, k] = 1.0
    out = member @ got
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


def _topic_matrix(people: Sequence[Candidate]) -> np.ndarray:
    slugs = list(TOPICS)
    mat = np.zeros((len(people), len(slugs)), dtype=np.float32)
    for r, p in enumerate(people):
        for slug in topics_of(p.areas):
            mat[r, slugs.index(slug)] = 1.0
    return mat


def score_matrix(
    juniors: Sequence[Candidate], seniors: Sequence[Candidate], embed: Embed
) -> np.ndarray:
    """How well each junior fits each senior, before constraints (higher is better)."""
    vecs = _vectors([*juniors, *seniors], embed)
    text = vecs[: len(juniors)] @ vecs[len(juniors) :].T
    tj, ts = _topic_matrix(juniors), _topic_matrix(seniors)
    covered = (tj @ ts.T) / np.maximum(ts.sum(axis=1), 1)[None, :]
    dj = np.array([j.department for j in juniors], dtype=object)
    ds = np.array([s.department for s in seniors], dtype=object)
    same = ((dj[:, None] == ds[None, :]) & (dj != "")[:, None]).astype(np.float32)
    return TEXT_WEIGHT * text + TOPIC_WEIGHT * covered - SAME_DEPARTMENT_PENALTY * same


def _forbidden(
    juniors: Sequence[Candidate],
    seniors: Sequence[Candidate],
    managers: dict[int, int | None],
    avoid: Iterable[tuple[int, int]],
) -> np.ndarray:
    """True where a pair would sit in one reporting line, or HR rejected it."""
    jix = {p.id: r for r, p in enumerate(juniors)}
    six = {p.id: c for c, p in enumerate(seniors)}
    bad = np.zeros((len(juniors), len(seniors)), dtype=bool)
    for p in juniors:
        for boss in ancestors(p.id, managers):
            if boss in six:
                bad[jix[p.id], six[boss]] = True
    for p in seniors:
        for boss in ancestors(p.id, managers):
            if boss in jix:
                bad[jix[boss], six[p.id]] = True
    for j, s in avoid:
        if j in jix and s in six:
            bad[jix[j], six[s]] = True
    return bad


def department_quotas(people: Sequence[Candidate], pairs: int) -> dict[str, int]:
    """The most pairs each department's people may take: its share of `pairs`, rounded up."""
    sizes: dict[str, int] = {}
    for p in people:
        sizes[p.department] = sizes.get(p.department, 0) + 1
    total = max(len(people), 1)
    return {d: min(n, math.ceil(pairs * n / total)) for d, n in sorted(sizes.items())}


def _spare_rows(larger: Sequence[Candidate], smaller: int) -> np.ndarray:
    """Stand-in partners for the larger side: one per person left unpaired, some reserved per
    department so that each department keeps at most its quota of real pairs."""
    spare = len(larger) - smaller
    quotas = department_quotas(larger, smaller)
    rows = []
    for dept, quota in quotas.items():
        size = sum(1 for p in larger if p.department == dept)
        for _ in range(size - quota):
            rows.append([0.0 if p.department == dept else FORBIDDEN for p in larger])
    rows += [[0.0] * len(larger)] * (spare - len(rows))
    return np.array(rows, dtype=np.float64).reshape(spare, len(larger))


def suggest(
    juniors: Sequence[Candidate],
    seniors: Sequence[Candidate],
    managers: dict[int, int | None],
    embed: Embed,
    constraints: Constraints | None = None,
) -> Suggestions:
    """The suggested pairs, each with a sentence saying why."""
    rules = constraints or Constraints()
    jby, sby = {p.id: p for p in juniors}, {p.id: p for p in seniors}
    pinned = _check_pins(rules, jby, sby, managers)
    gone = set(rules.exclude) | {j for j, _ in rules.pins} | {s for _, s in rules.pins}
    pool_j = sorted((p for p in juniors if p.id not in gone), key=lambda p: p.id)
    pool_s = sorted((p for p in seniors if p.id not in gone), key=lambda p: p.id)
    pairs = [_explain(jby[j], sby[s], _one_score(jby[j], sby[s], embed), True) for j, s in pinned]
    if not pool_j or not pool_s:
        return Suggestions(pairs, [p.id for p in pool_j], [p.id for p in pool_s])
    scores = score_matrix(pool_j, pool_s, embed)
    bad = _forbidden(pool_j, pool_s, managers, rules.avoid)
    cost = np.where(bad, FORBIDDEN, -scores.astype(np.float64))
    matched = [(r, c) for r, c in _balanced(cost, pool_j, pool_s) if not bad[r, c]]
    pairs += [_explain(pool_j[r], pool_s[c], float(scores[r, c])) for r, c in matched]
    used_j, used_s = {r for r, _ in matched}, {c for _, c in matched}
    return Suggestions(
        pairs,
        [p.id for r, p in enumerate(pool_j) if r not in used_j],
        [p.id for c, p in enumerate(pool_s) if c not in used_s],
        _notes(len(pool_j) - len(matched), len(pool_s) - len(matched)),
    )


def _balanced(
    cost: np.ndarray, pool_j: Sequence[Candidate], pool_s: Sequence[Candidate]
) -> list[tuple[int, int]]:
    """Optimal pairs; the larger side gets stand-in partners that keep departments balanced."""
    nj, ns = cost.shape
    if nj <= ns:
        full = np.vstack([cost, _spare_rows(pool_s, nj)])
        cols = assign(full)
        return [(r, int(cols[r])) for r in range(nj)]
    full = np.vstack([cost.T, _spare_rows(pool_j, ns)])
    rows = assign(full)
    return [(int(rows[c]), c) for c in range(ns)]


def _notes(lonely_juniors: int, lonely_seniors: int) -> list[str]:
    notes = []
    if lonely_juniors:
        notes.append(
            f"{lonely_juniors} junior(s) have no senior this round: there are more "
            "juniors, or every senior left is in their reporting line."
        )
    if lonely_seniors:
        notes.append(f"{lonely_seniors} senior(s) have no junior this round.")
    return notes


def _check_pins(
    rules: Constraints,
    jby: dict[int, Candidate],
    sby: dict[int, Candidate],
    managers: dict[int, int | None],
) -> list[tuple[int, int]]:
    seen: set[int] = set()
    for j, s in rules.pins:
        if j not in jby or s not in sby:
            raise InvalidInput(f"A pinned pair ({j}, {s}) needs an active junior and senior.")
        if j in seen or s in seen:
            raise InvalidInput("A person can be pinned to one partner only.")
        if j in rules.exclude or s in rules.exclude:
            raise InvalidInput(f"{jby[j].name} or {sby[s].name} is both pinned and excluded.")
        if same_line(j, s, managers):
            raise InvalidInput(
                f"{jby[j].name} and {sby[s].name} are in one reporting line, "
                "so they cannot be paired."
            )
        seen.update((j, s))
    return sorted(rules.pins)


def _one_score(junior: Candidate, senior: Candidate, embed: Embed) -> float:
    return float(score_matrix([junior], [senior], embed)[0, 0])


def _explain(
    junior: Candidate, senior: Candidate, score: float, pinned: bool = False
) -> Suggestion:
    """`Priya: social media, money; Dana (Finance) wants to understand how Gen Z banks`."""
    shared = topics_of(junior.areas) & topics_of(senior.areas)
    first = sorted(
        junior.areas, key=lambda a: (not (topics_of([a]) & shared), junior.areas.index(a))
    )
    brings = ", ".join(first[:3]) or "no expertise listed"
    wants = "; ".join(senior.areas[:2]) or "no learning goals listed"
    where = f" ({senior.department})" if senior.department else ""
    why = f"{junior.name}: {brings}; {senior.name}{where} wants to learn: {wants}"
    if shared:
        why += f" (both: {', '.join(sorted(shared))})"
    if pinned:
        why += " [pinned by HR]"
    return Suggestion(
        junior.id,
        senior.id,
        junior.name,
        senior.name,
        round(score, 4),
        tuple(sorted(shared)),
        why,
        pinned,
    )
