"""Refining a plan without a model: read the request, re-rank, say what changed.

Follow-up messages are short and predictable ("less technical", "he is sceptical about crypto",
"make it 30 minutes", "no questions about pay"). Each is turned into preferences for the same
retrieval and ranking the first plan used; whatever the message does not match still counts as
extra query text, so "more about side hustles" pulls related questions up.

"Sceptical about X" is not "drop X": the plan keeps its questions on X and reframes them the way
the library's guidance on a sceptical senior says (acknowledge the doubt, then test it), citing
that guidance. "Drop X" leaves out every question on X.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.engine.offline_prepare import Preferences, jargon_score, mentions_any
from coach.engine.schemas import MAX_MINUTES, MIN_MINUTES, PrepareRequest, Question, SessionPlan
from coach.passages import Passage

_PLAIN = re.compile(
    r"\b(?:less|not so|not too|too) (?:technical|techy|jargon\w*|complicated|"
    r"complex)\b|\b(?:simpler|plainer|non-technical|no jargon|plain (?:english|"
    r"language)|beginner)\b",
    re.I,
)
_DEEPER = re.compile(r"\b(?:more (?:technical|depth|detail)|deeper|go further|advanced)\b", re.I)
_SCEPTIC = re.compile(
    r"\b(?:scepti\w+|skepti\w+|cynic\w*|doubt\w*|dismissive|resist\w*|"
    r"not convinced|doesn't believe|does not believe)\b"
    r"(?:\s+(?:about|of|towards|on)\s+(?P<what>[\w\s-]{2,40}))?",
    re.I,
)
_AVOID = re.compile(
    r"\b(?:avoid|skip|drop|without|no more|not about|nothing about|leave out|"
    r"don't (?:mention|ask about|talk about)|no)\s+(?:(?:any|all|the)\s+)?"
    r"(?:(?:questions?|anything|everything|things)\s+(?:about|on)\s+)?"
    r"(?P<what>[a-z][\w-]{1,30})",
    re.I,
)
_IT = {"it", "that", "this", "them", "those"}  # "sceptical about crypto, drop it"
_MINUTES = re.compile(r"\b(?P<n>\d{2})\s*(?:min(?:ute)?s?|-minute)\b", re.I)
_FEWER = re.compile(r"\b(?:fewer|less) questions\b|\bshorter list\b", re.I)
_MORE = re.compile(r"\bmore questions\b", re.I)
_SESSION = re.compile(r"\bsession\s+(?:number\s+)?(?P<n>\d{1,2})\b", re.I)
_STOP = {
    "the",
    "a",
    "an",
    "it",
    "this",
    "that",
    "them",
    "questions",
    "anything",
    "things",
    "everything",
    "all",
    "more",
    "less",
    "too",
    "jargon",
}


@dataclass
class Reading:
    """What a follow-up message asks for."""

    request: PrepareRequest
    prefs: Preferences
    said: list[str]
    sceptic_about: str = ""  # the subject the senior doubts, when it stays in the plan


def read_message(plan: SessionPlan, message: str) -> Reading:
    req = plan.request
    changes: dict[str, object] = {}
    prefs = Preferences(extra_query=message.strip()[:500])
    said: list[str] = []
    if _PLAIN.search(message):
        prefs.plain = True
        said.append("preferred plain, less technical questions")
    if _DEEPER.search(message):
        prefs.deeper = True
        said.append("leaned towards deeper questions")
    sceptic = _SCEPTIC.search(message)
    what = ((sceptic.group("what") or "").strip() if sceptic else "").split(",")[0].strip()
    what = re.split(r"\s+(?:and|but|so)\s+", what)[0]
    for m in _AVOID.finditer(message):
        word = m.group("what").lower()
        if word in _IT and what:
            word = what.lower()
        if word not in _STOP and word not in _IT:
            prefs.exclude_words.append(word.rstrip("s") if len(word) > 4 else word)
    if sceptic:
        dropped = what and mentions_any(what, prefs.exclude_words)
        about = f" about {what}" if what and not dropped else ""
        changes["wishes"] = f"{req.wishes} The senior is sceptical{about}.".strip()
        said.append(f"added guidance on handling a sceptical senior{about}")
    for word in dict.fromkeys(prefs.exclude_words):
        gone = sum(mentions_any(q.text, [word]) for q in plan.questions)
        said.append(
            f"left out the {gone} question{'s' if gone != 1 else ''} about {word}, and "
            f"any others on it"
            if gone
            else f"found no question about {word} in the plan, so none to leave out"
        )
    if m := _MINUTES.search(message):
        minutes = max(MIN_MINUTES, min(MAX_MINUTES, int(m.group("n"))))
        if minutes != req.minutes:
            changes["minutes"] = minutes
            said.append(f"re-timed the agenda for {minutes} minutes")
    if m := _SESSION.search(message):
        n = int(m.group("n"))
        if 1 <= n <= 100 and n != req.session_number:
            changes["session_number"] = n
            said.append(f"planned for session {n}")
    if _FEWER.search(message):
        prefs.count = 5
        said.append("cut to five questions")
    elif _MORE.search(message):
        prefs.count = 8
        said.append("added questions")
    new_request = req.model_copy(update=changes) if changes else req
    kept = what if sceptic and what and not mentions_any(what, prefs.exclude_words) else ""
    return Reading(
        request=PrepareRequest.model_validate(new_request.model_dump()),
        prefs=prefs,
        said=said,
        sceptic_about=kept,
    )


def is_sceptical(message: str) -> bool:
    return bool(_SCEPTIC.search(message))


_ACKNOWLEDGE = re.compile(r"[\"“](?P<line>[^\"”]*\bsceptic\w*\b[^\"”]*)[\"”]", re.I)


def _acknowledgement(passages: list[Passage]) -> tuple[str, Passage] | None:
    """The library's own words for meeting a doubt ("It's fair to be sceptical. Let's test
    it."), and the passage they come from."""
    for p in passages:
        if m := _ACKNOWLEDGE.search(p.text):
            return m.group("line").strip(), p
    return None


def _reframed(q: Question, line: str, what: str, passage: Passage) -> Question:
    """ "It's fair to be sceptical about crypto. Let's test it: what drives ...?" """
    opening = re.sub(r"\b(scepti\w+)", rf"\1 about {what}", line, count=1).rstrip(" .")
    body = q.text[:1].lower() + q.text[1:] if not q.text[:2].isupper() else q.text
    return Question(
        text=f"{opening}: {body}",
        why=f"Reframed for a senior who doubts {what}: name the doubt, then test it. {q.why}",
        citations=list(dict.fromkeys([*q.citations, passage.id])),
    )


def reframe_for_sceptic(
    old: SessionPlan, new: SessionPlan, what: str, guidance: list[Passage]
) -> tuple[SessionPlan, list[str], dict[str, str]]:
    """Keep the questions on what the senior doubts and reframe them. Returns the plan, what to
    say about it and each reframed question's earlier text."""
    goal = (new.request.goal or "").strip()

    def on_subject(text: str) -> bool:  # the subject itself, not the senior's goal repeated
        return mentions_any(text.replace(goal, "") if goal else text, [what])

    questions = list(new.questions)
    for q in [q for q in old.questions if on_subject(q.text)]:  # a doubt is a reason to ask
        if q.text not in {x.text for x in questions}:
            others = [i for i, x in enumerate(questions) if not mentions_any(x.text, [what])]
            if not others:
                break
            questions[others[-1]] = q
    found = _acknowledgement(guidance)
    targets = [i for i, q in enumerate(questions) if on_subject(q.text)]
    if not found or not targets:
        reason = "no question about it in the plan" if found else "no guidance on it"
        return new, [f"reframed no question about {what} ({reason})"], {}
    line, passage = found
    earlier = {}
    for i in targets:
        reframed = _reframed(questions[i], line, what, passage)
        earlier[reframed.text] = questions[i].text
        questions[i] = reframed
    sources = list({s["id"]: s for s in [*new.sources, passage.to_dict()]}.values())
    n = len(targets)
    said = f"reframed the {n} question{'s' if n != 1 else ''} about {what} for a sceptic"
    return new.model_copy(update={"questions": questions, "sources": sources}), [said], earlier


def describe_changes(
    old: SessionPlan, new: SessionPlan, said: list[str], earlier: dict[str, str] | None = None
) -> str:
    """One or two plain sentences: what the refine turn did."""
    before = {q.text for q in old.questions}
    after = {(earlier or {}).get(q.text, q.text) for q in new.questions}
    added, removed = after - before, before - after
    parts = []
    if said:
        parts.append("I " + "; ".join(said) + ".")
    if added or removed:
        parts.append(
            f"{len(added)} new question{'s' if len(added) != 1 else ''} in, {len(removed)} out."
        )
        plain_gain = sum(jargon_score(t) for t in removed) - sum(jargon_score(t) for t in added)
        if plain_gain > 0 and any("technical" in s for s in said):
            parts.append(f"The new set uses {plain_gain} fewer technical terms.")
    else:
        parts.append("The questions stay the same; none in the library fit the request better.")
    if old.total_minutes != new.total_minutes:
        parts.append(f"The agenda now runs {new.total_minutes} minutes.")
    return " ".join(parts)
