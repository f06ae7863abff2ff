"""Who an action item belongs to, resolved once to a person of the pair.

The coach reads owners as people write them ("me", "both", "my mentor", "Sara", "Finance
(Tom)"). The record needs one of the pair's two people. "We will both ..." is a task for each of
them, so it becomes two items; a third party's task ("Leon to send the reviews") stays with the
author, who follows it up, and says whose it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from coach.flows.dates import resolve_due

Side = Literal["mentor", "mentee"]

_SELF = {"me", "i", "myself", "yo", "saya", "aku"}
_BOTH = {
    "both",
    "we",
    "us",
    "both of us",
    "together",
    "the two of us",
    "kami",
    "kita",
    "nosotros",
    "ambos",
    "bersama",
    "berdua",
    "keduanya",
    "kita berdua",
    "kami berdua",
}
_ROLE_WORDS: dict[str, Side] = {
    "mentor": "mentor",
    "my mentor": "mentor",
    "reverse mentor": "mentor",
    "junior": "mentor",
    "mentee": "mentee",
    "my mentee": "mentee",
    "senior": "mentee",
}


_HONORIFIC = re.compile(
    r"^(?:pak|bapak|bu|ibu|mas|mbak|kak|bang|sdr|sdri|sdra|saudara|saudari|don|doña|sr|sra|srta|señor|señora|lic|ing|dr|mr|"
    r"mrs|ms|miss|prof)\.?\s+(?=\w)"
)


@dataclass(frozen=True)
class PairPeople:
    """The two people of a pair as the notes may name them."""

    mentor_name: str | None
    mentee_name: str | None

    def side_named(self, word: str) -> Side | None:
        """The side whose name (first name, surname, whole or initials) the word is, with or
        without a title in front ("Pak Budi", "Bu Sari", "Lic. Ruiz", "Dr Okafor")."""
        w = _HONORIFIC.sub("", _norm(word))
        for side, name in (("mentor", self.mentor_name), ("mentee", self.mentee_name)):
            words = [p for p in re.split(r"[\s\-]+", name or "") if len(p) > 1]
            parts = {_norm(p) for p in words}
            initials = _norm("".join(p[0] for p in words)) if len(words) > 1 else None
            if name and (w == _norm(name) or w in parts or w == initials):
                return side  # type: ignore[return-value]  # "CB" is Chloe Banda
        return None


@dataclass(frozen=True)
class ItemSpec:
    """An action item in the record's shape: text, owner side, due date."""

    text: str
    owner: Side
    due_on: date | None

    def as_record(self) -> dict[str, object]:
        return {"text": self.text, "owner": self.owner, "due_on": self.due_on}


def resolve_owner(word: str | None, author: Side, pair: PairPeople) -> list[Side] | str:
    """The side(s) an owner word means, or the third party's name when it is nobody's."""
    w = _norm(word or "me")
    other: Side = "mentee" if author == "mentor" else "mentor"
    if w in _SELF:
        return [author]
    if w in _BOTH or re.search(r"\b(?:me|i)\b", w) and re.search(r"\+|&|\band\b", w):
        return [author, other]
    if w in {"you", "partner", "my partner"}:
        return [other]
    if w in _ROLE_WORDS:
        return [_ROLE_WORDS[w]]
    if side := pair.side_named(w):
        return [side]
    parts = re.split(r"\s*(?:&|\+|/|\band\b|\by\b|\bdan\b)\s*", w)
    sides = [author if p in _SELF else pair.side_named(p) for p in parts if p]
    if len(sides) >= 2 and all(sides):  # "Putri & Hendra": the pair's two names
        return list(dict.fromkeys(sides))  # type: ignore[arg-type]
    return (word or "").strip()


def item_specs(
    items: list[tuple[str | None, str, str | None]],
    *,
    author: Side,
    pair: PairPeople,
    session_date: date,
    next_session: date | None = None,
    cadence_days: int = 28,
) -> list[ItemSpec]:
    """(owner word, action, due phrase) triples as the record's items, each resolved once."""
    out: list[ItemSpec] = []
    for owner_word, action, due_phrase in items:
        action = action.strip()
        if not action:
            continue
        due = resolve_due(
            due_phrase, session_date, next_session=next_session, cadence_days=cadence_days
        )
        text = action if due or not due_phrase else f"{action} (by {due_phrase.strip()})"
        owners = resolve_owner(owner_word, author, pair)
        if isinstance(owners, str):  # someone outside the pair: the author follows it up
            out.append(ItemSpec(f"{owners}: {text}"[:2000], author, due))
            continue
        if len(owners) == 2:  # "We will both read it": each reads it
            text = re.sub(r"^(?:both|together)\s+(\w)", lambda m: m[1].upper(), text, flags=re.I)
        out += [ItemSpec(text[:2000], side, due) for side in owners]
    return out


def _norm(word: str) -> str:
    return re.sub(r"\s+", " ", word.strip().strip(",.:;()").lower())
