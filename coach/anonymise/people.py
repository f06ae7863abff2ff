"""Finding people's names without a language model.

Evidence is combined per run of capitalised words: the roster, a gazetteer of given names and
surnames from many cultures, and context ("Dear X", "X said", "Mr X", "my mentor X"). Everyday
words that double as names (Will, Grace, May) and brands or places (Kindle, Sydney) need more
evidence than a name that is only a name. Once a person is found, a later bare first name or
surname is the same person.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from coach.anonymise import lexicon as lx
from coach.anonymise.aliases import aliases, attendee_lines, role_speakers
from coach.anonymise.casing import (
    cased_view,
    speaker_labels,
    speaker_lines,
    timed_speakers,
    unfamiliar,
)
from coach.anonymise.cjk import find_cjk_names
from coach.anonymise.columns import column_names
from coach.anonymise.context import (
    MONTHS,
    NOT_A_PERSON_AFTER_RE,
    SEASONS,
    acts_as_person,
    as_date,
    named_as_kin,
    thanked,
    word_name_acts,
)
from coach.anonymise.neighbours import extend_to_neighbours
from coach.anonymise.prefixes import find_balinese_names
from coach.anonymise.repeats import (
    after,
    as_bought,
    as_place,
    capitalises_sentences,
    names_a_thing,
    second_pass,
)
from coach.anonymise.signatures import asked_who, dash_signed, signed, signed_alone, signed_off
from coach.anonymise.word_pairs import word_name_pairs
from coach.anonymise.words import (
    PERSON_ONLY_AFTER,
    PERSON_VERBS,
    STRONG_AFTER,
    SURNAME_END_RE,
    WORD_RE,
    WORDY_END_RE,
    Mention,
    Tok,
    classify,
    countries,
    gazetteer,
    in_place_phrase,
    is_english_word,
    is_substance,
    norm,
    place_phrases,
    places,
    tokenise,
    vocab,
)


def sur_names() -> frozenset[str]:
    return gazetteer()[1]


# Endings English words share with names ("Waleed", "Tendai", "Faisal"); others are words.
NAME_LIKE_END_RE = re.compile(r"^\w{3,6}(?:ed|ai|al|ic|ee)$")


def _runs(text: str, toks: list[Tok]) -> list[list[Tok]]:
    runs: list[list[Tok]] = []
    cur: list[Tok] = []
    for t in toks:
        if t.cls == "none":
            if cur:
                runs.append(cur)
            cur = []
            continue
        if cur:
            gap = text[cur[-1].end : t.start]
            joined = gap == " " or (gap in (". ", ".") and cur[-1].cls in ("initial", "title"))
            if not joined:
                runs.append(cur)
                cur = []
        cur.append(t)
    if cur:
        runs.append(cur)
    return runs


def _before(text: str, start: int, before: Tok | None) -> tuple[str, str]:
    window = text[max(0, start - 40) : start]
    line = window.rsplit("\n", 1)[-1].lower().replace("’", "'").replace("w/ ", "with ")
    prev = before.text.lower() if before else ""
    gap = text[before.end : start] if before else ""
    if prev == "w" and gap.strip() == "/":
        prev = "with"
    elif gap.strip() not in ("", "."):
        prev = ":" if gap.strip() == ":" else ""
    return line, prev


def _split_pairs(run: list[Tok]) -> list[list[Tok]]:
    """ "Pilar y Rosario": a lone given name, "y", and another given name are two people;
    "José Ortega y Gasset", with more than one name before "y", is one."""
    lead = 0
    while lead < len(run) and run[lead].cls in ("particle", "title"):
        lead += 1  # "con la Mati y el Nacho"
    for i, t in enumerate(run[:-1]):
        if t.cls == "particle" and t.text in ("y", "e") and i == lead + 1:
            after = [u for u in run[i + 1 :] if u.cls != "particle"]
            article = run[i + 1].text in ("el", "la")  # "la Mati y el Nacho"
            if after and (article or (run[lead].first and after[0].first)):
                return [run[:i], run[i + 1 :]]
    return [run]


def _split_at_titles(run: list[Tok]) -> list[list[Tok]]:
    """ "Gabriela Núñez y el Ing. Rubén Castañeda": a title after a name starts another
    person; the words between them are left to the trimming of each part."""
    parts, cur = [], []
    named = False  # a word of cur is more than a title, particle or initial
    for t in run:
        # "Faizal bin Hj. Razak": a father's title after bin is still the one name
        after_particle = bool(cur) and norm(cur[-1].text) in ("bin", "binti", "bint", "ibn")
        if t.cls == "title" and named and not after_particle:
            parts.append(cur)
            cur, named = [], False
        cur.append(t)
        named = named or t.cls not in ("title", "particle", "initial")
    return [*parts, cur]


# A short aside in brackets between a word and what it does: "(born 2000-11-30)", "(彩花)".
ASIDE_RE = re.compile(r"[ \t]*\([^()\n]{1,40}\)")
# Pronouns in brackets right after a name: "Marigold Tsosie (she/her)".
PRONOUNS_RE = re.compile(
    r"[ \t]*\((?:she|he|they|ze|xe)/(?:her|him|them|they|she|he|hers|his)\)", re.I
)
# A name in another script in brackets right after a name: "Ayaka (彩花)", "Aarav (आरव)".
CJK_ASIDE_RE = re.compile(
    r"[ \t]*[(（](?P<cjk>[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,4}"
    r"(?:[ \t][\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,4})?"
    # Greek, Cyrillic, Hebrew, Arabic, the Indic scripts, Thai, Lao, Georgian, Ethiopic
    r"|[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u0e00-\u0eff\u10a0-\u10ff"
    r"\u1200-\u137f]{2,24}(?:[ \t][\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff"
    r"\u0e00-\u0eff\u10a0-\u10ff\u1200-\u137f]{2,24}){0,3})[)）]"
)


def _cjk_asides(text: str, found: list[Mention], taken: list[bool]) -> list[Mention]:
    covered = {i for m in found for i in range(m.start, m.end)}
    out = []
    for m in found:
        aside = CJK_ASIDE_RE.match(text, m.end)
        if (
            aside
            and aside.start("cjk") not in covered
            and not any(taken[aside.start() : aside.end()])
        ):
            same = m.same_as or tuple(m.words)
            out.append(Mention(aside.start("cjk"), aside.end("cjk"), [aside.group("cjk")], same))
    return out


# Its romanisation in brackets right after a name in Chinese characters: "罗志强 (Lo Chi-keung)".
ROMAN_ASIDE_RE = re.compile(
    r"[ \t]*[(（](?P<latin>[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
    r"(?:[ \t][A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2})[)）]"
)
HAN_RE = re.compile(r"[\u3400-\u9fff]{2,4}")


_SCRIPT = r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u0e00-\u0eff\u10a0-\u10ff]+"
# A name in its own script, then its romanisation in brackets: "วิโรจน์ ใจดี (Wiroj Jaidee)".
SCRIPT_BEFORE_RE = re.compile(
    r"(?<!\S)(?P<name>" + _SCRIPT + r"(?:[ \t]" + _SCRIPT + r"){0,3})[ \t]*[(（]\Z"
)


def _script_before(text: str, found: list[Mention], taken: list[bool]) -> list[Mention]:
    covered = {i for m in found for i in range(m.start, m.end)}
    out = list(found)
    for m in found:
        if text[m.end : m.end + 1] not in (")", "）"):
            continue
        before = SCRIPT_BEFORE_RE.search(text, max(0, m.start - 80), m.start)
        if before is None:
            continue
        start, end = before.span("name")
        if start not in covered and not any(taken[start:end]):
            out.append(
                Mention(start, end, before.group("name").split(), m.same_as or tuple(m.words))
            )
    return sorted(out, key=lambda n: n.start)


def _roman_asides(text: str, found: list[Mention], taken: list[bool]) -> list[Mention]:
    """The whole romanisation after a Chinese name is that person, its short surname too."""
    out = list(found)
    for m in found:
        aside = (
            ROMAN_ASIDE_RE.match(text, m.end) if HAN_RE.fullmatch(text[m.start : m.end]) else None
        )
        if aside is None or any(taken[aside.start("latin") : aside.end("latin")]):
            continue
        start, end = aside.span("latin")
        out = [n for n in out if not (start <= n.start and n.end <= end)]
        out.append(Mention(start, end, aside.group("latin").split(), m.same_as or tuple(m.words)))
    return sorted(out, key=lambda n: n.start)


def _is_person(
    text: str,
    run: list[Tok],
    idx: int,
    toks: list[Tok],
    found: set[int] | frozenset[int] = frozenset(),
) -> bool:
    names = [t for t in run if t.cls in ("roster", "strong", "weak", "unknown")]
    if not names:
        return False
    line_before, prev = _before(text, run[0].start, toks[idx - 1] if idx else None)
    rest, nxt = after(text, run[-1].end)
    wide = text[run[-1].end : run[-1].end + 80]
    titled = prev.rstrip(".") in lx.TITLES or run[0].cls == "title"
    phrase_cue = any(line_before.endswith(p + " ") for p in lx.BEFORE_PHRASES)
    said_before = prev in ("kata", "ujar", "dijo", "dice") and rest.startswith(",")
    said_before = said_before or (
        thanked(text[max(0, run[0].start - 20) : run[0].start], rest, run[0].at_start)
        and not _brand_word(run)  # "Thanks Monzo for the export": the bank, not a person
    )
    # "says Safaricom rules ...": the subject of what was said; "says Wanjiru," the speaker.
    reported = prev in ("said", "says") and re.match(r"[ \t]+[a-z]", rest) is not None
    kin = named_as_kin(text[max(0, run[0].start - 40) : run[0].start], rest)
    strong_before = (
        titled or phrase_cue or (prev in lx.STRONG_BEFORE_CUES and not reported) or said_before
    )
    strong_before = strong_before or kin
    weak_before = strong_before or prev in lx.BEFORE_CUES or prev == ":"
    strong_after = nxt in STRONG_AFTER or rest.lstrip().startswith(", who") or acts_as_person(wide)
    aside = ASIDE_RE.match(rest)
    strong_after = strong_after or PRONOUNS_RE.match(rest) is not None  # "(she/her)"
    if aside and not strong_after:  # "Fola (born 2000) said", "Ayaka (彩花) explained"
        beyond = text[run[-1].end + aside.end() : run[-1].end + aside.end() + 80]
        verb = re.match(r"[ \t]+(\w+)", beyond)
        strong_after = (verb is not None and verb.group(1) in STRONG_AFTER) or acts_as_person(
            beyond, loose=False
        )
    colon_after = (
        rest.startswith(":")
        and run[0].at_start
        and all(t.cls in ("strong", "weak", "roster") and not t.dictionary for t in names)
    )
    after2 = re.match(r"(?:['’]s\b)?[ \t]*\w+[ \t]+(\w+)", rest)
    subject = nxt in PERSON_VERBS or (
        nxt in ("is", "was")
        and after2 is not None
        and after2.group(1).lower() in ("from", "very", "my", "our", "his", "her", "not", "one")
    )
    alone_on_line = (
        line_before.strip(" \t-*•>") == ""
        and re.match(r"[ \t]*[,.!]?[ \t\r]*(?:\n|$)", rest) is not None
    )
    classes = [t.cls for t in names]
    if "roster" in classes:
        return True
    if not titled and _spanish_heading(text, run, names, rest):
        return False  # "Comisión de Innovación", "1) Bienvenida 2) ...", "Toma la palabra"
    if _continues_department(text, names, idx, toks) and not titled:
        return False  # "Contabilidad General": the department's own adjective
    # "Maricel sa pagkain": a short company form in lower case is a word of another language
    org_next = nxt in lx.ORG_WORDS and (len(nxt) >= 4 or not rest.lstrip()[:1].islower())
    if org_next or nxt in lx.STREET_WORDS or norm(names[-1].text) in lx.ORG_WORDS:
        return False
    if not titled and TEAM_NAMED_RE.search(line_before) and TEAM_TAIL_RE.match(rest):
        return False  # "show the whole Retail Credit team": the team's name, not a person's
    if len(names) >= 2 and norm(names[-1].text) in lx.PLACE_TAILS | {
        "street",
        "road",
        "avenue",
        "lane",
    }:
        return False  # "Mark Street is closed", "near Chelsea Harbour"
    if len(names) == 2 and norm(names[1].text) in countries() and names[1].text not in sur_names():
        return strong_before  # "Nu México", "Grab Indonesia": a brand and its market
    if len(names) >= 2 and norm(text[run[0].start : run[-1].end]) in place_phrases():
        return titled  # "North Carolina rents", "San Diego"
    if len(names) >= 2 and prev in TRIES_A_THING and norm(names[-1].text) in lx.MONEY_TAILS:
        return titled  # "use Zain Cash": a wallet, not Johnny Cash
    if (
        len(names) >= 2
        and all(norm(t.text) in places() and t.text not in gazetteer()[0] for t in names)
        and PLACE_PREPOSITION_RE.search(text[max(0, run[0].start - 8) : run[0].start])
    ):
        return titled  # "de Sevilla y de Bilbao": towns, not one person
    if len(names) >= 2:
        if "strong" in classes or any(t.surname_like for t in names):
            return True
        if _romanised_asian(names):
            return True  # "Wang Xiaoming joined": a surname first, then a given name
        if any(t.cls == "particle" and t.text.islower() for t in run[1:-1]):
            return True  # "Hamdan bin Saeed", "Joost van der Linden"
        if prev in PAIR_CUES and _cued_pair(names):
            return True  # "Session with Tendai Moyo": "-ai" ends words, but "Moyo" is no word
        if any(t.wordy for t in names) and not kin:
            return False  # "Guilty Pleasures", "Civis Analytics": words, not names
        if any(t.cls == "initial" for t in run[1:-1]):
            return True
        if all(t.cls == "unknown" for t in names) and len(names) <= 3:
            if not names[0].at_start or alone_on_line or nxt in lx.AFTER_CUES:
                return True
            if _whole_item(text, run[0].start, run[-1].end) and re.match(r"[ \t]+[-–][ \t]", rest):
                return True  # "2. Oktavianus Manurung - Batam": a numbered entry
        if names[0].cls == "weak" and names[0].first and norm(names[0].text) not in lx.STOP_WORDS:
            return True
        if any(t.first for t in names) and (subject or acts_as_person(wide)):
            return True  # "Summer Lee joined"
        return strong_before or strong_after or (classes.count("weak") >= 2 and weak_before)
    tok = names[0]
    if in_place_phrase(text, tok.start, tok.end) and not titled:
        return False  # "says North Carolina rents"
    if _brand_word(run) and prev in ("thanks", "thank", "cheers", "shoutout") and not titled:
        return False  # "Thanks Monzo for the export": the bank, not a person
    if NOT_A_PERSON_AFTER_RE.match(rest) and not titled:
        return False
    if not titled and _plain_place_or_adjective(text, tok, rest, nxt):
        return False  # "datos de Sevilla", "Thai banks"
    if not titled and not strong_before and names_a_thing(text, tok.end):
        return False  # "at Victoria station", "brought Mars bars": the thing named like her
    if not titled and as_place(text, tok.start, norm(tok.text)) and nxt not in PERSON_ONLY_AFTER:
        return False  # "commuting from Kent", "in Leeds, not Brooklyn"
    if (
        prev in ("prefer", "prefers", "preferred", "preferring")
        and re.match(r"[ \t]+(?:to|over)[ \t]+(?:the|a|an|their|our|its|any)\b", rest)
        and not titled
    ):
        return False  # "prefer Cleo to the bank's app": one thing ranked above another
    low_tok = norm(tok.text)
    if (
        prev == "the"
        and re.match(r"[ \t]+[a-z]", rest)
        and (low_tok in places() or low_tok in lx.STOP_WORDS)
        and tok.text not in sur_names()  # "the Castro novel": the writer's
        and not titled
    ):
        return False  # "booked the Florence trip": a word that describes the trip
    if norm(tok.text) in MONTHS and as_date(text, tok.start, tok.end) and not strong_before:
        return False  # "Mulai Juni", "in June": the month
    if prev == "from" and norm(tok.text) in vocab()[1]:
        return False  # "Chase from Sales thinks": the team, not a second person
    cues = strong_before or strong_after or colon_after
    if as_bought(text, tok.start, tok.end) and not strong_before:
        return False  # "booked Petra through Klook"
    if prev in TRIES_A_THING and not strong_before and not rest.startswith(("'s", "’s")):
        return False  # "should trial Chip", "uses Nu": a product tried, not a person
    if (
        prev in BOOKS_A_PERSON
        and re.match(r"[ \t]+(?:for|to)\b", rest)
        and norm(tok.text) not in places()
        and norm(tok.text) not in lx.STOP_WORDS
    ):
        return True  # "Booked Penny for Thursday's session"
    if (
        rest[:2] == " " + rest[1:2]
        and rest[1:2].isupper()
        and norm(nxt) in countries()
        and (not strong_before and norm(nxt).capitalize() not in sur_names())
    ):
        return False  # "ahorran con Nu México": a brand and its market
    if tok.cls == "strong":
        if (
            not tok.first
            and not (weak_before or subject or strong_after)
            and is_english_word(norm(tok.text))
        ):
            return False  # "Ruby on Rails": a surname that is an English word, and no cue
        if as_place(text, run[0].start, norm(tok.text)) and not strong_before:
            return False  # "his trip to Jordan"
        if reported and norm(tok.text) in places() and not titled:
            return False  # "says Florence in August is too hot": what was said, not who
        heading = norm(tok.text) in places() and re.match(r" (?:de|del|di|da) ", rest)
        if tok.at_start and (tok.dictionary or heading):  # "Alta de [PERSON_1]": a heading
            return (
                strong_before
                or subject
                or (weak_before and prev != ":")
                or acts_as_person(wide)
                or (tok.first and not heading and word_name_acts(rest))  # "Angel handed out"
                or (tok.first and _from_team(rest, tok, prev))  # "Chad from Payments"
            )
        return True
    if tok.cls == "weak":
        low = norm(tok.text)
        if (low in lx.BEFORE_CUES or low in vocab()[1]) and re.match(
            r"[ \t]+(?:saya|kami|kita|aku|gue)\b", rest
        ):
            return False  # "Mentor saya, Pak Agus": the role, then the name
        function, roles = vocab()
        if low not in lx.NAME_LIKE_WORDS and (low in function or low in gazetteer()[2]):
            # "Jade from Payroll ... joined": a team and a person's act decide a common word
            return strong_before or (
                rest.startswith(" from ")
                and low not in function
                and acts_as_person(wide, loose=False)
            )
        if low in lx.STOP_WORDS or low in roles or low in places():
            # "Paris feels", "Shopee who?": a place or brand needs a verb only people take.
            # Brands and teams present and join too; seasons, months and towns do not.
            loose = (
                low in MONTHS
                or low in SEASONS
                or low in lx.NAME_LIKE_WORDS
                or (low not in lx.STOP_WORDS and low not in roles)
            )
            return (
                strong_before
                or nxt in PERSON_ONLY_AFTER
                or acts_as_person(wide, loose=loose)
                or _from_team(rest, tok, prev)
            )
        if low not in MONTHS and low not in SEASONS and word_name_acts(rest):
            return True  # "Frank gave frank feedback", "Penny pinched the idea"
        return cues or (weak_before and not tok.at_start)
    if tok.wordy:
        return strong_before
    if tok.english and not titled:
        # "KIM Dashboard shows", "the Planner showed": a tool named by a word of the language
        # shows and feels as a person does; it is one only after a cue or with an act of people.
        return (
            strong_before
            or nxt in PERSON_ONLY_AFTER
            or acts_as_person(wide, loose=False)
            or _from_team(rest, tok, prev)
        )
    if tok.place:
        return (
            strong_before
            or nxt in PERSON_ONLY_AFTER
            or _in_name_list(text, idx, toks, found)
            or _from_team(rest, tok, prev)
        )
    if tok.surname_like and not tok.at_start and prev not in lx.PLACE_PREPOSITIONS:
        return True
    if tok.at_start and subject:
        return True
    return cues or (alone_on_line and weak_before) or _in_name_list(text, idx, toks, found)


PAIR_CUES = frozenset({"with", "and", "met"})


def _cued_pair(names: list[Tok]) -> bool:
    """Two capitalised words after a cue, the second neither an English word nor worded like
    one: a given name and a surname, even if the given name ends like a word."""
    if len(names) != 2:
        return False
    last = names[-1]
    return (
        last.cls in ("unknown", "strong")
        and not last.wordy
        and not last.english
        and not is_english_word(norm(last.text))
        and not is_substance(norm(last.text))
    )


def _after_pair_cue(text: str, run: list[Tok], toks: list[Tok], pos: dict[int, int]) -> bool:
    idx = pos[id(run[0])]
    return bool(idx) and _before(text, run[0].start, toks[idx - 1])[1] in PAIR_CUES


# "Kenya from Payments joined", "Chad from the data team": a person and the team they are in.
FROM_TEAM_AFTER_RE = re.compile(
    r"[ \t]+from[ \t]+(?:the[ \t]+|our[ \t]+)?(?:(?P<dept>[A-Z][\w&-]*)(?![ \t]+[A-Z])"
    r"|(?:[\w-]+[ \t]+){1,2}(?:team|department|dept|squad|desk|unit))\b"
)


def _from_team(rest: str, tok: Tok, prev: str) -> bool:
    """A word opening its clause, then "from" a team or department: a person, not a place."""
    m = FROM_TEAM_AFTER_RE.match(rest)
    if m is None or not (tok.at_start or prev in ("and", "&", ",", "dan", "y", "later")):
        return False
    return m.group("dept") is None or norm(m.group("dept")) in vocab()[1]


NOUN_ENDS = ("ción", "sión", "cion", "sion")
AGENDA_LINE_RE = re.compile(
    r"(?i)(?:orden[ \t]+del[ \t]+d[ií]a|agenda|puntos|temas|susunan[ \t]+acara|order[ \t]+of"
    r"[ \t]+business)[^\n]*\d{1,2}[).][ \t]*$"
)
ITEM_END_RE = re.compile(r"[ \t]*(?:[,;]?[ \t]*\d{1,2}[).]|[.;]?[ \t]*(?:\n|$))")
AGENDA_REACH = 300  # characters an agenda cue may sit before its item on one line
VERB_FIRST_RE = re.compile(r"[ \t]+(?:la|el|los|las|un|una|su|sus)[ \t]+[a-záéíóúñ]{3,}\b")


def _spanish_heading(text: str, run: list[Tok], names: list[Tok], rest: str) -> bool:
    """The structure of Spanish minutes, not a person: a body named by a noun in -ción
    ("Comisión de ..."), an agenda item between numbers, a line that opens with its verb."""
    head = names[0].text
    if norm(head).endswith(NOUN_ENDS) and head not in gazetteer()[0]:
        return True  # "Comisión de Innovación Abierta", not "Concepción Ruiz"
    if len(names) != 1:
        return False
    # The agenda cue sits a short way back on the same line; a paste with no line breaks
    # must not be read from its start once per capitalised word.
    start = max(text.rfind("\n", 0, run[0].start) + 1, run[0].start - AGENDA_REACH)
    line = text[start : run[0].start]
    if AGENDA_LINE_RE.search(line) and ITEM_END_RE.match(rest):
        return True  # "Orden del día: 1) Bienvenida 2) Presupuesto"
    return run[0].at_start and VERB_FIRST_RE.match(rest) is not None  # "Toma la palabra"


def _continues_department(text: str, names: list[Tok], idx: int, toks: list[Tok]) -> bool:
    """A department or title word right after a capitalised department word is part of it."""
    roles = vocab()[1]
    if len(names) != 1 or not idx or norm(names[0].text) not in roles:
        return False
    before = toks[idx - 1]
    return (
        before.text[:1].isupper()
        and norm(before.text) in roles
        and text[before.end : names[0].start] == " "
    )


# A preposition of place right before a word: "de Sevilla", "dari Medan", "from Leeds".
PLACE_PREPOSITION_RE = re.compile(r"(?:^|[^\w])(?:de|desde|dari|di|ke|en|in|from|to)[ \t]+$")


IN_LANGUAGE_RE = re.compile(r"\b(?:in|into|speaks?|spoke|speaking|dalam|bahasa)[ \t]+$", re.I)


def _plain_place_or_adjective(text: str, tok: Tok, rest: str, nxt: str) -> bool:
    """A town no given name shares after a preposition of place, or a nationality adjective
    before a lower-case noun."""
    low = norm(tok.text)
    if low in lx.DEMONYMS and re.match(r"[ \t]+[a-z]", rest):
        return True
    if (low in lx.DEMONYMS or low in lx.LANGUAGES) and IN_LANGUAGE_RE.search(
        text[max(0, tok.start - 12) : tok.start]
    ):
        return True  # "the deck in Thai", "translated into Tagalog": the language
    return (
        low in places()
        and tok.text not in gazetteer()[0]
        and nxt not in PERSON_ONLY_AFTER
        and PLACE_PREPOSITION_RE.search(text[max(0, tok.start - 8) : tok.start]) is not None
    )


# A word made of one to three Mandarin syllables in pinyin: "Xiaoming", "Jianguo", "Meiling".
PINYIN_RE = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxzcsryw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao"
    r"|uai|uan|ai|ei|ao|ou|an|en|in|un|ua|uo|ie|ia|iu|ui|ue|er|a|e|i|o|u)){1,3}"
)


def _pinyin_given(tok: Tok) -> bool:
    return tok.cls == "unknown" and PINYIN_RE.fullmatch(norm(tok.text)) is not None


def _romanised_asian(names: list[Tok]) -> bool:
    """A common Chinese, Korean or Vietnamese surname, then one or two words in no list."""
    return (
        len(names) <= 3
        and norm(names[0].text) in lx.ROMANISED_ASIAN_SURNAMES
        and all(
            t.cls == "unknown" and not t.place and (not t.wordy or _pinyin_given(t))
            for t in names[1:]
        )
    )


def _brand_word(run: list[Tok]) -> bool:
    low = norm(run[0].text)
    return len(run) == 1 and low in lx.STOP_WORDS and low not in lx.NAME_LIKE_WORDS


TRIES_A_THING = frozenset(
    """trial trialled trialed try tried trying use used uses using download downloaded
    install installed pilot piloted adopt adopted subscribe subscribed pakai memakai
    menggunakan coba mencoba usar usa usan probar prueba""".split()
)
BOOKS_A_PERSON = frozenset("booked invited paired introduced pinged emailed messaged".split())


def _in_name_list(
    text: str, idx: int, toks: list[Tok], found: set[int] | frozenset[int] = frozenset()
) -> bool:
    """ "Gaetane, Hannah and Derek": an unknown word listed beside known names."""
    tok = toks[idx]
    if is_english_word(norm(tok.text)):
        return False  # "Thomas and Sons"
    before = toks[idx - 2] if idx >= 2 else None
    if (
        before
        and (before.cls in ("strong", "roster") or before.end in found)
        and text[before.end : tok.start].lower() in (" and ", " dan ", " y ")
    ):
        return True  # "Ratna dan Dodi dari tim IT"
    if (
        idx
        and toks[idx - 1].cls in ("strong", "roster")
        and text[toks[idx - 1].end : tok.start] == " & "
    ):
        return True
    if not re.match(r"(?:[,.;:!?)]|\s*\n| and | & | dan | y |$)", text[tok.end : tok.end + 5]):
        return False
    for j in (idx - 1, idx + 1):
        if 0 <= j < len(toks) and toks[j].cls in ("strong", "roster"):
            a, b = sorted((toks[idx], toks[j]), key=lambda t: t.start)
            if text[a.end : b.start] in (", ", " and ", " & ", ", and ", " dan ", " y "):
                return True
    return False


def _filler(tok: Tok, leading: bool = False) -> bool:
    """A common word that happens to be in the gazetteer ("The", "Can") at a run's edge; at
    its start also a function word or title ("Menurut Andi", "Mentor Budi")."""
    low = norm(tok.text)
    if tok.cls != "weak" or low in lx.NAME_LIKE_WORDS:
        return False
    function, roles = vocab()
    return low in gazetteer()[2] or low in function or (leading and low in roles)


@lru_cache(maxsize=8)
def _roster_words(roster: tuple[str, ...]) -> frozenset[str]:
    """The roster's name words, kept between calls: the same roster serves many notes."""
    words = {norm(w) for name in roster for w in WORD_RE.findall(name) if len(w) > 1}
    return frozenset(words - lx.PARTICLES)


PLACE_PREPOSITION_PARTICLES = frozenset({"di", "de", "del"})


def _places_after_prepositions(toks: list[Tok]) -> None:
    """ "Bagus Saputra di Denpasar", "Ana Ruiz de Sevilla": "in" and "from" before a town, not
    a particle inside the name, when the town is no surname."""
    _, sur, _, _ = gazetteer()
    for i, t in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        if (
            t.cls == "particle"
            and t.text in PLACE_PREPOSITION_PARTICLES
            and nxt.start == t.end + 1
            and nxt.text not in sur
            and (norm(nxt.text) in places() or norm(nxt.text) in lx.STOP_WORDS)
        ):
            t.cls = "none"


def find_people(text: str, taken: list[bool], roster: list[str]) -> list[Mention]:
    """Mentions of people in text, skipping characters already taken by other identifiers."""
    roster_words = _roster_words(tuple(roster))
    original, text = text, cased_view(text, roster_words)
    toks = tokenise(text, taken)
    for i, t in enumerate(toks):
        prev = toks[i - 1] if i else None
        prev_cap = (
            prev is not None
            and prev.cls in ("strong", "roster")
            and text[prev.end : t.start] == " "
        )
        classify(t, roster_words, text[t.end : t.end + 2], prev_cap)
    _places_after_prepositions(toks)
    mentions: list[Mention] = []
    found_at: set[int] = set()  # where the names found so far end
    pos = {id(t): i for i, t in enumerate(toks)}
    runs = [part for whole in _runs(text, toks) for part in _split_at_titles(whole)]
    for run in [part for whole in runs for part in _split_pairs(whole)]:
        # "Pak Made Suardana": a given name after a title is the name, though also a word
        after_title = bool(run) and run[0].cls == "title"
        # the trimming moves the two ends and cuts once: a run of thousands of initials
        # is not copied again for each one dropped
        a, b = 0, len(run)
        while a < b and (run[a].cls in ("title", "initial") or run[a].text in lx.PARTICLES):
            a += 1
        while a < b and run[b - 1].cls in ("title", "particle"):
            b -= 1
        while (
            b - a > 1
            and not (after_title and run[a].first)
            and _filler(run[a], leading=True)
            and run[a + 1].cls != "initial"
        ):
            a += 1
        while b - a > 1 and _filler(run[b - 1]):
            b -= 1
        run = run[a:b]
        if (
            len(run) >= 4
            and run[1].text in ("de", "del", "di", "da")
            and run[0].at_start
            and run[2].first
            and (
                run[0].cls in ("unknown", "weak")
                or run[0].dictionary
                or norm(run[0].text) in places()
            )
        ):
            run = run[2:]  # "Alta de Marta Iglesias Sanz": a form's heading, then the name
        cued_pair = _cued_pair(run) and _after_pair_cue(text, run, toks, pos)
        # "Rizal bin Ahmad": before bin or binti stands a given name, whatever it ends in
        patronymic = len(run) >= 3 and norm(run[1].text) in ("bin", "binti", "bint", "ibn")
        patronymic = patronymic and not run[0].dictionary and not is_substance(norm(run[0].text))
        # "Teman saya, Rizal Harahap,": after a kin or role noun the whole run is the name
        kin = bool(run) and named_as_kin(
            text[max(0, run[0].start - 40) : run[0].start], text[run[-1].end : run[-1].end + 3]
        )
        a = 0
        while len(run) - a > 1 and run[a].wordy and not (cued_pair or patronymic or kin):
            a += 1
        run = run[a:]
        while (
            len(run) > 1
            and run[-1].wordy
            and not NAME_LIKE_END_RE.search(run[-1].text)
            and not (_pinyin_given(run[-1]) and _romanised_asian(run))  # "Wang Xiaoming"
        ):
            run = run[:-1]  # "Russell Investments", "Rivet Software"
        if not run:
            continue
        if _is_person(text, run, pos[id(run[0])], toks, found_at):
            words = [t.text for t in run if t.cls not in ("initial", "particle", "title")]
            mentions.append(Mention(_with_initials(text, run[0].start), run[-1].end, words))
            found_at.add(run[-1].end)
    cased = capitalises_sentences(original)
    mentions += _lower_case_names(text, toks, mentions, cased)
    if not cased:  # "with will harrington": a word name typed in lower case, and its surname
        near = {m.start for m in mentions}
        pairs = word_name_pairs(text, toks, {m.end for m in mentions})
        mentions += [Mention(a, b, text[a:b].split()) for a, b in pairs if a not in near]
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for start, end in speaker_labels(text, roster_words):
        if start not in covered and not any(taken[start:end]):
            mentions.append(Mention(start, end, [text[start:end]]))
    for start, end in speaker_lines(original, roster_words, _other_language(original)):
        if start not in covered and not any(taken[start:end]):
            mentions.append(Mention(start, end, WORD_RE.findall(original[start:end])))
    for start, end in timed_speakers(original, roster_words):
        if start not in covered and not any(taken[start:end]):
            mentions.append(Mention(start, end, WORD_RE.findall(original[start:end])))
    covered = {i for m in mentions for i in range(m.start, m.end)}
    mentions += [m for m in signed(original, taken) if m.start not in covered]
    mentions += [m for m in signed_alone(original, taken) if m.start not in covered]
    mentions += [m for m in signed_off(original, taken) if m.start not in covered]
    mentions += [m for m in asked_who(original, taken) if m.start not in covered]
    mentions += [m for m in dash_signed(original, taken) if m.start not in covered]
    mentions += find_cjk_names(text, taken)
    mentions += attendee_lines(original, taken)
    mentions += role_speakers(original, taken)
    mentions += column_names(original, taken)
    mentions += find_balinese_names(original, taken)
    kept = _one_per_stretch(mentions)
    kept = _one_per_stretch(kept + aliases(original, kept))
    found = second_pass(text, toks, kept, roster_words, original)
    found = sorted(found + _short_for(original, found), key=lambda m: m.start)
    found = sorted(found + _cjk_asides(original, found, taken), key=lambda m: m.start)
    found = _script_before(original, _roman_asides(original, found, taken), taken)
    found = _between_people(original, toks, found, taken)
    if not _other_language(original):  # Spanish "vimos a Noelia": "a" marks a person
        found = [
            m
            for m in found
            if len(m.words) > 1
            or not INDEFINITE_BEFORE_RE.search(original[max(0, m.start - 9) : m.start])
        ]
    found = _with_pieces_before(original, extend_to_neighbours(original, found, taken), taken)
    return _coordinated(original, found, taken)


# "Cash and Rain", "Ayu dan Ratna Wulandari": a given name joined to a person found; and one
# acting on a person found ("Sandy finally met Amber").
COORDINATED_BEFORE_RE = re.compile(
    r"(?<![\w'’-])(?P<w>[A-Z][^\W\d_]{1,20})[ \t]+(?:and|&|y|dan|e)[ \t]+\Z"
)


# "Sandy finally met Amber Liu": a given name meeting, calling or thanking a person found.
ACTS_ON_PERSON_RE = re.compile(
    r"(?<![\w'’-])(?P<w>[A-Z][^\W\d_]{1,20})[ \t]+(?:(?:finally|also|just|then|already|first"
    r"|never|once)[ \t]+)?(?:met|called|thanked|hugged|introduced|emailed|messaged|texted|phoned"
    r"|married|visited|interviewed|mentored|coached|hired)[ \t]+\Z"
)


def _coordinated(text: str, found: list[Mention], taken: list[bool]) -> list[Mention]:
    first = gazetteer()[0]
    ends = {m.end for m in found}
    extra = []
    for m in found:
        window = max(0, m.start - 40)
        c = COORDINATED_BEFORE_RE.search(text, window, m.start)
        c = c or ACTS_ON_PERSON_RE.search(text, window, m.start)
        if c is None or c.end("w") in ends or any(taken[c.start("w") : c.end("w")]):
            continue
        w = c.group("w")
        low = norm(w)
        if w.capitalize() in first and low not in lx.TITLES and low not in lx.STOP_WORDS:
            extra.append(Mention(c.start("w"), c.end("w"), [w]))
            ends.add(c.end("w"))
    return sorted(found + extra, key=lambda m: m.start) if extra else found


# Pieces of a name before its surname: initials across particles ("R. van der Berg") and a
# saint's abbreviation, with the given name before it when it is one ("Marcus St. John").
PARTICLES_AFTER_INITIALS_RE = re.compile(
    r"(?<![\w.\-/])(?:[A-HJ-Z]\.[ \t]?){1,3}(?:(?:de|del|la|las|los|van|der|den|von|da|di|du"
    r"|le|dos|das)[ \t]+){1,2}\Z"
    r"|(?<![\w.])(?i:moh|muh|mohd|muhd|mhd|md)\.[ \t]?\Z"
)
SAINT_BEFORE_RE = re.compile(
    r"(?:(?<![\w'’-])(?P<given>[A-Z][^\W\d_]+)[ \t]+)?"
    r"(?P<saint>(?<![\w.])(?:St|ST|Ste|STE)\.?[ \t]+)\Z"
)


def _with_pieces_before(text: str, found: list[Mention], taken: list[bool]) -> list[Mention]:
    out: list[Mention] = []
    for m in found:
        window = text[max(0, m.start - 40) : m.start]
        start, words = m.start, m.words
        if (p := PARTICLES_AFTER_INITIALS_RE.search(window)) is not None:
            start = m.start - len(window) + p.start()
        elif (sa := SAINT_BEFORE_RE.search(window)) is not None:
            given = sa.group("given")
            if given and norm(given).capitalize() in gazetteer()[0]:
                start, words = m.start - len(window) + sa.start("given"), [given, *m.words]
            else:
                start = m.start - len(window) + sa.start("saint")
        clash = start != m.start and any(o.start < start < o.end for o in out[-3:])
        if start != m.start and not clash and not any(taken[start : m.start]):
            while out and out[-1].end > start:
                out.pop()  # "Marcus" found alone is now part of "Marcus St. John"
            m = Mention(start, m.end, words, m.same_as)
        out.append(m)
    return out


def _between_people(
    text: str, toks: list[Tok], found: list[Mention], taken: list[bool]
) -> list[Mention]:
    """ "Anna, Grace and Will": a capitalised word listed between two people is one too."""
    ends = {m.end for m in found}
    starts = {m.start for m in found}
    covered = {i for m in found for i in range(m.start, m.end)}
    function, roles = vocab()
    out = list(found)
    for t in toks:
        low = norm(t.text)
        if (
            t.start in covered
            or not t.text[0].isupper()
            or any(taken[t.start : t.end])
            or low in function
            or low in roles
            or low in lx.ORG_WORDS
            or low in lx.TITLES
            or low in places()
        ):
            continue
        before = t.start - 2 in ends and text[t.start - 2 : t.start] == ", "
        gap = re.match(r"(?:,[ \t]+and|,|[ \t]+and|[ \t]+&|[ \t]+dan|[ \t]+y)[ \t]+", text[t.end :])
        if before and gap and t.end + gap.end() in starts:
            out.append(Mention(t.start, t.end, [t.text]))
    return sorted(out, key=lambda m: m.start)


def _one_per_stretch(mentions: list[Mention]) -> list[Mention]:
    """One removal per stretch of text: "pak teguh" and "teguh" are one; the longest wins."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, m.start - m.end)):
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept


# "S. Venkataraman": initials right before a surname are part of the name.
INITIALS_BEFORE_RE = re.compile(r"(?<![\w.\-/])(?:[A-HJ-Z]\.[ \t]?){1,3}\Z")


def _with_initials(text: str, start: int) -> int:
    m = INITIALS_BEFORE_RE.search(text, max(0, start - 9), start)
    return m.start() if m else start


# "hire a Lexus": in English, after "a" or "an" a word is a thing, whatever rule found it.
INDEFINITE_BEFORE_RE = re.compile(r"(?:^|[^\w])(?:a|an|another)[ \t]+$")
# "Nike, short for Nikolina": the word before is that person's short name, brand or not.
SHORT_FOR_RE = re.compile(r"(?<![\w'’-])([A-Z][^\W\d_]{1,20}),?[ \t]+short[ \t]+for[ \t]+[A-Z]")


def _short_for(text: str, found: list[Mention]) -> list[Mention]:
    covered = {i for m in found for i in range(m.start, m.end)}
    return [
        Mention(m.start(1), m.end(1), [m.group(1)])
        for m in SHORT_FOR_RE.finditer(text)
        if m.start(1) not in covered
    ]


TEAM_NAMED_RE = re.compile(r"\b(?:the|our|their|your|whole|entire)[ \t]+$", re.IGNORECASE)
TEAM_TAIL_RE = re.compile(
    r"[ \t]+(?:team|teams|department|dept|unit|division|squad|desk|committee|crew|tribe)\b"
)
LOWER_CUE_RE = re.compile(
    r"\b(?:with|w/|met|asked|told|tell|tells|ping|dear|hi|hey|thanks|mr|mrs|ms|dr|prof|mentor"
    r"|mentee|ask|called|calls|(?:mentor|mentee|manager|boss|buddy)[ \t]+is"
    r"|(?:escalated|assigned|forwarded|handed|passed|reassigned)[ \t]+(?:it[ \t]+)?to"
    r"|dengan|sama|ama|sm|dgn|bareng|bersama|tanya|hubungi|menurut|con|según|segun"
    r"|oye|hola|gracias|señora|señor|senora|senor|doña|tía|tío"
    r"|(?:dile|pregúntale|preguntale|avisa|avísale|avisale|llama|llámale|llamale|escríbele"
    r"|escribele|digas|dígale|digale|diles|pídele|pidele|mándale|mandale)[ \t]+a"
    r"|contacto[ \t]+de)\.?[ \t]*$"
)
ENGLISH_CUE_RE = re.compile(
    r"\b(?:with|w/|met|ask|asked|told|tell|tells|ping|thanks|mentor|mentee|called|calls"
    r"|(?:mentor|mentee|manager|boss|buddy)[ \t]+is"
    r"|(?:escalated|assigned|forwarded|handed|passed|reassigned)[ \t]+(?:it[ \t]+)?to)[ \t]+$"
)
# A ticket's or a form's field for a person: "requester: rob kowalczyk", "PIC: dimas".
PERSON_FIELD_RE = re.compile(
    r"(?i)\b(?:requester|requestor|assignee|assigned[ \t]+to|reporter|reported[ \t]+by"
    r"|raised[ \t]+by|opened[ \t]+by|owner|author|reviewer|approver|approved[ \t]+by"
    r"|contact[ \t]+person|pic|penanggung[ \t]+jawab|responsable|solicitante)[ \t]*[:=][ \t]*$"
)
# What only a person does, right after a word no list holds ("dougie said", "ferg reckons").
SAYS = frozenset(
    """said says asked asks thinks thought reckons reckoned told tells wrote replied agreed
    disagreed explained suggested mentioned promised laughed""".split()
)
# Acts of a person after a lower-case given name in Spanish and Indonesian chat: "leandro
# trajo los refrescos", "bayu nimbrung". Only a listed given name that is no word takes them.
LOWER_PERSON_VERBS = PERSON_VERBS | frozenset(
    """trajo compró compro pagó pago llamó llamo escribió escribio contestó contesto
    respondió respondio avisó aviso mandó mando habló hablo usa paga debe nimbrung ngomong
    nanya ngajak ngasih""".split()
)
# The verb after a name, past a Spanish clitic: "paz me dijo", "nacho le contó".
VERB_AFTER_RE = re.compile(r"[ \t]+(?:(?:me|le|nos|te|les|se)[ \t]+)?(\w+)")


def _in_person_field(text: str, tok: Tok) -> bool:
    """A lower-case given name, or a word in no list, as the value of a person's field."""
    low = tok.text
    if not low.islower() or len(low) < 3 or is_substance(low) or low in LOWER_TITLES:
        return False
    if not PERSON_FIELD_RE.search(text[max(0, tok.start - 30) : tok.start]):
        return False
    return low.capitalize() in gazetteer()[0] or unfamiliar(low)


# A title in lower case: whatever name follows it is a person ("mbak sari", "pak joko").
LOWER_TITLE_RE = re.compile(
    r"(?<!\w)(?:mr|mrs|ms|dr|pak|bu|bapak|ibu|mas|mbak|kak|bang|koh|cici|cik|teh|bli|kang|neng|sr"
    r"|sra|señora|señor|senora|senor|doña|kuya|tito|tita)\.?[ \t]$"
)
# "don aurelio", "la doctora maritza": titles in Spanish, but in English "don" is a given
# name and a verb, and "my doctor prescribed" has no name after the title.
SPANISH_TITLE_RE = re.compile(
    r"(?<!\w)(?:don|doctora|doctor|dra|profe|profesora|profesor|ingeniera|ingeniero"
    r"|licenciada|licenciado|lic)\.?[ \t]$"
)
# Who is speaking or who a message is from: "ini aku sekar", "vn dari anjani", "soy maite".
SELF_CUE_RE = re.compile(
    r"(?:\bini[ \t]+(?:aku|saya|gue)|\bsoy|\bnama(?:nya|[ \t]+(?:saya|aku|gue|dia|beliau))"
    r"|\bme[ \t]+llamo|\bse[ \t]+llama|\b(?:my|her|his)[ \t]+name(?:[ \t]+is|['’]s)"
    r"|\b(?:vn|pesan(?:[ \t]+suara)?|voice[ \t]+note|message"
    r"|nota[ \t]+de[ \t]+voz|audio|mensaje)[ \t]+(?:dari|from|de))[ \t]+$"
)


def _titled(text: str, start: int, english: bool) -> bool:
    """A lower-case title stands right before ``start`` ("pak joko", "la doctora yadira")."""
    before = text[max(0, start - 12) : start].lower()
    return LOWER_TITLE_RE.search(before) is not None or (
        not english and SPANISH_TITLE_RE.search(before) is not None
    )


LIST_GAPS = (", ", " and ", ", and ", " & ")
LOWER_TITLES = frozenset(
    """mr mrs ms dr pak bu bapak ibu mas mbak kak bang koh cici cik teh bli kang neng sr sra
    señora señor senora senor doña kuya tito tita doctora doctor dra profe profesora
    profesor ingeniera ingeniero licenciada licenciado lic""".split()
)
ARTICLE_BEFORE_RE = re.compile(r"(?:^|[^\w])(?:la|el|los|las|un|una|the|a|an)[ \t]+$")
# Words that mark a note as Bahasa Indonesia or Spanish rather than English.
OTHER_MARKERS = frozenset(
    """yang dan di ke dari untuk itu ini tidak sudah udah gue lo aku saya kita kami bilang
    katanya juga ada karena tapi que el la los las del en por para es una dice pero muy
    con su sus""".split()
)
ENGLISH_MARKERS = frozenset("the and of to is in with for that on are was".split())


def _other_language(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text[:3000].lower())
    other = sum(w in OTHER_MARKERS for w in words)
    return other >= 2 and other > sum(w in ENGLISH_MARKERS for w in words)


ARROW_LABEL_RE = re.compile(
    r"[ \t]*(?:->|→|=>)[ \t]*(?:will|wants|needs|owns|says|said|asked|thinks|to|has|can|is"
    r"[ \t]+(?:on|off|out|away|back|sick|handling|doing|taking))\b"
)


def _lower_case_names(
    text: str, toks: list[Tok], found: list[Mention], cased: bool = False
) -> list[Mention]:
    """Names typed without capitals: a given name with a surname, a sign, or in a list of names.

    In a note that capitalises its sentences, a lower-case word is a name only after a title
    or a cue; in Indonesian and Spanish an unknown word after a given name is no surname
    ("ximena prefiere"), as the word lists only know English words."""
    first, sur, common, dictionary = gazetteer()
    english = not _other_language(text)

    def plain_given(tok: Tok) -> bool:
        low = tok.text
        if not low.islower() or len(low) < 3 or low.capitalize() not in first:
            return False
        if low in common or low in dictionary or is_substance(low) or low in LOWER_TITLES:
            return False
        if ARTICLE_BEFORE_RE.search(text[max(0, tok.start - 5) : tok.start]):
            return False  # "la chica nueva": the new girl
        return not (low.endswith("s") and (low[:-1] in common or low[:-1] in dictionary))

    def cued_given(tok: Tok) -> bool:
        """ "hable con paco": a given name that is also a rare word, in a lower-case note."""
        low = tok.text
        if cased or not low.islower() or len(low) < 3 or low.capitalize() not in first:
            return False
        if low in common or is_substance(low) or low in LOWER_TITLES:
            return False
        verb = VERB_AFTER_RE.match(text[tok.end : tok.end + 24])
        return LOWER_CUE_RE.search(
            text[max(0, tok.start - 30) : tok.start].lower()
        ) is not None or (verb is not None and verb.group(1) in LOWER_PERSON_VERBS)

    out: list[Mention] = []
    people = {m.start for m in found}
    covered = {i for m in found for i in range(m.start, m.end)}
    given = [
        (plain_given(t) or cued_given(t) or _in_person_field(text, t)) and t.start not in covered
        for t in toks
    ]
    for i, t in enumerate(toks):  # "ask tunde": a word in no list, after an English cue
        verb = VERB_AFTER_RE.match(text[t.end : t.end + 24])
        if (
            not given[i]
            and t.text.islower()
            and len(t.text) >= 4
            and t.start not in covered
            and unfamiliar(t.text)
            and not (len(t.text) >= 7 and WORDY_END_RE.search(t.text))  # "Mentor onboarding"
            and (
                ENGLISH_CUE_RE.search(text[max(0, t.start - 12) : t.start].lower())
                # "what dougie said": a word in no list that says, thinks or asks is a person
                or (english and not cased and verb is not None and verb.group(1) in SAYS)
            )
        ):
            given[i] = True
    function, roles = vocab()
    for i, t in enumerate(toks):  # "bang rio", "ms sydney": no one writes a title before a town
        if (
            not given[i]
            and t.text.islower()
            and len(t.text) >= 3
            and t.start not in covered
            and t.text not in function
            and t.text not in roles
            and t.text not in common
            and (
                _titled(text, t.start, english)
                or SELF_CUE_RE.search(text[max(0, t.start - 22) : t.start].lower())
            )
        ):
            given[i] = True

    def arrow_label(t: Tok) -> bool:
        """ "hope -> wants the budget": a given name opening a line, an arrow, a person's verb."""
        line_start = text.rfind("\n", 0, t.start) + 1
        return (
            not cased
            and t.text.islower()
            and text[line_start : t.start].strip(" \t-*•>") == ""
            and t.text.capitalize() in first
            and t.text not in function
            and ARROW_LABEL_RE.match(text, t.end) is not None
        )

    arrows = {i for i, t in enumerate(toks) if t.start not in covered and arrow_label(t)}
    for i in arrows:
        given[i] = True
    for i, t in enumerate(toks[:-1]):  # "sandy kowalczyk": a given name, then only a surname
        nxt = toks[i + 1]
        if (
            not given[i]
            and not cased
            and t.text.islower()
            and len(t.text) >= 3
            and t.start not in covered
            and t.text.capitalize() in first
            and t.text not in function
            and t.text not in LOWER_TITLES
            and text[t.end : nxt.start] == " "
            and _only_a_surname(nxt.text, first, sur, common, dictionary)
        ):
            given[i] = True
        elif (  # "selasa: butet nainggolan": a word in no list, a surname, a roster slot
            not given[i]
            and t.text.islower()
            and len(t.text) >= 3
            and t.start not in covered
            and unfamiliar(t.text)
            and text[t.end : nxt.start] == " "
            and _only_a_surname(nxt.text, first, sur, common, dictionary)
            and _whole_item(text, t.start, nxt.end)
        ):
            given[i] = True
    listed = _name_lists(text, toks, given, people) | _cued_list(text, toks, covered)
    for i, t in enumerate(toks):
        if not given[i] and i not in listed:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        titled = _titled(text, t.start, english)
        cued = titled or LOWER_CUE_RE.search(text[max(0, t.start - 30) : t.start].lower())
        named = SELF_CUE_RE.search(text[max(0, t.start - 22) : t.start].lower()) is not None
        cued = cued or named
        if (
            nxt
            and text[t.end : nxt.start] == " "
            and nxt.text.islower()
            and len(nxt.text) > 2
            and (cued or not cased)
        ):
            low = nxt.text
            romanised = cued and low.capitalize() in first and low not in common  # "xiao ming"
            if (
                low not in common
                and (low not in dictionary or romanised)
                and not is_substance(low)
                and (
                    low.capitalize() in sur
                    or SURNAME_END_RE.search(low)
                    or romanised
                    or (
                        (english or named or _whole_item(text, t.start, nxt.end))
                        and unfamiliar(low)
                    )
                )
            ):
                out.append(Mention(t.start, nxt.end, [t.text, nxt.text]))
                people.add(t.start)
                continue
        line = text[max(0, t.start - 30) : t.start].lower()
        verb = VERB_AFTER_RE.match(text[t.end : t.end + 24])
        if (
            _in_person_field(text, t)
            or any(line.endswith(p + " ") for p in lx.BEFORE_PHRASES)
            or LOWER_CUE_RE.search(line)
            or (verb is not None and verb.group(1) in LOWER_PERSON_VERBS)
            or _titled(text, t.start, english)
            or SELF_CUE_RE.search(text[max(0, t.start - 22) : t.start].lower())
            or i in listed
            or i in arrows
        ):
            out.append(Mention(t.start, t.end, [t.text]))
            people.add(t.start)
    return out


_CUED_JOINS = re.compile(r", and |, | and | & | \+ ")
# Listed with the writer: "for me + siobhan + bronwyn", "me and ngozi".
WITH_ME_RE = re.compile(r"\bme[ \t]*(?:\+|&|and|dan|y)[ \t]*\Z")


def _cued_list(text: str, toks: list[Tok], covered: set[int]) -> set[int]:
    """ "with glen, rusty and bronwyn": after a cue, a list of listed given names with at least
    one that is no word is a list of people, the ones that are also words ("glen") too."""
    first = gazetteer()[0]
    function, _ = vocab()
    at = {t.start: i for i, t in enumerate(toks)}

    def listed_given(j: int) -> bool:
        low = toks[j].text
        return (
            low.islower()
            and len(low) >= 3
            and low.capitalize() in first
            and low not in function
            and low not in LOWER_TITLES
            and toks[j].start not in covered
        )

    out: set[int] = set()
    for i, t in enumerate(toks):
        before = text[max(0, t.start - 12) : t.start]
        with_me = WITH_ME_RE.search(before) is not None
        if not listed_given(i) or not (with_me or ENGLISH_CUE_RE.search(before)):
            continue
        chain = [i]
        while m := _CUED_JOINS.match(text, toks[chain[-1]].end):
            j = at.get(m.end())
            if j is None or not listed_given(j):
                break
            chain.append(j)
        plain = [j for j in chain if unfamiliar(toks[j].text) or not is_english_word(toks[j].text)]
        if (len(chain) >= 2 or with_me) and plain:
            out.update(chain)
    return out


# A list item's opening: a bullet, a number or a short label ("1. ", "- ", "piket: ").
ITEM_OPEN_RE = re.compile(r"[ \t]*(?:[-*•>]|\d{1,2}[.)]|[^\W\d_]{2,16}[ \t]*:)?[ \t]*\Z")
ITEM_CLOSE_RE = re.compile(r"[ \t]*(?:\n|\Z|[-–|+,;(])")


def _whole_item(text: str, start: int, end: int) -> bool:
    """A given name and one word that fill a list item or a field's value: "1. fransiska
    lumbantobing - izin", "piket: dewi kartika". In any language the second is a surname."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    return (
        ITEM_OPEN_RE.match(before) is not None or re.search(r"[ \t][+&/][ \t]*\Z", before)
    ) is not None and ITEM_CLOSE_RE.match(text, end) is not None


def _only_a_surname(
    low: str,
    first: Container[str],
    sur: Container[str],
    common: Container[str],
    dictionary: Container[str],
) -> bool:
    """A lower-case word the lists know as a surname and as nothing else ("kowalczyk")."""
    return (
        low.islower()
        and len(low) >= 3
        and low.capitalize() in sur
        and low.capitalize() not in first
        and low not in common
        and low not in dictionary
        and not is_substance(low)
        and unfamiliar(low)
    )


_LIST_JOINS = re.compile(r", and |, | and | & | dan | y | e ")


def _name_lists(text: str, toks: list[Tok], given: list[bool], people: set[int]) -> set[int]:
    """Tokens in a list of three or more given names, or in a list with a known person.

    A list is read from each name in it, as "Sari, Budi and Dewi" from "Budi" is a list too.
    From a name inside the list just read it is the rest of that list (unless the list ended
    where a lower-case word followed a capitalised name and the rest has no capitals), so it
    is not walked again: a pasted run of thousands of names is read once.
    """
    at = {t.start: i for i, t in enumerate(toks)}
    # "w/ marisol and oyelaran": a word in no list, listed with a person, is a person too
    odd = [t.text.islower() and len(t.text) >= 4 and unfamiliar(t.text) for t in toks]
    out: set[int] = set()

    def walk(i: int) -> tuple[list[int], bool]:
        """The list read from token i, and whether it ended at a lower-case word."""
        chain = [i]
        capital = toks[i].text[:1].isupper()
        while True:
            t = toks[chain[-1]]
            m = _LIST_JOINS.match(text[t.end : t.end + 6])
            j = at.get(t.end + len(m.group(0))) if m else None
            if j is None or not (given[j] or toks[j].start in people or odd[j]):
                return chain, False
            if odd[j] and not given[j] and m.group(0) == ", ":
                # "Kata Embun, generasinya ...": a comma lists names, not any word
                return chain, False
            if toks[j].text.islower() and capital:
                return chain, True  # "Menurut Bunga, cinta saja": the writer capitalises names
            chain.append(j)
            capital = capital or toks[j].text[:1].isupper()

    chain: list[int] = []
    where: dict[int, int] = {}
    ended_lower = False
    persons_from: list[int] = []  # people in chain[k:]
    capitals_from: list[bool] = []  # a capitalised name in chain[k:]
    given_from = odd_from = 0  # chain[k:] has had its given names (odd words) taken from here
    for i, ok in enumerate(given):
        if not ok and toks[i].start not in people:
            continue
        if chain and chain[-1] == i:
            continue
        k = where.get(i)
        if k is None or (ended_lower and not capitals_from[k]):
            chain, ended_lower = walk(i)
            where = {c: n for n, c in enumerate(chain)}
            persons_from = [0] * (len(chain) + 1)
            capitals_from = [False] * (len(chain) + 1)
            for n in range(len(chain) - 1, -1, -1):
                persons_from[n] = persons_from[n + 1] + (toks[chain[n]].start in people)
                capitals_from[n] = capitals_from[n + 1] or toks[chain[n]].text[:1].isupper()
            given_from = odd_from = len(chain)
            k = 0
        head = toks[i].start
        cued = given[i] and LOWER_CUE_RE.search(text[max(0, head - 30) : head].lower())
        has_person = persons_from[k] > 0 or bool(cued)
        size = len(chain) - k
        if size >= 3 or (has_person and size >= 2):
            if k < given_from:
                out.update(n for n in chain[k:given_from] if given[n])
                given_from = k
            if has_person and k < odd_from:
                out.update(n for n in chain[k:odd_from] if odd[n])
                odd_from = k
    return out
