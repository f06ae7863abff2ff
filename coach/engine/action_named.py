"""Task rows whose owner is a full name, as the lines the rules know.

Trackers and meeting assistants write the owner as a whole name beside the task rather than in
front of a verb: ``Ada Lovell — Send the deck — Due 2 Dec``, ``[Ada Lovell] Deck: Send the
deck by Friday.``, ``- Deck: Send the deck. (Ada Lovell)``. Each becomes
``- Action (Ada Lovell): Send the deck by 2 Dec``, whose owner the sentence splitter reads.
"""

from __future__ import annotations

import re
from collections import Counter

from coach.engine.action_common import _IMPERATIVE

_NAME = r"[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){1,2}"
_PEOPLE = rf"{_NAME}(?:\s*(?:&|\+|/|,|and)\s*{_NAME})*"
_LEAD = r"^\s*(?:[-*•]\s*)?"
_TOPIC = r"(?:(?P<topic>[A-Z][^:()]{0,40}):\s+)"

# "Ada Lovell — Send the deck — Due 2 Dec"
_DASH_ROW = re.compile(
    rf"{_LEAD}(?P<who>{_PEOPLE})\s+[—–-]\s+(?P<task>[A-Z][^—–]*?)"
    r"(?:\s+[—–-]\s+(?P<due>(?i:due|by|before|no due date|no date|tbc|tbd|none)\b[^—–]*))?\s*$"
)
# "[Ada Lovell] Deck: Send the deck by Friday."
_BRACKET_LEAD = re.compile(rf"{_LEAD}\[(?P<who>{_PEOPLE}|[A-Z][a-z]+)\]\s+{_TOPIC}(?P<task>.+)$")
# "- Deck: Send the deck. (Ada Lovell)"; the task ends at a character that is not a space (the
# shortest task always does), so a run of spaces is not tried again from each of its spaces
_PAREN_TAIL = re.compile(
    rf"{_LEAD}{_TOPIC}?(?P<task>[A-Z].(?:[^\S\n]*+\S)*?)\s*\((?P<who>{_PEOPLE})\)\s*$"
)


def _due(due: str | None) -> str:
    due = (due or "").strip().rstrip(".")
    if not due or re.match(r"(?i)no |none|tb[cd]", due):
        return ""
    due = re.sub(r"(?i)^due(?: date)?\s*:?\s*", "", due)
    return f" {due}" if re.match(r"(?i)(?:by|before|on)\b", due) else f" by {due}"


def named_row(line: str) -> str | None:
    """The line as ``- Action (Full Name): task by due``, or None when it is no such row."""
    if m := _DASH_ROW.match(line):
        task = m.group("task").rstrip(" .") + _due(m.group("due"))
    elif (m := _BRACKET_LEAD.match(line) or _PAREN_TAIL.match(line)) and (
        m.group("topic") or _IMPERATIVE.match(m.group("task"))
    ):
        task = m.group("task").rstrip(" .")
    else:
        return None
    return f"- Action ({m.group('who')}): {task}"


# A tracker's row pasted without its header, cells lined up by spaces: an id, the task, the
# assignee's whole name, "Due Dec 18", a status ("RM-41  Share the FAQ  Ada Lovell  Due Dec 18
# Todo"); a row whose status is closed is no task
_ROW_ID = re.compile(r"^(?:[A-Z]{1,6}-\d{1,6}|#\d{1,6}|\d{1,4}[.)]?)$")
_ROW_DUE = re.compile(r"^(?i:due|by)\b\s*:?\s*(?P<due>.*)$")
_ROW_OPEN = re.compile(
    r"^(?i:todo|to do|open|in progress|backlog|not started|doing|in review|blocked|waiting)$"
)
_ROW_CLOSED = re.compile(r"^(?i:done|closed|complete|completed|cancell?ed|resolved|won't do)$")


def tracker_row(line: str) -> str | None:
    """The row as ``- Action (Full Name): task by due``, "" for a closed row, or None."""
    if len(line) > 400 or "  " not in line.strip():
        return None
    cells = [c for c in re.split(r"\s{2,}|\t", line.strip()) if c]
    if cells and _ROW_ID.match(cells[0]):
        cells = cells[1:]
    if len(cells) < 3 or not re.fullmatch(r"[A-Z][\w'-]*(?: \S+)+", cells[0]):
        return None
    who = next((c for c in cells[1:] if re.fullmatch(_NAME, c)), None)
    status = cells[-1]
    due = next((m.group("due") for c in cells[1:] if (m := _ROW_DUE.match(c))), "")
    if who is None or not (due or _ROW_OPEN.match(status) or _ROW_CLOSED.match(status)):
        return None
    if _ROW_CLOSED.match(status):
        return ""
    return f"- Action ({who}): {cells[0].rstrip(' .')}{_due(due if due not in '—–-' else '')}"


# "Collect the survey data. PIC: Putri. Deadline: Friday": the task as a sentence, then its
# owner and due as fields after full stops (minutes written to a template)
_FIELD_ROW = re.compile(
    r"^\s*(?:[-*•]\s*|\d{1,2}[.)]\s*)?(?P<task>[A-Za-z].+?)[.;]\s+"
    r"(?i:PIC|owners?|assigned(?: to)?|assignees?|responsables?|encargad[oa]s?|penanggung jawab)"
    r"\s*:\s*"
    # "Ana y Luis", "Departamento de Riesgos", "ambos"
    r"(?P<who>(?i:ambos|ambas|los dos|both|bersama)|"
    r"[A-Z][\w'-]*(?:\s*(?:&|\+|/|,|and|dan|y|de|del)?\s*[A-Z][\w'-]*)*)\s*[.;]?"
    r"(?:\s+(?i:deadline|due|tenggat|batas waktu|fecha|plazo)\s*:\s*(?P<due>[^.;]+?))?\s*[.;]?\s*$"
)


def field_row(line: str) -> str | None:
    """The line as ``- Action (Name): task — due``, or None when it is no such line."""
    if not (m := _FIELD_ROW.match(line)):
        return None
    due = (m.group("due") or "").strip()
    return f"- Action ({m.group('who').strip()}): {m.group('task').strip()}" + (
        f" — {due}" if due else ""
    )


# "On my side" / "On yours", "For you:", "Your actions": whose the bullets below are
_SIDE_HEAD = re.compile(
    r"^\s*(?:#+\s*)?(?:on\s+(?P<me>my\s+side|my\s+end|mine)|on\s+(?P<you>yours|your\s+side|"
    r"your\s+end)|(?:for|from)\s+(?:(?P<me2>me)|(?P<you2>you))|(?:(?P<me3>my)|(?P<you3>your))"
    r"\s+(?:actions?|tasks?|to-?dos?|homework|follow[- ]?ups?))\s*:?\s*$",
    re.I,
)
_SIDE_BULLET = re.compile(r"^\s*[-*•·▪‣]\s+(?P<task>\S.*)$")


# "**Ada Lovell**", "## Ada Lovell", "Ada Lovell:": a person's name alone on a line, heading
# the bullets that are theirs (meeting recaps group next steps this way)
_NAME_HEAD = re.compile(
    r"^\s*(?:#+\s*)?(?:\*\*|__)?(?P<who>[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,2})(?:\*\*|__)?"
    r"\s*+:?\s*+(?:\*\*|__)?\s*+$"
)
_HEAD_WORDS = set(
    """action actions item items next steps step key points point summary notes note outline
overview agenda decisions decision follow ups up todo todos to do tasks task takeaways topics
topic questions attendees present minutes discussion prep also open done owner owners homework
misc other others parked ideas learnings recap context background update updates status plan
goals objectives results highlights start stop continue me you us both everyone all team
tindak lanjut acuerdos pendientes catatan resumen pembahasan peserta tareas""".split()
)


def side_heading(line: str, capitals: Counter | None = None) -> str | None:
    """ "me" or "you" when the line heads a list of that person's tasks, or the person's name
    when the line is a name alone, set in bold or as a heading or used elsewhere in the notes
    too (``capitals`` counts the notes' capitalised words)."""
    if m := _SIDE_HEAD.match(line):
        return "me" if m.group("me") or m.group("me2") or m.group("me3") else "you"
    if capitals is None or not (m := _NAME_HEAD.match(line)):
        return None
    words = m.group("who").split()
    marked = len(words) > 1 and re.match(r"\s*(?:#|\*\*|__)", line)  # "**Ada Lovell**"
    if any(w.lower() in _HEAD_WORDS for w in words) or not (marked or capitals[words[0]] >= 2):
        return None
    return m.group("who")


# an indented line with no bullet under a name (Fireflies lists tasks so), and the time in the
# recording a task was said at: "(07:41)", "(1:02:03)"
_SIDE_INDENTED = re.compile(r"^[ \t]{2,}(?P<task>[A-Z]\S*(?: \S+)+)$")
_CLOCK_TAIL = re.compile(r"\s*[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]]$")


def side_item(line: str, side: str) -> str | None:
    """A bullet under such a heading, as ``- Action (me): ...``; under a person's name an
    indented line counts as one too."""
    m = _SIDE_BULLET.match(line) or (
        side not in ("me", "you") and _SIDE_INDENTED.match(line.rstrip())
    )
    if not m:
        return None
    return f"- Action ({side}): {_CLOCK_TAIL.sub('', m.group('task').rstrip())}"
