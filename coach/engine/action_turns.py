"""Tasks agreed across turns or asked of the reader: "Could you send me X?" answered "Sure",
"Shall I send you X?" answered "Yes please", "If you could send me X, that would be great"."""

from __future__ import annotations

import re
from collections import Counter

from coach.engine.action_common import _HEDGED, _IMPERATIVE, _INTERJECTION, _due, _owner, _source
from coach.engine.schemas import ActionItem, Excerpt
from coach.engine.text import Sentence, clean

_ASK_YOU = re.compile(
    r"^(?:and\s+)?(?:can|could|would|will)\s+you\s+(?P<rest>.+?)\?(?:\s+[^?]{0,24})?\s*$", re.I
)

# Asked in a chat and answered in a later turn: "could you also X? before our next chat is
# fine", "if you could send me X, I'll ...", "Bisa tolong cariin X?", "¿Puedes mandarme X?"
_ASK_IN_TURN = re.compile(
    r"^(?:and\s+|also\s+)?(?:(?:can|could|would|will)\s+you\s+(?:also\s+)?(?P<rest>.+?)\?"
    r"(?P<tail>\s+[^?]{0,60})?|if you could (?:also\s+)?(?P<cond>[^,]+?),\s+.+|"
    r"(?:bisa|boleh)\s+(?:tolong\s+)?(?:sekalian\s+)?(?P<id>.+?)\?(?P<id_tail>\s+[^?]{0,60})?|"
    r"¿?\s*(?:puedes|podrías|podrias|me puedes|me podrías)\s+(?P<es>.+?)\?"
    r"(?P<es_tail>\s+[^?]{0,60})?)"
    r"\s*$",
    re.I,
)

_OFFER = re.compile(r"^(?:and\s+)?I\s+(?:could|can|might)\s+(?P<rest>.+?)\?\s*$", re.I)

# "..., I can send you screenshots" taken up by the other person: "yes please", "please do"
_OFFER_SAID = re.compile(r"(?:^|,\s+)I\s+(?:can|could)\s+(?P<rest>[^?,]+?)[.!]?$")
_TAKE_UP = re.compile(
    r"^(?:oh\s+)?(?:yes,?\s+please|please do|please,|that would be (?:great|brilliant|amazing|"
    r"helpful|lovely|perfect))\b",
    re.I,
)

_YES = re.compile(
    r"^(?:sure|yes|yeah|yep|ok|okay|of course|will do|happy to|no problem|"
    r"definitely|absolutely|deal|on it|can do|consider it done|sounds good|"
    r"sí|si|claro|vale|dale|por supuesto|bisa|siap|iya|oke|boleh)\b",
    re.I,
)

_IF_YOU_COULD = re.compile(
    r"^(?:and\s+|also\s+)?if you could (?:also\s+)?(?P<rest>.+?),?\s+(?:that|it|I)(?:'d|\s+would|"
    r"'ll|\s+will)\s+(?:be\s+)?(?:great|brilliant|amazing|perfect|helpful|lovely|ideal|"
    r"really help|help|love|appreciate)\b",
    re.I,
)

_MIND = re.compile(r"^(?:and\s+)?would you mind (?P<verb>\w+ing)\s+(?P<rest>.+?)\?\s*$", re.I)


def _base_verb(gerund: str) -> str:
    """ "sending" -> "send", "sharing" -> "share", "digging" -> "dig"."""
    stem = gerund[:-3]
    for cand in (stem, stem + "e", stem[:-1]):
        if _IMPERATIVE.match(cand) and len(_IMPERATIVE.match(cand).group(0)) == len(cand):
            return cand
    return stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem


def _request_of_you(text: str) -> str | None:
    """The task in "Could you send me X?", "If you could send me X, that would be great",
    "Would you mind sending me X?"; None when the sentence asks nothing of the reader."""
    if m := _MIND.match(text):
        return f"{_base_verb(m.group('verb'))} {m.group('rest')}"
    if m := _ASK_YOU.match(text) or _IF_YOU_COULD.match(text):
        return m.group("rest")
    return None


def _asked_of_you(sentences: list[Sentence]) -> list[tuple[int, ActionItem]]:
    """In notes written to the other person (an email, a message), "Could you send me X?"
    is a task for them; "Can you believe ..." is not, so the task must open with a task verb."""
    if any(s.speaker for s in sentences):
        return []  # a transcript: the one asked answers in a later turn (_agreed_in_turns)
    out = []
    for i, s in enumerate(sentences):
        rest = _request_of_you(s.text)
        if rest and _IMPERATIVE.match(rest) and not _HEDGED.search(rest):
            task = clean(re.sub(r"\s+for\s+me$", "", rest))
            due, _ = _due(task)
            item = ActionItem(owner="you", action=task, due=due, source=_source(s))
            out.append((i, item))
    return out


def _agreed_in_turns(sentences: list[Sentence]) -> list[tuple[int, ActionItem]]:
    """In a transcript: "Could you send me X?" answered "Sure, by Friday" by the one asked, or
    "I could send you X?" followed by the offerer's own yes ("OK, will do tomorrow")."""
    out: list[tuple[int, ActionItem]] = []
    pending: tuple[int, str, str, str] | None = None  # (sentence, task, asker, offerer)
    for i, s in enumerate(sentences):
        if not s.speaker:
            continue
        if pending and i - pending[0] > 4:
            pending = None  # an answer comes within a few turns or not at all
        if (
            pending
            and pending[3]
            and pending[2] == "offer"
            and s.speaker != pending[3]
            and _TAKE_UP.match(s.text)
        ):
            src = sentences[pending[0]]
            task, due = clean(pending[1]), _due(s.text)[0]
            out.append(
                (
                    pending[0],
                    ActionItem(owner=pending[3], action=task, due=due, source=_source(src)),
                )
            )
            pending = None
            continue
        if (m := _ASK_IN_TURN.match(s.text)) and not _HEDGED.search(
            rest := m.group("rest") or m.group("cond") or m.group("id") or m.group("es")
        ):
            tail = m.group("tail") or m.group("id_tail") or m.group("es_tail") or ""
            pending = (i, f"{rest} {tail.strip()}".strip(), s.speaker, "")
        elif m := _OFFER.match(s.text):
            pending = (i, m.group("rest"), "", s.speaker)
        elif (m := _OFFER_SAID.search(s.text)) and len(m.group("rest").split()) >= 3:
            pending = (i, m.group("rest"), "offer", s.speaker)
        elif (
            pending
            and _YES.match(s.text)
            and s.speaker != pending[2]
            and pending[3] in ("", s.speaker)
        ):
            src = sentences[pending[0]]
            due, _ = _due(s.text)
            asked_due, asked = _due(pending[1])  # "... ? before our next chat is fine"
            due = due or asked_due
            task = clean(re.sub(r"^(?:me|us)\s+|\s+for\s+me$|\s+is fine$", "", asked))
            if len(task.split()) >= 2:
                out.append(
                    (
                        pending[0],
                        ActionItem(
                            owner=s.speaker,
                            action=task,
                            due=due,
                            source=Excerpt(text=src.text, start=src.start, end=src.end),
                        ),
                    )
                )
            pending = None
    return out


# "Si quieres, te grabo ...", "¿Te reenvío el informe?": a Spanish offer
_OFFER_ES = re.compile(
    r"^(?:(?:si quieres|si te parece(?: bien)?|si te sirve),?\s+|¿\s*(?:quieres que\s+)?)"
    r"(?P<rest>(?:te|le|les|se)\s+.+?)[.?]?$",
    re.I,
)

_PROPOSE = re.compile(
    r"^(?:and\s+|so\s+|also\s+)?(?:(?:shall|should|can|could)\s+I|(?:do\s+you\s+)?want\s+me\s+to|"
    r"would\s+you\s+like\s+me\s+to)\s+(?P<rest>.+?)(?:,?\s+too)?\?",
    re.I,
)

_ACCEPT = re.compile(
    r"^(?:yes|yeah|yep|yup|sure|ok(?:ay)?|please|deal|definitely|absolutely|happy to|go for it|"
    r"go ahead|(?:she|he|they|[A-Z][a-z]+)\s+(?:said|says)\s+(?:yes|yep|sure|ok|please)|"
    r"sí|vale|claro|dale|hecho|perfecto|siap|boleh|oke|iya)\b",
    re.I,
)

_SAYS = re.compile(r"^(?P<who>[A-Z][a-z]+|me|I)\s*:\s*")


def _offers(sentences: list[Sentence], names: Counter) -> list[tuple[int, ActionItem]]:
    """ "Shall I send you X?", "want me to X?" answered yes in the next line or two (or at
    once: "Happy to."): a task for whoever offered."""
    out: list[tuple[int, ActionItem]] = []
    for i, s in enumerate(sentences):
        text, offerer = s.text, s.speaker or "me"
        if not s.speaker and (m := _SAYS.match(text)) and _owner(m.group("who"), names):
            text, offerer = text[m.end() :], _owner(m.group("who"), names) or "me"
        text = _INTERJECTION.sub("", text.strip("\"'“”‘’ "))
        if not (m := _PROPOSE.match(text) or _OFFER_ES.match(text)):
            continue
        answer = next(
            (
                later
                for later in sentences[i + 1 : i + 3]
                if _ACCEPT.match(later.text.strip("\"'“”‘’ "))
            ),
            None,
        )
        task = clean(m.group("rest"))
        if answer is None or len(task.split()) < 2:
            continue
        due = _due(answer.text)[0] or _due(task)[0]
        task = _due(task)[1] if _due(task)[0] else task
        out.append((i, ActionItem(owner=offerer, action=task, due=due, source=_source(s))))
    return out


# Told in prose: "I asked Ben if he could dig out X, and he's happy to", "asked if he could
# get me X, he said he'd try"; "She wondered if I could X; I said I'd try by Friday"
_ASKED_IF = re.compile(
    r"\basked\s+(?:(?P<who>[A-Z][a-z]+|him|her)\s+)?(?:if|whether)\s+(?P<pron>he|she)\s+could\s+"
    r"(?P<task>[^,;]+?),?\s+(?:and\s+)?(?P=pron)(?:'s|\s+is|\s+was|\s+said)?\s+(?:happy to|"
    r"up for it|keen|(?:said\s+)?yes|ok|sure|agreed|(?:he|she)(?:'d|\s+would)|would|will)\b",
    re.I,
)
_WONDERED_IF = re.compile(
    r"\b(?:wondered|asked)\s+(?:if|whether)\s+I\s+could\s+(?P<task>[^;,]+?)[;,]\s+(?:and\s+)?"
    r"I\s+said\s+I(?:'d|\s+would)\b(?P<rest>[^.]*)",
    re.I,
)


def _asked_if(sentences: list[Sentence], names: Counter) -> list[tuple[int, ActionItem]]:
    """A request told in prose and the yes that follows it in the same sentence: a task for
    whoever was asked."""
    out: list[tuple[int, ActionItem]] = []
    for i, s in enumerate(sentences):
        for m in _ASKED_IF.finditer(s.text):
            who = m.group("who")
            owner = _owner(who if who and who[0].isupper() else m.group("pron"), names)
            task, due = clean(m.group("task")), _due(m.group("task"))[0]
            if owner and len(task.split()) >= 2:
                task = _due(task)[1] if due else task
                out.append((i, ActionItem(owner=owner, action=task, due=due, source=_source(s))))
        for m in _WONDERED_IF.finditer(s.text):
            task, due = clean(m.group("task")), _due(m.group("rest"))[0] or _due(m.group("task"))[0]
            if len(task.split()) >= 2:
                out.append((i, ActionItem(owner="me", action=task, due=due, source=_source(s))))
    return out
