"""Questions from the library's templates, in the senior's own words, and conversation stages.

Templates live in the guidance library (``knowledge/program/question-templates.md`` and the
sector guidance): ordinary question lines with parts in braces, ``{role}``, ``{organisation}``,
``{goal}`` and ``{topic}``. A template is used only when every part it needs is known; a
sector's templates only when the senior's role or goal names that sector (the section's
``*Recognised by:*`` line). Nothing about any sector is written here.
"""

from __future__ import annotations

import re

from coach.engine.retrieval import Piece, question_pieces, topic_label
from coach.engine.schemas import PrepareRequest
from coach.passages import Passage

# A conversation runs in this order; a question's stage comes from its section heading.
CONVERSATION = ("opening", "going deeper", "trying", "connecting", "closing")
_PART = re.compile(r"\{(role|organisation|goal|topic)\}")
_RECOGNISED = re.compile(r"\*Recognised by:\*\s*(?P<words>[^\n]+)")
_ORG = re.compile(r"^(?P<title>.*?\S)\s+(?:of|at|for|in)\s+(?:an?|the|our)\s+(?P<org>.+)$", re.I)
_NOUN_GOAL = re.compile(r"^(?:an?|the|more|better|fewer|less|our|my)\b", re.I)


def conversation_stage(piece: Piece) -> int:
    """0 opening, 1 going deeper, 2 trying it together, 3 connecting, 4 closing."""
    if piece.origin == "note":
        return 1
    section = piece.passage.section.lower()
    for i, word in enumerate(CONVERSATION):
        if word in section:
            return i
    return 1


def _goal(goal: str) -> str:
    g = goal.strip().rstrip(".!").strip()
    g = re.sub(r"^(?:(?:i|we) (?:want|would like|hope|need) )?to\s+", "", g, flags=re.I)
    if not g:
        return ""
    if not g[:2].isupper():
        g = g[0].lower() + g[1:]
    return f"reach {g}" if _NOUN_GOAL.match(g) else g


def parts(request: PrepareRequest) -> dict[str, str]:
    """The senior's words for each template part; an unknown part is left out."""
    role = request.role.strip()
    label = topic_label(request) if request.topic_slug != "general" else request.topic
    label = label.split(":")[0].strip()
    out = {"topic": label if label[:2].isupper() else label[0].lower() + label[1:]}
    if m := _ORG.match(role):
        out["role"] = m.group("title").strip()
        out["organisation"] = "your " + m.group("org").strip().rstrip(".")
    elif role.lower() not in ("senior leader", "senior", "leader"):
        out["role"] = role
    if goal := _goal(request.goal):
        out["goal"] = goal
    return out


def _applies(passage: Passage, request: PrepareRequest) -> bool:
    m = _RECOGNISED.search(passage.text)
    if not m:
        return True
    about = f"{request.role} {request.goal} {request.topic}"
    words = [w.strip(" .") for w in m.group("words").split(",") if w.strip(" .")]
    return any(re.search(rf"\b{re.escape(w)}", about, re.I) for w in words)


def template_pieces(passages: list[Passage], request: PrepareRequest) -> list[Piece]:
    """Template questions filled with the senior's words, each citing its passage."""
    known = parts(request)
    out = []
    for p in passages:
        if not _applies(p, request):
            continue
        for piece in question_pieces([p]):
            needed = set(_PART.findall(piece.text))
            if needed <= known.keys():
                text = _PART.sub(lambda m: known[m.group(1)], piece.text)
                text = text[0].upper() + text[1:]
                out.append(Piece(text, p, piece.why, origin="template"))
    return out
