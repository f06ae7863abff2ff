"""The units of a passage that search scores one by one: its sentences and list items.

A 900-character passage is embedded as one vector, so a question answered by one of its
sentences meets the average of all of them, and a passage that shares more generic words
wins. Each unit is embedded on its own at index time, after its heading; search scores a
passage by its best unit as well as by the whole (coach.search_rank).
"""

from __future__ import annotations

import re

MAX_UNITS = 16  # per passage: a chunk is at most ~900 characters, so this is rarely reached
MIN_WORDS = 4  # a shorter sentence ("Keep it short.") joins the one after it
_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+")
_HEADING = re.compile(r"^\s*#{1,6}\s+")
_MARKUP = re.compile(r"\*\*|__|`|^>\s*")
# A sentence ends at . ! ? (and a closing quote or bracket) before a capital, digit or quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
_ABBREV = re.compile(r"\b(?:e\.g|i\.e|etc|vs|Mr|Mrs|Ms|Dr|St|approx|no)\.$", re.I)


def unit_text(unit: str, section: str, title: str) -> str:
    """What is embedded for a unit: its heading first, so "Keep it to ten minutes" under
    "Common first-session mistakes" still says what it is about."""
    head = section or title
    return f"{head}: {unit}" if head else unit


def _sentences(text: str) -> list[str]:
    out: list[str] = []
    for part in _SENTENCE_END.split(text):
        if out and _ABBREV.search(out[-1]):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return [s.strip() for s in out if s.strip()]


def _blocks(text: str) -> list[str]:
    """List items one by one; other lines joined into paragraphs."""
    blocks: list[str] = []
    para: list[str] = []
    for line in text.splitlines():
        if not line.strip() or _HEADING.match(line):
            blocks.append(" ".join(para))
            para = []
        elif _ITEM.match(line):
            blocks.append(" ".join(para))
            para = [_ITEM.sub("", line)]
        else:
            para.append(line.strip())
    blocks.append(" ".join(para))
    return [b for b in blocks if b.strip()]


def units_of(text: str) -> list[str]:
    """The sentences and list items of a passage, each long enough to mean something; a
    passage of one sentence has one unit."""
    units: list[str] = []
    carry = ""
    for block in _blocks(text):
        for sentence in _sentences(_MARKUP.sub("", block)):
            sentence = f"{carry} {sentence}".strip() if carry else sentence
            if len(sentence.split()) < MIN_WORDS:
                carry = sentence
                continue
            carry = ""
            units.append(sentence)
    if carry:
        if units:
            units[-1] = f"{units[-1]} {carry}"
        else:
            units.append(carry)
    return units[:MAX_UNITS]
