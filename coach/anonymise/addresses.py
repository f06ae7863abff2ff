"""Postal addresses: street lines in several national styles, then the lines that follow them.

A street line is found by its shape (number + name + Street/Road, Storgatan 12, Via Roma 15,
Piroska u. 97., P.O. Box 104...). From there the match grows over what an address is made of
(unit, town, state, postcode, country) on the same line and on up to four short lines below,
as in an email signature.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coach.anonymise.lexicon import COUNTRIES, NAME_LIKE_WORDS, STOP_WORDS

Found = tuple[int, int, str]
SP = r"[^\S\n]+"
STREET_TYPES = (
    r"Street|St|Road|Rd|Avenue|Ave|Av|Lane|Ln|Drive|Dr|Way|Close|Court|Ct|Courts|Place|Pl"
    r"|Boulevard|Blvd|Terrace|Crescent|Cres|Square|Sq|Gardens|Grove|Parkway|Pkwy|Highway|Hwy"
    r"|Row|Walk|Mews|Parade|Circle|Cir|Trail|Gateway|Squares|Estate|Green|Hill|Park|Plaza|Alley"
    r"|Route|Ridge|Heights|View|Vale|Wharf|Quay|Rise|Crossing|Loop|Pike|Expressway|Extensions"
    r"|Union|Pass|Fort|Parks|str"
)
STREET_SUFFIXES = (
    r"stra(?:ss|ß)e|str\.|straeti|gasse|weg|allee|platz|damm|ufer|brücke|gatan|gata|vägen|väg"
    r"|vej|vei|veien|gade|gaten|laan|straat|plein|gracht|kade|dreef|singel|katu|tie|kuja|polku"
    r"|tori|utca|stræti|vegur|vænget|stien|torv|plads|ulica|cesta|ulice|náměstí|torg|gränd"
    r"|stig|kaai|hove|kapu"
)
# Street words written apart, after the name: "Piroska u. 97.", "Villacher Strasse 89".
STREET_WORDS = (
    r"u\.|utca|út|tér|körút|krt\.|köz|sétány|rkp\.|sor|terrasse|vei|veien|gate|gaten|allé"
    r"|vej|gade|gata|gatan|straße|strasse|Straße|Strasse|str\.|weg|Weg|gasse|Gasse|platz|Platz"
    r"|Allee|laan|straat|Straat|Laan"
)
STREET_PREFIXES = (
    r"Rue|Via|Viale|Vicolo|Largo|Piazza|Corso|Calle|Avenida|Av\.|Rua|Travessa|Praça|Carrer"
    r"|Paseo|Plaza|Boulevard|Avenue|Chemin|Allée|Place|Quai|Impasse|ul\.|al\.|Jalan|Jl\.|Strada"
)
UNIT = r"(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|Floor|Fl\.?|Room|Rm\.?)[^\S\n]*#?[\w-]+"
# A capitalised word; possessive and anchored at a word start so long hyphen chains stay linear.
CAP = r"(?<![\w'’.-])[A-ZÀ-ÖØ-ÞĀ-ŽΑ-Ω][\w'’.-]*+"
PARTICLE = r"(?:de|del|da|do|dos|das|di|des|du|la|le|l'|d')"
POSTCODE = (
    r"(?:[A-Z]{1,2}\d[A-Z\d]?[^\S\n]?\d[A-Z]{2}|\d{5}(?:-\d{4})?|\d{3}[^\S\n]?\d{2}|\d{4}"
    r"|[A-Z]\d[A-Z][^\S\n]?\d[A-Z]\d)"
)
LEAD = r"(?:\b\d{1,5}[A-Za-z]?,?" + SP + r"){0,2}"

STREET_RES = (
    re.compile(
        r"(?:"
        + UNIT
        + r",?"
        + SP
        + r")?"
        + LEAD
        + r"\b\d{1,5}[A-Za-z]?,?"
        + SP
        + r"(?:"
        + CAP
        + SP
        + r"){0,3}?(?:"
        + CAP
        + SP
        + r")(?:"
        + STREET_TYPES
        + r")\b\.?"
        r"(?:" + SP + r"(?:NW|NE|SW|SE)\b)?"
    ),
    re.compile(
        LEAD + r"\b(?:" + STREET_PREFIXES + r")" + SP + r"(?:" + PARTICLE + SP + r"){0,2}"
        r"(?:" + CAP + SP + r"){0,3}" + CAP + r"(?:,?" + SP + r"\d{1,4}[A-Za-z]?\b)?"
    ),
    # Hungarian and similar: name, then the street word, then the number.
    re.compile(
        LEAD
        + r"\b(?:"
        + CAP
        + SP
        + r")?"
        + CAP
        + SP
        + r"(?:"
        + STREET_WORDS
        + r")"
        + SP
        + r"\d{1,4}[A-Za-z]?\b\.?"
    ),
    # Number, name, number: "20789 Allika 46".
    re.compile(r"\b\d{1,5}" + SP + r"(?:" + CAP + SP + r"){1,2}\d{1,4}[A-Za-z]?\b"),
    re.compile(LEAD + r"\b(?:P\.?\s?O\.?\s?Box|PO\s+Box|Post\s*box)" + SP + r"\d+", re.I),
    re.compile(r"\b(?:PSC|Unit|CMR)" + SP + r"\d{3,5},?" + SP + r"Box" + SP + r"\d{3,5}"),
    re.compile(r"\b(?:Apt\.?|Apartment|Suite)[^\S\n]*#?\d+[A-Za-z]?\b"),
    re.compile(
        r"\b(?:the"
        + SP
        + r")?corner"
        + SP
        + r"of"
        + SP
        + r"[^,\n;?!]{2,40}?"
        + SP
        + r"and"
        + SP
        + r"[^,.\n;?!]{2,40}",
        re.I,
    ),
)
NUMBER_NAME_NUMBER = STREET_RES[3]


def _has_plain_words(match: str) -> bool:
    from coach.anonymise.words import is_ordinary_word

    return any(is_ordinary_word(w.lower()) for w in re.findall(r"[^\W\d_]+", match))


# "Storgatan 12": a word then a number, kept when the word ends like a street name.
WORD_NUMBER_RE = re.compile(LEAD + r"\b(?P<word>[^\W\d_]+)" + SP + r"\d{1,5}[A-Za-z]?\b\.?")
SUFFIX_END_RE = re.compile(r"(?:" + STREET_SUFFIXES + r")$", re.IGNORECASE)
# A named street without a number, after "on", "at", "of" or "and": "on Marina Fort Street".
NAMED_STREET_RE = re.compile(
    r"\b(?:on|at|of|and|in)" + SP + r"(?P<name>(?:" + CAP + SP + r"){1,3})"
    r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Drive|Boulevard|Way|Gateway|Loop|Mall"
    r"|Flats|Hills|Lodge|Crescent|Terrace|Square)(?!\w)"
)
ADDRESS_CUE_RE = re.compile(
    r"(?:lives?|living|live|based|located|moved|move|sent|send|deliver(?:ed)?|ship(?:ped)?)"
    r"[^\S\n]+(?:at|to|on|in)[^\S\n]+(?=\d{1,5}[^\S\n])",
    re.IGNORECASE,
)

# Street names so common that they point at no one ("High Street", "Main Street").
GENERIC_STREET_NAMES = frozenset(
    "high main church station market mill park bridge new old king queen london downing".split()
)
SAME_LINE_UNIT = re.compile(r",?" + SP + UNIT)
PLACE_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ŽΑ-Ω][^\W\d_]*(?:['’.-][^\W\d_]+)*\.?"
PLACE = r"(?:" + PLACE_WORD + r")(?:" + SP + r"(?:" + PLACE_WORD + r"|de|del|da|do|di|la|le)){0,4}"
SAME_LINE_PLACE = re.compile(
    r",?" + SP + r"(?P<place>" + PLACE + r")(?:," + SP + r"(?P<place2>" + PLACE + r"))?"
    r"(?:,?" + SP + r"(?P<state>[A-Z]{2,3}))?(?:,?" + SP + r"(?P<zip>" + POSTCODE + r"))?(?!\w)"
)
ZIP_FIRST = re.compile(r",?" + SP + POSTCODE + SP + PLACE + r"(?!\w)")
NEXT_LINE = re.compile(r"\r?\n[ \t>]*(?P<line>[^\r\n]*)")
LINE_OK = re.compile(r"^[\w'’.,()&∆ -]+$")
# The start of a line that is a country or town with a postcode, before other words.
PLACE_ZIP_PREFIX = re.compile(r"(?:[A-ZÀ-Þ][\w'’-]*[ \t]+){1,3}" + POSTCODE + r"(?!\w)")


def _is_place_tail(m: re.Match[str]) -> bool:
    """A town or country after a street counts only with a country name, state or postcode."""
    words = f"{m.group('place') or ''} {m.group('place2') or ''}".lower().split()
    country = any(w in COUNTRIES for w in words)
    return bool(country or m.group("zip") or (m.group("state") and m.group("place")))


def _line_is_address_part(line: str) -> bool:
    line = line.rstrip()
    if not line or len(line) > 45 or not LINE_OK.match(line) or sum(c.isdigit() for c in line) > 6:
        return False
    words = re.findall(r"[^\W\d_]+", line)
    if len(words) > 5:
        return False
    lower = [w for w in words if w[0].islower() and w not in ("nan", "de", "la", "do", "da")]
    if lower and not re.match(r"^(?:apt|suite|unit|flat)\b", line.strip().lower()):
        return False
    has_zip = re.search(r"\b" + POSTCODE + r"\b", line) is not None
    has_country = any(w.lower() in COUNTRIES for w in words)
    has_unit = re.match(r"^\s*" + UNIT, line) is not None
    is_state = re.fullmatch(r"\s*,\s*[A-Z]{2,3}\s*|\s*,?\s*\d{1,3}\s*", line) is not None
    short_place = len(words) <= 3 and all(w[0].isupper() for w in words) and bool(words)
    return has_zip or has_country or has_unit or is_state or short_place


def _extend(text: str, end: int) -> int:
    """Grow an address over its unit, town, state, postcode and country."""
    while True:
        m = SAME_LINE_UNIT.match(text, end)
        if m:
            end = m.end()
            continue
        m = SAME_LINE_PLACE.match(text, end)
        if m and _is_place_tail(m):
            end = m.end()
            continue
        m = ZIP_FIRST.match(text, end)
        if m:
            end = m.end()
            continue
        break
    if text[end - 1 : end] == ".":
        return end
    for _ in range(4):
        m = NEXT_LINE.match(text, end)
        if m and not m.group("line").strip():  # one blank line, then a country or postcode
            m = NEXT_LINE.match(text, m.end())
            if m and not PLACE_ZIP_PREFIX.match(m.group("line").strip()):
                break
        if not m:
            break
        line = m.group("line")
        if _line_is_address_part(line):
            end = m.start("line") + len(line.rstrip())
            continue
        prefix = PLACE_ZIP_PREFIX.match(line)
        if prefix and any(w.lower() in COUNTRIES for w in prefix.group(0).split()):
            end = m.start("line") + prefix.end()
        break
    return end


def find_addresses(text: str) -> Iterator[Found]:
    """Street addresses with whatever of the postal address follows them."""
    for rx in STREET_RES:
        for m in rx.finditer(text):
            if rx is NUMBER_NAME_NUMBER and _has_plain_words(m.group(0)):
                continue  # "5 OUT OF 8 FRIENDS", "5 dari 8 teman": a ratio, not a street
            yield m.start(), _extend(text, m.end()), "ADDRESS"
    for m in WORD_NUMBER_RE.finditer(text):
        if SUFFIX_END_RE.search(m.group("word")):
            yield m.start(), _extend(text, m.end()), "ADDRESS"
    for m in NAMED_STREET_RE.finditer(text):
        words = [w.lower().strip(".") for w in m.group("name").split()]
        if not all(
            w in NAME_LIKE_WORDS or w in STOP_WORDS or w in GENERIC_STREET_NAMES for w in words
        ):
            yield m.start("name"), _extend(text, m.end()), "ADDRESS"
    for m in ADDRESS_CUE_RE.finditer(text):
        line = re.match(r"\d{1,5}" + SP + r"(?:" + CAP + SP + r"?){1,4}", text[m.end() :])
        if line:
            yield m.end(), _extend(text, m.end() + len(line.group(0).rstrip())), "ADDRESS"
