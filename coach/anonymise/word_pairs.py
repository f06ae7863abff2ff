"""A given name that is also an everyday word, typed in lower case with its surname.

"coffee with will harrington and bill o'neill": "will" and "bill" are words most of the time,
so alone they stay; after a cue for a person ("with", "met", "asked", or "and" after a person
just found) and followed by a surname, or a word no list knows, they open a full name.
"""

from __future__ import annotations

import re

from coach.anonymise.casing import unfamiliar
from coach.anonymise.words import SURNAME_END_RE, Tok, gazetteer, is_substance, vocab

DETERMINERS = frozenset(
    "the a an this that these those my our your his her their its some any no every all".split()
    + "la el le les los las un una unos unas lo di de del da sang si para".split()
)
# A cue for a person right before the word.
CUE_BEFORE_RE = re.compile(
    r"\b(?:with|w/|met|meet|ask|asked|told|tell|thanks|ping|pinged|dengan|sama|bareng|con)[ \t]+$"
)
AND_BEFORE_RE = re.compile(r"(?:,[ \t]*|[ \t]+)(?:and|&|dan|y)[ \t]+$|,[ \t]+$")


def _surname(tok: Tok) -> bool:
    """A listed surname or a word in no list, in lower case, and no word of the language."""
    _, sur, common, dictionary = gazetteer()
    low = tok.text
    if not low.islower() or len(low) < 3 or low in common or is_substance(low):
        return False
    if low in vocab()[0] or low in vocab()[1]:
        return False
    parts = [p for p in re.split(r"['’]", low) if p]
    if len(parts) == 2 and len(parts[0]) <= 2:  # "o'neill", "d'souza"
        return len(parts[1]) >= 3 and (parts[1].capitalize() in sur or unfamiliar(parts[1]))
    if low in dictionary:
        return False
    return low.capitalize() in sur or unfamiliar(low) or SURNAME_END_RE.search(low) is not None


def word_name_pairs(text: str, toks: list[Tok], ends: set[int]) -> list[tuple[int, int]]:
    """(start of the given name, end of the surname) for each cued lower-case pair."""
    first, _, common, _ = gazetteer()
    out: list[tuple[int, int]] = []
    for i, t in enumerate(toks[:-1]):
        low = t.text
        if not low.islower() or low not in common or low.capitalize() not in first:
            continue
        if low in DETERMINERS:
            continue  # "with the grads": "The" is listed as a given name, never opens one
        nxt = toks[i + 1]
        if text[t.end : nxt.start] != " " or not _surname(nxt):
            continue
        before = text[max(0, t.start - 12) : t.start].lower()
        listed = AND_BEFORE_RE.search(before) is not None and any(
            0 < t.start - e <= 6 and AND_BEFORE_RE.fullmatch(text[e : t.start]) for e in ends
        )
        if CUE_BEFORE_RE.search(before) or listed:
            out.append((t.start, nxt.end))
            ends.add(nxt.end)
    return out
