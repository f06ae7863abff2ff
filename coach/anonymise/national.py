"""National ID numbers, each recognised by its own shape and check rule.

A number that merely looks like one (an order code, a batch number) fails its check and
stays; one that passes is removed wherever it sits, cue or no cue. Rules: Spanish DNI and
NIE (mod-23 letter), Mexican CURP (weighted check digit), Indian Aadhaar (Verhoeff),
Indonesian NIK (region, birth date and serial) and NPWP (its dotted form), US SSN (area, group and
serial ranges); Argentine, Colombian and Chinese numbers and dotted SSN and Aadhaar in
national_more.py. UK National Insurance numbers are matched by their shape in patterns.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

Found = tuple[int, int, str]

DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
# Eight digits, or the same grouped with dots as printed on the card (12.345.678-Z).
DNI_RE = re.compile(
    r"(?<![\w.-])(?P<num>\d{8}|\d{2}\.\d{3}\.\d{3})[ -]?(?P<letter>[A-Za-z])(?![\w-])"
)
NIE_RE = re.compile(
    r"(?<![\w-])(?P<pre>[XYZxyz])[ -]?(?P<num>\d{7})[ -]?(?P<letter>[A-Za-z])(?![\w-])"
)
CURP_RE = re.compile(r"(?<![\w-])[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d(?![\w-])")
CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
AADHAAR_RE = re.compile(r"(?<![\w.+-])[2-9]\d{3}([ -]?)\d{4}\1\d{4}(?![\w-]|\.\d)")
# Sixteen digits, plain or grouped as the card prints them (6-6-4) or in fours, dotted, spaced
# or dashed: the check reads the digits alone.
NIK_RE = re.compile(
    r"(?<![\w.+-])\d{4}(?:[ .-]?\d){12}(?![\w-]|[.-]\d)"
    # region, regency, district, birth date, serial: "32 01 01 550796 0002", "12.71.01.210893.0004"
    r"|(?<![\w.+-])\d{2}(?P<ns>[ .-])\d{2}(?P=ns)\d{2}(?P=ns)\d{6}(?P=ns)\d{4}(?![\w-]|[.-]\d)"
)
NPWP_RE = re.compile(r"(?<![\w.])\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}(?![\w.]|\.\d)")
SSN_RE = re.compile(r"(?<![\d-])(?P<a>\d{3})-(?P<g>\d{2})-(?P<s>\d{4})(?![\d-])")

_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8),
    (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2),
    (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0),
    (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5),
    (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)


def verhoeff_ok(digits: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def curp_ok(curp: str) -> bool:
    total = sum(CURP_ALPHABET.index(c) * (18 - i) for i, c in enumerate(curp[:17]))
    return (10 - total % 10) % 10 == int(curp[17])


def nik_ok(nik: str) -> bool:
    """Province 11-94, a birth day 1-31 (women's plus 40) and month, a serial above zero."""
    prov, day, month = int(nik[:2]), int(nik[6:8]), int(nik[8:10])
    day = day - 40 if day > 40 else day
    return 11 <= prov <= 94 and 1 <= day <= 31 and 1 <= month <= 12 and nik[12:] != "0000"


def _dni_ok(m: re.Match[str]) -> bool:
    return DNI_LETTERS[int(m.group("num").replace(".", "")) % 23] == m.group("letter").upper()


def _nie_ok(m: re.Match[str]) -> bool:
    num = int(str("XYZ".index(m.group("pre").upper())) + m.group("num"))
    return DNI_LETTERS[num % 23] == m.group("letter").upper()


def _ssn_ok(m: re.Match[str]) -> bool:
    a, g, s = m.group("a"), m.group("g"), m.group("s")
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


# Each kind of number and the check a match must pass (its checksum or its rules).
_CHECKED: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], bool]], ...] = (
    (DNI_RE, _dni_ok),
    (NIE_RE, _nie_ok),
    (CURP_RE, lambda m: curp_ok(m.group(0))),
    (AADHAAR_RE, lambda m: verhoeff_ok(re.sub(r"\D", "", m.group(0)))),
    (NIK_RE, lambda m: nik_ok(re.sub(r"\D", "", m.group(0)))),
    (NPWP_RE, lambda m: True),
    (SSN_RE, _ssn_ok),
)


def find_national_ids(text: str) -> Iterator[Found]:
    from coach.anonymise.national_more import find_more_national_ids

    yield from find_more_national_ids(text)
    for pattern, ok in _CHECKED:
        for m in pattern.finditer(text):
            if ok(m):
                yield m.start(), m.end(), "ID"
