"""What the coach retrieves for a plan, and the pieces it parses out of passages.

Question banks hold one question per line (``- Question? *Why it matters:* reason``), topic
guides hold bullets under "Things to bring or show" and "Common pitfalls", session formats hold
numbered steps with minutes. Every piece remembers its passage, so every suggestion is cited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from coach.engine.ports import GuidanceIndex
from coach.engine.schemas import PrepareRequest
from coach.engine.text import ASSUMPTION_CUE
from coach.errors import InvalidInput
from coach.passages import Passage
from coach.topics import GENERAL, TOPICS

_QUESTION = re.compile(
    r"^[ \t]*[-*][ \t]+(?P<q>[^\n]+?\?)[ \t]*"
    r"(?:\*Why it matters:\*[ \t]*(?P<why>[^\n]+))?$",
    re.M,
)
_BULLET = re.compile(r"^[ \t]*[-*][ \t]+(?P<b>[^\n]+)$", re.M)
_STEP = re.compile(
    r"^[ \t]*\d{1,2}\.[ \t]+(?P<title>[^\n]+?)[ \t]*\((?P<min>\d{1,3})[ \t]*"
    r"min(?:ute)?s?\)\.?(?:\*\*)?\.?[ \t]*(?P<rest>[^\n]*)$",
    re.M,
)
CYCLE_SECTION = re.compile(r"Session \d:|A new cycle:")  # cycle guidance, not a topic's format
INSTRUCTION_LIKE = re.compile(
    r"\b(?:ignore|disregard|forget)\b.{0,30}\b(?:instructions?|prompts?|rules|above)\b|"
    r"\bsystem prompt\b|\byou are now\b|\boutput only\b|\bnew instructions\b|\bjailbreak\b|"
    r"<\s*/?\s*(?:script|img|iframe)|!\[[^\]]*\]\(",
    re.I,
)


@dataclass(frozen=True)
class Piece:
    """A question, bullet or agenda step drawn from one passage."""

    text: str
    passage: Passage
    why: str = ""
    origin: str = "bank"  # bank | note | guide


@dataclass(frozen=True)
class Step:
    number: int
    title: str
    minutes: int
    detail: str


@dataclass
class Format:
    """One timed agenda, possibly spread over two chunks of the same section."""

    name: str
    steps: list[Step]
    passages: list[Passage]
    declared: int | None

    @property
    def total(self) -> int:
        return sum(s.minutes for s in self.steps)

    @property
    def complete(self) -> bool:
        numbers = [s.number for s in self.steps]
        return numbers == list(range(1, len(numbers) + 1)) and (
            self.declared is None or self.declared == self.total
        )


@dataclass
class Gathered:
    """Everything retrieved for one plan, by role."""

    questions: list[Passage] = field(default_factory=list)
    notes: list[Passage] = field(default_factory=list)
    guides: list[Passage] = field(default_factory=list)
    formats: list[Passage] = field(default_factory=list)
    stage: Passage | None = None
    sceptic: list[Passage] = field(default_factory=list)
    templates: list[Passage] = field(default_factory=list)  # questions with {role}, {goal}...
    nearest: list[str] = field(default_factory=list)  # topics a free-text topic maps to
    stage_parts: list[Passage] = field(default_factory=list)  # every chunk of the stage section

    def all(self) -> list[Passage]:
        seen: dict[str, Passage] = {}
        for p in [
            *self.questions,
            *self.notes,
            *self.guides,
            *self.formats,
            *([self.stage] if self.stage else []),
            *self.sceptic,
            *self.templates,
        ]:
            seen.setdefault(p.id, p)
        return list(seen.values())


def topic_label(request: PrepareRequest) -> str:
    slug = request.topic_slug
    return TOPICS[slug] if slug in TOPICS else request.topic


def stage_of(session_number: int) -> int:
    """Sessions repeat in three-month cycles of six: the place within the cycle, 1 to 6."""
    return (session_number - 1) % 6 + 1


def cycle_of(session_number: int) -> int:
    """Which three-month cycle a session falls in: 1 for sessions 1 to 6, 2 for 7 to 12."""
    return (session_number - 1) // 6 + 1


def stage_heading(session_number: int) -> str:
    """The heading of the cycle guidance for this session: a new cycle is not a first meeting."""
    stage = stage_of(session_number)
    if stage == 1 and cycle_of(session_number) > 1:
        return "A new cycle:"
    return f"Session {stage}:"


def nearest_topics(passages: list[Passage], n: int = 2) -> list[str]:
    """The topics whose question banks answer a free-text topic best, by rank-weighted votes."""
    votes: dict[str, float] = {}
    for rank, p in enumerate(passages[:10]):
        if p.topic in TOPICS:
            votes[p.topic] = votes.get(p.topic, 0.0) + 1.0 / (rank + 1)
    return sorted(votes, key=lambda t: -votes[t])[:n]


def _search(index: GuidanceIndex, query: str, k: int, **kw: Any) -> list[Passage]:
    """A plan reads every part of a section (a format's timed parts, a bank's questions)."""
    try:
        return index.search(query, k, distinct=False, **kw)
    except InvalidInput:  # a query the index will not take; an unreachable index is raised
        return []


def gather(
    index: GuidanceIndex, request: PrepareRequest, extra: str = "", sceptical: bool = False
) -> Gathered:
    """Retrieve question banks, past notes, topic guides, session formats and the cycle stage."""
    slug = request.topic_slug
    label = topic_label(request)
    topic = slug if slug != GENERAL else None
    about = " ".join(x for x in (label, request.goal, request.wishes, extra) if x)
    g = Gathered()
    topics: str | list[str] | None = topic
    if topic is None:  # free text: the nearest topics' banks, not a mix of every bank
        probe = _search(index, f"open questions {about}", 20, kinds=["question-bank"])
        g.nearest = nearest_topics(probe)
        topics = g.nearest or None
    g.questions = _search(
        index,
        f"open questions {about}",
        40 if topics else 12,
        topic=topics,
        kinds=["question-bank"],
    )
    g.notes = _search(
        index, f"assumptions challenged: {about}", 4, topic=topics, kinds=["shared-note"]
    )
    g.guides = _search(
        index,
        f"things to bring or show, common pitfalls: {about}",
        12,
        topic=topics,
        kinds=["topic-guide"],
    )
    g.templates = [
        p
        for p in _search(
            index,
            "questions shaped to the senior's role, organisation and goal; connecting "
            f"questions for {request.role}",
            20,
            kinds=["guidance"],
        )
        if "{" in p.text
    ]
    heading = stage_heading(request.session_number)
    cycle = _search(
        index, f"{heading.rstrip(':')} of the three-month cycle", 12, kinds=["guidance"]
    )
    g.stage = next((p for p in cycle if re.search(rf"\b{re.escape(heading)}", p.section)), None)
    g.stage_parts = [p for p in cycle if g.stage and p.section == g.stage.section]
    fmt_query = (
        f"timed agenda for a {request.minutes}-minute session on {label}; "
        f"{g.stage.section if g.stage else ''} {request.wishes} {extra}"
    )
    formats = _search(index, fmt_query, 30, kinds=["guidance"])
    if g.stage:
        formats += _search(index, f"session format: {g.stage.text[:400]}", 10, kinds=["guidance"])
    if request.session_number == 1:
        formats += _search(
            index, "first-session agenda, getting to know each other", 5, kinds=["guidance"]
        )
    g.formats = list(
        {p.id: p for p in formats if parse_steps(p) and not CYCLE_SECTION.match(p.section)}.values()
    )
    if sceptical:
        g.sceptic = _search(
            index, "handling a sceptical senior, myth-busting", 4, kinds=["guidance"]
        )
    return g


def clean_markup(text: str) -> str:
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"(?<!\w)\*(?!\s)(.+?)(?<!\s)\*(?!\w)", r"\1", text)
    return " ".join(text.split())


def question_pieces(passages: list[Passage]) -> list[Piece]:
    out = []
    for p in passages:
        for m in _QUESTION.finditer(p.text):
            q = clean_markup(m.group("q"))
            if not INSTRUCTION_LIKE.search(p.text[m.start() : m.end()]):
                out.append(Piece(q, p, clean_markup(m.group("why") or "")))
    return out


def note_pieces(passages: list[Passage]) -> list[Piece]:
    """Assumptions another pair challenged, turned into an open question for this pair."""
    out = []
    for p in passages:
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", p.text):
            s = clean_markup(sentence.strip(" -"))
            if (
                ASSUMPTION_CUE.search(s)
                and s.lower().startswith("i ")
                and 6 <= len(s.split()) <= 40
                and not INSTRUCTION_LIKE.search(s)
            ):
                belief = s.rstrip(".")
                out.append(
                    Piece(
                        f'A senior in another pair wrote: "{belief}." How true is that of the '
                        f"people you know?",
                        p,
                        "A past session on this topic challenged this belief; testing it here "
                        "builds on what others learned.",
                        origin="note",
                    )
                )
                break
    return out


def guide_bullets(passages: list[Passage], section_word: str) -> list[Piece]:
    out = []
    for p in passages:
        if section_word not in p.section.lower():
            continue
        for m in _BULLET.finditer(p.text):
            text = clean_markup(m.group("b"))
            if len(text.split()) >= 3 and not INSTRUCTION_LIKE.search(m.group(0)):
                out.append(Piece(text, p, origin="guide"))
    return out


def parse_steps(passage: Passage) -> list[Step]:
    """Numbered steps with minutes: '2. Show the thing (10 min).'"""
    steps = []
    for m in _STEP.finditer(passage.text):
        number = int(re.match(r"[ \t]*(\d+)", m.group(0)).group(1))
        title = clean_markup(m.group("title")).strip(" *.:")
        steps.append(
            Step(number, title, int(m.group("min")), clean_markup(m.group("rest")).strip(" *"))
        )
    return steps


def formats_from(passages: list[Passage]) -> list[Format]:
    """Timed agendas, joining chunks of one section and keeping only complete ones."""
    groups: dict[tuple[str, str], list[Passage]] = {}
    for p in passages:
        groups.setdefault((p.source, p.section), []).append(p)
    out = []
    for (_, section), group in groups.items():
        steps = {s.number: s for p in group for s in parse_steps(p)}
        name = section.split(" > ")[-1] or group[0].title
        m = re.search(r"(\d{2})[- ]minute|in (\d{2}) minutes", name)
        declared = int(m.group(1) or m.group(2)) if m else None
        fmt = Format(name, [steps[n] for n in sorted(steps)], group, declared)
        if len(fmt.steps) >= 3 and fmt.complete:
            out.append(fmt)
    return out
