"""Markdown rebuilt from a real parse: its structure kept, every word escaped.

The page renders Markdown in the browser with its own renderer (GFM, raw HTML allowed, then a
sanitiser that keeps remote images). Cleaning text with patterns cannot foresee every spelling
that renderer accepts, so text is parsed here with markdown-it, with images, raw HTML,
autolinks and reference definitions switched off, and written out again: headings, lists,
quotes, emphasis, code and tables as structure, and every other character of punctuation
backslash-escaped. Whatever renderer reads the result sees words, never a tag, an image, a
reference, an autolink or a URL; the only links are to cited sources the caller allows.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

# ASCII punctuation a renderer may act on. Left alone: , ; ? ' " % (no meaning anywhere).
_SPECIAL = frozenset("\\`*_{}[]()<>#+-.!|~$&:/@=^")
_ANCHOR = re.compile(r"#[A-Za-z0-9_-]{1,80}")
_SAFE_URL = re.compile(r"[^\s()<>\\\"'`]+")


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.disable(["reference", "html_block", "html_inline", "autolink"])
    return md


_MD = _parser()


def escape(text: str) -> str:
    """Every character a Markdown renderer could read as syntax, backslash-escaped."""
    return "".join("\\" + ch if ch in _SPECIAL else ch for ch in text)


def code_span(text: str) -> str:
    """Text as inline code: a fence longer than any run of backticks inside, on one line."""
    text = " ".join(str(text).split())
    if not text:
        return ""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _link_ok(href: str, allowed: Collection[str]) -> bool:
    return bool(_ANCHOR.fullmatch(href)) or (href in allowed and bool(_SAFE_URL.fullmatch(href)))


def _inline(node: SyntaxTreeNode, allowed: Collection[str]) -> str:
    out: list[str] = []
    for child in node.children:
        kind = child.type
        if kind in ("text", "text_special"):
            out.append(escape(child.content))
        elif kind == "softbreak":
            out.append("\n")
        elif kind == "hardbreak":
            out.append("\\\n")
        elif kind == "code_inline":
            out.append(code_span(child.content))
        elif kind in ("em", "strong", "s"):
            mark = {"em": "*", "strong": "**", "s": "~~"}[kind]
            inner = _inline(child, allowed)
            out.append(f"{mark}{inner}{mark}" if inner.strip() else inner)
        elif kind == "link":
            inner = _inline(child, allowed)
            href = str(child.attrs.get("href", ""))
            out.append(f"[{inner}]({href})" if _link_ok(href, allowed) and inner else inner)
        elif kind == "image":  # only its words: the alt text
            out.append(_inline(child, allowed))
        elif child.children:
            out.append(_inline(child, allowed))
        else:
            out.append(escape(child.content))
    return "".join(out)


def _lines(text: str) -> list[str]:
    """Rendered inline text as lines that cannot start a block (indentation dropped)."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def _code(content: str) -> list[str]:
    longest = max((len(m) for m in re.findall(r"`+", content)), default=0)
    fence = "`" * max(3, longest + 1)
    return [fence, *content.rstrip("\n").split("\n"), fence]


def _prefixed(lines: list[str], first: str, rest: str) -> list[str]:
    return [
        (first if i == 0 else rest) + line if line else rest.rstrip()
        for i, line in enumerate(lines)
    ]


def _table(node: SyntaxTreeNode, allowed: Collection[str]) -> list[str]:
    rows: list[list[str]] = []
    for section in node.children:
        for tr in section.children:
            rows.append(
                [
                    " ".join(_lines(_inline(cell.children[0], allowed))) if cell.children else ""
                    for cell in tr.children
                ]
            )
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
    return out + ["| " + " | ".join(r) + " |" for r in rows[1:]]


def _blocks(node: SyntaxTreeNode, allowed: Collection[str]) -> list[str]:
    out: list[str] = []
    for child in node.children:
        kind = child.type
        if kind == "paragraph":
            lines = _lines(_inline(child.children[0], allowed)) if child.children else []
        elif kind == "heading":
            words = " ".join(_lines(_inline(child.children[0], allowed)))
            lines = [f"{'#' * int(child.tag[1])} {words}"] if words else []
        elif kind in ("bullet_list", "ordered_list"):
            lines = []
            start = int(child.attrs.get("start", 1) or 1)
            for i, item in enumerate(child.children):
                mark = "- " if kind == "bullet_list" else f"{start + i}. "
                body = _blocks(item, allowed) or [""]
                lines += _prefixed(body, mark, " " * len(mark))
        elif kind == "blockquote":
            lines = [f"> {line}" if line else ">" for line in _blocks(child, allowed)]
        elif kind == "hr":
            lines = ["***"]
        elif kind in ("code_block", "fence"):  # never an info string: no diagram, no language
            lines = _code(child.content)
        elif kind == "table":
            lines = _table(child, allowed)
        else:
            lines = _lines(escape(child.content)) if child.content else []
        if lines:
            if out:
                out.append("")
            out += lines
    return out


def rebuild(text: str, allowed_links: Collection[str] = ()) -> str:
    """Markdown of the same structure and words in which nothing but structure is active."""
    if not text:
        return ""
    return "\n".join(_blocks(SyntaxTreeNode(_MD.parse(text)), allowed_links)).strip()


def rebuild_inline(text: str, allowed_links: Collection[str] = ()) -> str:
    """One line of inert Markdown: emphasis and code kept, block syntax shown as typed."""
    if not text:
        return ""
    root = SyntaxTreeNode(_MD.parseInline(text))
    inline = root.children[0] if root.children else root
    return " ".join(_lines(_inline(inline, allowed_links)))
