"""More national ID numbers, by their own structure and check rules.

- Argentine CUIL/CUIT: a type prefix (20, 23, 24, 27 for people; 30, 33, 34 for firms), the
  eight-digit DNI and a mod-11 check digit (weights 5432765432).
- Argentine DNI: seven or eight digits, usually dotted (38.456.712). It has no check digit,
  so only after its own cue ("DNI", "D.N.I.", "documento"): dotted numbers are also amounts.
- Colombian cédula de ciudadanía: six to ten digits, dotted in thousands, no check digit;
  likewise only after its cue ("C.C.", "CC", "cédula").
- Chinese resident identity number: six region digits, the birth date as YYYYMMDD, a
  three-digit sequence and an ISO 7064 MOD 11-2 check character (a digit or X).
- Singapore NRIC and FIN: S, T, F or G, seven digits and a check letter (weights 2765432,
  four more for T and G, the letter read from the series' table).
- Spanish social security number (número de afiliación): a two-digit province, the number,
  and two check digits, the two run together mod 97; written with slashes or spaces.
- US SSN and Indian Aadhaar written with dots (412.56.7890, 7319.4826.0518): the SSN's area,
  group and serial ranges, Aadhaar's Verhoeff check.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

Found = tuple[int, int, str]

CUIL_RE = re.compile(
    r"(?<![\w.-])(?P<p>20|23|24|27|30|33|34)(?P<s>[-. ]?)(?P<dni>\d{8})(?P=s)(?P<c>\d)"
    r"(?![\w-]|\.\d)"
)
_CUIL_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)

_DOTTED = r"\d{1,3}(?:\.\d{3}){1,3}"
AR_DNI_RE = re.compile(
    r"(?<![\w.])(?:DNI|D\.N\.I\.|[Dd]ocumento(?:[ \t]+(?:de[ \t]+identidad|nacional))?)"
    r"(?:[ \t]+(?:n[º°o]\.?|nro\.?|número|numero|#))?[ \t]*[:.]?[ \t]*"
    r"(?P<id>\d{1,2}\.\d{3}\.\d{3}|\d{7,8})(?![\w-]|[.,]\d)"
)
CO_CEDULA_RE = re.compile(
    r"(?<![\w.])(?:C\.[ \t]?C\.?|CC|[Cc][ée]dula(?:[ \t]+de[ \t]+ciudadan[íi]a)?)"
    r"(?:[ \t]+(?:n[º°o]\.?|nro\.?|número|numero|#))?[ \t]*[:.]?[ \t]*"
    r"(?P<id>" + _DOTTED + r"|\d{6,10})(?![\w-]|[.,]\d)"
)
CN_RESIDENT_RE = re.compile(
    r"(?<![\w])(?P<id>[1-8]\d{5}(?P<date>(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))"
    r"\d{3}[\dXx])(?![\w])"
)
_CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
DOTTED_SSN_RE = re.compile(r"(?<![\w.])(?P<a>\d{3})\.(?P<g>\d{2})\.(?P<s>\d{4})(?![\w]|\.\d)")
DOTTED_AADHAAR_RE = re.compile(r"(?<![\w.])[2-9]\d{3}\.\d{4}\.\d{4}(?![\w]|\.\d)")


NRIC_RE = re.compile(r"(?<![\w-])(?P<p>[STFG])(?P<d>\d{7})(?P<c>[A-Z])(?![\w-])")
_NRIC_WEIGHTS = (2, 7, 6, 5, 4, 3, 2)
ES_NUSS_RE = re.compile(
    r"(?<![\w/.-])(?P<p>\d{2})(?P<s>[/ -])(?P<n>\d{7,8})(?P=s)(?P<c>\d{2})(?![\w/-]|[.,]\d)"
)


def nric_ok(prefix: str, digits: str, letter: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits, _NRIC_WEIGHTS, strict=True))
    total += 4 if prefix in "TG" else 0
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return table[total % 11] == letter


def nuss_ok(province: str, number: str, check: str) -> bool:
    return 1 <= int(province) <= 53 and int(province + number) % 97 == int(check)


def cuil_ok(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:10], _CUIL_WEIGHTS, strict=True))
    check = (11 - total % 11) % 11
    return check != 10 and check == int(digits[10])


def cn_resident_ok(number: str, date: str) -> bool:
    total = sum(int(d) * w for d, w in zip(number[:17], _CN_WEIGHTS, strict=True))
    if "10X98765432"[total % 11] != number[17].upper():
        return False
    try:
        dt.date(int(date[:4]), int(date[4:6]), int(date[6:8]))
    except ValueError:
        return False
    return True


def _ssn_parts_ok(a: str, g: str, s: str) -> bool:
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def _lettered_and_slashed(text: str) -> Iterator[Found]:
    for m in NRIC_RE.finditer(text):
        if nric_ok(m.group("p"), m.group("d"), m.group("c")):
            yield m.start(), m.end(), "ID"
    for m in ES_NUSS_RE.finditer(text):
        if nuss_ok(m.group("p"), m.group("n"), m.group("c")):
            yield m.start(), m.end(), "ID"


def find_more_national_ids(text: str) -> Iterator[Found]:
    from coach.anonymise.national import verhoeff_ok

    for m in CUIL_RE.finditer(text):
        if cuil_ok(m.group("p") + m.group("dni") + m.group("c")):
            yield m.start(), m.end(), "ID"
    for pattern in (AR_DNI_RE, CO_CEDULA_RE):
        for m in pattern.finditer(text):
            yield m.start("id"), m.end("id"), "ID"
    yield from _lettered_and_slashed(text)
    for m in CN_RESIDENT_RE.finditer(text):
        if cn_resident_ok(m.group("id"), m.group("date")):
            yield m.start(), m.end(), "ID"
    for m in DOTTED_SSN_RE.finditer(text):
        if _ssn_parts_ok(m.group("a"), m.group("g"), m.group("s")):
            yield m.start(), m.end(), "ID"
    for m in DOTTED_AADHAAR_RE.finditer(text):
        if verhoeff_ok(m.group(0).replace(".", "")):
            yield m.start(), m.end(), "ID"
