"""Finding people's names without a language model.

Evidence is combined per run of capitalised words: the roster, a gazetteer of given names and
surnames from many cultures, and context ("Dear X", "X said", "Mr X", "my mentor X"). Everyday
words that double as names (Will, Grace, May) and brands or places (Kindle, Sydney) need more
evidence than a name that is only a name. Once a person is found, a later bare first name or
surname is the same person.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from coach.anonymise import lexicon as lx

WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
POSSESSIVE_RE = re.compile(r"['’]s$")
CONTRACTION_RE = re.compile(r"['’](?:m|re|ve|ll|d|t)$", re.IGNORECASE)
# Endings of English nouns, adjectives and verbs, rare in names the gazetteer lacks.
ENGLISH_END_RE = re.compile(
    r"(?:ing|tion|sion|ment|ness|able|ible|ful|less|ship|ity|ive|ous|ism|ist|ers|ics|ology"
    r"|ure|ance|ence|ery|ary|ward|wise|ly|ed|al|ic|ise|ize|hood|dom|ware|tech|book|net|hub"
    r"|app|pay|box|flix|bank|soft|data|line|ai)s?$"
)
# Endings that make even a listed name read as an English word at the start of a sentence.
WORDY_END_RE = re.compile(r"(?:ing|tion|sion|ment|ness|ity|ship|ism|ance|ence|ancy|ency|acy|ology"
                          r"|able|ible|ers|ors|ings)$")
# Verbs that follow a person far more often than a thing.
PERSON_VERBS = frozenset(
    """said says thinks thought explained asked told suggested mentioned agreed showed admitted
    recommended disagreed shouted lives lived works worked joined began wants wanted loves
    hates promised replied wrote argued smiled laughed""".split()
)
# Endings that mark a surname in many languages, for names the gazetteer lacks.
SURNAME_END_RE = re.compile(
    r"(?:ov|ova|ev|eva|ski|ska|sky|cki|cka|wicz|vich|vić|vic|ić|enko|escu|eanu|ović|oğlu|oglu"
    r"|yan|dze|shvili|sson|sen|poulos|opoulos|akis|idis|ez|ewski|owski|ak|ek"
    r"|ková|ová|ný|ský|ssen|mann|stein|berg|feld|ino|elli|etti|ucci|iadis|ayev|iyev|uk|yuk)$"
)
CAMEL_OK = ("Mc", "Mac", "O'", "O’", "D'", "D’", "De", "Di", "La", "Le", "Van", "Fitz")
ORG_PHRASES = frozenset(
    """morgan stanley|goldman sachs|john lewis|marks spencer|charles schwab|dow jones|rolls royce
    |ernst young|johnson johnson|wells fargo|lloyds bank|jp morgan|j.p. morgan|warren buffett
    """.replace("\n", "").replace(" |", "|").split("|")
)
STRONG_AFTER = frozenset(
    """said says thinks thought explained explains asked asks told tells suggested suggests
    mentioned mentions agreed agrees showed shows admitted admits recommended disagreed
    walked talked covered challenged corrected pointed argued noted replied wrote promised
    reckons believes feels felt wants wanted""".split()
)


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    from coach.anonymise import _names_data as data

    common = frozenset(data.COMMON_WORDS.split()) | lx.NAME_LIKE_WORDS
    first, sur = frozenset(data.FIRST_NAMES.split()), frozenset(data.SURNAMES.split())
    return first, sur, common, frozenset(data.DICTIONARY_WORDS.split())


@dataclass
class Tok:
    start: int
    end: int
    text: str
    at_start: bool = False
    cls: str = "none"  # roster | strong | weak | unknown | none | initial | particle | title
    first: bool = False
    dictionary: bool = False
    surname_like: bool = False


@dataclass
class Mention:
    start: int
    end: int
    words: list[str] = field(default_factory=list)


def _norm(word: str) -> str:
    """Lower case, straight apostrophes, no accents: "Siobhán" and "siobhan" compare equal."""
    low = word.replace("’", "'").lower()
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def _shape_ok(word: str) -> bool:
    """Capitalised like a name: not ALL CAPS, no inner capital unless Mc/O'/De-style."""
    if not word[0].isupper() or (len(word) > 1 and word.isupper()):
        return False
    for part in re.split(r"[-'’]", word):
        if not part:
            continue
        inner = part[1:]
        if any(c.isupper() for c in inner) and not part.startswith(CAMEL_OK):
            return False
    return True


def _tokens(text: str, taken: list[bool]) -> list[Tok]:
    toks: list[Tok] = []
    for m in WORD_RE.finditer(text):
        s, e = m.span()
        if taken[s] or taken[e - 1]:
            continue
        word = m.group(0)
        if len(word) > 3 and word[-2:] in ("'s", "’s"):
            word, e = word[:-2], e - 2
        at_start = False
        if word[0].isupper():
            line_start = text.rfind("\n", max(0, s - 60), s) + 1
            lead = text[max(line_start, s - 40) : s].strip(" \t-*•>#\"'“‘([0123456789.)")
            prev = text[max(0, s - 20) : s].rstrip(" \t\"'“‘(*_")
            at_start = (line_start > 0 or s < 60) and lead == "" or prev.endswith(
                (".", "!", "?", ":", ";")
            )
        toks.append(Tok(s, e, word, at_start))
    return toks


def _classify(tok: Tok, roster_words: set[str], text_after: str, prev_cap: bool) -> None:
    first, sur, common, dictionary = _gazetteer()
    w, low = tok.text, _norm(tok.text)
    if w[0].islower():
        if low in lx.PARTICLES:
            tok.cls = "particle"
        elif low in roster_words and low not in common and low not in dictionary:
            tok.cls = "roster"
        return
    if low in lx.TITLES:
        tok.cls = "title"
        return
    if low in lx.PARTICLES and not w[0].isupper():
        tok.cls = "particle"
        return
    if len(w) == 1 and w.isupper():
        dotted = text_after.startswith(".")
        between = prev_cap and re.match(r" [A-Z]", text_after) is not None
        spaced = w not in "AI" and text_after[:1] == " "
        tok.cls = "initial" if dotted or between or spaced else "none"
        return
    if CONTRACTION_RE.search(w):
        tok.cls = "none"
        return
    if low in roster_words:
        if low not in common and low not in lx.STOP_WORDS and low not in dictionary:
            tok.cls = "roster"
        elif w[0].isupper():  # a roster name that is also a word ("Will", "An") needs a cue
            tok.cls, tok.first, tok.dictionary = "weak", True, True
        return
    if not _shape_ok(w):
        tok.cls = "none"
        return
    parts = [p for p in re.split(r"[-'’]", w) if len(p) > 1 and p[0].isupper()] or [w]
    tok.first = w in first or any(p in first for p in parts)
    in_gaz = tok.first or w in sur or any(p in sur for p in parts)
    tok.surname_like = len(w) >= 5 and SURNAME_END_RE.search(w.lower()) is not None
    ordinary = low in common or low in lx.STOP_WORDS or low in lx.BEFORE_CUES
    if "-" in low and any(p in common or p in lx.STOP_WORDS for p in low.split("-")):
        ordinary = True
    tok.dictionary = low in dictionary or WORDY_END_RE.search(w.lower()) is not None
    if in_gaz:
        tok.cls = "weak" if ordinary else "strong"
    else:
        tok.cls = "none" if ordinary or ENGLISH_END_RE.search(w.lower()) else "unknown"


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


def _after(text: str, end: int) -> tuple[str, str]:
    rest = text[end : end + 30]
    m = re.match(r"(['’]s\b)?[ \t]*(\w+)?", rest)
    nxt = (m.group(2) or "").lower() if m else ""
    return rest, nxt


def _is_person(text: str, run: list[Tok], idx: int, toks: list[Tok]) -> bool:
    names = [t for t in run if t.cls in ("roster", "strong", "weak", "unknown")]
    if not names:
        return False
    phrase = " ".join(_norm(t.text) for t in names)
    if phrase in ORG_PHRASES:
        return False
    line_before, prev = _before(text, run[0].start, toks[idx - 1] if idx else None)
    rest, nxt = _after(text, run[-1].end)
    titled = prev.rstrip(".") in lx.TITLES or run[0].cls == "title"
    phrase_cue = any(line_before.endswith(p + " ") for p in lx.BEFORE_PHRASES)
    strong_before = titled or phrase_cue or prev in lx.STRONG_BEFORE_CUES
    weak_before = strong_before or prev in lx.BEFORE_CUES or prev == ":"
    strong_after = nxt in STRONG_AFTER or rest.lstrip().startswith(", who")
    colon_after = (
        rest.startswith(":") and run[0].at_start
        and all(t.cls in ("strong", "weak", "roster") and not t.dictionary for t in names)
    )
    after2 = re.match(r"(?:['’]s\b)?[ \t]*\w+[ \t]+(\w+)", rest)
    subject = nxt in PERSON_VERBS or (
        nxt in ("is", "was") and after2 is not None
        and after2.group(1).lower() in ("from", "very", "my", "our", "his", "her", "not", "one")
    )
    alone_on_line = (
        line_before.strip(" \t-*•>") == ""
        and re.match(r"[ \t]*[,.!]?[ \t\r]*(?:\n|$)", rest) is not None
    )
    classes = [t.cls for t in names]
    if "roster" in classes:
        return True
    if nxt in lx.ORG_WORDS or nxt in lx.STREET_WORDS or _norm(names[-1].text) in lx.ORG_WORDS:
        return False
    if len(names) >= 2:
        if "strong" in classes or any(t.surname_like for t in names):
            return True
        if any(t.cls == "initial" for t in run[1:-1]):
            return True
        if all(t.cls == "unknown" for t in names) and len(names) <= 3:
            if not names[0].at_start or alone_on_line or nxt in lx.AFTER_CUES:
                return True
        if names[0].cls == "weak" and names[0].first and _norm(names[0].text) not in lx.STOP_WORDS:
            return True
        return strong_before or strong_after or (classes.count("weak") >= 2 and weak_before)
    tok = names[0]
    cues = strong_before or strong_after or colon_after
    if tok.cls == "strong":
        if tok.at_start and tok.dictionary:
            return strong_before or subject or (weak_before and prev != ":")
        return True
    if tok.cls == "weak":
        low = _norm(tok.text)
        if low in _gazetteer()[2] and low not in lx.NAME_LIKE_WORDS:
            return strong_before
        if low in lx.STOP_WORDS:
            return strong_before or strong_after
        return cues or (weak_before and not tok.at_start)
    if tok.surname_like and not tok.at_start and prev not in lx.PLACE_PREPOSITIONS:
        return True
    if tok.at_start and subject:
        return True
    return cues or (alone_on_line and weak_before) or _in_name_list(text, idx, toks)


def _in_name_list(text: str, idx: int, toks: list[Tok]) -> bool:
    """"Gaetane, Hannah and Derek": an unknown word listed beside known names."""
    tok = toks[idx]
    if not re.match(r"(?:[,.;:!?)]|\s*\n| and | & |$)", text[tok.end : tok.end + 5]):
        return False
    for j in (idx - 1, idx + 1):
        if 0 <= j < len(toks) and toks[j].cls in ("strong", "roster"):
            a, b = sorted((toks[idx], toks[j]), key=lambda t: t.start)
            if text[a.end : b.start] in (", ", " and ", " & ", ", and "):
                return True
    return False


def _filler(tok: Tok) -> bool:
    """A common word that happens to be in the gazetteer ("The", "Can") at a run's edge."""
    low = _norm(tok.text)
    return tok.cls == "weak" and low in _gazetteer()[2] and low not in lx.NAME_LIKE_WORDS


def find_people(text: str, taken: list[bool], roster: list[str]) -> list[Mention]:
    """Mentions of people in text, skipping characters already taken by other identifiers."""
    roster_words = {_norm(w) for name in roster for w in WORD_RE.findall(name) if len(w) > 1}
    roster_words -= lx.PARTICLES
    toks = _tokens(text, taken)
    for i, t in enumerate(toks):
        prev = toks[i - 1] if i else None
        prev_cap = (
            prev is not None
            and prev.cls in ("strong", "roster")
            and text[prev.end : t.start] == " "
        )
        _classify(t, roster_words, text[t.end : t.end + 2], prev_cap)
    mentions: list[Mention] = []
    pos = {id(t): i for i, t in enumerate(toks)}
    for run in _runs(text, toks):
        while run and run[0].cls in ("title", "particle", "initial"):
            run = run[1:]
        while run and run[-1].cls in ("title", "particle"):
            run = run[:-1]
        while len(run) > 1 and _filler(run[0]):
            run = run[1:]
        while len(run) > 1 and _filler(run[-1]):
            run = run[:-1]
        if not run:
            continue
        if _is_person(text, run, pos[id(run[0])], toks):
            words = [t.text for t in run if t.cls not in ("initial", "particle", "title")]
            mentions.append(Mention(run[0].start, run[-1].end, words))
    mentions += _lower_case_names(text, toks, mentions)
    return _second_pass(text, toks, mentions, roster_words, pos)


LOWER_CUE_RE = re.compile(
    r"\b(?:with|w/|met|asked|told|dear|hi|hey|thanks|mr|mrs|ms|dr|prof|mentor|mentee)\.?[ \t]*$"
)
LIST_GAPS = (", ", " and ", ", and ", " & ")


def _lower_case_names(text: str, toks: list[Tok], found: list[Mention]) -> list[Mention]:
    """Names typed without capitals: a given name with a surname, a sign, or in a list of names."""
    first, sur, common, dictionary = _gazetteer()

    def plain_given(tok: Tok) -> bool:
        low = tok.text
        if not low.islower() or len(low) < 3 or low.capitalize() not in first:
            return False
        if low in common or low in dictionary or low in lx.STOP_WORDS:
            return False
        return not (low.endswith("s") and (low[:-1] in common or low[:-1] in dictionary))

    out: list[Mention] = []
    people = {m.start for m in found}
    covered = {i for m in found for i in range(m.start, m.end)}
    given = [plain_given(t) and t.start not in covered for t in toks]
    listed = _name_lists(text, toks, given, people)
    for i, t in enumerate(toks):
        if not given[i]:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt and text[t.end : nxt.start] == " " and nxt.text.islower() and len(nxt.text) > 2:
            low = nxt.text
            if low not in common and low not in dictionary and low not in lx.STOP_WORDS and (
                low.capitalize() in sur or SURNAME_END_RE.search(low)
            ):
                out.append(Mention(t.start, nxt.end, [t.text, nxt.text]))
                people.add(t.start)
                continue
        line = text[max(0, t.start - 30) : t.start].lower()
        verb = re.match(r"[ \t]+(\w+)", text[t.end : t.end + 20])
        if (
            any(line.endswith(p + " ") for p in lx.BEFORE_PHRASES)
            or LOWER_CUE_RE.search(line)
            or (verb is not None and verb.group(1) in PERSON_VERBS)
            or i in listed
        ):
            out.append(Mention(t.start, t.end, [t.text]))
            people.add(t.start)
    return out


def _name_lists(text: str, toks: list[Tok], given: list[bool], people: set[int]) -> set[int]:
    """Tokens in a list of three or more given names, or in a list with a known person."""
    at = {t.start: i for i, t in enumerate(toks)}
    chains: list[list[int]] = []
    for i, ok in enumerate(given):
        if not ok and toks[i].start not in people:
            continue
        if chains and chains[-1][-1] == i:
            continue
        chain = [i]
        while True:
            t = toks[chain[-1]]
            m = re.match(r", and |, | and | & ", text[t.end : t.end + 6])
            j = at.get(t.end + len(m.group(0))) if m else None
            if j is None or not (given[j] or toks[j].start in people):
                break
            chain.append(j)
        chains.append(chain)
    out: set[int] = set()
    for chain in chains:
        has_person = any(toks[i].start in people for i in chain)
        if len(chain) >= 3 or (has_person and len(chain) >= 2):
            out.update(i for i in chain if given[i])
    return out


def _is_gazetteer_name(low: str, roster_words: set[str]) -> bool:
    first, sur, _, dictionary = _gazetteer()
    if low in roster_words:
        return True
    return low not in dictionary and (low.capitalize() in first or low.capitalize() in sur)


def _second_pass(
    text: str, toks: list[Tok], mentions: list[Mention], roster_words: set[str], pos: dict
) -> list[Mention]:
    """Bare first names or surnames of people already found, anywhere in the note."""
    _, _, common, _ = _gazetteer()
    known = {_norm(w) for m in mentions for w in m.words} | roster_words
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = list(mentions)
    for t in toks:
        low = _norm(t.text)
        if low not in known or t.start in covered:
            continue
        ordinary = low in common or low in lx.STOP_WORDS or len(low) < 3
        if not t.text[0].isupper() and (ordinary or not _is_gazetteer_name(low, roster_words)):
            continue
        if ordinary:
            rest, nxt = _after(text, t.end)
            cue = nxt in lx.AFTER_CUES or nxt in ("to", "and") or rest.startswith((":", "'s", "’s"))
            if t.at_start and not cue:
                continue
            if not t.text[0].isupper():
                continue
        out.append(Mention(t.start, t.end, [t.text]))
    out.sort(key=lambda m: m.start)
    return out
