"""Turn a mentoring note into one that can be shared: the lesson stays, the people go.

Names, emails, phones, IDs, addresses, handles, profile links, IPs and dates of birth are
replaced by placeholders. The same person gets the same number throughout the note, so the
text still reads ("[PERSON_1] said ... [PERSON_1] will send ..."). Pure, offline, deterministic:
the shared library only ever receives what this returns, after a person has seen the removals.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from coach.anonymise import lexicon as lx
from coach.anonymise import patterns as pt
from coach.anonymise.addresses import find_addresses
from coach.anonymise.aliases import short_form_of
from coach.anonymise.columns import column_accounts
from coach.anonymise.people import Mention, find_people
from coach.anonymise.venues import find_venues
from coach.anonymise.web import find_web_addresses
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
    column_accounts,
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


_BRAND_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(b) for b in sorted(lx.BRAND_PHRASES, key=len, reverse=True))
    + r")(?:['’]s)?(?!\w)",
    re.IGNORECASE,
)


# "Head of Retail", "Jefa de Tesoreria": what follows a head's title is a department.
_DEPARTMENT_RE = re.compile(
    r"(?<!\w)(?:Head|Director|Directora|Directorate|VP|Chief|Jefe|Jefa|Gerente|Kepala|Manajer"
    r"|Direktur)[ \t]+(?:of|de|del|for)?[ \t]*((?:[A-Z][\w&-]*)(?:[ \t]+(?:and|&|y)[ \t]+"
    r"[A-Z][\w&-]*)?)"
)


# An Indonesian company by its legal form: "PT Sinar Harapan Logistik", "CV Bintang Terang".
_COMPANY_FORM_RE = re.compile(
    r"(?<![\w.])(?:PT|CV|UD)\.?[ \t]+[A-Z][\w&'-]*"
    r"(?:[ \t]+(?!(?:Bapak|Ibu|Pak|Bu)\b)[A-Z][\w&'-]*){0,4}"
)


def _with_brands(text: str, taken: list[bool]) -> list[bool]:
    """A copy of ``taken`` that also covers brands named after people ("Ben & Jerry's"), the
    department after a head's title ("Head of Retail") and places or bodies named after their
    kind ("RS Hermina", "Torre Picasso")."""
    matches = list(_BRAND_RE.finditer(text)) + list(_COMPANY_FORM_RE.finditer(text))
    matches += [
        m
        for m in _DEPARTMENT_RE.finditer(text)
        if " of" in m.group(0) or " de" in m.group(0) or " for" in m.group(0)
    ]
    spans = [m.span() for m in matches] + find_venues(text)
    if not spans:
        return taken
    blocked = list(taken)
    for start, end in spans:
        blocked[start:end] = [True] * (end - start)
    return blocked


# A web address introduced as someone's own ("Portfolio: mayaokafor.art", "her site is at ...").
OWN_SITE_RE = re.compile(
    r"(?:(?<!our )(?<!the )(?<!company )\b(?:portfolio|cv|resume|résumé|homepage|newsletter"
    r"|podcast|blog|linktree|link in bio)"
    r"|\b(?:her|his|their|own)\s+(?:\w+\s+)?(?:site|website|page|shop|store))"
    r"(?:\s+(?:is|lives|sits))?(?:\s+(?:at|on|here))?\s*[:\-–]?\s*$",
    re.IGNORECASE,
)


def _person_links(text: str, taken: list[bool], people: list[Mention]) -> list[pt.Found]:
    """A web address that spells out a person's name is as identifying as a profile link, and
    so is one the note introduces as someone's own site."""
    words = {_key(w) for m in people for w in m.words if len(w) >= 3}
    found = []
    spans = list(pt.find_urls(text)) + [(s, e) for s, e, _ in find_web_addresses(text)]
    for start, end in spans:
        if any(taken[start:end]):
            continue
        host = text[start:end].lower()
        if any((w in host and len(w) >= 4) or host.startswith(w) for w in words):
            found.append((start, end, "LINK"))
        elif OWN_SITE_RE.search(text[max(0, start - 40) : start]):
            found.append((start, end, "LINK"))
    return found


def _handles_again(text: str, raw: list[tuple[int, int, str]]) -> list[pt.Found]:
    """An account found once ("Review by bagusw-dev:") is that account wherever else it is
    written ("bagusw-dev: this breaks ..."), though no cue stands before it there."""
    handles = {text[s:e] for s, e, k in raw if k == "HANDLE" and e - s >= 5}
    found: list[pt.Found] = []
    if len(handles) > 50:
        return found  # a list of accounts, not a note: each is already found where it is
    for h in sorted(handles, key=len, reverse=True):
        if not any(c in h for c in "_.-") and not any(c.isdigit() for c in h):
            continue  # a plain word as an account ("IG: mayacooks") may be a word elsewhere
        for m in re.finditer(r"(?<![\w@.-])" + re.escape(h) + r"(?![\w-]|\.\w)", text):
            found.append((m.start(), m.end(), "HANDLE"))
    return found


def _key(word: str) -> str:
    """Case- and accent-blind form, so "Siobhán" and "siobhan" are one person."""
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _People:
    """Groups name mentions into people: full names first, then bare first names and surnames."""

    def __init__(self) -> None:
        self.full: dict[tuple[str, ...], int] = {}
        self.names: list[tuple[str, ...]] = []
        self.by_word: dict[str, list[int]] = {}
        self.last_seen: dict[int, int] = {}

    def add(self, words: tuple[str, ...]) -> int:
        idx = len(self.names)
        self.names.append(words)
        self.full[words] = idx
        for w in words:
            self.by_word.setdefault(w, []).append(idx)
        return idx

    def match(self, words: tuple[str, ...], at: int) -> int | None:
        if words in self.full:
            return self.full[words]
        if len(words) >= 2:
            # "Ethan B." and "Ethan Brooks": same given name, surname initial agrees.
            for idx in self.by_word.get(words[0], []):
                key = self.names[idx]
                if len(key) >= 2 and key[0] == words[0] and key[-1][:1] == words[-1][:1]:
                    if min(len(key[-1]), len(words[-1])) == 1 or key[-1] == words[-1]:
                        return idx
            return None
        hits = self.by_word.get(words[0], [])
        if not hits:
            return None
        # A bare name is more often a given name; then the person last mentioned before it.
        as_first = [i for i in hits if self.names[i][0] == words[0]] or hits
        before = [i for i in as_first if self.last_seen.get(i, -1) < at and i in self.last_seen]
        if before:
            return max(before, key=lambda i: self.last_seen[i])
        return as_first[0]


@lru_cache(maxsize=8)
def _roster_keys(roster: tuple[str, ...]) -> list[tuple[str, ...]]:
    return [tuple(_key(w) for w in name.split()) for name in roster]


@lru_cache(maxsize=8)
def _roster_index(roster: tuple[str, ...]) -> dict[str, list[int]]:
    """Word -> roster positions, kept between calls: the same roster serves many notes."""
    index: dict[str, list[int]] = {}
    for i, words in enumerate(_roster_keys(roster)):
        for w in words:
            index.setdefault(w, []).append(i)
    return index


def _number_people(people: list[Mention], roster: list[str]) -> list[str]:
    """Placeholder per mention: same person, same number, counted in order of appearance."""
    book = _People()
    by_word = _roster_index(tuple(roster))
    mentioned = {_key(w) for m in people for w in m.words}
    wanted = sorted({i for w in mentioned for i in by_word.get(w, ())})
    names = _roster_keys(tuple(roster))
    for i in wanted:  # only roster people this note mentions, so a big roster stays cheap
        if book.match(names[i], 0) is None:
            book.add(names[i])
    for m in people:
        words = tuple(_key(w) for w in m.same_as or m.words)
        if len(words) >= 2 and book.match(words, m.start) is None:
            book.add(words)
    order: dict[int, int] = {}
    labels = []
    for m in people:
        words = tuple(_key(w) for w in m.same_as or m.words)
        idx = book.match(words, m.start)
        if idx is None and len(words) == 1:  # "Dunc" after "Duncan Ferreira"
            short = short_form_of(words[0], {n[0] for n in book.names if len(n) > 1}, "said")
            idx = book.match((short,), m.start) if short else None
        if idx is None:
            idx = book.add(words)
        book.last_seen[idx] = m.start
        labels.append(f"[PERSON_{order.setdefault(idx, len(order) + 1)}]")
    return labels


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
    _claim(_handles_again(text, raw), taken, raw)
    people = find_people(text, _with_brands(text, taken), roster_list)
    _claim(_person_links(text, taken, people), taken, raw)
    people = [m for m in people if not any(taken[m.start : m.end])]
    labels = _number_people(people, roster_list)
    spans = [Span(s, e, k, text[s:e], f"[{k}]") for s, e, k in raw]
    spans += [
        Span(m.start, m.end, "PERSON", text[m.start : m.end], lab)
        for m, lab in zip(people, labels, strict=True)
    ]
    spans.sort(key=lambda s: s.start)
    pieces, pos = [], 0
    for s in spans:
        pieces.append(text[pos : s.start])
        pieces.append(s.placeholder)
        pos = s.end
    pieces.append(text[pos:])
    return Anonymised("".join(pieces), spans, text)
