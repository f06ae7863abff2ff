"""Balinese names, which open with words that read as English ("I Made", "Ni Luh").

"I" (a man) or "Ni" (a woman), then a birth-order word (Wayan, Putu, Gede, Made, Kadek, Nengah,
Nyoman, Komang, Ketut) and often "Luh", "Gusti" or "Ayu", then the given names. The prefix is
part of the name and goes with it; a birth-order word other than "Made" is a name on its own.
"""

from __future__ import annotations

import re

from coach.anonymise.words import Mention, norm, not_a_name_word

BIRTH_ORDER = "Wayan|Putu|Gede|Made|Kadek|Nengah|Nyoman|Komang|Ketut|Luh|Gusti|Ayu"
# "Made" alone is the English verb, and "Ayu"/"Gusti" are names the gazetteer already knows.
ALONE = "Wayan|Putu|Gede|Kadek|Nengah|Nyoman|Komang|Ketut"
PREFIXED_RE = re.compile(
    rf"(?<![\w-])(?:I|Ni)[ \t]+(?:(?:{BIRTH_ORDER})[ \t]+)*(?:{BIRTH_ORDER})\b"
    r"(?P<tail>(?:[ \t]+[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*){0,3})"
)
ALONE_RE = re.compile(rf"(?<![\w-])(?:{ALONE})(?![\w-])")
TAIL_WORD_RE = re.compile(r"[ \t]+([A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*)")


def _name_word(word: str) -> bool:
    return not not_a_name_word(norm(word))


def find_balinese_names(text: str, taken: list[bool]) -> list[Mention]:
    """ "I Made Sukerta", "Ni Luh", "Ketut": Balinese names with their prefix words."""
    found: list[tuple[int, int, list[str]]] = []
    for m in PREFIXED_RE.finditer(text):
        end = m.start("tail")
        for w in TAIL_WORD_RE.finditer(m.group("tail")):
            if not _name_word(w.group(1)):
                break
            end = m.start("tail") + w.end()
        if not any(taken[m.start() : end]):
            words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text[m.start() : end])[1:]
            found.append((m.start(), end, words))
    full = {tuple(w[:2]) for _, _, w in found if len(w) > 1}
    out: list[Mention] = []
    covered: set[int] = set()
    for start, end, words in found:
        if words == ["Made"] and ("Made",) not in {k[:1] for k in full}:
            continue  # "How I Made It": the verb, unless "I Made Sukerta" is in the note
        out.append(Mention(start, end, words))
        covered.update(range(start, end))
    for m in ALONE_RE.finditer(text):
        if m.start() not in covered and not any(taken[m.start() : m.end()]):
            out.append(Mention(m.start(), m.end(), [m.group(0)]))
    return out
