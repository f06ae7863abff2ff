"""People in a delimited record under a header that names them.

A badge print file, a sign-up export or a pairing sheet pasted as CSV, semicolon or tab text
("FIRSTNAME;LASTNAME;COMPANY;ROLE") holds a person in each row's name cells, whatever the word
lists make of the value ("VIOLET", "STORM", "HALVORSEN"). A bare "Name" column may hold
products or rooms, so it counts only beside a column only people have (an e-mail, a role).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from coach.anonymise import lexicon as lx
from coach.anonymise.aliases import NAME_WORD_RE, NOT_PEOPLE
from coach.anonymise.words import Mention, norm, vocab

_NAME_HEADERS = frozenset(
    """first name|firstname|given name|given names|forename|last name|lastname|surname|surnames
    |family name|full name|fullname|attendee|participant|guest|mentor|mentee|nama lengkap
    |nama depan|nama belakang|peserta|nombre completo|nombres|apellido|apellidos
    |nombre y apellidos|primer apellido|segundo apellido|mentora|mentorado|mentorada""".replace(
        "\n", ""
    )
    .replace("    ", "")
    .split("|")
)
_BARE_NAME_HEADERS = frozenset(("name", "nama", "nombre"))
# Columns only people have: beside one, a bare "Name" column names people.
_PERSON_FIELDS = frozenset(
    """email|e-mail|email address|phone|mobile|role|job title|title|company|organisation
    |organization|team|department|dept|dob|date of birth|jabatan|divisi|instansi|no hp
    |telepon|empresa|cargo|puesto|correo|teléfono|telefono""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
_SEPARATORS = ("\t", ";", "|", ",")


def _header_key(cell: str) -> str:
    cell = re.sub(r"\s*\([^)]*\)\s*$", "", cell.strip().strip("*#\"'")).strip()
    return re.sub(r"[\s_.]+", " ", cell.lower()).strip()


def _name_columns(cells: list[str]) -> list[int]:
    keys = [_header_key(c) for c in cells]
    cols = [i for i, k in enumerate(keys) if k in _NAME_HEADERS]
    if any(k in _PERSON_FIELDS for k in keys):
        cols += [i for i, k in enumerate(keys) if k in _BARE_NAME_HEADERS]
    return sorted(cols)


def _cell_words(cell: str) -> list[tuple[int, str]] | None:
    """The name words of a cell, or None if it holds no name ("n/a", "12", "[PERSON_1]").

    A place does not veto a word here ("AURORA", "Florence"): the header says it is a name."""
    if "[" in cell or "]" in cell or "@" in cell or any(c.isdigit() for c in cell):
        return None
    words = [(m.start(), m.group(0).rstrip(".")) for m in NAME_WORD_RE.finditer(cell)]
    if not words or len(words) > 4:
        return None
    function, roles = vocab()
    for _, w in words:
        low = norm(w)
        if not w[0].isupper() or low in NOT_PEOPLE or low in function or low in roles:
            return None
        if low in lx.ORG_WORDS or low in lx.TITLES:
            return None
    return words if any(len(w) > 1 for _, w in words) else None


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for cell in line.split(sep):
        lead = len(cell) - len(cell.lstrip())
        out.append((pos + lead, pos + len(cell.rstrip())))
        pos += len(cell) + 1
    return out


def _column_cells(text: str, choose: Callable[[list[str]], list[int]]) -> Iterator[tuple[int, str]]:
    """Offset and text of each cell, row by row, in the columns ``choose`` picks from a header,
    until the record ends."""
    sep, cols, width = "", [], 0
    offset = 0
    for line in text.split("\n"):
        if cols and line.count(sep) + 1 == width:
            spans = _cells(line, sep)
            for i in cols:
                a, b = spans[i]
                lead = len(line[a:b]) - len(line[a:b].lstrip('"'))
                yield offset + a + lead, line[a + lead : b]
        else:
            cols = []
            for s in _SEPARATORS:
                if s in line and len(line) < 400:
                    cells = line.split(s)
                    found = choose(cells)
                    if found:
                        sep, cols, width = s, found, len(cells)
                        break
        offset += len(line) + 1


def column_names(text: str, taken: list[bool]) -> list[Mention]:
    """Each name cell under a name header."""
    out: list[Mention] = []
    for at, cell in _column_cells(text, _name_columns):
        names = _cell_words(cell)
        if not names:
            continue
        start = at + names[0][0]
        stop = at + names[-1][0] + len(names[-1][1])
        if not any(taken[start:stop]):
            out.append(Mention(start, stop, [w for _, w in names if len(w) > 1]))
    return out


# Columns of accounts: a leaderboard's "Nickname", an export's "Username". Not "Account":
# in a money note that column holds a bank account's label ("isa_2024").
_ACCOUNT_HEADERS = frozenset(
    """username|user name|user|nickname|nick|handle|login|screen name|gamertag|nama pengguna
    |usuario|nombre de usuario|apodo""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
ACCOUNT_CELL_RE = re.compile(r"@?[A-Za-z0-9_](?:[\w.-]{0,40}[A-Za-z0-9_])?")


def _account_columns(cells: list[str]) -> list[int]:
    return [i for i, c in enumerate(cells) if _header_key(c) in _ACCOUNT_HEADERS]


def column_accounts(text: str) -> Iterator[tuple[int, int, str]]:
    """Each account-shaped cell (a "_", a digit or an inner dot) under an account header."""
    from coach.anonymise.patterns import _account_shaped

    for at, cell in _column_cells(text, _account_columns):
        if ACCOUNT_CELL_RE.fullmatch(cell) and _account_shaped(cell.lstrip("@")):
            yield at, at + len(cell), "HANDLE"
