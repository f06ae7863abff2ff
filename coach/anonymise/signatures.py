"""Names that sign a message or are asked after: "Best,\nDan", a name alone on a message's
last line, "-- Tendai Moyo", names signing lines after a dash, and "Who's Efua?"."""

from __future__ import annotations

import re

from coach.anonymise import lexicon as lx
from coach.anonymise.casing import unfamiliar
from coach.anonymise.context import MONTHS
from coach.anonymise.words import Mention, gazetteer, is_substance, norm, places, vocab

# A sign-off line, then the writer's name on a line of its own: "Best,\nDan".
SIGNED_RE = re.compile(
    r"(?im)^[ \t]*(?:best|cheers|thanks|thank[ \t]+you|many[ \t]+thanks|(?:kind|best|warm)"
    r"[ \t]+regards|regards|best[ \t]+wishes|all[ \t]+the[ \t]+best|salam|hormat[ \t]+saya"
    r"|terima[ \t]+kasih|makasih|saludos|un[ \t]+saludo|atentamente|un[ \t]+abrazo|abrazos)"
    r"[ \t]*[,.!]?[ \t]*\n[ \t]*(?P<name>[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*(?:[ \t]+[A-Z]"
    r"[^\W\d_]+(?:['’-][^\W\d_]+)*){0,2})[ \t]*$"
)


# A message's last paragraph being one or two capitalised words, after a sentence: the writer
# signing off ("...happy to help.\n\nPen"), at the end or before a quoted earlier message.
LAST_LINE_RE = re.compile(
    r"[.!?)][ \t]*\n[ \t]*\n[ \t]*(?P<name>[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*(?:[ \t]+[A-Z]"
    r"[^\W\d_]+)?)[ \t]*(?=\n?[ \s]*\Z|\n[ \t]*\n[ \t]*(?:>|-{2,}|_{3,}|On[ \t][^\n]{0,80}wrote:"
    r"|From:|De:|Dari:))"
)
CLOSING_WORDS = frozenset(
    """thanks thank cheers best regards bye later done ok okay noted sent end fin salam
    gracias saludos makasih terima kasih""".split()
)


def signed_alone(text: str, taken: list[bool]) -> list[Mention]:
    """ "...happy to help.\n\nPen": a name alone on the last line of a message."""
    first, _, common, _ = gazetteer()
    function, roles = vocab()
    out = []
    for m in LAST_LINE_RE.finditer(text):
        start, end = m.span("name")
        words = m.group("name").split()
        if any(taken[start:end]):
            continue
        lows = [norm(w) for w in words]
        if any(
            w in lx.STOP_WORDS
            or w in roles
            or w in function
            or w in lx.ORG_WORDS
            or w in lx.TITLES
            or w in CLOSING_WORDS
            or w in MONTHS
            or (w in common and w.capitalize() not in first)
            for w in lows
        ):
            continue
        out.append(Mention(start, end, words))
    return out


def signed(text: str, taken: list[bool]) -> list[Mention]:
    """The name a message is signed with, unless the line names a team ("Tim Rekrutmen")."""
    _, roles = vocab()
    out = []
    for m in SIGNED_RE.finditer(text):
        start, end = m.span("name")
        words = m.group("name").split()
        if any(taken[start:end]) or any(
            norm(w) in lx.STOP_WORDS
            or norm(w) in roles
            or norm(w) in lx.ORG_WORDS
            or norm(w) in ("the", "team", "tim", "equipo", "all")
            for w in words
        ):
            continue
        out.append(Mention(start, end, words))
    return out


# The last line of a message signs it: "-- Tendai Moyo", "— Rufaro", "Regards, Tendai Moyo".
SIGN_OFF_RE = re.compile(
    r"(?im)^[ \t]*(?:--|—|–|(?:best|cheers|thanks|thank[ \t]+you|many[ \t]+thanks|(?:kind"
    r"|best|warm)[ \t]+regards|regards|salam|saludos|gracias|makasih)[ \t]*,)[ \t]*"
    r"(?P<name>[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*(?:[ \t]+[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*)"
    r"{0,2})[ \t]*(?=\n?[ \s]*\Z|\n[ \t]*\n[ \t]*(?:>|-{2,}|_{3,}|On[ \t][^\n]{0,80}wrote:"
    r"|From:|De:|Dari:))"
)


def signed_off(text: str, taken: list[bool]) -> list[Mention]:
    """The name a message ends on, after a dash or a closing word: words of the language and
    teams stay ("-- Next Steps", "— Finance Team"); a listed name or no English word goes."""
    function, roles = vocab()
    out = []
    for m in SIGN_OFF_RE.finditer(text):
        start, end = m.span("name")
        words = m.group("name").split()
        lows = [norm(w) for w in words]
        if any(taken[start:end]) or any(
            w in lx.STOP_WORDS
            or w in function
            or w in roles
            or w in lx.ORG_WORDS
            or w in lx.TITLES
            or w in CLOSING_WORDS
            or w in ("the", "team", "tim", "equipo", "all", "everyone")
            for w in lows
        ):
            continue
        if any(unfamiliar(w) or words[i] in gazetteer()[0] for i, w in enumerate(lows)):
            out.append(Mention(start, end, words))
    return out


# A line of text signed after a dash, as on sticky notes and quotes: "... was great - Rose".
DASH_NAME_RE = re.compile(r"[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*(?:[ \t][A-Z][^\W\d_]+)?")


def _dash_signatures(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words after a line's last spaced dash, line by line (linear)."""
    out, offset = [], 0
    for line in text.split("\n"):
        body = line.rstrip(" \t")
        cut = max(body.rfind(" - "), body.rfind(" – "), body.rfind(" — "))
        if cut > 0 and body[:cut].strip() and DASH_NAME_RE.fullmatch(body, cut + 3):
            out.append((offset + cut + 3, offset + len(body)))
        offset += len(line) + 1
    return out


def dash_signed(text: str, taken: list[bool]) -> list[Mention]:
    """Names signing two or more lines after a dash; each a listed given name or no word."""
    first, _, _, _ = gazetteer()
    function, roles = vocab()
    out = []
    for start, end in _dash_signatures(text):
        words = text[start:end].split()
        lows = [norm(w) for w in words]
        if any(taken[start:end]) or any(
            w in function or w in roles or w in lx.TITLES or w in lx.ORG_WORDS or w in places()
            for w in lows
        ):
            continue
        if words[0] in first or unfamiliar(lows[0]):
            out.append(Mention(start, end, words))
    return out if len(out) >= 2 else []


# "Who's Efua?", "Siapa Rengganis?", "¿Quién es Itziar?": asking who someone is names them.
WHO_IS_RE = re.compile(
    r"(?:\b[Ww]ho(?:['’]s|[ \t]+is)|\b[Ss]iapa(?:[ \t]+itu)?|\b[Qq]ui[ée]n[ \t]+es)[ \t]+"
    r"(?P<name>[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*)[ \t]*\?"
)


# "Who was your mentor? Faith from Payroll": the answer to a question asking for a person.
WHO_WAS_RE = re.compile(
    r"\b(?:[Ww]ho|[Ss]iapa|[Qq]ui[ée]n)[ \t]+(?:was|is|were|are|will[ \t]+be|adalah|es|era|fue)"
    r"[ \t]+(?:your|his|her|their|the|tu|su|el|la)[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]*\?"
    r"[ \t]*(?P<name>[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*(?:[ \t]+[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*)?)"
    r"(?=[ \t]*(?:[,.;|(]|$|from\b|de\b|dari\b))"
)


def _answered_who(text: str, taken: list[bool]) -> list[Mention]:
    first, _, _, _ = gazetteer()
    function, roles = vocab()
    out = []
    for m in WHO_WAS_RE.finditer(text):
        start, end = m.span("name")
        words = m.group("name").split()
        lows = [norm(w) for w in words]
        if any(taken[start:end]) or any(low in function or low in roles for low in lows):
            continue
        if any(is_substance(low) or low in places() or low in lx.TITLES for low in lows):
            continue
        if words[0] in first or unfamiliar(lows[0]):
            out.append(Mention(start, end, words))
    return out


def asked_who(text: str, taken: list[bool]) -> list[Mention]:
    out = _answered_who(text, taken)
    for m in WHO_IS_RE.finditer(text):
        start, end = m.span("name")
        low = norm(m.group("name"))
        if not any(taken[start:end]) and not is_substance(low) and low not in places():
            out.append(Mention(start, end, [m.group("name")]))
    return out
