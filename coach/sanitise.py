"""Make text safe to show: no remote images, no raw HTML, no links except to cited sources.

Everything a model writes, and everything drawn from stored notes or uploads, passes through
here before a person sees it, in two steps. ``sanitise_text`` cleans the words (tags, images,
references, foreign links and bare addresses go), so stored plans and the CLI carry readable
text. ``inert_markdown`` is what a page shows: the cleaned text parsed with a real Markdown
parser and rebuilt with every character that is not structure escaped, so no spelling of
Markdown or HTML can make a browser fetch anything (``coach.markdown_inert``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING, Any

from coach.markdown_inert import code_span, rebuild, rebuild_inline
from coach.topics import TOPICS

if TYPE_CHECKING:  # the engine imports this module; only type hints go the other way
    from coach.engine.schemas import Reflection, SessionPlan

_INVISIBLE = re.compile(
    r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f"
    r"\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_COMMENT = re.compile(r"<!--.*?(-->|$)", re.DOTALL)
_DANGEROUS_BLOCK = re.compile(
    r"<\s*(script|style|iframe|object|embed|svg|math|template|noscript)\b.*?"
    r"(<\s*/\s*\1\s*>|$)",
    re.DOTALL | re.IGNORECASE,
)
_AUTOLINK = re.compile(r"<((?:[a-zA-Z][a-zA-Z0-9+.-]*:|www\.)[^<>\s]*)>")
_TAG = re.compile(r"</?[a-zA-Z!?][^<>]*>")
_IMAGE = re.compile(
    r"!\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\s*"
    r"(\([^()]*(?:\([^()]*\)[^()]*)*\)|\[[^\]]*\])"
)
_LINK = re.compile(
    r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*+<?([^()\s>]*(?:\([^()]*\)[^()\s>]*)*)>?"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)"
)
# A reference image: ![alt] alone, ![alt][] or ![alt][label]; its definition may be anywhere.
_REF_IMAGE = re.compile(r"!\[((?:[^\[\]]|\[[^\[\]]*\])*)\](?:\s*\[[^\[\]]*\])?")
# A reference definition, also after list or quote markers, its address maybe on the next line.
_REF_DEF = re.compile(
    r"^(?:[ \t>*+-]|\d{1,9}[.)])*\[[^\]]+\]:[ \t]*(?:\n[ \t>]*)?\S+.*$", re.MULTILINE
)
_BARE_URL = re.compile(
    r"\b(?:(?:https?|ftp|file|data|javascript|vbscript|mailto):|www\.)"
    r"[^\s<>()\[\]\"']*",
    re.IGNORECASE,
)
# Protocol-relative and backslash addresses (//host/x, \\host\x): browsers fetch both.
_RELATIVE_URL = re.compile(r"(?<![\w:/\\])[/\\]{2}[\w\[][^\s<>()\[\]\"'{}]*")
_OPEN_TAG = re.compile(r"<[a-zA-Z/!?]")
LINK_REMOVED = "[link removed]"


def _allowed(url: str, allowed_links: Collection[str]) -> bool:
    url = url.strip()
    return url.startswith("#") or url in allowed_links


def well_formed(text: str) -> str:
    """Join surrogate pairs and mark lone halves with U+FFFD, so the text can be stored.

    A browser can send half an emoji (a lone surrogate) in JSON; UTF-8 cannot encode it, and
    the database, the tokenizer and Chroma all fail on it.
    """
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def sanitise_text(text: str, allowed_links: Collection[str] = ()) -> str:
    """Inert Markdown: HTML removed, images reduced to their alt text, foreign links unlinked."""
    if not text:
        return ""
    text = _INVISIBLE.sub("", str(text))
    text = html.unescape(text)  # so "&lt;img&gt;" cannot turn into a tag later on
    text = _COMMENT.sub("", text)
    text = _DANGEROUS_BLOCK.sub("", text)
    text = _AUTOLINK.sub(lambda m: m.group(1), text)
    text = _TAG.sub("", text)
    if _OPEN_TAG.search(text):  # an unclosed tag left over: make every bracket inert
        text = text.replace("<", "‹").replace(">", "›")
    for _ in range(3):  # images may nest in link text: ![a](x) inside [..](y)
        text, n = _IMAGE.subn(lambda m: m.group(1).strip(), text)
        text, k = _REF_IMAGE.subn(lambda m: m.group(1).strip(), text)
        if not n + k:
            break
    text = _LINK.sub(
        lambda m: m.group(0) if _allowed(m.group(2), allowed_links) else m.group(1), text
    )
    text = _REF_DEF.sub("", text)
    text = _BARE_URL.sub(
        lambda m: m.group(0) if m.group(0) in allowed_links else LINK_REMOVED, text
    )
    text = _RELATIVE_URL.sub(LINK_REMOVED, text)
    return text.strip()


def inert_markdown(text: str, allowed_links: Collection[str] = ()) -> str:
    """Stored or model text as Markdown for a page: structure kept, nothing else active.

    Cleaned first, then parsed and rebuilt with every other character escaped, so what the
    browser's renderer reads is words; the only links left point at cited sources.
    """
    return rebuild(sanitise_text(text, allowed_links), allowed_links)


def inert_code(text: str) -> str:
    """Stored text (a file name, a source) as inline code, whatever backticks it holds."""
    return code_span(sanitise_text(text))


_rebuild = rebuild  # the parser step alone, for tests that feed it uncleaned text


def sanitise_data(value: Any, allowed_links: Collection[str] = ()) -> Any:
    """Sanitise every string inside nested dicts and lists (a model's parsed JSON)."""
    if isinstance(value, str):
        return sanitise_text(value, allowed_links)
    if isinstance(value, list):
        return [sanitise_data(v, allowed_links) for v in value]
    if isinstance(value, dict):
        return {k: sanitise_data(v, allowed_links) for k, v in value.items()}
    return value


class StreamSanitiser:
    """Sanitise text that arrives token by token.

    Text is released only up to a space outside any open ``[``, ``(`` or ``<``, so an image,
    link or tag is always sanitised whole, never shown half-written.
    """

    def __init__(self, allowed_links: Collection[str] = ()) -> None:
        self.allowed = allowed_links
        self.pending = ""

    def _release(self, text: str) -> str:
        core = text.strip()
        if not core:
            return text
        lead = text[: len(text) - len(text.lstrip())]
        tail = text[len(text.rstrip()) :]
        return lead + sanitise_text(core, self.allowed) + tail

    def feed(self, token: str) -> str:
        self.pending += token
        depth, cut = 0, -1
        for i, ch in enumerate(self.pending):
            if ch in "[(<":
                depth += 1
            elif ch in "])>" and depth:
                depth -= 1
            elif ch.isspace() and depth == 0:
                cut = i
        if cut < 0:
            return ""
        out, self.pending = self.pending[: cut + 1], self.pending[cut + 1 :]
        return self._release(out)

    def flush(self) -> str:
        out, self.pending = self.pending, ""
        return self._release(out)


def safe_plan(plan: SessionPlan) -> SessionPlan:
    """The plan with every string sanitised, sources included (library text can be hostile)."""
    return type(plan).model_validate(sanitise_data(plan.model_dump()))


def safe_reflection(r: Reflection) -> Reflection:
    """Every string sanitised except the excerpts, which must stay the notes' exact words.

    Excerpts are for locating text in the notes; show them only through ``sanitise_text``.
    """
    data = r.model_dump()
    excerpts = {
        key: [item.pop("source") for item in data[key]]
        for key in ("takeaways", "assumptions", "action_items", "next_topics")
    }
    data = sanitise_data(data)
    for key, sources in excerpts.items():
        for item, source in zip(data[key], sources):
            item["source"] = source
    return type(r).model_validate(data)


def _inline(text: str) -> str:
    """One line of inert Markdown: sanitised, newlines folded, block syntax shown as typed."""
    return rebuild_inline(" ".join(sanitise_text(text).split()))


def _numbers(sources: Iterable[dict]) -> dict[str, int]:
    return {s.get("id", ""): i for i, s in enumerate(sources, start=1)}


def _cite(citations: Iterable[str], numbers: dict[str, int]) -> str:
    marks = sorted({numbers[c] for c in citations if c in numbers})
    return (" " + "".join(f"[{n}]" for n in marks)) if marks else ""


def _source_lines(sources: list[dict]) -> list[str]:
    lines = []
    for i, s in enumerate(sources, start=1):
        title = _inline(s.get("title") or s.get("source") or "source")
        section = _inline(s.get("section") or "")
        label = f"{title} — {section}" if section else title
        where = inert_code(s.get("source") or "")
        lines.append(f"{i}. {label}" + (f" ({where})" if where else ""))
    return lines


def for_terminal(markdown: str) -> str:
    """Markdown made for a page, as a terminal shows it: the backslash escapes that keep it
    inert in a browser are dropped (the text was sanitised before it was escaped)."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown)


def plan_to_markdown(plan: SessionPlan) -> str:
    """A session plan as safe Markdown, numbered citations pointing at the sources list."""
    req = plan.request
    nums = _numbers(plan.sources)
    topic = TOPICS.get(req.topic_slug, req.topic)
    out = [
        f"## Session {req.session_number} plan: {_inline(topic)} ({plan.total_minutes} minutes)",
        "",
        f"*For:* {_inline(req.role)}" + (f". *Goal:* {_inline(req.goal)}" if req.goal else ""),
    ]
    if plan.notice:
        out += ["", f"> {_inline(plan.notice)}"]
    if plan.changes:
        out += ["", f"**What changed:** {_inline(plan.changes)}"]
    out += ["", "### Agenda", ""]
    for item in plan.agenda:
        detail = f": {_inline(item.detail)}" if item.detail else ""
        out.append(
            f"- **{item.minutes} min** — {_inline(item.title)}{detail}{_cite(item.citations, nums)}"
        )
    out += ["", "### Questions", ""]
    for i, q in enumerate(plan.questions, start=1):
        why = f" *Why it matters:* {_inline(q.why)}" if q.why else ""
        out.append(f"{i}. **{_inline(q.text)}**{why}{_cite(q.citations, nums)}")
    for heading, items in (("Bring or show", plan.bring), ("Pitfalls to avoid", plan.pitfalls)):
        if items:
            out += ["", f"### {heading}", ""]
            out += [f"- {_inline(c.text)}{_cite(c.citations, nums)}" for c in items]
    out += [
        "",
        "### Sources",
        "",
        *_source_lines(plan.sources),
        "",
        f"*Mode: {_inline(plan.mode)}*",
    ]
    return "\n".join(out) + "\n"


def reflection_to_markdown(r: Reflection) -> str:
    """A reflection as safe Markdown."""
    nums = _numbers(r.sources)
    out = ["## Reflection", ""]
    if r.notice:
        out += [f"> {_inline(r.notice)}", ""]
    out += [_inline(r.summary) or "*(nothing to summarise)*"]
    sections = (
        ("Key takeaways", r.takeaways),
        ("Assumptions challenged", r.assumptions),
        ("Topics for next time", r.next_topics),
    )
    for heading, items in sections[:2]:
        if items:
            out += ["", f"### {heading}", "", *[f"- {_inline(t.text)}" for t in items]]
    if r.action_items:
        out += ["", "### Action items", ""]
        for a in r.action_items:
            due = f" (by {_inline(a.due)})" if a.due else ""
            out.append(f"- **{_inline(a.owner)}:** {_inline(a.action)}{due}")
    heading, items = sections[2]
    if items:
        out += ["", f"### {heading}", "", *[f"- {_inline(t.text)}" for t in items]]
    if r.prompts:
        out += ["", "### To reflect on", ""]
        out += [f"- {_inline(p.text)}{_cite(p.citations, nums)}" for p in r.prompts]
    if r.sources:
        out += ["", "### Sources", "", *_source_lines(r.sources)]
    out += ["", f"*Mode: {_inline(r.mode)}*"]
    return "\n".join(out) + "\n"
