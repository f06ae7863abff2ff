"""No surname left behind: a name-shaped word right beside a removed name goes with it.

A partial leak ("[PERSON_1] Nasution", "[PERSON_1] LEIGH-PORTER") is worse than a name missed
whole, because the part left is the rarer, more identifying one. Whatever rule found the name,
the word touching it (one space apart, in the same case) is part of it unless it is a word of
the language, a title, a department, a place or a brand. A word that makes, with the name, a full
name the note already gave ("Mark  Obi" after "Mark Obi") is part of it whatever word it is, and
names that touch across spaces ("Ruth\u00a0Kowalski", each found on its own) are one name.
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
AFTER_RE = re.compile(r"[ \t\u00a0\u202f](" + WORD + r")(?!['’\w])")
BEFORE_RE = re.compile(r"(?<![\w'’\-])(" + WORD + r")[ \t\u00a0\u202f]$")
COMMA_BEFORE_RE = re.compile(r"(?<![\w'’\-])(" + WORD + r"),[ \t]$")
# Spaces a name's words may be typed apart by: one or two, no-break ones too, never a tab (a
# tab parts two columns, and two people).
SPACES = r"[ \u00a0\u202f]{1,2}"
FAR_AFTER_RE = re.compile(SPACES + r"(" + WORD + r")(?!['’\w])")
FAR_BEFORE_RE = re.compile(r"(?<![\w'’\-])(" + WORD + r")" + SPACES + r"$")
TOUCHING_RE = re.compile(SPACES)
# Names in Chinese, Japanese or Korean script listed with spaces are as many people.
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


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


def _completes(
    text: str, m: Mention, taken: list[bool], right: bool, full: set[tuple[str, ...]]
) -> re.Match[str] | None:
    """The word one or two spaces beside ``m`` that makes with it a full name found in the
    note: "Mark  Obi:" after "Mark Obi", where only "Obi" was found again."""
    if right:
        hit = FAR_AFTER_RE.match(text, m.end)
    else:
        hit = FAR_BEFORE_RE.search(text[max(0, m.start - 40) : m.start])
    if hit is None:
        return None
    start = hit.start(1) + (0 if right else max(0, m.start - 40))
    if any(taken[start : start + len(hit.group(1))]):
        return None
    words = [norm(w) for w in m.words]
    words = words + [norm(hit.group(1))] if right else [norm(hit.group(1)), *words]
    return hit if tuple(words) in full else None


# Where a list item starts: a line, or after ":", ";", "(" or a bullet.
ITEM_START_RE = re.compile(r"(?:^|[:;(\n•*-])[ \t]*\Z")


def _passport_item(text: str, m: Mention, start: int, word: str) -> bool:
    """ "LOW KAH WAI", "SIREGAR, MAULANA IBRAHIM": a list item in capitals, a listed surname
    first (even one that is a word) and then given names, at least two, already found."""
    name = text[m.start : m.end]
    return (
        _shape(word) == "caps"
        and len(name.split()) >= 2
        and _shape(name) == "caps"
        and (_caps_surname(word) or (text[start + len(word)] == "," and name_shaped(word)))
        and ITEM_START_RE.search(text[max(0, start - 4) : start]) is not None
    )


def _neighbour(text: str, m: Mention, taken: list[bool], right: bool) -> re.Match[str] | None:
    if right:
        hit = AFTER_RE.match(text, m.end)
    else:
        hit = BEFORE_RE.search(text[max(0, m.start - 40) : m.start])
        comma = COMMA_BEFORE_RE.search(text[max(0, m.start - 40) : m.start])
        if hit is None and comma is not None:  # only a passport item puts a comma in a name
            at = comma.start(1) + max(0, m.start - 40)
            word = comma.group(1)
            free = not any(taken[at : at + len(word)])
            return comma if free and _passport_item(text, m, at, word) else None
    if hit is None:
        return None
    word = hit.group(1)
    start = hit.start(1) + (0 if right else max(0, m.start - 40))
    edge = text[m.start : m.end].split()[-1 if right else 0]
    if any(taken[start : start + len(word)]):
        return None
    if _shape(word) == "caps" and _shape(edge) == "title" and _caps_surname(word):
        return hit  # "LIM Jun Hao", "Jun Hao LIM": a passport's surname in capitals
    if not right and _passport_item(text, m, start, word):
        return hit  # "LOW KAH WAI" where "KAH WAI" was found: the surname opens the item
    lo, hi = min(m.start, start), max(m.end, start + len(word))
    if _shape(word) == _shape(edge) == "caps" and _labelled_name(text, lo, hi, word):
        return hit  # "MARK UDO: ..." where only "Udo" was found: the label is one name
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


LABEL_LEAD_RE = re.compile(r"[ \t>*•-]*\Z")
LABEL_COLON_RE = re.compile(r"[ \t]*:(?!//)")


def _labelled_name(text: str, start: int, end: int, word: str) -> bool:
    """A listed given name or surname, even one that is a word (MARK, BILL, WILL), in a
    line-initial label "MARK UDO:" whose other word is a removed name."""
    first, sur, _, _ = gazetteer()
    cap = norm(word).capitalize()
    if len(word) < 2 or norm(word) in lx.TITLES or (cap not in first and cap not in sur):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return (
        LABEL_LEAD_RE.match(text, line_start, start) is not None
        and LABEL_COLON_RE.match(text, end) is not None
    )


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


def _join_touching(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions only spaces apart on one line are one name: "Ruth\u00a0Kowalski" where each
    word was found on its own, so the name gets one placeholder, not "[PERSON_1] [PERSON_1]"."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        last = out[-1] if out else None
        if (
            last is not None
            and TOUCHING_RE.fullmatch(text, last.end, m.start)
            and not CJK_RE.search(text, last.start, m.end)
        ):
            joined = (last.same_as or tuple(last.words)) + (m.same_as or tuple(m.words))
            same = joined if last.same_as or m.same_as else ()
            out[-1] = Mention(last.start, m.end, last.words + m.words, same)
            continue
        out.append(m)
    return out


def extend_to_neighbours(text: str, mentions: list[Mention], taken: list[bool]) -> list[Mention]:
    """Each mention grown over the name-shaped words touching it, in the text's own case, and
    over a word that completes a full name the note gave; then touching mentions joined."""
    blocked = list(taken[: len(text)]) + [False] * max(0, len(text) - len(taken))
    for m in mentions:
        for i in range(max(0, m.start), min(m.end, len(text))):
            blocked[i] = True
    full = {tuple(norm(w) for w in m.words) for m in mentions if len(m.words) >= 2}
    for m in mentions:
        for right in (True, False):
            while (
                hit := _neighbour(text, m, blocked, right)
                or _completes(text, m, blocked, right, full)
            ) is not None:
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
    return _join_touching(text, mentions)
