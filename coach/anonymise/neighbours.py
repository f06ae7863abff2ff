"""No surname left behind: a name-shaped word right beside a removed name goes with it.

A partial leak ("[PERSON_1] Nasution", "[PERSON_1] LEIGH-PORTER") is worse than a name missed
whole, because the part left is the rarer, more identifying one. Whatever rule found the name,
the word touching it (one space apart, in the same case) is part of it unless it is a word of
the language, a title, a department, a place or a brand.
"""

from __future__ import annotations

import re

from coach.anonymise import lexicon as lx
from coach.anonymise.words import (
    Mention,
    gazetteer,
    is_english_word,
    is_ordinary_word,
    is_substance,
    norm,
    places,
)

WORD = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"
AFTER_RE = re.compile(r"[ \t](" + WORD + r")(?!['’\w])")
BEFORE_RE = re.compile(r"(?<![\w'’\-])(" + WORD + r")[ \t]$")


def _shape(word: str) -> str:
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "caps"
    return "title" if word[:1].isupper() else "lower"


def _plain_word(low: str) -> bool:
    return (
        is_ordinary_word(low)
        or is_english_word(low)
        or low in lx.PARTICLES
        or low in lx.TITLES
        or low in lx.BRAND_PHRASES
    )


def name_shaped(word: str) -> bool:
    """A capitalised word that is no word of the language, title, place or brand: a surname.

    A hyphenated one ("Leigh-Porter") counts when any of its parts is no English word, even
    when another part is a place or a word.
    """
    parts = [p for p in re.split(r"['’\-]", word) if p]
    lows = [norm(p).lower() for p in parts]
    if len(parts) > 1:
        return any(len(p) >= 3 and not _plain_word(p) and not is_english_word(p) for p in lows)
    low = lows[0] if lows else ""
    return len(low) >= 3 and not _plain_word(low) and low not in places()


def _neighbour(text: str, m: Mention, taken: list[bool], right: bool) -> re.Match[str] | None:
    if right:
        hit = AFTER_RE.match(text, m.end)
    else:
        hit = BEFORE_RE.search(text[max(0, m.start - 40) : m.start])
    if hit is None:
        return None
    word = hit.group(1)
    start = hit.start(1) + (0 if right else max(0, m.start - 40))
    edge = text[m.start : m.end].split()[-1 if right else 0]
    if any(taken[start : start + len(word)]):
        return None
    if _shape(word) == "caps" and _shape(edge) == "title" and _caps_surname(word):
        return hit  # "LIM Jun Hao", "Jun Hao LIM": a passport's surname in capitals
    if (
        right
        and _shape(word) == _shape(edge) == "title"
        and norm(edge) in lx.ROMANISED_ASIAN_SURNAMES
        and norm(word) in lx.ROMANISED_ASIAN_SURNAMES
        and len(text[m.start : m.end].split()) == 1
    ):
        return hit  # "Liu Yang": a one-syllable given name that is also a surname
    if _shape(word) != _shape(edge) or _shape(word) == "lower" or not name_shaped(word):
        return None
    return hit


def _caps_surname(word: str) -> bool:
    """A listed surname in capitals, and no acronym, title, department or brand."""
    low = norm(word)
    return (
        len(low) >= 2
        and (low.capitalize() in gazetteer()[1] or low in lx.ROMANISED_ASIAN_SURNAMES)
        and not is_substance(low)
        and low not in lx.TITLES
        and low not in lx.BRAND_PHRASES
        and low not in places()
    )


def extend_to_neighbours(text: str, mentions: list[Mention], taken: list[bool]) -> list[Mention]:
    """Each mention grown over the name-shaped words touching it, in the text's own case."""
    blocked = list(taken[: len(text)]) + [False] * max(0, len(text) - len(taken))
    for m in mentions:
        for i in range(max(0, m.start), min(m.end, len(text))):
            blocked[i] = True
    for m in mentions:
        for right in (True, False):
            while (hit := _neighbour(text, m, blocked, right)) is not None:
                word, old = hit.group(1), (m.start, m.end)
                if right:
                    m.end = hit.end(1)
                    m.words.append(word)
                else:
                    m.start = max(0, m.start - 40) + hit.start(1)
                    m.words.insert(0, word)
                for i in range(m.start, m.end):
                    if not old[0] <= i < old[1]:
                        blocked[i] = True
    return mentions
