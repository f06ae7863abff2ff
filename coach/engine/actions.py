"""Action items out of rough notes: who promised what, by when.

Commitments are found by cues ("I'll", "agreed to", "Priya to send", "Finance (Tom) to",
"My job:", an "Actions" heading, Spanish and Indonesian forms) with an agent in front of them,
so "Gen Z will leave a bank over one bad app" is a takeaway and not a task; in a transcript, by
a request or offer someone says yes to; and, given the embedding model, by meaning for
sentences about a person that the rules passed over. Each item keeps the exact span of the
notes it came from.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from coach.engine.action_common import (
    _DUE_TAIL_WORD,
    _HEDGED,
    _IMPERATIVE,
    _NEGATED,
    _NOT_AGENT,
    _SHORTHAND,
    TASK_VERBS,
    _due,
    _due_tail,
    _named,
    _normal,
    _owner,
    names_in,
)
from coach.engine.action_foreign import _foreign
from coach.engine.action_turns import _agreed_in_turns, _asked_if, _asked_of_you, _offers
from coach.engine.schemas import ActionItem, Excerpt
from coach.engine.text import COMMIT_CUE, DUE, NEXT_CUE, Sentence, clean

_TALK_VERB = re.compile(
    r"^(?:pick up|cover|talk(?!\s+(?:me|you|us|her|him|them)\s+through)|discuss|look at|"
    r"explore|go through|continue|"
    r"come back|dig into|get into|revisit|return to|hablar|charlar|ver|"
    r"seguir con|bahas|membahas|ngobrol\w*|diskusi\w*)\b",
    re.I,
)

_OWNER_PREFIX = re.compile(
    r"^(?P<who>(?i:los dos|las dos|ambos|ambas|kita berdua|kami berdua|both of us)|"
    r"[A-Za-z][\w'-]*(?:\s*(?:\+|&|and|/)\s*(?:me|I|[A-Z][a-z]+|[A-Z]{2,3}))?)"
    r"(?:\s*\([A-Za-z][\w &'-]{0,24}\))?"  # "Omar (risk) - ...": the team beside the name
    r"\s*(?::|->|→|=>|-|–|—)\s+(?P<rest>.+)$"
)

_PAREN_OWNER = re.compile(r"\((?P<who>me|[A-Z][a-z]+)\s*(?:,\s*(?P<due>[^),]*))?\)", re.I)

_LETS = re.compile(r"^(?:(?:and|so|ok(?:ay)?),?\s+)?let'?s\s+(?:both\s+|all\s+)?", re.I)

# "We're both going to test ...", "we should both look at ...", "we both try ...", "Los dos
# probamos ...": a task for each of the pair; "we both thought ..." is a shared view
_BOTH_DO = re.compile(
    r"^(?:(?:and|so|then),?\s+)?(?:(?:we(?:'re|'ll|\s+are)?|we\s+(?:will|'ll|should|shall|can|"
    r"are going to|'re going to|need to|have to|want to|agreed to))\s+both|both of us|"
    r"the two of us|los dos|las dos|ambos|ambas|kita berdua|kami berdua)\s+"
    r"(?:(?:will|'ll|should|shall|can|are going to|going to|gonna|need to|want to|have to|"
    r"agreed to|plan to|vamos a|tenemos que|akan|mau)\s+)?"
    r"(?!(?:\w+ed|thought|think|agree|feel|felt|like|liked|love|know|knew|find|found|saw|see|"
    r"believe|prefer|hate|enjoy|use|have|had|are|were|was|said|say|got|get on|pensamos|"
    r"creemos|estamos)\b)(?P<rest>[a-z][\w'-]+\s+\S.*)$",
    re.I,
)

_CONTINUATION = re.compile(
    r"^(?:will|'ll)\s+(?:do|action|sort|handle)\s+(?:that|this|it)\b|"
    # "I'll have it to you by next Friday": the date of the promise just made
    r"^I(?:'ll|\s+will)\s+(?:have|get|send)\s+(?:it|that|this|them)\s+(?:over\s+)?to\s+"
    r"(?:you|her|him|them)\b",
    re.I,
)

_NAME_TO = re.compile(r"^(?P<who>[A-Za-z][a-z]+|[A-Z]{2,3})\s+to\s+(?P<rest>[a-z].+)$")

_NEXT_START = re.compile(r"^\s*next (?:time|session)\b", re.I)

_SELF_START = re.compile(
    r"^(?:and\s+|so\s+)?(?:also\s+)?(?:need to|must|have to|should|remember to|"
    r"remind (?:me|myself) to|"
    r"will(?:\s+also)?|(?:i'?m\s+|i am\s+)?(?:also\s+)?(?:happy|glad) to)\s+(?!.*\?\s*$)",
    re.I,
)

_SUBJECT_MODAL = re.compile(
    r"^(?:(?:it\s+was\s+|we\s+)?agreed(?:\s+that)?:?\s*)?(?:i\s+(?:also\s+)?said\s+)?"
    r"(?P<who>[A-Za-z]+(?:\s+and\s+I)?)\s*(?:also\s+)?"
    r"(?P<modal>'ll|will|would|'d|shall|am going to|'m going to|is going to|are going to|"
    r"'re going to|(?:is|are|am|'s|'re|'m)? ?gonna|agreed to|"
    r"promised(?:\s+\w+)?\s+(?:to|that\s+I\s+would|I\s+would|I'd)|"
    r"told\s+(?:him|her|them|you|[A-Z][a-z]+)\s+(?:that\s+)?(?:I|we)(?:'d|\s+would|'ll|\s+will)|"
    r"committed to|offered to|need to|want to|said\s+(?:i|she|he|we)(?:'d|\s+would)|"
    r"can(?!\s+(?:see|understand|imagine|tell|relate|believe|feel|hear|be|get away)\b)|"
    r"'ve gotta|'ve got to|gotta|have to|has to|owes? (?:you|her|him|them)|volunteered to|"
    r"(?:has|have) (?:also )?taken on|took on|signed up to)\s+",
    re.I,
)

# Prefixes that say the line is the author's task, or someone's: "My job:", "On me:"
_MINE = re.compile(
    r"^(?:my (?:job|action|task|bit|homework|to-?do|follow[- ]?up)s?|on me|"
    r"tasks? for me|for me|(?:pls |please )?remind me(?: to)?|homework|mine)\s*[:\-–]\s*|"
    r"^my (?:job|action|task|bit|homework|follow[- ]?up) (?:is|was) to\s+",
    re.I,
)

_FOR_NAME = re.compile(
    r"^(?:follow[- ]?ups?|tasks?|actions?|homework|to-?dos?)\s+for\s+"
    r"(?P<who>[A-Za-z][\w'-]+)\s*[:\-–]\s*",
    re.I,
)

# "Asked Leon in digital to send ...": Leon's task, the author follows it up
_ASKED = re.compile(
    r"^(?i:i(?:'ve|\s+have)?\s+)?(?i:asked|told|got)\s+(?P<who>[A-Z][a-z]+)(?:\s+(?:in|from|at)\s+"
    r"[\w&' ]{1,30}?)?\s+to\s+(?P<rest>.+)$"
)
# "Aku minta Dewi kirim ...", "Saya meminta Pak Budi cek ...": Dewi's task
_ASKED_ID = re.compile(
    r"^(?i:(?:aku|saya|sy|gue|gw)\s+(?:minta|meminta|nyuruh|menyuruh)(?:\s+tolong)?)\s+"
    r"(?:(?:Ibu|Bu|Bapak|Pak|Mas|Mbak|Kak)\s+)?(?P<who>[A-Z][a-z]+)\s+(?P<rest>\w.+)$"
)

# "Finance (Tom) to check ...", "Our CFO (Janet) will share ...": the person in brackets
_DEPT_PAREN = re.compile(
    r"^(?:[\w&'-]+\s+){0,3}?\((?:(?i:mbak|mas|bu|pak|ibu|bapak)\s+)?(?P<who>[A-Z][a-z]+)\)\s+"
    r"(?:to|will|'ll|is going to|is to|agreed to|mau|akan|janji|bakal)\s+(?P<rest>.+)$"
)

# "it's about listening" after "we agreed" is a shared view, not a task
_VIEW = re.compile(
    r"^\s*(?:that\s+)?(?:it|this|that|there|they|the)(?:'s|'re|\s+(?:is|are|was|"
    r"were))\b|^\s*(?:always\s+|never\s+|have\s+|had\s+)?(?:assumed|thought|"
    r"believed|expected|known|imagined|guessed|hoped|loved?|liked?|prefer|rather|"
    r"been|seen|heard|admit|confess|bet|say|grant|see (?:whether|if|how|what)|"
    r"be (?:honest|frank|fair|straight))\b",
    re.I,
)

# "tolong Budi cek ...", "please Jo send ...": a request the named person takes on
_PLEASE = re.compile(
    r"^(?i:tolong|mohon|please|pls|por favor)\s+"
    r"(?:(?:Ibu|Bu|Bapak|Pak|Mas|Mbak|Kak)\s+)?"
    r"(?P<who>[A-ZÁÉÍÓÚ][\w'-]+)\s+(?P<rest>.+)$"
)

# "sending her the org chart tomorrow": a task of one's own, when it carries a date
_GERUND_TASK = re.compile(
    r"^(?:sending|chasing|emailing|booking|calling|scheduling|arranging|forwarding|sharing|"
    r"setting up|following up|drafting|inviting|looking into|pulling|digging out|reviewing|"
    r"writing|putting together|preparing|getting|asking|checking|organi[sz]ing|introducing)\b",
    re.I,
)

_YOU_GENERIC = re.compile(
    r"^\s*(?:find|see|never|always|be|get|have|need|notice|realis|realiz|"
    r"love|hate|like|probably|just)",
    re.I,
)

_REPORT_BACK = re.compile(
    r"^(?:let (?:me|us|you|her|him) know|report back|get back to \w+|"
    r"tell (?:me|us|you))\b",
    re.I,
)

# A second person's promise after "and", ";" or a comma (", Omar to check it").
# Matches start only where a run of spaces starts, so a long run is scanned once, not per space.
_ALSO = re.compile(
    r"(?<!\s)(?:\s*;\s*|,\s+(?=(?:I|[Ss]he|[Hh]e|[Ww]e)(?:'ll|\s+will)\s"
    r"(?!(?:have|get)\s+(?:it|that|them)\b)|[A-Z][a-z]+\s+(?:to|will|'ll)\s+[a-z])|,?\s+(?:and|so|but|then),?\s+(?=(?:(?:I|she|he|we|[A-Za-z][a-z]+)"
    r"(?:'ll|\s+(?:will|is going to|'m going to|am going to|is gonna|'s gonna|offered to|"
    r"promised|agreed to|said (?:I|she|he|we)(?:'d| would)|need to|have to|must|"
    r"'ve got to|'ve gotta))|my (?:job|action|task) is to|"
    r"I(?:'ve|\s+have)?\s+asked\s+[A-Z][a-z]+\s+(?:(?:in|from|at)\s+[\w&' ]{1,30}?\s+)?to)\b))"
)


# In a dictated memo with no punctuation, where a new promise starts: before its subject and
# cue ("... so i need to ask ...", "... kemi said she'd ...", "... y diego me va a ...")
_RUN_ON = re.compile(
    r"\s+(?:(?:and|so|but|then|y|pero|también|así que|dan|terus|jadi)\s+)?(?=(?:(?:[iI]|yo|we|she|"
    r"he|(?!(?:que|the|that|which|who|what|lo|la|el|una?|yang|itu)\b)[a-z]{3,15})\s+(?:need to|"
    r"have to|want to|will|'ll|am going to|'m going to|is going to|said (?:she|he|i|we)(?:'d| "
    r"would)|(?:me |te |le )?va a|voy a|vamos a|tengo que|mau|akan|bakal)|quedamos en que|"
    r"tengo que)\b)"
)


def _run_on(text: str) -> bool:
    """A long stretch of words with next to no punctuation: a dictated memo."""
    words = len(text.split())
    return words >= 25 and len(re.findall(r"[.,;!?]", text)) * 20 < words


def _clauses(text: str) -> list[str]:
    """Split "I'll do X and she'll do Y" in two; never leave a bare name as a clause."""
    parts = [p for p in _ALSO.split(text) if p.strip()]
    merged: list[str] = []
    for part in parts:
        if merged and len(merged[-1].split()) < 3:
            merged[-1] = text[text.find(merged[-1]) : text.find(part) + len(part)]
        else:
            merged.append(part)
    if _run_on(text):
        return [piece for part in merged for piece in _run_on_pieces(part)]
    return merged


def _run_on_pieces(text: str) -> list[str]:
    """A clause of a dictated memo cut before each promise it holds."""
    cuts = [0] + [m.end() for m in _RUN_ON.finditer(text)] + [len(text)]
    out: list[str] = []
    for piece in (text[a:b].strip() for a, b in zip(cuts, cuts[1:])):
        if out and len(out[-1].split()) < 3 and f"{out[-1]} {piece}" in text:
            out[-1] = f"{out[-1]} {piece}"  # a word or two alone joins the clause after it
        elif piece:
            out.append(piece)
    return out


# "Robert wants me to ...", "she asked me to ...", "I was asked to ...": the author's task
_THEIR_WORD = {"her": "she", "his": "he"}

_REQUEST_OF_ME = re.compile(
    r"^(?:(?:[A-Z][a-z]+|she|he|they)\s+(?:asked|wants|wanted|needs|needed|would like)\s+me|"
    r"I\s+(?:was|got|have been)\s+asked)\s+to\s+(?=\w)",
    re.I,
)

# "Her homework: ...", "Lola's job: ...": someone else's task list
_THEIRS = re.compile(
    r"^(?P<who>her|his|[A-Z][a-z]+(?='s))(?:'s)?\s+(?:job|action|task|bit|homework|to-?do|"
    r"follow[- ]?up)s?\s*[:\-–]\s*",
    re.I,
)

# "Sam in comms is on the hook for ...": the named person's task
_ON_HOOK = re.compile(
    r"^(?P<who>[A-Z][a-z]+)(?:\s+(?:in|from|at)\s+[\w&' ]{1,30}?)?\s+(?:is|are|'s)\s+"
    r"(?:on the hook|responsible|in charge|on point)\s+for\s+(?P<rest>.+)$"
)

# "the intro to Farah is on me - expect an email by Thursday": the writer takes the task
_ON_ME = re.compile(
    r"^(?P<task>(?:the|an?|that|this)\s.+?)\s+(?:is|are|'s)\s+on\s+me\b(?!\s+to\b)\W*(?P<tail>.*)$",
    re.I,
)

# "leave the brief with me, I'll have it redone": the speaker takes the brief
_LEAVE = re.compile(
    r"^leave\s+(?!(?:it|that|this|them)(?:\s+one)?\s+with)(?P<what>.+?)\s+with\s+me\b[,;.]?\s*"
    r"(?:(?:and\s+)?I(?:'ll|\s+will)\s+(?:have|get)\s+(?:it|that|them)\s+)?(?P<tail>.*)$",
    re.I,
)

# "promised Kemi a tour of the floor": a subjectless promise of the author's
_PROMISED = re.compile(
    r"^promised\s+(?:(?:her|him|them|you|[A-Z][a-z]+)\s+)?(?!(?:I|we|that)\b)(?:to\s+)?(?=\w)"
)

_MENTION = re.compile(r"^@(?P<who>[A-Za-z][\w'-]*)\s*[:,-]?\s+(?P<rest>.+)$")

_PASSIVE = re.compile(
    r"^(?P<what>.+?)(?<!\s)\s+(?:to be|will be|is to be)\s+(?P<verb>\w+ed)"
    r"\s+by\s+(?P<who>me|us|both of us|[A-Z][a-z]+)\b(?P<tail>.*)$"
)

_DUE_LIKE = re.compile(
    r"^\s*(?:by\s+)?(?:mon|tue|wed|thu|fri|sat|sun|\d|next|end|eo[wm]|tmrw|"
    r"tomorrow|today|tonight)",
    re.I,
)


def _prefixed(body: str, names: Counter) -> tuple[str, str] | None:
    """Lines whose opening says whose task it is: "My job:", "Asked Leon to", "Finance (Tom)"."""
    if m := _MINE.match(body):
        return "me", body[m.end() :]
    if found := _inline_fields(body, names):
        return found
    if m := _REQUEST_OF_ME.match(body) or _PROMISED.match(body):
        return "me", body[m.end() :]
    if m := _LEAVE.match(body):
        return "me", f"{m.group('what')} {m.group('tail')}".strip()
    if (m := _THEIRS.match(body)) and (
        o := _owner(_THEIR_WORD.get(m.group("who").lower(), m.group("who")), names)
    ):
        return o, body[m.end() :]
    if (m := _ON_HOOK.match(body)) and (o := _named(m.group("who"), names)):
        return o, m.group("rest")
    if (m := _PLEASE.match(body)) and (o := _named(m.group("who"), names)):
        return o, m.group("rest")
    if (m := _MENTION.match(body)) and (o := _owner(m.group("who"), names) or m.group("who")):
        return o, m.group("rest")
    if (m := _PASSIVE.match(body)) and (o := _owner(m.group("who"), names) or m.group("who")):
        return o, f"{m.group('what')} (to be {m.group('verb')}){m.group('tail')}"
    if (m := _FOR_NAME.match(body)) and (o := _named(m.group("who"), names)):
        return o, body[m.end() :]
    for pattern in (_ASKED, _ASKED_ID, _DEPT_PAREN):
        if (m := pattern.match(body)) and (o := _named(m.group("who"), names)):
            return o, m.group("rest")
    due = (m.group("due") or "") if (m := _PAREN_OWNER.search(body)) else ""
    lead = _NAME_TO.match(body)  # "Neil to agree it with the owner (Ivan)": Neil's task
    if (
        m
        and not (lead and _owner(lead.group("who"), names))
        and (not due or DUE.search(due) or _DUE_LIKE.match(due))
        and (m.group("who").lower() == "me" or m.group("who")[1:].islower())
        and (
            o := _owner(m.group("who"), names)
            or (m.group("who") if m.group("who")[0].isupper() else None)
        )
    ):
        rest = (body[: m.start()].rstrip() + " " + body[m.end() :].lstrip(" -–—,")).strip()
        due = due.strip()
        return o, rest + (f" {due if DUE.search(due) else 'by ' + due}" if due else "")
    return None


# Owner and due written as fields inside a line: "... — PIC: Putri — tenggat: Jumat",
# "... (assigned: Gwen)"
_INLINE_OWNER = re.compile(
    r"(?<!\s)\s*[-–—|;,(]\s*(?i:PIC|owner|assigned(?: to)?|assignee|responsable|encargad[oa]|"
    r"penanggung jawab|who)\s*:\s*"
    r"(?P<who>[^-–—|;,()]+)(?=[-–—|;,)]|$)"
)

_INLINE_DUE = re.compile(
    r"(?<!\s)\s*[-–—|;,(]\s*(?i:tenggat|deadline|due|fecha|plazo|batas waktu|when)\s*:\s*"
    r"(?P<due>[^–—|;,()]+)(?=[–—|;,)]|$)"
)


def _inline_fields(body: str, names: Counter) -> tuple[str, str] | None:
    if not (m := _INLINE_OWNER.search(body)) or not (o := _named(m.group("who").strip(), names)):
        return None
    task = body[: m.start()] + body[m.end() :]
    if d := _INLINE_DUE.search(task):
        task = f"{task[: d.start()] + task[d.end() :]} {d.group('due').strip()}"
    return o, task.strip()


_TEAM = re.compile(
    r"^([A-Z][a-z]+)\s+(?:in|from|at)\s+(?:[a-z&'-]+\s+){1,3}?"
    r"(?=(?:is|are|has|will|agreed|volunteered|offered|promised|to)\b)"
)

# "exit survey questions - Amir, weds": the task, then its owner and due
_TASK_OWNER = re.compile(
    r"^(?P<task>.+?)(?<!\s)(?:\s+[-–—]|:)\s+(?P<who>me|myself|both|us|[A-Z][a-z]+|[A-Z]{2,3})"
    r"(?:\s*,\s*(?P<due>.*\S))?\s*$"
)


def _owned_line(text: str, names: Counter) -> bool:
    """ "Deck for the board — me, Thursday": a task with its owner and a date, and no cue word."""
    m = _TASK_OWNER.match(_normal(text))
    due = m.group("due") if m else None
    return bool(
        due
        and (DUE.search(due) or _DUE_TAIL_WORD.match(due))
        and len(m.group("task").split()) >= 2
        and (m.group("who").lower() in ("me", "myself", "both", "us") or m.group("who") in names)
    )


def _task_owner(body: str, names: Counter) -> tuple[str, str] | None:
    if not (m := _TASK_OWNER.match(body)) or _DUE_TAIL_WORD.match(m.group("who")):
        return None
    who = m.group("who")
    owner = _owner(who, names) or (who if who[0].isupper() else None)
    if not owner:
        return None
    return owner, m.group("task") + (f" — {m.group('due')}" if m.group("due") else "")


def _parse(text: str, names: Counter, in_actions: bool) -> tuple[str, str] | None:
    """(owner, action) if the clause is a commitment."""
    body = _normal(text)
    if (first := body.split(" ", 1)[0]).islower() and first.capitalize() in names:
        body = first.capitalize() + body[len(first) :]  # "nora me va a ...": a dictated name
    if team := _TEAM.match(body):  # "Owen from insight agreed to": Owen is a person
        body = f"{team.group(1)} {body[team.end() :]}"
        names = names + Counter({team.group(1): 1})
    if m := _ON_ME.match(body):
        return "me", f"{m.group('task')} {m.group('tail')}".strip()
    if found := _prefixed(body, names) or _foreign(body, names):
        return found
    if m := _LETS.match(body):
        return "both", body[m.end() :]
    if m := _BOTH_DO.match(body):
        return "both", m.group("rest")
    if m := _SELF_START.match(body):  # before names: "Happy to ask ..." names nobody
        return "me", body[m.end() :]
    if (m := _OWNER_PREFIX.match(body)) and (o := _owner(m.group("who"), names)):
        return o, m.group("rest")
    if (m := _NAME_TO.match(body)) and (o := _owner(m.group("who"), names)):
        return o, m.group("rest")
    if m := _SUBJECT_MODAL.match(body):
        owner = _owner(m.group("who"), names)
        rest = body[m.end() :]
        binding = re.match(r"(?:promised|agreed|committed)", m.group("modal"), re.I)
        if owner and (binding or not _NEGATED.match(rest)) and not _VIEW.match(rest):
            return owner, rest
    cue = COMMIT_CUE.search(body)
    if cue:
        before = body[: cue.start()].split()
        who = before[-1].strip(",;:") if before else ""
        who = who[:-2] if who.lower().endswith("'ll") else who
        if (
            who.lower() == "and"
            and (sub := _SUBJECT.match(body))
            and sub.group("who").lower() in ("i", "i'm", "i am", "we")
        ):
            who = sub.group("who")  # "I'm seeing the team on Thursday and will raise it"
            who = "I" if who.lower() in ("i'm", "i am") else who
        owner = _owner(who, names) if who.lower() not in _NOT_AGENT else None
        if two := _TWO_NAMED.fullmatch(body[: cue.start()]):
            owner = two.group(0).strip()  # "Ada Lovell and Ben Ross will ...": each of them
        if who.lower() in ("mentor", "mentee"):
            owner = who.lower()  # "My reverse mentor will ...": the pair's person by role
        rest = body[cue.end() :]
        if who.lower() == "you" and before == [who] and not _YOU_GENERIC.match(rest):
            owner = "you"  # "you'll send me the podcasts": a recap written to the partner
        if (
            owner
            and not _NEGATED.match(rest)
            and not _HEDGED.search(body[: cue.end()])
            and not _VIEW.match(rest)
        ):
            return owner, rest
    if in_actions and (found := _task_owner(body, names)):
        return found
    if in_actions:
        first = body.split()[0].strip(",:") if body.split() else ""
        named = first[:1].isupper() and first.lower() not in TASK_VERBS
        return (_owner(first, names) or "me") if named else "me", body
    return None


_TWO_NAMED = re.compile(
    r"[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)? (?:and|&) [A-Z][a-z'-]+(?: [A-Z][a-z'-]+)? ?"
)


def _assigned(text: str, names: Counter) -> bool:
    """'Me: look into X' or 'Ravi: send Y', but not 'Ravi: I think...' (a quote)."""
    m = _OWNER_PREFIX.match(text)
    if not m or not _owner(m.group("who"), names):
        return False
    return m.group("who").lower() == "me" or m.group("rest")[:1].islower()


_EMBEDDED = re.compile(
    r"(?:^|[,;]\s*)(?=(?:(?:by|before|on)\b[^,;]{0,30}?\s)?"
    r"(?:I|we)(?:'ll|\s+will)\b)"
)


def _instruction(notes: str, s: Sentence) -> bool:
    """A bullet that opens with a task verb, written as a note to oneself: "- chase legal"."""
    line = notes[notes.rfind("\n", 0, s.start) + 1 : s.start]
    return (
        not s.speaker
        and s.words <= 16
        and bool(re.fullmatch(r"\s*[-*•·+▪‣]\s+", line))
        and bool(
            _IMPERATIVE.match(_normal(s.text))
            or (_GERUND_TASK.match(_normal(s.text)) and DUE.search(s.text))
        )
    )


def _worth_parsing(text: str, names: Counter) -> bool:
    """A cheap first look: does anything in the line read like a commitment?"""
    text = _normal(text)
    return bool(
        COMMIT_CUE.search(text)
        or _NAME_TO.match(text)
        or _SELF_START.match(text)
        or _LETS.match(text)
        or _BOTH_DO.match(text)
        or _assigned(text, names)
        or _SHORTHAND.match(text)
        or _prefixed(text, names)
        or _foreign(text, names)
        or _SUBJECT_MODAL.match(text)
        or _ON_ME.match(text)
        or any(_assigned(c, names) for c in _clauses(text)[1:])  # "...; JR -> deck fri"
    )


def _pieces(s: Sentence) -> list[tuple[int, str]]:
    """The clauses of a sentence with their offsets; in a "Next time:" line only a promise
    after the topic ("next time: pensions, by weds I'll send her the leaflet")."""
    text = s.text
    if s.label == "next":
        m = next((m for m in _EMBEDDED.finditer(text) if m.end() > 0), None)
        if not m:
            return []
        text = s.text[m.end() :]
    base = len(s.text) - len(text)
    out, pos = [], 0
    for part in _clauses(text):
        start = text.find(part, pos)
        pos = start + len(part)
        out.append((base + start, part))
    return out


# "let's do that", "will sort it": a yes to something said before, not a task of its own
# "look at the app before next time": the next meeting is when it is due, not its topic
_BEFORE_NEXT = re.compile(r"\b(?:before|by|ahead of|prior to)\s+(?:the\s+|our\s+)?next\b", re.I)
_BARE_TASK = re.compile(r"^(?:do|sort|handle|action|try|go for)\s+(?:that|this|it)\W*$", re.I)


# A task marked as finished where it is written: "- DONE", "(done)", ", cancelled", "✅"
_DONE_MARK = re.compile(
    r"(?:\s[-–—]\s*|,\s*|\(\s*|:\s*|\[\s*)(?:done|completed|cancell?ed|dropped|sorted)\b"
    r"(?!\s+(?:by|before|on|in|for|until|first)\b)|(?-i:\bDONE\b)|[✅☑✔✓☒]",
    re.I,
)


def _item(
    s: Sentence, start: int, part: str, parsed: tuple[str, str], names: Counter
) -> ActionItem | None:
    owner, action = parsed
    if _DONE_MARK.search(part):
        return None  # done already: a record of the past, not an action
    if s.owner and start == 0:
        owner = _owner(s.owner, names) or s.owner  # "TODO (Ollie): ..."
    if s.speaker and owner == "me" and s.speaker.strip("#").lower() not in ("me", "i"):
        owner = s.speaker  # in a transcript, "I" is whoever is speaking
    if _NEXT_START.match(part) or (
        NEXT_CUE.search(part) and not _BEFORE_NEXT.search(part) and _TALK_VERB.match(action.strip())
    ):
        return None  # "we'll pick up FIRE next time" is a topic, not a task
    due, action = _due_tail(action)
    if not due:
        due, action = _due(action)
    if not due:
        due, _ = _due(part[: max(part.find(action[:20]), 0)])  # "by weds I'll send ..."
    if NEXT_CUE.search(action) and not COMMIT_CUE.search(part):
        return None
    action = action.strip().rstrip(".;: ")
    action = re.sub(
        r"(?:(?<!\s)\s+[-–—]|,)\s+will\s+do\b.*$|(?<!\s)\s+[-–—]\s+will\b.*$|"
        r"(?:[,;]|(?<!\s))\s*\b(?:target|deadline|due)$",
        "",
        action,
        flags=re.I,
    )
    action = clean(re.sub(r"(?<!\s)\s*[-–—]\s*$", "", action).rstrip(". "))
    if len(action.split()) < 2 or _BARE_TASK.match(action):
        return None
    return ActionItem(
        owner=owner,
        action=action,
        due=due,
        source=Excerpt(text=part, start=s.start + start, end=s.start + start + len(part)),
    )


_NONE = re.compile(r"^(?:none|nothing|n/?a|no (?:actions?|tasks?|follow[- ]?ups?))\b", re.I)

_SUBJECT = re.compile(r"^(?P<who>I'm|I am|I|we|she|he|[A-Z][\w'-]+)(?:'s)?\s+(?P<rest>.+)$", re.I)

_NOT_A_PROMISE = re.compile(
    r"\?\s*$|\b(?:was|were|did|had|used to|never|not|n't|might|maybe|"
    r"perhaps|could)\b",
    re.I,
)

# What someone did, thinks or usually does describes them; it promises nothing
_DESCRIBES = re.compile(
    r"^(?:also\s+|still\s+|often\s+|usually\s+|always\s+)?(?:\w+ed|showed|found|said|told|went|"
    r"got|took|made|came|saw|thought|knew|gave|brought|had|felt|left|began|ran|spent|paid|sent|"
    r"kept|grew|heard|met|lost|won|wrote|read|did|handles|deals|manages|works|lives|runs|uses|"
    r"likes|loves|hates|thinks|feels|knows|says|believes|wants|prefers|spends|earns|pays|saves|"
    r"checks|buys|reads|watches|plays|goes|has|is|am|are|was|were)\b(?!\s+(?:going to|putting|"
    r"preparing|drafting|writing|sending|pulling|setting up|getting|organi[sz]ing|on the hook|"
    r"in charge|responsible|tasked|on point))",
    re.I,
)

_MEANING_THRESHOLD = 0.6


def _by_meaning(
    sentences: list[Sentence], names: Counter, taken: set[int], embedder: Any
) -> list[tuple[int, ActionItem]]:
    """Sentences the rules passed over that read like a promise by a person of the notes."""
    from coach.engine.commitments import commitment_scores

    picks: list[tuple[int, str, str]] = []
    for i, s in enumerate(sentences):
        if (
            i in taken
            or s.is_title
            or s.label in ("takeaway", "assumption", "next")
            or s.section in ("takeaways", "assumptions", "next")
            or s.words < 4
        ):
            continue
        m = _SUBJECT.match(s.text)
        if not m or _NOT_A_PROMISE.search(s.text) or _DESCRIBES.match(m.group("rest")):
            continue
        who = m.group("who")
        owner = "me" if who.lower() in ("i", "i'm", "i am") else _owner(who, names)
        if owner and not NEXT_CUE.search(s.text):
            picks.append((i, owner, m.group("rest")))
    if not picks:
        return []
    scores = commitment_scores(embedder, [sentences[i].text for i, _, _ in picks])
    out = []
    for (i, owner, _), score in zip(picks, scores, strict=True):
        s = sentences[i]
        if score >= _MEANING_THRESHOLD and (item := _item(s, 0, s.text, (owner, s.text), names)):
            out.append((i, item))
    return out


def extract_actions(
    notes: str, sentences: list[Sentence], embedder: Any = None
) -> list[ActionItem]:
    """Every commitment in the notes, in order: by the rules, then (given the embedder) by
    meaning for the sentences the rules passed over."""
    names = names_in(notes)
    items: list[ActionItem] = []
    found: list[tuple[int, ActionItem]] = []
    taken: set[int] = set()
    for index, s in enumerate(sentences):
        if s.is_title or s.label in ("takeaway", "assumption", "done"):
            continue
        if (s.label == "action" or s.section == "actions") and _NONE.match(s.text):
            continue  # "Actions: none this time"
        in_actions = (
            s.section == "actions"
            or s.label == "action"
            or _instruction(notes, s)
            or (not s.speaker and _owned_line(s.text, names))
        )
        if _CONTINUATION.match(s.text) and items:
            prev = items[-1]  # "will do that on Monday": a date for the item before
            due, _ = _due(s.text)
            if due and not prev.due:
                prev.due = due
            continue
        if (
            not in_actions
            and s.label != "next"
            and not _worth_parsing(s.text, names)
            and not _run_on(s.text)  # a memo's promises are weighed clause by clause
        ):
            continue
        for start, part in _pieces(s):
            parsed = _parse(part, names, in_actions)
            if parsed and (item := _item(s, start, part, parsed, names)):
                if _REPORT_BACK.match(item.action) and items:
                    items[-1].due = items[-1].due or item.due  # "and he'll let me know by ..."
                    continue
                items.append(item)
                found.append((index, item))
                taken.add(index)
    # a request answered in a later turn is a task even when its sentence held one of the
    # asker's own ("if you could send me X, I'll mark Y"): only the same task is left out
    agreed = [(i, a) for i, a in _agreed_in_turns(sentences) if not _same_task(a, found, i)]
    agreed += [(i, a) for i, a in _asked_of_you(sentences) if i not in taken]
    agreed += [(i, a) for i, a in _offers(sentences, names) if i not in taken]
    agreed += [(i, a) for i, a in _asked_if(sentences, names) if not _same_task(a, found, i)]
    if agreed:
        found += agreed
        taken.update(i for i, _ in agreed)
        items = [item for _, item in sorted(found, key=lambda f: (f[0], f[1].source.start))]
    if embedder is not None:
        found += _by_meaning(sentences, names, taken, embedder)
        items = [item for _, item in sorted(found, key=lambda f: (f[0], f[1].source.start))]
    if _NOTE_TO_SELF.search(notes):  # "Note to self: you said you'd ...": "you" is the writer
        for item in items:
            item.owner = "me" if item.owner.lower() == "you" else item.owner
    return items


def _same_task(item: ActionItem, found: list[tuple[int, ActionItem]], index: int) -> bool:
    words = set(re.findall(r"\w{3,}", item.action.lower()))
    for i, other in found:
        if i == index and len(words & set(re.findall(r"\w{3,}", other.action.lower()))) * 2 >= len(
            words
        ):
            return True
    return False


_NOTE_TO_SELF = re.compile(r"^\W*notes? to (?:self|myself)\b", re.I)
