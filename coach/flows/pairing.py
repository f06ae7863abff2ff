"""Suggested pairs for a cycle, and accepting one (HR only: the record checks who asks)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from coach.errors import InvalidInput
from coach.flows.access import whole_number, whole_numbers
from coach.pairing import (
    Candidate,
    Constraints,
    Embed,
    Suggestions,
    distinct_phrases,
    same_line,
    suggest,
)
from coach.record import ActorRef, PairView, PersonView, Record
from coach.record.profiles import PairingPool


@dataclass(frozen=True)
class SuggestInput:
    cycle_id: int | None = None  # None: the latest cycle
    pins: tuple[tuple[int, int], ...] = ()  # (junior id, senior id)
    exclude: tuple[int, ...] = ()
    avoid: tuple[tuple[int, int], ...] = ()  # suggestions HR rejected


@dataclass(frozen=True)
class PairSuggestions:
    cycle_id: int
    suggestions: Suggestions

    def as_dict(self) -> dict[str, Any]:
        s = self.suggestions
        return {
            "cycle_id": self.cycle_id,
            "pairs": [
                {
                    "junior_id": p.junior_id,
                    "senior_id": p.senior_id,
                    "junior": p.junior_name,
                    "senior": p.senior_name,
                    "score": p.score,
                    "topics": list(p.topics),
                    "why": p.why,
                    "pinned": p.pinned,
                }
                for p in s.pairs
            ],
            "unmatched_juniors": s.unmatched_juniors,
            "unmatched_seniors": s.unmatched_seniors,
            "notes": s.notes,
        }


def _candidate(p: PersonView, areas: list[str]) -> Candidate:
    return Candidate(id=p.id, name=p.name, department=p.department, areas=tuple(areas))


def _sides(pool: PairingPool) -> tuple[list[Candidate], list[Candidate]]:
    """Active juniors and seniors not already in an active pair of this cycle."""
    busy = {x for pair in pool.taken for x in pair}
    juniors = [
        _candidate(p, p.expertise) for p in pool.people if p.role == "mentor" and p.id not in busy
    ]
    seniors = [
        _candidate(p, p.learning_goals)
        for p in pool.people
        if p.role == "mentee" and p.id not in busy
    ]
    return juniors, seniors


def _pairs_of_ids(value: object, what: str) -> tuple[tuple[int, int], ...]:
    """(junior id, senior id) pairs, or InvalidInput (a raw API call can send anything)."""
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise InvalidInput(f"The {what} must be a list of (junior, senior) ids.")
    out = []
    for pair in value:
        if isinstance(pair, str | bytes | Mapping) or not isinstance(pair, Iterable):
            raise InvalidInput(f"The {what} must be a list of (junior, senior) ids.")
        ids = [whole_number(v, what) for v in pair]
        if len(ids) != 2:
            raise InvalidInput(f"The {what} must be a list of (junior, senior) ids.")
        out.append((ids[0], ids[1]))
    return tuple(out)


def suggest_pairs(
    record: Record, actor: ActorRef, asked: SuggestInput, embed: Embed
) -> PairSuggestions:
    cycle = None if asked.cycle_id is None else whole_number(asked.cycle_id, "cycle")
    pins, avoid = _pairs_of_ids(asked.pins, "pinned pairs"), _pairs_of_ids(asked.avoid, "pairs")
    exclude = frozenset(whole_numbers(asked.exclude, "people left out"))
    pool = record.pairing_pool(actor, cycle)
    juniors, seniors = _sides(pool)
    rules = Constraints(pins=pins, exclude=exclude, avoid=avoid)
    found = suggest(juniors, seniors, pool.managers, embed, rules)
    retain = getattr(embed, "retain", None)  # a vector cache keeps only the people in the pool
    if callable(retain):
        retain(pool_texts(pool))
    return PairSuggestions(pool.cycle_id, found)


def pool_texts(pool: PairingPool) -> set[str]:
    """The phrases everyone active in the program is embedded from (expertise or goals)."""
    return set(distinct_phrases(c for side in _sides_all(pool) for c in side))


def _sides_all(pool: PairingPool) -> tuple[list[Candidate], list[Candidate]]:
    """Every active junior and senior, paired or not (their vectors are kept)."""
    juniors = [_candidate(p, p.expertise) for p in pool.people if p.role == "mentor"]
    seniors = [_candidate(p, p.learning_goals) for p in pool.people if p.role == "mentee"]
    return juniors, seniors


def accept_suggestion(
    record: Record, actor: ActorRef, cycle_id: int, junior_id: int, senior_id: int
) -> PairView:
    """Create the pair HR accepted (or swapped to), re-checking the reporting line first."""
    pool = record.pairing_pool(actor, cycle_id)
    if same_line(junior_id, senior_id, pool.managers):
        raise InvalidInput("These two are in one reporting line, so they cannot be paired.")
    busy = {x for pair in pool.taken for x in pair}
    if junior_id in busy or senior_id in busy:
        raise InvalidInput("One of these two already has a partner in this cycle.")
    return record.create_pair(actor, pool.cycle_id, junior_id, senior_id)
