"""What the action rules share: whose a word is, the due phrase of a task, task verbs,
hedges, and the names of the people in the notes."""

from __future__ import annotations

import re
from collections import Counter

from coach.engine.schemas import Excerpt
from coach.engine.text import DUE, Sentence

_PRONOUN_OWNER = {
    "i": "me",
    "i'm": "me",
    "im": "me",
    "i've": "me",
    "me": "me",
    "myself": "me",
    "we": "both",
    "both": "both",
    "us": "both",
    "yo": "me",
    "saya": "me",
    "sy": "me",
    "aku": "me",
    "gue": "me",
    "gw": "me",
    "nosotros": "both",
    "kita": "both",
    "los dos": "both",
    "las dos": "both",
    "ambos": "both",
    "ambas": "both",
    "kita berdua": "both",
    "kami berdua": "both",
    "both of us": "both",
    "kami": "both",
}

_THIRD = {"she", "he", "dia", "ella", "él"}

_NOT_AGENT = {
    "it",
    "this",
    "that",
    "there",
    "they",
    "you",
    "people",
    "everyone",
    "nobody",
    "customers",
    "staff",
    "who",
    "which",
    "what",
    "and",
    "or",
    "but",
    "also",
}

_NEGATED = re.compile(r"^\s*(?:probably|never|not|n't|likely|maybe|possibly)\b", re.I)

_HEDGED = re.compile(r"\b(?:would like|if\b|might|could|maybe|perhaps|wants? to)\b", re.I)

# Task verbs that open a bullet written as an instruction to oneself: "chase legal re: BNPL"
_IMPERATIVE = re.compile(
    r"^(?:send|chase|email|e-mail|book|ask|call|ring|schedule|arrange|"
    r"forward|share|set up|follow up|draft|invite|look into|find out|pull|"
    r"dig out|review|reply to|sign up|write to|speak to|talk to|check with|"
    r"raise|escalate|organi[sz]e|introduce|intro)\b",
    re.I,
)

# Verbs a task opens with that are nobody's name: "Email Noah the FAQ" is the writer's task,
# not Email's (names like Mark, Will or Chase are left out)
TASK_VERBS = set(
    """send email e-mail book ask call ring schedule arrange forward share draft invite pull
review raise escalate introduce intro get find make write collect prepare bring test compare
record interview visit confirm finish install print order update research look go meet join
attend sit play watch listen sketch map survey put give tell show mention run build create
design plan pick choose decide think read try list check set follow reply sign speak talk
dig organise organize circulate summarise summarize note add pass talk phone text message
post upload download register apply contact chat""".split()
)

_INTERJECTION = re.compile(r"^[\w'-]+[.!]\s+(?=\w)")  # "Great. I'll ...", "Menarik. Saya ..."

_SHORTHAND = re.compile(r"^(?:ill|i'l|il|ill)\b", re.I)


def names_in(notes: str) -> Counter:
    """Likely people's names: capitalised words seen mid-sentence, counted."""
    found = Counter()
    for m in re.finditer(r"(?<![.!?:\n]\s)(?<!^)\b([A-Z][a-z]{1,20})\b", notes, re.M):
        found[m.group(1)] += 1
    for m in re.finditer(r"\b(?:w/|with|mentor|session with)\s+([A-Z][a-z]{1,20})\b", notes):
        found[m.group(1)] += 3
    for m in re.finditer(
        r"(?:^|[.!?]\s+)(?:[-*•]\s*)?([A-Z][a-z]{1,20})\s+(?:said|says|told|"
        r"thinks|showed|brought|offered|promised|explained|reckons)\b",
        notes,
        re.M,
    ):
        found[m.group(1)] += 1  # "Sam said he'd ...": a name that opens its sentence
    title = notes.lstrip().split("\n", 1)[0]
    title = title if len(title.split()) <= 8 else ""
    for m in re.finditer(r"\b(?:w/?|with|con|dengan|sama)\s+([a-z]{2,20})\b", title):
        found[m.group(1).capitalize()] += 3  # "catchup w ben": the title names the mentor
    for m in re.finditer(r"(?:\bw/|\bmtg w(?:ith|/)|\bchat w(?:ith|/))\s+([a-z]{2,20})\b", notes):
        found[m.group(1).capitalize()] += 3
    for m in re.finditer(
        r"(?:^[^\S\n]*|[;.]\s+)(?:[-*•]\s*)?(?:\[[ xX✓]?\]\s*)?"
        r"(?:(?:AP|AI|Action|TODO)(?:\d+\s*[:\-–.)]?|\s*[:\-–])\s*)?"
        r"(?!(?:FYI|AOB|TBC|TBD|NB|PS|RE|FW|CC|OK|NA|QA)\b)"
        r"([A-Z]{2,3})(?::\s+[A-Za-z]|(?:\s+to|\s+[-–—]|\s*(?:->|→))\s+[a-z])",
        notes,
        re.M,
    ):
        found[m.group(1)] += 1  # "- CB: write ...", "AP: MS to ask ...": initials as an owner
    for m in re.finditer(r"\b[A-Z][a-z]+(?: [A-Z][a-z'-]+){1,7}\s*\(([A-Z]{2,3})\)", notes):
        found[m.group(1)] += 3  # "Present: Ada Lovell (AL)": the initials the minutes use
    if not re.search(r"[A-Z](?<!\bI)", notes):  # a dictated memo: no capitals to go by
        for m in re.finditer(
            r"\b([a-z]{3,15})\s+(?:showed|told|said|explained|offered|promised|reckons|is gonna|"
            r"is going to|will|(?:me |te |le )?va a|quedó en|akan|bakal)\b",
            notes,
        ):
            if m.group(1) not in _NOT_AGENT | _NOT_NAME | _LOWER_NOT_NAME:
                found[m.group(1).capitalize()] += 1
    common = {
        "I",
        "The",
        "Our",
        "My",
        "Gen",
        "Session",
        "Topic",
        "Next",
        "Actions",
        "Action",
        "Me",
        "She",
        "He",
        "We",
        "They",
        "It",
        "This",
        "That",
        "Not",
        "Also",
        "Agreed",
        "Main",
        "Big",
        "What",
        "Note",
        "Would",
        "Honestly",
        "Hybrid",
        "Feedback",
        "Looking",
        "Specific",
        "Second",
        "Access",
        "Side",
        "Interesting",
        "Follow",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "HR",
        "Discord",
        "Slack",
        "LinkedIn",
        "TikTok",
        "YouTube",
        "Reddit",
        "Instagram",
        "Glassdoor",
        "ChatGPT",
        "WhatsApp",
    }
    return Counter({k: v for k, v in found.items() if k not in common})


def _due(text: str) -> tuple[str | None, str]:
    """The due phrase and the text without it."""
    matches = [
        m
        for m in DUE.finditer(text)
        if not re.search(r"\bfor(?: the)?\s*$", text[: m.start()], re.I)
    ]
    if not matches:
        return None, text
    m = matches[-1]
    due = re.sub(  # "in two weeks" keeps its "in": "two weeks" alone is no date
        r"^(?:by|on|at|until|for|in(?!\s+(?:\w+\s+)?\w+\s+(?:days?|weeks?|months?)\b))\s+"
        r"(?:the\s+)?",
        "",
        m.group(0),
        flags=re.I,
    )
    rest = re.sub(r"\(\s*\)|(?<!\s)\s+(?=[,.;)])", "", text[: m.start()] + text[m.end() :]).strip()
    return due.strip(), rest


# A due set apart at the end of a task: "[by EOW]", "(weds)", "— Thurs", "- next session"
_DUE_TAIL = re.compile(
    r"(?<!\s)\s*(?:\[(?P<bracket>[^\]]{1,30})\]|\((?P<paren>[^)]{1,30})\)|\s[-–—]\s+(?P<dash>[^-–—]{1,30}))"
    r"\s*\.?$"
)

_DUE_TAIL_WORD = re.compile(
    r"^(?:(?:by|before|due|until|on)\s+)?(?:(?:the\s+)?\d|mon|tue|wed|thu|fri|sat|sun|next|this|"
    r"end of|eo[dwm]\b|cob\b|tmrw|tomorrow|today|tonight|first thing|in\s+\w+\s+(?:days?|weeks?)|"
    r"(?:over\s+)?the weekend|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    # Spanish and Indonesian days: "(viernes)", "(Jumat)", "(besok)"
    r"lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|ma[nñ]ana|"
    r"senin|selasa|rabu|kamis|jum'?at|sabtu|besok)",
    re.I,
)


def _due_tail(text: str) -> tuple[str | None, str]:
    """A due phrase set apart at the end of the task, and the task without it."""
    m = _DUE_TAIL.search(text)
    inner = m and (m.group("bracket") or m.group("paren") or m.group("dash")).strip()
    if not inner or not _DUE_TAIL_WORD.match(inner):
        return None, text
    due = re.sub(r"^(?:by|due|until|on)\s+", "", inner, flags=re.I)
    return due, text[: m.start()].rstrip()


def _owner(word: str, names: Counter) -> str | None:
    w = word.strip().lower()
    if w in ("no", "none", "nothing", "yes", "not"):
        return None  # "No need to involve IT" names nobody
    if re.fullmatch(r"[A-Z]{2,3}/[A-Z]{2,3}|[A-Z][a-z]+/[A-Z][a-z]+", word.strip()):
        return word.strip()  # "JS/RK - agree a date": two people, each a task
    if re.search(r"\s*(?:\+|&|\band\b)\s*", w):
        return "both" if re.search(r"\b(?:me|i)\b", w) else None
    if w in _PRONOUN_OWNER:
        return _PRONOUN_OWNER[w]
    if w.endswith(" and i"):
        return "both"
    if w in _THIRD:
        return names.most_common(1)[0][0] if names else "my mentor"
    for name in names:
        if name.lower() == w:
            return name
    return None


def _named(who: str, names: Counter) -> str | None:
    """A name as the notes spell it, or the word itself when it looks like a person's name."""
    found = _owner(who, names)
    if found:
        return found
    return who if who[:1].isupper() and who.lower() not in _NOT_AGENT | _NOT_NAME else None


_LOWER_NOT_NAME = {
    "she",
    "he",
    "they",
    "we",
    "one",
    "team",
    "friends",
    "mates",
    "manager",
    "boss",
    "someone",
    "data",
    "app",
    "nobody",
    "everybody",
}

_NOT_NAME = {
    "todo",
    "nadie",
    "esto",
    "eso",
    "hoy",
    "ayer",
    "sesi",
    "sesión",
    "ini",
    "itu",
    "semua",
    "gen",
    "the",
    "our",
    "my",
    "this",
    "that",
    "everyone",
    "nobody",
}

_TYPOS = [
    (re.compile(r"\bwil\b", re.I), "will"),
    (re.compile(r"\bshud\b", re.I), "should"),
    (re.compile(r"\bto+m+or+o+w\b", re.I), "tomorrow"),
    (
        re.compile(
            r"^(?:ok(?:ay)?|so|right|yeah|yes|sure|and|perfect|great|cool|brilliant|thanks|"
            r"lovely|good|np),?\s+(?=i\b|i'|we\b|will\b)",
            re.I,
        ),
        "",
    ),
    (re.compile(r"(?<!\s)\s*\(edited\)\s*$", re.I), ""),
    (re.compile(r"^yours truly\b", re.I), "I"),
    (
        re.compile(r"^as (?:promised|discussed|agreed|mentioned)\b,?\s+", re.I),
        "",
    ),  # "Yours truly will take it to the board"
]


def _normal(text: str) -> str:
    """Texting and typos read as meant: "ill" is "I'll", "wil" is "will", "tomorow" ...;
    a chat's reaction codes (":+1:") in front are dropped."""
    body = re.sub(r"^(?::[\w+-]+:\s*)+", "", text.strip())
    body = _SHORTHAND.sub("I'll", _INTERJECTION.sub("", body))
    for pattern, repl in _TYPOS:
        body = pattern.sub(repl, body)
    return body


def _source(s: Sentence) -> Excerpt:
    return Excerpt(text=s.text, start=s.start, end=s.end)
