"""A PDF's text as Markdown with its headings, and which metadata titles mean something.

A PDF has no headings, only lines set in bigger or bolder type. Reading each line's size lets a
PDF be chunked by headings and size like any other text, instead of a page per passage.
Metadata titles are often whatever the exporting program left there ("about:blank",
"Untitled", "Microsoft Word - draft.docx"); those never name a document.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

HEADING_RATIO = 1.15  # a line this much bigger than the body text is a heading
MAX_HEADING_CHARS = 120
_PLACEHOLDER = re.compile(
    r"^(about:\S*|untitled\b.*|document\s*\d*|new document|title|no title|"
    r"(microsoft\s+)?(word|excel|powerpoint)\s*-\s*.*|presentation\s*\d*|slide\s*\d+|"
    r"print|page\s*\d*)$",
    re.I,
)
_FILE_NAME = re.compile(r"\.(pdf|docx?|odt|rtf|txt|md|markdown|pages|pptx?|xlsx?|html?)$", re.I)
_ADDRESS = re.compile(r"^[a-z][a-z0-9+.-]*:\S*$", re.I)  # about:blank, file:///..., https://...
_BOLD = re.compile(r"bold|black|heavy|semibold|demi|,b\b", re.I)


def meaningful_title(title: str | None, file_name: str) -> str | None:
    """The metadata title if it names the document; None for placeholders and file names."""
    text = " ".join(str(title or "").split())
    if len(text) < 2 or not re.search(r"[^\W\d_]", text):
        return None
    if _PLACEHOLDER.match(text) or _FILE_NAME.search(text) or _ADDRESS.match(text):
        return None
    stem = PurePath(file_name).stem
    if _plain(text) in {_plain(file_name), _plain(stem)}:
        return None
    return text[:300]


def _plain(name: str) -> str:
    return " ".join(re.sub(r"[-_.]+", " ", name).lower().split())


@dataclass
class Line:
    text: str
    size: float
    bold: bool
    page: int


def page_lines(page: Any, number: int) -> list[Line]:
    """A page's lines in reading order, each with the size and weight most of it is set in."""
    runs: list[tuple[str, float, bool]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        scale = abs(float(tm[3]) * float(cm[3])) or 1.0
        name = str((font or {}).get("/BaseFont", "")) if hasattr(font, "get") else ""
        runs.append((text, round(float(size or 0) * scale, 1), bool(_BOLD.search(name))))

    page.extract_text(visitor_text=visit)
    lines: list[Line] = []
    parts: list[tuple[str, float, bool]] = []
    for text, size, bold in runs:
        pieces = text.split("\n")
        for n, piece in enumerate(pieces):
            if n:
                lines += _close(parts, number)
                parts = []
            if piece:
                parts.append((piece, size, bold))
    return lines + _close(parts, number)


def _close(parts: list[tuple[str, float, bool]], page: int) -> list[Line]:
    text = "".join(p[0] for p in parts).strip()
    if not text:
        return []
    weight: Counter[tuple[float, bool]] = Counter()
    for piece, size, bold in parts:
        weight[(size, bold)] += len(piece.strip())
    (size, bold), _ = weight.most_common(1)[0]
    return [Line(" ".join(text.split()), size, bold, page)]


def _body(lines: list[Line]) -> tuple[float, bool]:
    weight: Counter[tuple[float, bool]] = Counter()
    for line in lines:
        weight[(line.size, line.bold)] += len(line.text)
    return weight.most_common(1)[0][0]


def _is_heading(line: Line, body: tuple[float, bool]) -> bool:
    size, bold = body
    if len(line.text) > MAX_HEADING_CHARS or line.text.endswith((".", ",", ";")):
        return False
    if line.size >= size * HEADING_RATIO:
        return True
    return line.bold and not bold and line.size >= size and len(line.text) <= 80


def _levels(heads: list[Line], body: tuple[float, bool]) -> dict[float, str]:
    """Heading marks by size: the biggest, if it is used once near the top, is the title."""
    sizes = sorted({h.size for h in heads if h.size >= body[0] * HEADING_RATIO}, reverse=True)
    marks: dict[float, str] = {}
    biggest = [h for h in heads if sizes and h.size == sizes[0]]
    if len(biggest) == 1 and biggest[0] is heads[0] and biggest[0].page == 1:
        marks[sizes.pop(0)] = "#"
    for n, size in enumerate(sizes):
        marks[size] = "##" if n == 0 else "###"
    return marks


def pdf_markdown(pages: list[list[Line]]) -> str:
    """The pages as Markdown: detected headings become `#` lines, text runs on across pages.

    A PDF whose type gives no headings keeps one `## Page N` section per page, so a citation
    can still say where a passage is.
    """
    lines = [line for page in pages for line in page]
    if not lines:
        return ""
    body = _body(lines)
    flags = [_is_heading(line, body) for line in lines]
    heads = [line for line, head in zip(lines, flags) if head]
    if not heads:
        return "\n\n".join(
            f"## Page {n}\n\n" + "\n".join(_escaped(x.text) for x in page)
            for n, page in enumerate(pages, 1)
            if page
        )
    marks = _levels(heads, body)
    out: list[str] = []
    last: str | None = None
    for line, head in zip(lines, flags):
        if head:
            mark = marks.get(line.size, "###")
            if last == mark and out:  # a heading wrapped onto two lines
                out[-1] += " " + line.text
                continue
            out.append(f"\n{mark} {line.text}\n")
            last = mark
        else:
            out.append(_escaped(line.text))
            last = None
    return "\n".join(out).strip()


def _escaped(text: str) -> str:
    """Body text never starts a heading of its own ("#3 in the ranking")."""
    return "\\" + text if text.startswith("#") else text
