"""Tasks written as cards: the task on one line, who and when on the lines below it.

Boards and task apps (Trello's ``Members:``, Asana's ``Assignee:   Due date:``) and meeting
recaps (Teams puts ``Ada Lovell · Due Dec 10`` under each task) write the owner under the task
rather than in front of it. Such a block is read as one task with that owner and due; a card
ticked as finished (``✓``) is no task. Lines of the card that are neither owner nor due
(``Labels:``, ``Description:``) are part of the card, not tasks of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DONE_GLYPH = "✓✔☑✅"
_TASK = re.compile(
    rf"^(?P<lead>\s*)(?:[-*•○◯●◻☐□⬜❏{_DONE_GLYPH}]\s*|\[ \]\s*)?"
    r"(?:(?i:card|task|title)\s*:\s*)?(?P<task>[A-Z][^:]*)$"
)
_SELF = re.compile(r"^(?:I|I'\w+|we|we'\w+|my|our)\b", re.I)
_NAME = r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}"
_NAMES = rf"{_NAME}(?:\s*,\s*{_NAME})*"
_OWNER_FIELD = re.compile(
    r"^\s*(?:(?i:members?|assignees?|assigned to|owners?|responsables?|pic|pj))\s*:\s*"
    rf"(?P<who>{_NAMES})"
    r"(?:\s{2,}(?i:due(?: date)?|deadline|fecha)\s*:\s*(?P<due>\S+(?:\s\S+)*))?(?:\s{2,}\S.*)?$"
)
# "Ada Lovell · Due Dec 10", "Ada Lovell, Ben Ode": a recap's owner line, set in below the task
_OWNER_LINE = re.compile(rf"^(?P<lead>\s+)(?P<who>{_NAMES})(?:\s*·\s*(?i:due)\s+(?P<due>.+))?$")
_DUE_FIELD = re.compile(r"^\s*(?i:due(?: date)?|deadline|fecha(?: l[ií]mite)?)\s*:\s*(?P<due>.+)$")
_OTHER_FIELD = re.compile(r"^\s*[A-Z][\w ]{0,20}:\s")
_NO_DUE = re.compile(r"^(?:none|no date|-|–|—|n/?a|tb[cd])$", re.I)


@dataclass(frozen=True)
class Card:
    owner: str
    task: str
    due: str
    done: bool


def _owner(names: str) -> str:
    """One name as written; several as their first names ("Ada & Ben"), which the pair's
    names resolve."""
    parts = [p.strip() for p in names.split(",") if p.strip()]
    return parts[0] if len(parts) == 1 else " & ".join(p.split()[0] for p in parts)


def _recap_owner(m: re.Match, lead: str) -> bool:
    """A bare name line counts when set in further than the task and either carrying a due or
    naming someone in full."""
    return len(m.group("lead")) > len(lead) and (
        m.group("due") is not None or any(" " in p.strip() for p in m.group("who").split(","))
    )


def card(lines: list[str], n: int) -> tuple[int, Card] | None:
    """The card starting at line n and the line after it, or None when line n heads none."""
    m = _TASK.match(lines[n].rstrip())
    if not m or _SELF.match(m.group("task")) or len(m.group("task").split()) < 2:
        return None
    owner = due = None
    end = n + 1
    while end < len(lines) and lines[end].strip() and end - n <= 6:
        line = lines[end].rstrip()  # the patterns end at the text's end: linear time
        if (f := _OWNER_FIELD.match(line)) or (
            (f := _OWNER_LINE.match(line)) and _recap_owner(f, m.group("lead"))
        ):
            owner, due = _owner(f.group("who")), f.group("due") or due
        elif d := _DUE_FIELD.match(line):
            due = d.group("due")
        elif _TASK.match(line) and not line.startswith(m.group("lead") + " "):
            break  # the next task
        elif not _OTHER_FIELD.match(line):
            break
        end += 1
    if owner is None:
        return None
    due = "" if due is None else " ".join(due.split())  # one space a gap: linear below
    due = "" if _NO_DUE.match(due) else due
    due = re.sub(r"(?i)^due\s+|,?\s+\d{4}\b.*$|\s+at\s+\d{1,2}[:.]\d{2}.*$", "", due)
    return end, Card(owner, m.group("task"), due, lines[n].lstrip()[:1] in _DONE_GLYPH)
