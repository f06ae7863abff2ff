"""People named by where they stand rather than by what their names look like.

An attendee line ("Participants:", "Peserta:", "Asistentes:") is a list of people, so its items
are names even when no word list knows them ("Okonjo (chair), Abernathy"). A single word in
brackets right after a name is what that person goes by ("Venkatesh Subramaniam (Venky)",
"陈晓明 (Xiaoming)"), and a short form of a given name already found ("Des" for Desmond, "Dunc"
for Duncan) is that person again.
"""

from __future__ import annotations

import re

from coach.anonymise import lexicon as lx
from coach.anonymise.casing import NUMBER_AFTER_RE
from coach.anonymise.context import MONTHS
from coach.anonymise.words import (
    PERSON_ONLY_AFTER,
    Mention,
    is_english_word,
    is_ordinary_word,
    norm,
    not_a_name_word,
    places,
    vocab,
)

_PERSON_NOUNS_ID = (
    r"(?:penumpang|peserta|pasien|karyawan|pegawai|siswa|mahasiswa|nasabah|pemohon|tamu"
    r"|pemenang|pelanggan|pembeli|penerima|pengirim|ayah|ibu|wali|suami|istri|anak)"
)
_PERSON_NOUNS_EN = (
    r"(?:passenger|guest|customer|patient|employee|student|applicant|winner|client|member"
    r"|recipient|sender|parent|guardian|candidate|traveller|traveler)"
)
_PERSON_NOUNS_ES = (
    r"(?:cliente|pasajero|pasajera|paciente|alumno|alumna|titular|empleado|empleada"
    r"|solicitante|ganador|ganadora|beneficiario|beneficiaria|padre|madre|tutor)"
)
# The label of a line that lists who was there (or who sent apologies).
LIST_LINE_RE = re.compile(
    r"(?im)(?:^[ \t>*•-]*|(?<=[.!?])[ \t]+|(?P<cell>(?<=\|)[ \t]*))(?:attendees|attending"
    r"|in[ \t]+attendance"
    r"|participants|present|invitees|apologies|absent|guests|peserta|hadir|undangan|asistentes|participantes|presentes"
    r"|ausentes|invitados"
    # A form's field or a header that introduces people one by one: "Tutora:", "Nama:", "Cc:".
    r"|cc|bcc|name|full[ \t]+name|nama|nama[ \t]+lengkap|nombre|nombre[ \t]+completo|tutor|tutora"
    # The name of whoever the form is about: "Nama pasien:", "Passenger name:", "Nombre del
    # cliente:".
    r"|nama[ \t]+" + _PERSON_NOUNS_ID + r"|" + _PERSON_NOUNS_EN + r"[ \t]+name"
    r"|nombre[ \t]+del?[ \t]+"
    + _PERSON_NOUNS_ES
    + r"|mentor|mentora|mentee|mentorado|mentorada|coach|pembimbing|pendamping|intervienen"
    # A field that names one person: "Penanggung jawab:", "Referred by:", "Responsable:".
    r"|penanggung[ \t]+jawab|narasumber|pembicara|referred[ \t]+by|contact[ \t]+person"
    r"|responsable|ponente)"
    r"[ \t]*[:\-–][ \t]*(?P<items>[^\n]+)$"
)
ITEM_SPLIT_RE = re.compile(r"[ \t]*(?:[,;/|]|\band\b|\bdan\b|\by\b|&)[ \t]*", re.IGNORECASE)
NAME_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?")
ITEM_TAIL_RE = re.compile(r"[ \t]*(?:\([^)\n]*\)|[.!]+)?[ \t]*\Z")
NOT_PEOPLE = frozenset("me i all everyone team tim equipo others lainnya todos tbc tbd".split())


def _item_words(item: str) -> list[tuple[int, str]] | None:
    """The name words of one listed item, with their offsets, or None if it is no person."""
    if "[" in item or "]" in item:
        return None  # "[PERSON_1]": a placeholder of an earlier pass
    words = [(m.start(), m.group(0)) for m in NAME_WORD_RE.finditer(item)]
    while words and norm(words[0][1].rstrip(".")) in lx.TITLES:
        words = words[1:]  # "Pak Yohanes", "Sdr. Fikri": the title is no name
    if not words or len(words) > 4:
        return None
    function, roles = vocab()
    names = []
    for at, w in words:
        low = norm(w.rstrip("."))
        initial = len(low) == 1 and w.endswith(".")
        if not w[0].isupper() or (len(low) == 1 and not initial):
            return None
        if low in NOT_PEOPLE or low in function or low in roles or low in lx.ORG_WORDS:
            return None
        if low in lx.STOP_WORDS or (low in places() and len(words) == 1):
            return None
        if low in lx.ID_LABELS and NUMBER_AFTER_RE.match(item, at + len(w)):
            return None  # "NIK 3273...": a number and its label, no person
        names.append((at, w.rstrip(".")))
    if all(len(w) == 1 for _, w in names):
        return None
    return names


SENTENCE_END_RE = re.compile(r"([^\W\d_]+)\.(?:[ \t]|$)")


def _first_sentence(items: str) -> str:
    """ "BU MEGAWATI, SDR. FIKRI. FIKRI AKAN CEK": the list ends with its sentence."""
    for m in SENTENCE_END_RE.finditer(items):
        if len(m.group(1)) > 1 and norm(m.group(1)) not in lx.TITLES:
            return items[: m.end(1)]
    return items


def attendee_lines(text: str, taken: list[bool]) -> list[Mention]:
    """Each person listed on an attendee line, initials included ("S. Venkataraman")."""
    out: list[Mention] = []
    for line in LIST_LINE_RE.finditer(text):
        base = line.start("items")
        items = line.group("items")
        if line.group("cell") is not None:
            items = items.split("|", 1)[0]  # a table row's cell: the field ends at the next bar
        items = _first_sentence(items)
        pos = 0
        for sep in [*ITEM_SPLIT_RE.finditer(items), None]:
            end = sep.start() if sep else len(items)
            piece = items[pos:end]
            cut = ITEM_TAIL_RE.search(piece)
            core = piece[: cut.start()] if cut else piece
            names = _item_words(core)
            if names:
                start = base + pos + names[0][0]
                stop = base + pos + names[-1][0] + len(names[-1][1])
                if not any(taken[start:stop]):
                    words = [w for _, w in names if len(w) > 1]
                    out.append(Mention(start, stop, words))
            if sep is None:
                break
            pos = sep.end()
    return out


# A speaker's role with the speaker's name in brackets: "Host (Damai): ...", "Interviewer
# (Wren Abernathy): ...". The role says a person speaks, so the name is one, word or not.
ROLE_SPEAKER_RE = re.compile(
    r"(?im)^[ \t>*•-]*(?:host|co-host|interviewer|interviewee|guest|moderator|facilitator"
    r"|presenter|speaker|panelist|panellist|caller|agent|customer|mentor|mentee|coach|tamu"
    r"|pembawa[ \t]+acara|narasumber|moderador|moderadora|entrevistador|entrevistadora"
    r"|entrevistado|entrevistada|invitado|invitada|ponente|presentador|presentadora)"
    r"[ \t]*\((?P<name>(?-i:[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*"
    r"(?:[ \t][A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*){0,2}))\)[ \t]*:"
)


def role_speakers(text: str, taken: list[bool]) -> list[Mention]:
    """ "Host (Damai): ...": the name in brackets after a speaking role."""
    function, roles = vocab()
    out = []
    for m in ROLE_SPEAKER_RE.finditer(text):
        start, end = m.span("name")
        lows = [norm(w) for w in m.group("name").split()]
        if any(w in function or w in roles or w in lx.ORG_WORDS for w in lows):
            continue  # "Guest (Speaker):", "Host (Marketing):": a role or a team, no name
        if m.group("name").isupper():
            continue  # "Guest (VIP):"
        if not any(taken[start:end]):
            out.append(Mention(start, end, m.group("name").split()))
    return out


ALIAS_RE = re.compile(r"[ \t]*\((?:goes[ \t]+by[ \t]+|aka[ \t]+|a\.k\.a\.[ \t]+)?([A-Z][a-z]+)\)")


def _could_be_alias(word: str) -> bool:
    low = norm(word)
    return not (not_a_name_word(low) or low in MONTHS)


def aliases(text: str, found: list[Mention]) -> list[Mention]:
    """ "Venkatesh Subramaniam (Venky)": the bracketed word is what that person goes by."""
    out = []
    for m in found:
        a = ALIAS_RE.match(text, m.end)
        if a and _could_be_alias(a.group(1)):
            same = tuple(m.same_as or m.words)
            out.append(Mention(a.start(1), a.end(1), [a.group(1)], same))
    return out


MONTH_SHORT = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic".split())
DIMINUTIVE_ENDS = ("", "y", "ie", "i", "o", "s", "a")


def short_form_of(low: str, given: set[str], nxt: str) -> str | None:
    """ "des" for Desmond, "venky" for Venkatesh: the start of a given name already found.

    A short form that is an English word ("will", "rob") or a month needs a verb only people
    take after it."""
    if len(low) < 3 or low in MONTHS or low in MONTH_SHORT:
        return None
    hits = [
        g
        for g in given
        for end in DIMINUTIVE_ENDS
        if low.endswith(end)
        and len(low) - len(end) >= 3
        and len(g) >= len(low) - len(end) + 2
        and g.startswith(low[: len(low) - len(end)])
    ]
    if not hits or low in given:
        return None
    if (is_ordinary_word(low) or is_english_word(low) or low in places()) and (
        nxt not in PERSON_ONLY_AFTER
    ):
        return None
    return min(hits)
