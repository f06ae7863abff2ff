"""Actions written as rows or fields, read as the lines the rules know.

People paste a table of actions (``| who | what | when |``), a block of ``Action:`` /
``Owner:`` / ``Due:`` lines, or a to-do list of ticked boxes. None of these is a sentence with
an owner in front (nor is a row owned by a full name, ``Ada Lovell — Send the deck``), so each
becomes one: ``- Priya: share the two server invites by Friday``,
under an ``Actions`` heading. Everything else in the notes is left as written.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass

from coach.engine.action_cards import card
from coach.engine.action_named import (
    field_row,
    named_row,
    side_heading,
    side_item,
    tracker_row,
)
from coach.engine.text import _speaker_line

# column names as people and tools write them (CSV exports: "assignee", "due_date"; Spanish
# and Indonesian minutes: "Responsable", "Fecha límite", "PJ", "Kegiatan", "Batas waktu")
_CELL_OWNER = re.compile(
    r"^(?:who|owner|owners|person|responsible|by whom|lead|assignee|assignees|assigned to|"
    r"responsable|responsables|encargado|encargada|pj|pic|penanggung jawab)$",
    re.I,
)
_CELL_TASK = re.compile(
    r"^(?:what|action|actions|task|tasks|item|to do|todo|next step|description|title|summary|"
    r"task name|acci[oó]n|acciones|tarea|tareas|actividad|kegiatan|tugas|uraian)$",
    re.I,
)
_CELL_DUE = re.compile(
    r"^(?:when|due|due date|due on|by when|deadline|date|by|eta|target|target date|fecha|"
    r"fecha l[ií]mite|plazo|batas waktu|tenggat|tenggat waktu|target waktu)$",
    re.I,
)
_CELL_STATUS = re.compile(r"^(?:status|state|progress)$", re.I)
# A row whose status says it needs no more doing
_CLOSED = re.compile(
    r"^(?:done|closed|complete|completed|resolved|cancell?ed|dropped|n/?a)\b", re.I
)
_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_FIELD = re.compile(
    r"^\s*(?:[-*•]\s*)?(?P<key>action|task|what|owner|who|due|when|deadline)\s*:\s*(?P<val>.+?)\s*$",
    re.I,
)
# "[ ]", and the open boxes of apps that draw them ("☐ Email Noah", "◻ Pull the figures")
# "[x]": a box ticked, the task done
_TICKED = re.compile(r"^\s*(?:[-*•]\s*)?\[[xX✓]\]\s")
_BOX = re.compile(r"^(?P<lead>\s*)(?:[-*•]\s*)?(?:\[[ xX✓]?\]|[☐◻□⬜❏](?!\S))\s*")
# "Reward team (Mo)" is Mo; "Hannah (TA lead)" is Hannah.
_PAREN_NAME = re.compile(r"\(\s*(?P<name>[A-Z][a-z]+)\s*\)")
_DUE_WORD = re.compile(
    r"^(?:by|before|until|on|today|tonight|tomorrow|tmrw|this|next|eo[dwm])\b", re.I
)


def _owner(cell: str) -> str:
    if m := _PAREN_NAME.search(cell):
        return m.group("name")
    return re.sub(r"\s*\([^)]*\)", "", cell).strip()


def _line(owner: str, task: str, due: str) -> str:
    task = task.strip().rstrip(".")
    due = due.strip()
    if due and due not in ("-", "–", "—", "n/a", "tbc"):
        task += f" {due}" if _DUE_WORD.match(due) else f" by {due}"
    who = _owner(owner)
    # a whole name ("Hana Sato", "Bapak Surya") is read as a labelled owner, a word as a prefix
    return f"- Action ({who}): {task}" if " " in who else f"- {who}: {task}"


def _cells(line: str, sep: str = "|") -> list[str]:
    if sep == ",":  # a CSV export: quoted cells may hold commas
        return [c.strip() for c in next(csv.reader([line]), [])]
    if sep == "|":
        return [c.strip() for c in line.strip().strip("|").split("|")]
    return [c.strip() for c in re.split(r"\t+" if sep == "\t" else r" {2,}|\t+", line.strip())]


def _columns(head: list[str]) -> dict[str, int]:
    col: dict[str, int] = {}
    for n, cell in enumerate(head):
        name = cell.replace("_", " ").strip(" :*")
        for key, pattern in (
            ("owner", _CELL_OWNER),
            ("task", _CELL_TASK),
            ("due", _CELL_DUE),
            ("status", _CELL_STATUS),
        ):
            if key not in col and pattern.match(name):
                col[key] = n
    return col


def _header(line: str) -> tuple[str, dict[str, int]] | None:
    """How a header row of an actions table splits its cells ("|", a tab, or two spaces or
    more for columns lined up by hand), and which column is which; None for any other line."""
    for sep in ("|", "\t", "  ", ","):
        if sep not in line or (sep == "," and len(line) > 400):
            continue
        col = _columns(_cells(line, sep))
        if "owner" in col and "task" in col:
            return sep, col
    return None


def _table(lines: list[str]) -> list[tuple[str, int]] | None:
    """A table whose header names an owner and a task column (Markdown, pipes without a rule
    line, tabs or lined-up columns), as action lines, each with the line it was written from."""
    found = _header(lines[0]) if lines else None
    if found is None:
        return None
    sep, col = found
    out = [("", 0), ("Actions", 0)]
    for n, row in enumerate(lines[1:], 1):
        if _RULE.match(row):
            continue
        cells = _cells(row, sep) + [""] * len(col)
        owner, task = _unlabelled(cells[col["owner"]]), cells[col["task"]]
        if "status" in col and _CLOSED.match(cells[col["status"]]):
            continue  # done or cancelled: no longer an action
        if owner and task and owner not in ("-", "–", "—"):
            due = _unlabelled(cells[col["due"]]) if "due" in col else ""
            out.append((_line(owner, task, due), n))
    return [*out, ("", len(lines) - 1)]


def _unlabelled(cell: str) -> str:
    """A cell without the column's name repeated in front: "Owner: TA" is TA."""
    return re.sub(r"^(?:owner|who|due|target|pj|pic)\s*:\s*", "", cell, flags=re.I)


_KEYS = {"what": "action", "task": "action", "who": "owner", "when": "due", "deadline": "due"}


def _key(m: re.Match) -> str:
    key = m.group("key").lower()
    return _KEYS.get(key, key)


def _record_end(lines: list[str], n: int) -> int:
    """Where the record of field lines from line n ends: at a line that is no field, at a
    field named again, or at a bullet opening the next record (YAML lists write them so)."""
    seen: set[str] = set()
    end = n
    while end < len(lines) and (m := _FIELD.match(lines[end])):
        if _key(m) in seen or (end > n and re.match(r"\s*[-*•]\s", lines[end])):
            break
        seen.add(_key(m))
        end += 1
    if (
        end < len(lines)
        and not re.match(r"\s*(?:$|---|#|[-*•]\s)", lines[end])
        and not (_FIELD.match(lines[end]))
    ):
        return -1  # prose runs on from the fields: not a record
    return end


def _fields(lines: list[str]) -> list[str] | None:
    """A record of ``Action:``, ``Owner:`` and ``Due:`` lines, as one line."""
    got: dict[str, str] = {}
    for line in lines:
        m = _FIELD.match(line)
        if not m:
            return None
        got[_key(m)] = m.group("val")
    if "action" not in got or "owner" not in got:
        return None
    return ["Actions", _line(got["owner"], got["action"], got.get("due", ""))]


@dataclass(frozen=True)
class Rewritten:
    """The notes as the rules read them, and where each of their lines came from."""

    text: str
    original: str
    # new start, new end, old start, old end, and whether the line is as it was
    lines: tuple[tuple[int, int, int, int, bool], ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Where a piece of the rewritten text sits in the original notes: a line written
        from a row points at the whole row, an untouched line at the same words."""
        for new_start, new_end, old_start, old_end, same in self.lines:
            if new_start <= start < new_end:
                if same:
                    return old_start + start - new_start, old_start + end - new_start
                return old_start, old_end
        return start, end


def _rows(lines: list[str], n: int) -> tuple[int, list[tuple[str, int, int]] | None]:
    """From line n: how many original lines a table or field block takes, and its lines
    (each with the original lines it stands for), or None when it is neither."""
    if lines[n].lstrip().startswith("|") or _header(lines[n]):
        end = n + 1
        sep = found[0] if (found := _header(lines[n])) else "|"
        while end < len(lines) and len(_cells(lines[end], sep)) >= 2:
            end += 1
        written = _table(lines[n:end])
        if written is None:
            return end, None
        return end, [(text, n + k, n + k + 1) for text, k in written]
    if found := card(lines, n):
        end, c = found
        text = "" if c.done else _line(c.owner, c.task, c.due)
        return end, [("Actions", n, end), (text, n, end), ("", n, end)]
    if _FIELD.match(lines[n]):
        end = _record_end(lines, n)
        if end < 0:  # as written: the paragraph is no record
            end = next((k for k in range(n, len(lines)) if not lines[k].strip()), len(lines))
            return end, None
        block = _fields(lines[n:end])
        return end, None if block is None else [(w, n, end) for w in block]
    return n + 1, None


# What task apps put after a quick-added task: labels, contexts, priorities ("#work @waiting
# p2 ⏫"), each a word of its own; a run holding a label, a priority or a flag is cut, so a
# closing "@ana" alone is kept. Read word by word from the end: linear in the line's length.
_APP_TAG = re.compile(r"#(?!\d+\b)[\w-]+|p[1-4]|[⏫🔼🔽⏬🔺]")
_APP_MENTION = re.compile(r"@[\w.-]+")
_WORD = re.compile(r"\S+")


def _untagged(line: str) -> str:
    words = [m for m in _WORD.finditer(line) if m.start() > 0]  # a tag follows white space
    k = len(words)
    while k and (_APP_TAG.fullmatch(words[k - 1][0]) or _APP_MENTION.fullmatch(words[k - 1][0])):
        k -= 1
    run = words[k:]
    if not any(_APP_TAG.fullmatch(w[0]) for w in run):
        return line
    return line[: run[0].start()].rstrip()


def _rewrite(line: str, side: str | None) -> str:
    """One line as the rules read it: a row or a box as an action line, "" for a task done."""
    line = _untagged(line)
    if _TICKED.match(line):
        return ""  # a ticked box: done, no longer a task
    if _speaker_line(line):
        return line  # "Ada Lovell — Today at 18:05" heads a chat turn; it is no task row
    ticked = (side and side_item(line, side)) or named_row(line) or field_row(line)
    if ticked:
        return ticked
    row = tracker_row(line)  # a closed tracker row is written as an empty line
    return _BOX.sub(r"\g<lead>- ", line) if row is None else row


# Letters OCR reads wrong, each put right in place (the same length, so spans still hold):
# "l'll" is "I'll", a zero between letters is an "o" ("sessi0n"), a one an "l" ("fee1s")
_OCR = (
    (re.compile(r"(?<![\w'])l(?='(?:ll|m|d|ve)\b)"), "I"),
    (re.compile(r"(?<=[A-Za-z])0(?=[A-Za-z])"), "o"),
    (re.compile(r"(?<=[a-z])1(?=[a-z])"), "l"),
)


def _ocr_fixed(notes: str) -> str:
    for pattern, letter in _OCR:
        notes = pattern.sub(letter, notes)
    return notes


def as_action_lines(notes: str) -> Rewritten:
    """The notes with tables, field blocks and ticked boxes of actions written as lines."""
    original, notes = notes, _ocr_fixed(notes)
    raw = notes.splitlines(keepends=True)
    starts = [0]
    for line in raw:
        starts.append(starts[-1] + len(line))
    bare = [ln.rstrip("\r\n") for ln in raw]
    out: list[str] = []
    spans: list[tuple[int, int, int, int, bool]] = []
    pos = n = 0
    side: str | None = None  # under "On my side" / "On yours" or a name: whose the bullets are
    capitals = Counter(re.findall(r"\b[A-Z][a-z'-]+\b", notes))

    def emit(text: str, first: int, last: int) -> None:
        nonlocal pos
        old_end = starts[last - 1] + len(bare[last - 1]) if last > first else starts[first]
        spans.append((pos, pos + len(text), starts[first], old_end, False))
        out.append(text + "\n")
        pos += len(text) + 1

    while n < len(bare):
        end, written = _rows(bare, n)
        if written is not None:
            for text, first, last in written:
                emit(text, first, last)
        else:
            for k in range(n, end):
                side = side_heading(bare[k], capitals) or (
                    side if side and bare[k].strip() else None
                )
                if side and side not in ("me", "you") and side_heading(bare[k], capitals):
                    emit("", k, k + 1)  # a name heading the tasks below is no task itself
                    continue
                ticked = _rewrite(bare[k], side)
                if ticked == bare[k]:
                    spans.append((pos, pos + len(raw[k]), starts[k], starts[k + 1], True))
                    out.append(raw[k])
                    pos += len(raw[k])
                else:
                    emit(ticked, k, k + 1)
        n = end
    return Rewritten("".join(out), original, tuple(spans))
