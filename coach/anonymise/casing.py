"""Reading ALL-CAPS text as text, and transcript speaker labels as people.

A note typed in capitals ("SPOKE TO RINI HARTONO AFTER THE TOWN HALL") has no capital letters
to tell names from words. The finder reads a copy of the note of the same length in which each
capitalised stretch is re-cased: names from the gazetteer or the roster get a capital, known
words go lower case, and an unfamiliar word right after a name keeps its capital (a surname).
Offsets are unchanged, so what is removed is cut from the original.
"""

from __future__ import annotations

import re

from coach.anonymise import lexicon as lx
from coach.anonymise.words import (
    PERSON_ONLY_AFTER,
    STRONG_AFTER,
    WORD_RE,
    gazetteer,
    is_english_word,
    is_ordinary_word,
    is_substance,
    norm,
    places,
    vocab,
)

SENTENCE_RE = re.compile(r"[^\n.!?;]+")
# "DAWN: ..." or "Ayu: ..." at the start of a line.
LABEL_RE = re.compile(
    r"(?m)^[ \t>*•-]*(?P<label>[^\W\d_]{2,20}(?:['’-][^\W\d_]+)*"
    r"(?:[ \t][^\W\d_]{2,20}(?:['’-][^\W\d_]+)*){0,2})[ \t]*:(?!//)"
)


def _is_name(low: str, roster_words: frozenset[str]) -> bool:
    first, sur, _, _ = gazetteer()
    if low in roster_words:
        return True
    cap = low.capitalize()
    return (cap in first or cap in sur) and not is_ordinary_word(low)


def unfamiliar(low: str) -> bool:
    """In no word list: no English word, function word, title, brand or place."""
    return (
        len(low) >= 3
        and not is_ordinary_word(low)
        and not is_english_word(low)
        and low not in places()
    )


def _not_a_word(low: str) -> bool:
    return len(low) >= 3 and not is_ordinary_word(low) and not is_english_word(low)


LIST_JOINS = frozenset({"and", "dan", "y", "e", "&", "serta"})


def _is_loose_name(low: str) -> bool:
    """A listed name that is also an English word (Amy, Sam, Ivy): a name only with a sign."""
    first, sur, _, _ = gazetteer()
    cap = low.capitalize()
    return (cap in first or cap in sur) and not is_substance(low) and len(low) >= 3


def _is_cued_name(low: str) -> bool:
    """A listed given name that is no function word or title, whatever else shares it."""
    first, _, _, _ = gazetteer()
    function, roles = vocab()
    return (
        low.capitalize() in first
        and low not in function
        and low not in roles
        and len(low) >= 3
        and low not in lx.TITLES
    )


def _short_given(low: str) -> bool:
    """A listed given name of two letters (Jo, Ed, Fe) that is no function word or title."""
    function, _ = vocab()
    return (
        len(low) == 2
        and low.capitalize() in gazetteer()[0]
        and low not in function
        and low not in lx.TITLES
        and low not in lx.PARTICLES
    )


# Words before a name, and verbs after one, that make a listed word a name in capitals.
CAPS_CUES = frozenset("with met ask thanks dear hi hey and dengan sama bersama con y".split())


def _recase(word: str, as_name: bool) -> str:
    out = word[0] + word[1:].lower() if as_name else word.lower()
    return out if len(out) == len(word) else word


def _patronymics_and_word_names(
    words: list[re.Match[str]], lows: list[str], names: list[bool], body: str
) -> None:
    # "RIZAL BIN AHMAD": bin or binti between two words that are no ordinary words, with an
    # abbreviated Muhammad before them ("MOH. ARIEF BIN SYUKUR").
    for i in range(1, len(words) - 1):
        if (
            lows[i] in ("bin", "binti")
            and all(words[j].group(0).isupper() for j in (i - 1, i + 1))
            and body[words[i - 1].end() : words[i].start()] == " "
            and body[words[i].end() : words[i + 1].start()] == " "
            and all(names[j] or _not_a_word(lows[j]) for j in (i - 1, i + 1))
        ):
            names[i - 1] = names[i + 1] = True
            if i > 1 and lows[i - 2] in lx.MUHAMMAD_SHORT:
                names[i - 2] = True
    # "AMBER TREVELYAN, CFO": a given name that is also a word, then a word no list knows,
    # standing alone as a list item or a field's value.
    for a in range(len(words) - 1):
        b = a + 1
        if (
            not names[a]
            and words[a].group(0).isupper()
            and words[b].group(0).isupper()
            and body[words[a].end() : words[b].start()] == " "
            and (
                (_is_cued_name(lows[a]) and unfamiliar(lows[b]))
                # "FE ESCOBEDO", "JO PEMBERTON": a two-letter given name before a surname
                or (_short_given(lows[a]) and (unfamiliar(lows[b]) or names[b]))
            )
            and _opens_clause(body, words, lows, a)
            and re.match(r"[ \t]*(?:[,;:(\n]|$)", body[words[b].end() :])
        ):
            names[a] = names[b] = True


def _names_in_shouting(
    words: list[re.Match[str]], lows: list[str], names: list[bool], body: str = ""
) -> None:
    """In a sentence written in capitals, mark the words that are names by the company they
    keep (``names`` is changed in place)."""
    _patronymics_and_word_names(words, lows, names, body)
    # An unfamiliar word beside a name, or listed with one, is a name too.
    for _ in range(2):
        for i, low in enumerate(lows):
            # "DOÑA ROSARIO ALCÁNTARA": after a title and a given name, a surname that is
            # also a town's name.
            after_title = i > 1 and lows[i - 2] in lx.TITLES and names[i - 1] and _not_a_word(low)
            if names[i] or not words[i].group(0).isupper():
                continue
            title_before = i > 0 and lows[i - 1] in lx.TITLES
            if not (unfamiliar(low) or after_title or (title_before and _is_cued_name(low))):
                continue
            near = [
                j
                for j in (i - 1, i + 1)
                if 0 <= j < len(words) and names[j] and lows[j] not in lx.TITLES
            ]
            listed = [
                j
                for j in (i - 2, i + 2)
                if 0 <= j < len(words) and names[j] and lows[(i + j) // 2] in LIST_JOINS
            ]
            titled = i > 0 and lows[i - 1] in lx.TITLES
            # "THANKS, BARNABY": a sign-off opening the sentence, then the sender ending it
            signed = (
                i == 1
                and lows[0] in SIGN_OFFS
                and unfamiliar(low)
                and body[words[0].end() : words[1].start()].strip() == ","
                and not body[words[i].end() :].strip()
            )
            if near or listed or titled or signed:
                names[i] = True
    # A name that is also a word ("AMY", "SAM") counts beside a name or a sign; twice over,
    # so a name marked by the verb after it ("JOY PEREIRA SENT") also marks the one before.
    for _ in range(2):
        for i in range(len(lows)):
            if not names[i] and words[i].group(0).isupper():
                names[i] = _loose_name_marked(i, lows, names)


def _loose_name_marked(i: int, lows: list[str], names: list[bool]) -> bool:
    low = lows[i]
    if not _is_loose_name(low):
        # "CON DIEGO": a given name a place shares ("San Diego") after a cue
        return i > 0 and lows[i - 1] in CAPS_CUES - LIST_JOINS and _is_cued_name(low)
    beside = any(
        0 <= j < len(lows) and names[j] and lows[j] not in lx.TITLES for j in (i - 1, i + 1)
    )
    cued = (
        i > 0
        and lows[i - 1] in CAPS_CUES
        and (lows[i - 1] not in ("and", "y") or (i > 1 and names[i - 2]))
    )
    verb = i + 1 < len(lows) and (lows[i + 1] in STRONG_AFTER or lows[i + 1] in lx.AFTER_CUES)
    return beside or cued or verb


def _unfamiliar_pair(body: str, words: list[re.Match[str]], lows: list[str], i: int) -> bool:
    if not unfamiliar(lows[i]):
        return False
    for a, b in ((i - 1, i), (i, i + 1)):
        if (
            a >= 0
            and b < len(words)
            and words[a].group(0).isupper()
            and words[b].group(0).isupper()
            and body[words[a].end() : words[b].start()] == " "
        ):
            other = lows[a] if b == i else lows[b]
            if unfamiliar(other) and _opens_clause(body, words, lows, a):
                return True
    return False


def _opens_clause(body: str, words: list[re.Match[str]], lows: list[str], a: int) -> bool:
    """A pair that opens a list item or a clause, or follows a cue ("WITH", "PAK"): where a
    name stands, rather than in the middle of a sentence of words ("6 DE CADA 10 JÓVENES")."""
    before = body[: words[a].start()].rstrip(" \t")
    if not before or before[-1] in ":,;(\n-":
        return True
    return a > 0 and (lows[a - 1] in CAPS_CUES or lows[a - 1] in lx.TITLES)


def _passport_style(body: str, m: re.Match[str]) -> bool:
    """ "YAMAMOTO Kenji", "Kenji YAMAMOTO": a listed surname in capitals right beside a listed
    given name in title case is the surname of that person, not an acronym."""
    first, sur, _, _ = gazetteer()
    low = norm(m.group(0))
    if len(low) < 2 or (low.capitalize() not in sur and low not in lx.ROMANISED_ASIAN_SURNAMES):
        return False
    after = re.match(r"[ \t]([A-Z][a-z]{2,})\b(?:[ \t]([A-Z][a-z]{2,})\b)?", body[m.end() :])
    before = re.search(r"\b([A-Z][a-z]{2,})[ \t]\Z", body[: m.start()])
    given = [norm(w) for g in (after, before) if g is not None for w in g.groups() if w]
    if is_ordinary_word(low):
        # "KIM Jisoo", "TAN Boon Huat": a surname that is also a word needs a given name that
        # is no word at all beside it.
        return any(
            (unfamiliar(g) or g.capitalize() in first)
            and not is_ordinary_word(g)
            and not is_english_word(g)
            for g in given
        )
    # The given name may be one no list knows ("SATO Haruki"): then it must be no word either.
    return any(g.capitalize() in first or unfamiliar(g) for g in given)


# Sign-offs before the sender's name at the end of a shouted note ("THANKS, BARNABY").
SIGN_OFFS = frozenset("thanks thx cheers regards best rgds salam gracias saludos".split())
# Words before a name in capitals inside mixed-case writing ("spoke with BEATRIZ").
MIXED_CUES = (CAPS_CUES - LIST_JOINS) | frozenset("ketemu bertemu spoke speak talked".split())


def _shouted_note(text: str) -> bool:
    """Most words of the whole note in capitals: a form, a telex, a shouted chat. Then a short
    sentence cut off by dotted leaders or a sign-off ("THANKS, BARNABY") is shouted too."""
    words = [
        m.group(0)
        for m in WORD_RE.finditer(text)
        if len(m.group(0)) >= 2 and text[m.start() - 1 : m.start()] != "["
    ]
    caps = sum(w.isupper() for w in words)
    return caps >= 6 and caps >= 0.8 * len(words)


def _mixed_names(
    body: str, words: list[re.Match[str]], lows: list[str], names: list[bool]
) -> set[int]:
    """In mixed-case writing, words in capitals that name people: a listed name after a cue
    ("spoke with BEATRIZ"), two side by side with a listed name among them ("RETNO
    WULANDARI"), and one listed with a person found ("SUHARTONO dan RETNO ...")."""

    def caps(i: int) -> bool:
        w = words[i].group(0)
        return len(w) >= 3 and w.isupper() and lows[i] not in lx.TITLES

    def adjacent(a: int, b: int) -> bool:
        return body[words[a].end() : words[b].start()] == " "

    out: set[int] = set()
    for i in range(len(words)):
        if not caps(i):
            continue
        if (
            names[i]
            and i > 0
            and not words[i - 1].group(0).isupper()
            and lows[i - 1] in MIXED_CUES
            and adjacent(i - 1, i)
        ):
            out.add(i)
        # a pair of short words in capitals is more often acronyms ("BUNDALAGUAH VIC")
        long_pair = i + 1 < len(words) and min(len(lows[i]), len(lows[i + 1])) >= 4
        if long_pair and caps(i + 1) and adjacent(i, i + 1):
            pair = (i, i + 1)
            if any(names[j] for j in pair) and all(
                (names[j] or unfamiliar(lows[j])) and not is_english_word(lows[j]) for j in pair
            ):  # "WIFI DIES" is words
                out.update(pair)
    for _ in range(2):
        for i in range(len(words)):
            if i not in out and caps(i) and (names[i] or unfamiliar(lows[i])):
                if _listed_with(body, words, lows, out, i):
                    out.add(i)
    return out


def _listed_with(
    body: str, words: list[re.Match[str]], lows: list[str], found: set[int], i: int
) -> bool:
    """Word ``i`` joined by a lower-case "and", "dan" or "y" to a word in ``found``."""
    for a, j, b in ((i - 2, i - 1, i), (i, i + 1, i + 2)):
        if (
            0 <= a
            and b < len(words)
            and (a if b == i else b) in found
            and lows[j] in LIST_JOINS
            and not words[j].group(0).isupper()
            and body[words[a].end() : words[j].start()] == " "
            and body[words[j].end() : words[b].start()] == " "
        ):
            return True
    return False


# "NIK 3273..." or, once anonymised, "NIK [ID]": the word before is a number's label.
NUMBER_AFTER_RE = re.compile(
    r"[ \t]*[:#]?[ \t]*(?:\d{4}|\[(?:ID|PHONE|DOB|EMAIL|HANDLE|LINK|IP|ADDRESS)\])"
)


def cased_view(text: str, roster_words: frozenset[str] = frozenset()) -> str:
    """``text`` with every ALL-CAPS stretch re-cased as ordinary writing, same length."""
    if not any(c.isupper() for c in text):
        return text
    chars = list(text)
    note_shouted = _shouted_note(text)
    for sent in SENTENCE_RE.finditer(text):
        sent_start, body = sent.start(), sent.group(0)
        # Placeholders of an earlier pass ("[PERSON_1]") are not words of the note.
        words = [
            m
            for m in WORD_RE.finditer(body)
            if len(m.group(0)) >= 2 and body[m.start() - 1 : m.start()] != "["
        ]
        caps = [m for m in words if m.group(0).isupper()]
        if not caps:
            continue
        shouted = (len(caps) >= 3 or note_shouted) and len(caps) >= 0.7 * len(words)
        # A title keeps its accents ("DOÑA" is "doña", not the name Dona).
        lows = [
            m.group(0).lower() if m.group(0).lower() in lx.TITLES else norm(m.group(0))
            for m in words
        ]
        names = [
            m.group(0).isupper() and (_is_name(low, roster_words) or low in lx.TITLES)
            for m, low in zip(words, lows)
        ]
        mixed: set[int] = set()
        if shouted:
            _names_in_shouting(words, lows, names, body)
        else:
            mixed = _mixed_names(body, words, lows, names)
        for i, m in enumerate(words):
            w = m.group(0)
            if not w.isupper():
                continue
            if not shouted:
                # A lone capitalised word in ordinary text is an acronym, unless it is a name
                # and a verb only people take follows ("RINI said").
                nxt = re.match(r"[ \t]+(\w+)", text[sent_start + m.end() :])
                spoken = names[i] and len(w) >= 3 and nxt and nxt.group(1) in PERSON_ONLY_AFTER
                passport = _passport_style(body, m)
                if not (spoken or passport or i in mixed):
                    continue
                names[i] = True
            label = NUMBER_AFTER_RE.match(text, sent_start + m.end())
            # In shouted text two unfamiliar words side by side keep their capitals, as a given
            # name and a surname would in ordinary writing ("NKECHI ADEBAYO"), so the rules for
            # title case decide whether they are a name.
            as_name = names[i] or (shouted and _unfamiliar_pair(body, words, lows, i))
            new = _recase(w, as_name and not label)  # "NIK 3273...": a number's label
            start = sent_start + m.start()
            chars[start : start + len(w)] = new
    return "".join(chars)


# "BEATRIX HOLLOWAY  0:03" or "Olumide Bankole  10:02 AM": a transcript export's speaker line.
TIMED_SPEAKER_RE = re.compile(
    r"(?m)^[ \t]*(?P<label>[^\W\d_]{2,20}(?:['’-][^\W\d_]+)*"
    r"(?:[ \t][^\W\d_]{2,20}(?:['’-][^\W\d_]+)*){0,3})"
    r"[ \t]+[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[\])]?[ \t]*$"
)


def timed_speakers(text: str, roster_words: frozenset[str]) -> list[tuple[int, int]]:
    """Speaker lines above what was said, each a name and a time, in a note with two or more
    of them; every word of a label is unfamiliar or a listed name, in whatever case."""
    found = list(TIMED_SPEAKER_RE.finditer(text))
    if len(found) < 2:
        return []

    def named(word: str) -> bool:  # "OKORO-BELL": one part of a double name is enough
        return any(unfamiliar(p) or _is_name(p, roster_words) for p in re.split(r"['’-]", word))

    out = []
    for m in found:
        words = norm(m.group("label")).split()
        if len(words) == 1 and not _is_name(words[0], roster_words):
            continue  # "Standup  9:30": an agenda line, unless the word is a listed name
        if all(named(w) for w in words):
            out.append((m.start("label"), m.end("label")))
    return out


# Fields notes put before a colon line after line ("ETA: Friday", "NB: ..."): never a speaker
FIELD_ABBREVIATIONS = frozenset(
    """eta etd fyi nb ps pps tbc tbd tba aob ooo wfh wip asap eod eow cob tldr tl;dr btw imo
    imho re fw fwd cc bcc rsvp faq qa kpi okr roi poc pic ap ai""".split()
)


def speaker_labels(text: str, roster_words: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of speaker labels that name a person, when the note reads as a transcript."""
    found = [
        (m.start("label"), m.end("label"), norm(m.group("label"))) for m in LABEL_RE.finditer(text)
    ]
    if len(found) < 3:
        return []
    counts: dict[str, int] = {}
    for _, _, low in found:
        counts[low] = counts.get(low, 0) + 1
    if len(counts) < 2 and max(counts.values()) < 3:
        return []
    first, sur, common, _ = gazetteer()
    out = []
    for start, end, low in found:
        if " " in low:  # "JUNO MARTINEZ-OKAFOR: ...": every word unknown to the word lists
            parts = re.split(r"[ \t'’-]+", low)
            if counts[low] >= 2 and all(unfamiliar(w) or _is_name(w, roster_words) for w in parts):
                out.append((start, end))
            continue
        if is_substance(low) or low in lx.TITLES:
            continue
        if low in FIELD_ABBREVIATIONS and low not in roster_words:
            continue
        cap = low.capitalize()
        plural = low.endswith("s") and low[:-1] in common  # "NUMBERS:", "NOTES:": a heading
        # "DONE:", "CALLER:": a field or a role, words of English, unless names often are
        # that word (GRACE, WILL)
        english = is_english_word(low) and low not in lx.NAME_LIKE_WORDS
        named = low in roster_words or (
            (cap in first or cap in sur)
            and not english
            and (low in lx.NAME_LIKE_WORDS or (low not in common and not plural))
        )
        repeated = counts[low] >= 2 and not is_ordinary_word(low) and not english
        if named or repeated:
            out.append((start, end))
    return out


def _speech_follows(text: str, end: int) -> bool:
    """Words said after a label's colon, on the label's own line."""
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    return re.match(r"[ \t]*:[ \t]*\S", rest) is not None


def _speaker_name(parts: list[str], roster_words: frozenset[str]) -> bool:
    """Words a speaker's name can be made of: no title or function word unless it is a listed
    name too (BILL, WILL, MARK), the last a listed name or no English word, and one word at
    least that no English list holds ("ACTION ITEMS", "WIFI ISSUES" are words)."""
    for p in parts:
        if (
            p in lx.TITLES
            or p in lx.ORG_WORDS
            or (is_substance(p) and not _listed(p, roster_words))
        ):
            return False
    last = parts[-1]
    if is_english_word(last) and not _listed(last, roster_words):
        return False
    return any(
        not is_english_word(p) and (unfamiliar(p) or _listed(p, roster_words)) for p in parts
    )


def _listed(low: str, roster_words: frozenset[str]) -> bool:
    first, sur, _, _ = gazetteer()
    return low in roster_words or low.capitalize() in first or low.capitalize() in sur


CALENDAR_WORDS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter
    today tomorrow""".split()
)


def _given(low: str) -> bool:
    """A listed given name, and no title, date word or function word ("SAYA:", Indonesian
    for "I") unless names often are that word (WILL, BILL, MARK)."""
    return (
        low.capitalize() in gazetteer()[0]
        and (low in lx.NAME_LIKE_WORDS or not is_substance(low))
        and low not in lx.TITLES
        and low not in CALENDAR_WORDS
    )


def _one_word_speaker(low: str, listed_only: bool, roster_words: frozenset[str]) -> bool:
    """A one-word label that may be a speaker: a word in no list, or a listed given name."""
    if low in roster_words or low in FIELD_ABBREVIATIONS:
        return False  # found by the roster already, or a field such as "ETA:"
    return _given(low) or (not listed_only and unfamiliar(low))


def speaker_lines(
    text: str, roster_words: frozenset[str], listed_only: bool = False
) -> list[tuple[int, int]]:
    """Labels of two or three capitalised words before what was said, in a note with two or
    more such lines, one of them a listed name beside a word no English list holds ("BILL
    UZO: we should ..."); "ACTION ITEMS:" and "NEXT STEPS:" are words and stay. Then a one-word
    label in no word list, repeated in the same style, is a speaker too ("CHIDI: ...").

    With ``listed_only`` (a note in Indonesian or Spanish, whose words no English list holds:
    "LANGKAH SELANJUTNYA:", "PROXIMOS PASOS:") every label needs a listed name."""
    single: list[tuple[int, int, str, bool]] = []
    multi: list[tuple[int, int, list[str], bool]] = []
    for m in LABEL_RE.finditer(text):
        label = m.group("label")
        words = label.split()
        if not all(w[0].isupper() for w in words) or not _speech_follows(text, m.end("label")):
            continue
        parts = [p for p in re.split(r"[ \t'’-]+", norm(label)) if p]
        shouted = label.isupper()
        if listed_only and not any(_listed(p, roster_words) for p in parts):
            continue
        if len(words) == 1:
            if _one_word_speaker(parts[0], listed_only, roster_words):
                single.append((m.start("label"), m.end("label"), parts[0], shouted))
        elif _speaker_name(parts, roster_words):
            multi.append((m.start("label"), m.end("label"), parts, shouted))
    styles = {
        shouted
        for _, _, parts, shouted in multi
        if any(_listed(p, roster_words) for p in parts)
        and any(not is_english_word(p) for p in parts)
    }
    seen: dict[str, int] = {}
    for _, _, low, _ in single:
        seen[low] = seen.get(low, 0) + 1
    # "WILL: ..." twice over: a listed given name repeated as a label, though it is a word
    styles |= {shouted for _, _, low, shouted in single if seen[low] >= 2 and _given(low)}
    # a one-word label in no list speaks twice at least: "FYI:", "TLDR:" head a line once;
    # two listed given names that are no words speak once each in a subtitle file
    once = {low for _, _, low, _ in single if _given(low) and not is_english_word(low)}
    once = once if len(once) >= 2 else set()
    styles |= {shouted for _, _, low, shouted in single if low in once}
    single = [x for x in single if seen[x[2]] >= 2 or x[2] in once]
    if len(multi) + len(single) < 2 or not styles:
        return []
    return [(s, e) for s, e, _, shouted in multi + single if shouted in styles]
