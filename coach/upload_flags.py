"""What HR should look at in an uploaded document before mentors draw on it.

Guidance rarely tells its reader to send anything anywhere, names an e-mail address, links
outside, or copies the title of the built-in library. Text that does is indexed as HR chose,
but flagged: in the upload's result, and on every chunk, so the sources table shows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

# Phrasing that addresses the reader (or a model) rather than informing them. Each branch
# has bounded gaps over a simple class, so a long line is scanned in linear time.
_INSTRUCTIONS = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b[^.\n]{0,40}?\b(?:previous|prior|earlier|above|"
    r"all|any|your|the)\b[^.\n]{0,20}?\b(?:instructions?|prompts?|rules|guidance|messages?)\b"
    r"|\bsystem prompt\b|\byou are now\b|\bnew instructions\b|\bjailbreak\b"
    r"|\b(?:e-?mail|send|forward|upload|post|paste|submit)\b[^.\n]{0,30}?\b(?:private|personal|"
    r"session|your|all|the)\s+(?:\w+\s+)?(?:notes?|passwords?|credentials?|transcripts?|"
    r"recordings?|files?|details|data)\b"
    r"|\b(?:e-?mail|send|forward)\b[^.\n]{0,60}?\bto\s+[\w.+-]+@",
    re.I,
)
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_LINK = re.compile(
    r"\b(?:https?|ftp)://[^\s)>\]]{1,200}|\bwww\.[\w-]{1,63}\.[^\s)>\]]{1,200}"
    r"|(?<![\w:/])//[\w-]{1,63}(?:\.[\w-]{1,63})+"
)
_SPACE = re.compile(r"\s+")

LABELS = {
    "instructions": "instructions to the reader",
    "email": "e-mail addresses",
    "link": "links to outside sites",
    "official-title": "the title of a built-in library document",
    "claimed-kind": "front matter claiming another kind or visibility",
    "unknown-origin": "no record of who added it",
}


@dataclass(frozen=True)
class Flag:
    code: str  # a key of LABELS
    example: str = ""

    def sentence(self) -> str:
        return LABELS[self.code] + (f" (“{self.example}”)" if self.example else "")


def _snip(text: str, start: int, end: int, width: int = 70) -> str:
    s = _SPACE.sub(" ", text[max(0, start - 10) : min(len(text), end + 10)]).strip()
    return s if len(s) <= width else s[: width - 1] + "…"


def scan(text: str) -> list[Flag]:
    """Instructions, e-mail addresses and outside links in a document's text."""
    found: list[Flag] = []
    for code, pattern in (("instructions", _INSTRUCTIONS), ("email", _EMAIL), ("link", _LINK)):
        m = pattern.search(text)
        if m:
            found.append(Flag(code, _snip(text, m.start(), m.end())))
    return found


def _norm(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", title.lower()).strip()


def official_titles(knowledge_dir: Path) -> set[str]:
    """Titles of the built-in library (front matter title and first heading of each file)."""
    titles: set[str] = set()
    if not knowledge_dir.is_dir():
        return titles
    for path in knowledge_dir.rglob("*.md"):
        try:
            text = path.read_text(encoding="utf-8")[:4000]
        except (OSError, UnicodeDecodeError):
            continue
        m = re.match(r"\A---[ \t]*\r?\n(.*?)\r?\n---", text, re.S)
        if m:
            try:
                meta = yaml.safe_load(m.group(1))
            except yaml.YAMLError:
                meta = None
            if isinstance(meta, dict) and isinstance(meta.get("title"), str):
                titles.add(_norm(meta["title"]))
        h1 = re.search(r"^#\s+(.+)$", text, re.M)
        if h1:
            titles.add(_norm(h1.group(1)))
    titles.discard("")
    return titles


def copies_official(title: str, official: set[str]) -> bool:
    return _norm(title) in official


def codes(flags: list[Flag]) -> str:
    """The flags as chunk metadata: a comma-separated string (Chroma keeps scalars)."""
    return ",".join(dict.fromkeys(f.code for f in flags))


def summary(flags: list[Flag]) -> str:
    return "Flagged for review: " + "; ".join(f.sentence() for f in flags) + "."
