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

from coach.engine.schemas import ActionItem, Excerpt
from coach.engine.text import COMMIT_CUE, DUE, NEXT_CUE, Sentence, clean

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
    "aku": "me",
    "gue": "me",
    "gw": "me",
    "nosotros": "both",
    "kita": "both",
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
_TALK_VERB = re.compile(
    r"^(?:pick up|cover|talk(?!\s+(?:me|you|us|her|him|them)\s+through)|discuss|look at|"
    r"explore|go through|continue|"
    r"come back|dig into|get into|revisit|return to|hablar|charlar|ver|"
    r"seguir con|bahas|membahas|ngobrol\w*|diskusi\w*)\b",
    re.I,
)
_OWNER_PREFIX = re.compile(
    r"^(?P<who>[A-Za-z][\w'-]*(?:\s*(?:\+|&|and)\s*(?:me|I|[A-Z][a-z]+))?)"
    r"\s*(?::|-|–|—)\s+(?P<rest>.+)$"
)
_PAREN_OWNER = re.compile(r"\((?P<who>me|[A-Z][a-z]+)\s*(?:,\s*(?P<due>[^),]*))?\)", re.I)
_LETS = re.compile(r"^(?:(?:and|so|ok(?:ay)?),?\s+)?let'?s\s+(?:both\s+|all\s+)?", re.I)
_CONTINUATION = re.compile(r"^(?:will|'ll)\s+(?:do|action|sort|handle)\s+(?:that|this|it)\b", re.I)
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
    r"^(?i:i\s+)?(?i:asked|told|got)\s+(?P<who>[A-Z][a-z]+)(?:\s+(?:in|from|at)\s+"
    r"[\w&' ]{1,30}?)?\s+to\s+(?P<rest>.+)$"
)
# "Finance (Tom) to check ...", "Our CFO (Janet) will share ...": the person in brackets
_DEPT_PAREN = re.compile(
    r"^(?:[\w&'-]+\s+){0,3}?\((?P<who>[A-Z][a-z]+)\)\s+(?:to|will|'ll|is "
    r"going to|is to|agreed to)\s+(?P<rest>.+)$"
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
# Indonesian task verbs, bare and in their meN- forms: "saya kirim ...", "kita meninjau ..."
_ID_VERB = (
    r"(?:kirim(?:in|kan)?|mengirim(?:kan)?|cek|mengecek|minta|meminta|siapkan|menyiapkan|bikin|"
    r"buat(?:kan)?|membuat(?:kan)?|tanya(?:kan)?|menanyakan|hubungi|menghubungi|kumpulkan|"
    r"mengumpulkan|bagikan|membagikan|susun|menyusun|cari(?:kan)?|mencari(?:kan)?|coba|mencoba|"
    r"undang|mengundang|jadwalkan|menjadwalkan|tinjau|meninjau|pelajari|mempelajari|atur|"
    r"mengatur|share|forward|email)\b"
)
# Spanish and Indonesian: the author, both, or a named person commits
_FOREIGN_SELF = re.compile(
    r"^(?:(?:quedamos en|acordamos|quedé en)\s+que\s+)?(?:yo\s+)?(?:(?:voy a|me comprometo a|"
    r"me comprometí a|quedé en|tengo que|me toca|me encargo de|me ofrecí a|me ofrezco a)\s+|"
    r"(?:(?:me|te|le|les|lo|la|nos|se)\s+)?(?=\w+(?:aré|eré|iré)\b))|"
    r"^(?:(?:jadi|oke|ok|nah|terus)\s*,?\s+)?(?:saya|aku|gue|gw)\s+(?:juga\s+)?"
    rf"(?:(?:akan|mau|nanti|bakal|harus|perlu|siap|bisa|janji)\s+|(?={_ID_VERB}))|"
    r"^nanti\s+(?:saya|aku|gue|gw)\s+|"
    r"^(?:le |les |te )?(?:dije|prometí|comenté|quedé en)\s+(?:que\s+)?"
    r"(?:(?:le|les|te|se|lo|la)\s+)?"
    r"(?=\w+ría\b)",
    re.I,
)
_FOREIGN_BOTH = re.compile(
    r"^(?:(?:vamos a|tenemos que|nos toca)\s+|"
    r"(?:(?:entre los dos|entre ambos|juntos|nosotros)\s+)?(?:(?:le|les|lo|la|nos|se)\s+)?"
    r"(?=\w+(?:aremos|eremos|iremos)\b)|"
    r"(?:kita|kami)(?:\s+(?:berdua|bersama-sama|bersama))?"
    rf"\s+(?:(?:akan|mau|harus|sepakat|bakal)\s+|(?={_ID_VERB})))",
    re.I,
)
# "Tú me pasarás ...", "Kamu akan kirim ...": the reader of the notes, in an e-mail
_FOREIGN_YOU = re.compile(
    r"^(?:tú|tu|usted)\s+(?:(?:me|nos|le|les|lo|la)\s+)?(?=\w+(?:arás|erás|irás|ará|erá|irá)\b)|"
    r"^(?:kamu|anda)\s+(?:akan|mau|bisa)\s+",
    re.I,
)
_FOREIGN_NAME = re.compile(
    r"^(?:(?:Ibu|Bu|Bapak|Pak|Mas|Mbak|Kak|Don|Doña)\s+)?"
    r"(?P<who>[A-ZÁÉÍÓÚ][\w'-]+|dia|ella|él)\s+(?:(?:me|le|nos|te)\s+)?(?:(?:va a|se encarga "
    r"de|quedó en)\s+|(?=\w+(?:ará|erá|irá)\b)|(?:nanti\s+|juga\s+)?(?:akan|mau|bakal|janji|"
    r"siap|bisa)\s+)"
)
# "tolong Budi cek ...", "please Jo send ...": a request the named person takes on
_PLEASE = re.compile(
    r"^(?i:tolong|mohon|please|pls|por favor)\s+"
    r"(?:(?:Ibu|Bu|Bapak|Pak|Mas|Mbak|Kak)\s+)?"
    r"(?P<who>[A-ZÁÉÍÓÚ][\w'-]+)\s+(?P<rest>.+)$"
)
# Task verbs that open a bullet written as an instruction to oneself: "chase legal re: BNPL"
_IMPERATIVE = re.compile(
    r"^(?:send|chase|email|e-mail|book|ask|call|ring|schedule|arrange|"
    r"forward|share|set up|follow up|draft|invite|look into|find out|pull|"
    r"dig out|review|reply to|sign up|write to|speak to|talk to|check with|"
    r"raise|escalate|organi[sz]e|introduce|intro)\b",
    re.I,
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
_INTERJECTION = re.compile(r"^[\w'-]+[.!]\s+(?=\w)")  # "Great. I'll ...", "Menarik. Saya ..."
_SHORTHAND = re.compile(r"^(?:ill|i'l|il|ill)\b", re.I)
# Matches start only where a run of spaces starts, so a long run is scanned once, not per space.
_ALSO = re.compile(
    r"(?<!\s)(?:\s*;\s*|,?\s+(?:and|so|but|then),?\s+(?=(?:(?:I|she|he|we|[A-Za-z][a-z]+)"
    r"(?:'ll|\s+(?:will|is going to|'m going to|am going to|is gonna|'s gonna|offered to|"
    r"promised|agreed to|said (?:I|she|he|we)(?:'d| would)|need to|have to|must|"
    r"'ve got to|'ve gotta))|my (?:job|action|task) is to)\b))"
)


def _clauses(text: str) -> list[str]:
    """Split "I'll do X and she'll do Y" in two; never leave a bare name as a clause."""
    parts = [p for p in _ALSO.split(text) if p.strip()]
    merged: list[str] = []
    for part in parts:
        if merged and len(merged[-1].split()) < 3:
            merged[-1] = text[text.find(merged[-1]) : text.find(part) + len(part)]
        else:
            merged.append(part)
    return merged


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
        r"^\s*(?:[-*•]\s*)?(?:\[[ xX✓]?\]\s*)?(?:(?:AP|AI|Action|TODO)\d*\s*[:\-–]\s*)?"
        r"([A-Z]{2,3})(?::|\s+to|\s+[-–—])\s+[a-z]",
        notes,
        re.M,
    ):
        found[m.group(1)] += 1  # "- CB: write ...", "AP: MS to ask ...": initials as an owner
    for m in re.finditer(r"\b[A-Z][a-z]+(?: [A-Z][a-z'-]+)+\s*\(([A-Z]{2,3})\)", notes):
        found[m.group(1)] += 3  # "Present: Ada Lovell (AL)": the initials the minutes use
    if not re.search(r"[A-Z](?<!\bI)", notes):  # a dictated memo: no capitals to go by
        for m in re.finditer(
            r"\b([a-z]{3,15})\s+(?:showed|told|said|explained|offered|promised|reckons|is gonna|"
            r"is going to|will)\b",
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
    rest = re.sub(r"\(\s*\)|\s+(?=[,.;)])", "", text[: m.start()] + text[m.end() :]).strip()
    return due.strip(), rest


# A due set apart at the end of a task: "[by EOW]", "(weds)", "— Thurs", "- next session"
_DUE_TAIL = re.compile(
    r"(?<!\s)\s*(?:\[(?P<bracket>[^\]]{1,30})\]|\((?P<paren>[^)]{1,30})\)|\s[-–—]\s+(?P<dash>[^-–—]{1,30}))"
    r"\s*\.?$"
)
_DUE_TAIL_WORD = re.compile(
    r"^(?:(?:by|before|due|until|on)\s+)?(?:(?:the\s+)?\d|mon|tue|wed|thu|fri|sat|sun|next|this|"
    r"end of|eo[dwm]\b|cob\b|tmrw|tomorrow|today|tonight|first thing|in\s+\w+\s+(?:days?|weeks?)|"
    r"(?:over\s+)?the weekend|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
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
    for pattern in (_ASKED, _DEPT_PAREN):
        if (m := pattern.match(body)) and (o := _named(m.group("who"), names)):
            return o, m.group("rest")
    due = (m.group("due") or "") if (m := _PAREN_OWNER.search(body)) else ""
    if (
        m
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


def _foreign(body: str, names: Counter, lead: bool = True) -> tuple[str, str] | None:
    """Spanish and Indonesian commitments: "Voy a ...", "Saya akan ...", "Budi akan ...";
    after a date or a short opening clause too ("Dua minggu lagi kita ...", "Jadi, saya ...")."""
    for pattern, owner in ((_FOREIGN_BOTH, "both"), (_FOREIGN_SELF, "me"), (_FOREIGN_YOU, "you")):
        if m := pattern.match(body):
            return owner, body[m.end() :]
    if (m := _FOREIGN_NAME.match(body)) and (o := _named(m.group("who"), names)):
        return o, body[m.end() :]
    due = DUE.match(body)
    opening = re.match(r"^(?:[\w'-]+\s+){0,2}[\w'-]+,\s+", body)
    cut = due or opening
    if lead and cut and (found := _foreign(body[cut.end() :].lstrip(" ,"), names, False)):
        owner, rest = found
        return owner, f"{rest} {due.group(0)}" if due else rest
    return None


# Owner and due written as fields inside a line: "... — PIC: Putri — tenggat: Jumat"
_INLINE_OWNER = re.compile(
    r"(?<!\s)\s*[-–—|;,(]\s*(?i:PIC|owner|responsable|encargad[oa]|penanggung jawab|who)\s*:\s*"
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
]


def _normal(text: str) -> str:
    """Texting and typos read as meant: "ill" is "I'll", "wil" is "will", "tomorow" ...;
    a chat's reaction codes (":+1:") in front are dropped."""
    body = re.sub(r"^(?::[\w+-]+:\s*)+", "", text.strip())
    body = _SHORTHAND.sub("I'll", _INTERJECTION.sub("", body))
    for pattern, repl in _TYPOS:
        body = pattern.sub(repl, body)
    return body


_TEAM = re.compile(
    r"^([A-Z][a-z]+)\s+(?:in|from|at)\s+(?:[a-z&'-]+\s+){1,3}?"
    r"(?=(?:is|are|has|will|agreed|volunteered|offered|promised|to)\b)"
)
# "exit survey questions - Amir, weds": the task, then its owner and due
_TASK_OWNER = re.compile(
    r"^(?P<task>.+?)(?<!\s)\s+[-–—]\s+(?P<who>me|myself|both|us|[A-Z][a-z]+|[A-Z]{2,3})"
    r"(?:\s*,\s*(?P<due>.*\S))?\s*$"
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
    if team := _TEAM.match(body):  # "Owen from insight agreed to": Owen is a person
        body = f"{team.group(1)} {body[team.end() :]}"
        names = names + Counter({team.group(1): 1})
    if found := _prefixed(body, names) or _foreign(body, names):
        return found
    if m := _LETS.match(body):
        return "both", body[m.end() :]
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
        return (_owner(first, names) or "me") if first[:1].isupper() else "me", body
    return None


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
        or _assigned(text, names)
        or _SHORTHAND.match(text)
        or _prefixed(text, names)
        or _foreign(text, names)
        or _SUBJECT_MODAL.match(text)
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
_BARE_TASK = re.compile(r"^(?:do|sort|handle|action|try|go for)\s+(?:that|this|it)\W*$", re.I)


def _item(
    s: Sentence, start: int, part: str, parsed: tuple[str, str], names: Counter
) -> ActionItem | None:
    owner, action = parsed
    if s.owner and start == 0:
        owner = _owner(s.owner, names) or s.owner  # "TODO (Ollie): ..."
    if s.speaker and owner == "me" and s.speaker.strip("#").lower() not in ("me", "i"):
        owner = s.speaker  # in a transcript, "I" is whoever is speaking
    if _NEXT_START.match(part) or (NEXT_CUE.search(part) and _TALK_VERB.match(action.strip())):
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
        r"(?:\s+[-–—]|,)\s+will\s+do\b.*$|\s+[-–—]\s+will\b.*$|[,;]?\s*\b(?:target|deadline|due)$",
        "",
        action,
        flags=re.I,
    )
    action = clean(re.sub(r"\s*[-–—]\s*$", "", action).rstrip(". "))
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


_ASK_YOU = re.compile(
    r"^(?:and\s+)?(?:can|could|would|will)\s+you\s+(?P<rest>.+?)\?(?:\s+[^?]{0,24})?\s*$", re.I
)
_OFFER = re.compile(r"^(?:and\s+)?I\s+(?:could|can|might)\s+(?P<rest>.+?)\?\s*$", re.I)
_YES = re.compile(
    r"^(?:sure|yes|yeah|yep|ok|okay|of course|will do|happy to|no problem|"
    r"definitely|absolutely|deal)\b",
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


def _source(s: Sentence) -> Excerpt:
    return Excerpt(text=s.text, start=s.start, end=s.end)


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
        if (m := _ASK_YOU.match(s.text)) and not _HEDGED.search(m.group("rest")):
            pending = (i, m.group("rest"), s.speaker, "")
        elif m := _OFFER.match(s.text):
            pending = (i, m.group("rest"), "", s.speaker)
        elif (
            pending
            and _YES.match(s.text)
            and s.speaker != pending[2]
            and pending[3] in ("", s.speaker)
        ):
            src = sentences[pending[0]]
            due, _ = _due(s.text)
            task = clean(re.sub(r"^(?:me|us)\s+|\s+for\s+me$", "", pending[1]))
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
        in_actions = s.section == "actions" or s.label == "action" or _instruction(notes, s)
        if _CONTINUATION.match(s.text) and items:
            prev = items[-1]  # "will do that on Monday": a date for the item before
            due, _ = _due(s.text)
            if due and not prev.due:
                prev.due = due
            continue
        if not in_actions and s.label != "next" and not _worth_parsing(s.text, names):
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
    agreed = [(i, a) for i, a in _agreed_in_turns(sentences) if i not in taken]
    agreed += [(i, a) for i, a in _asked_of_you(sentences) if i not in taken]
    agreed += [(i, a) for i, a in _offers(sentences, names) if i not in taken]
    if agreed:
        found += agreed
        taken.update(i for i, _ in agreed)
        items = [item for _, item in sorted(found, key=lambda f: (f[0], f[1].source.start))]
    if embedder is not None:
        found += _by_meaning(sentences, names, taken, embedder)
        items = [item for _, item in sorted(found, key=lambda f: (f[0], f[1].source.start))]
    return items
