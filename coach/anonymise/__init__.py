"""Turn a mentoring note into one that can be shared: the lesson stays, the people go.

Names, emails, phones, IDs, addresses, handles, profile links, IPs and dates of birth are
replaced by placeholders. The same person gets the same number throughout the note, so the
text still reads ("[PERSON_1] said ... [PERSON_1] will send ..."). Pure, offline, deterministic:
the shared library only ever receives what this returns, after a person has seen the removals.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from coach.anonymise import patterns as pt
from coach.anonymise.addresses import find_addresses
from coach.anonymise.people import Mention, find_people
from coach.errors import InvalidInput

__all__ = ["Anonymised", "Span", "anonymise", "KINDS"]

# A note is a few pages; anything far larger is not a note and would only tie up a worker.
MAX_CHARS = 200_000
KINDS = ("PERSON", "EMAIL", "PHONE", "ID", "ADDRESS", "HANDLE", "LINK", "IP", "DOB")


@dataclass(frozen=True)
class Span:
    """One removal; offsets are in the original text."""

    start: int
    end: int
    kind: str
    original: str
    placeholder: str


@dataclass(frozen=True)
class Anonymised:
    """The shareable text and what was taken out of the original to make it."""

    text: str
    spans: list[Span]
    original: str = ""

    def segments(self) -> list[tuple[str, str | None]]:
        """The original cut into (text, label) pieces, label None where nothing was removed.

        Shaped for a highlighted-text view, so the sharer sees exactly what goes.
        """
        out: list[tuple[str, str | None]] = []
        pos = 0
        for s in self.spans:
            if s.start > pos:
                out.append((self.original[pos : s.start], None))
            out.append((self.original[s.start : s.end], s.placeholder))
            pos = s.end
        if pos < len(self.original):
            out.append((self.original[pos:], None))
        return out

    def removed(self) -> dict[str, list[str]]:
        """Distinct removed strings by kind, for a summary line under the preview."""
        by_kind: dict[str, list[str]] = {}
        for s in self.spans:
            items = by_kind.setdefault(s.kind, [])
            if s.original not in items:
                items.append(s.original)
        return by_kind


# Earlier finders win overlaps: a phone inside an address stays part of the address, an
# email is never read as a handle.
_FINDERS = (
    pt.find_links,
    pt.find_emails_and_handles,
    pt.find_ips,
    pt.find_dobs,
    find_addresses,
    pt.find_ids,
    pt.find_phones,
)


def _claim(found: Iterable[pt.Found], taken: list[bool], spans: list[tuple[int, int, str]]) -> None:
    for start, end, kind in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if start >= end or any(taken[start:end]):
            continue
        spans.append((start, end, kind))
        for i in range(start, end):
            taken[i] = True


def _person_links(text: str, taken: list[bool], people: list[Mention]) -> list[pt.Found]:
    """A web address that spells out a person's name is as identifying as a profile link."""
    words = {w.lower() for m in people for w in m.words if len(w) >= 4}
    found = []
    for start, end in pt.find_urls(text):
        if any(taken[start:end]):
            continue
        host = text[start:end].lower()
        if any(w in host for w in words):
            found.append((start, end, "LINK"))
    return found


def _number_people(text: str, people: list[Mention], roster: list[str]) -> list[str]:
    """Placeholder per mention: same person, same number, counted in order of appearance."""
    clusters: list[set[str]] = []
    full: list[tuple[str, ...]] = []

    def find(words: tuple[str, ...], at: int) -> int | None:
        low = tuple(w.lower() for w in words)
        for i, key in enumerate(full):
            if key == low:
                return i
        if len(low) >= 2:
            for i, key in enumerate(full):
                if len(key) >= 2 and key[0] == low[0] and key[-1][:1] == low[-1][:1]:
                    if len(low[-1]) == 1 or len(key[-1]) == 1 or key[-1] == low[-1]:
                        return i
            return None
        hits = [i for i, c in enumerate(clusters) if low[0] in c]
        return hits[0] if hits else None

    for name in roster:
        parts = tuple(w for w in name.split() if w)
        if parts and find(parts, 0) is None:
            full.append(tuple(p.lower() for p in parts))
            clusters.append({p.lower() for p in parts})
    multi = [m for m in people if len(m.words) >= 2]
    for m in multi:
        if find(tuple(m.words), m.start) is None:
            full.append(tuple(w.lower() for w in m.words))
            clusters.append({w.lower() for w in m.words})
    ids: list[int] = []
    for m in people:
        idx = find(tuple(m.words), m.start)
        if idx is None:
            full.append(tuple(w.lower() for w in m.words))
            clusters.append({w.lower() for w in m.words})
            idx = len(full) - 1
        ids.append(idx)
    order: dict[int, int] = {}
    for idx in ids:
        order.setdefault(idx, len(order) + 1)
    return [f"[PERSON_{order[i]}]" for i in ids]


def anonymise(text: str, roster: Iterable[str] = ()) -> Anonymised:
    """Replace personal identifiers in ``text``; ``roster`` names people known to the record."""
    if not isinstance(text, str):
        raise InvalidInput("a note to anonymise must be text")
    if len(text) > MAX_CHARS:
        raise InvalidInput(
            f"the note is {len(text):,} characters; notes over {MAX_CHARS:,} cannot be shared"
        )
    if isinstance(roster, str):
        roster = [roster]
    roster_list = [r.strip() for r in roster if r and r.strip()]
    taken = [False] * len(text)
    raw: list[tuple[int, int, str]] = []
    for finder in _FINDERS:
        _claim(finder(text), taken, raw)
    people = find_people(text, taken, roster_list)
    _claim(_person_links(text, taken, people), taken, raw)
    people = [m for m in people if not any(taken[m.start : m.end])]
    labels = _number_people(text, people, roster_list)
    spans = [Span(s, e, k, text[s:e], f"[{k}]") for s, e, k in raw]
    spans += [Span(m.start, m.end, "PERSON", text[m.start : m.end], lab)
              for m, lab in zip(people, labels, strict=True)]
    spans.sort(key=lambda s: s.start)
    pieces, pos = [], 0
    for s in spans:
        pieces.append(text[pos : s.start])
        pieces.append(s.placeholder)
        pos = s.end
    pieces.append(text[pos:])
    return Anonymised("".join(pieces), spans, text)
