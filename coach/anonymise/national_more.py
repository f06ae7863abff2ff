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
- Italian codice fiscale: six letters of the name, the birth year, a month letter, the day
  (plus 40 for women), a place code and a check letter (odd and even positions weighted from
  their own tables, mod 26).
- Indonesian NIP (a civil servant's number): the birth date as YYYYMMDD, the month of
  appointment as YYYYMM, a sex digit (1 or 2) and a three-digit serial, often spaced 8 6 1 3.
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


IT_FISCAL_RE = re.compile(
    r"(?<![\w-])[A-Z]{6}\d{2}[ABCDEHLMPRST](?:[0-7]\d)[A-Z]\d{3}[A-Z](?![\w-])"
)
_FISCAL_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        (1, 0, 5, 7, 9, 13, 15, 17, 19, 21) * 2
        + (2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23),
        strict=True,
    )
)
ID_NIP_RE = re.compile(
    r"(?<![\w.-])(?P<b>(?:19|20)\d{6})(?P<s> ?)(?P<t>(?:19|20)\d{4})(?P=s)[12](?P=s)\d{3}"
    r"(?![\w-]|[.,]\d)"
)


def fiscal_code_ok(code: str) -> bool:
    day = int(code[9:11])
    if not (1 <= day <= 31 or 41 <= day <= 71):
        return False
    total = sum(
        _FISCAL_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
        for i, c in enumerate(code[:15])
    )
    return chr(65 + total % 26) == code[15]


def nip_ok(born: str, appointed: str) -> bool:
    """A real birth date, a month of appointment, and appointed as an adult."""
    try:
        dt.date(int(born[:4]), int(born[4:6]), int(born[6:8]))
    except ValueError:
        return False
    return 1 <= int(appointed[4:]) <= 12 and int(appointed[:4]) - int(born[:4]) >= 17


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
    for m in IT_FISCAL_RE.finditer(text):
        if fiscal_code_ok(m.group(0)):
            yield m.start(), m.end(), "ID"
    for m in ID_NIP_RE.finditer(text):
        if nip_ok(m.group("b"), m.group("t")):
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
