"""Spanish and Indonesian commitments: "Voy a enviar ...", "Saya akan kirim ...", "Budi akan
cek ...", "Tú me pasarás ...", after a date or a short opening clause too; and plans written in
the present tense: "Te paso el informe el lunes", "Sinta kirim contoh ...", "I send Mo the
invite 3/12"."""

from __future__ import annotations

import re
from collections import Counter

from coach.engine.action_common import _IMPERATIVE, _named
from coach.engine.text import DUE

# Indonesian task verbs, bare and in their meN- forms: "saya kirim ...", "kita meninjau ..."
_ID_VERB = (
    r"(?:kirim(?:in|kan)?|mengirim(?:kan)?|cek|mengecek|minta|meminta|siapkan|menyiapkan|"
    r"bikin(?:in|kan)?|"
    r"buat(?:kan)?|membuat(?:kan)?|tanya(?:kan)?|menanyakan|hubungi|menghubungi|kumpulkan|"
    r"mengumpulkan|bagikan|membagikan|susun|menyusun|cari(?:kan)?|mencari(?:kan)?|coba|mencoba|"
    r"undang|mengundang|jadwalkan|menjadwalkan|tinjau|meninjau|pelajari|mempelajari|atur|"
    r"mengatur|share|forward|email)\b"
)

# Spanish and Indonesian: the author, both, or a named person commits
_FOREIGN_SELF = re.compile(
    r"^(?:(?:quedamos en|acordamos|quedé en)\s+que\s+)?(?:yo\s+)?(?:(?:voy a|me comprometo a|"
    r"me comprometí a|quedé en|tengo que|(?:a\s+mí\s+)?me toca|me encargo de|me ofrecí a|"
    r"me ofrezco a)\s+|"
    r"(?:(?:me|te|le|les|lo|la|nos|se)\s+)?(?=\w+(?:aré|eré|iré)\b))|"
    # "ntar aku bikinin ...": what is to come; "td aku janji ...": a promise made earlier
    r"^(?:(?:td|tadi)\s+(?:saya|aku|gue|gw|sy)\s+janji\s+)|"
    r"^(?:(?:jadi|oke|ok|nah|terus|ntar|nanti|sip)\s*,?\s+)?(?:saya|aku|gue|gw|sy)\s+(?:juga\s+)?"
    rf"(?:(?:akan|mau|nanti|bakal|harus|perlu|siap|bisa|janji)\s+|(?={_ID_VERB}))|"
    r"^nanti\s+(?:saya|aku|gue|gw|sy)\s+|"
    r"^(?:le |les |te )?(?:dije|prometí|comenté|quedé en)\s+(?:que\s+)?"
    r"(?:(?:le|les|te|se|lo|la)\s+)?"
    r"(?=\w+ría\b)",
    re.I,
)

_FOREIGN_BOTH = re.compile(
    r"^(?:(?:(?:entre los dos|entre ambos|juntos|nosotros)\s+)?(?:vamos a|tenemos que|nos toca)\s+|"
    r"(?:(?:entre los dos|entre ambos|juntos|nosotros)\s+)?(?:(?:le|les|lo|la|nos|se)\s+)?"
    r"(?=\w+(?:aremos|eremos|iremos)\b)|"
    r"(?:(?:nanti|ntar|oke|jadi|terus)\s*,?\s+)?(?:kita|kami)(?:\s+(?:berdua|bersama-sama|bersama))?"
    rf"\s+(?:(?:akan|mau|harus|sepakat|bakal)\s+|(?={_ID_VERB})))",
    re.I,
)

# "Tú me pasarás ...", "Kamu akan kirim ...": the reader of the notes, in an e-mail
_FOREIGN_YOU = re.compile(
    r"^(?:tú|tu|usted)\s+(?:(?:me|nos|le|les|lo|la)\s+)?(?=\w+(?:arás|erás|irás|ará|erá|irá)\b)|"
    r"^(?:tú|usted)\s+(?:quedó en|quedaste en|va a|vas a|se comprometió a|se encarga de)\s+|"
    r"^(?:kamu|anda)\s+(?:akan|mau|bisa)\s+|"
    r"^(?:bapak|ibu)\s+(?:akan|bersedia|siap|janji)\s+",  # a letter to the senior: the reader
    re.I,
)

_FOREIGN_NAME = re.compile(
    r"^(?i:(?:mi|mis)\s+(?:compañer[oa]|amig[oa]|colega|jef[ea])\s+)?"  # "Mi compañera Inés ..."
    r"(?:(?:Ibu|Bu|Bapak|Pak|Mas|Mbak|Kak|Don|Doña)\s+)?"
    r"(?P<who>(?!I\b|I')[A-ZÁÉÍÓÚ][\w'-]+|dia|ella|él)"
    # "Rudi dari tim cabang janji ...", "Jorge, de marketing, quedó en ...": the team between
    r"(?:,?\s+(?:dari|de|del)\s+(?:(?:tim|equipo|la|el)\s+)?[\w-]+(?:\s+[\w-]+)?,?(?=\s+(?:"
    r"janji|akan|mau|bakal|siap|bersedia|quedó|va|se)\b))?"
    r"\s+(?:(?:me|le|nos|te)\s+)?"
    r"(?:(?:va a|se encarga de|quedó en|se ofreció a|se comprometió a|bersedia)\s+|"
    r"(?=\w+(?:ará|erá|irá)\b)|(?:nanti\s+|juga\s+)?(?:akan|mau|bakal|janji|"
    r"siap|bisa)\s+|"
    rf"(?={_ID_VERB}))"  # "Sinta kirim contoh ...": a bare verb after the name
)

# Spanish present tense as a promise: "Te paso el informe el lunes", "Yo les pregunto ... antes
# de la sesión" (with a date), "me apunto revisar ..."
_ES_PRESENT = re.compile(
    r"^(?:(?:y|pues|vale|ok|bueno|genial|perfecto)\s*[,.]?\s+)?(?:yo\s+)?(?:(?P<note>me apunto|"
    r"me pongo con|me pongo a)\s+(?:a\s+)?|(?:te|le|les|os)\s+(?:(?:lo|la|los|las)\s+)?"
    r"(?!(?:cuento|digo|explico|agradezco|aviso|recuerdo|confieso|juro)\b)(?=[a-záéíóúñ]{3,}o\b))",
    re.I,
)

# "Le toca a Valeria preguntar ...": whose turn it is, then the task
_TURN_NAME = re.compile(
    r"^(?i:le|les)\s+toca\s+a\s+(?:(?:Ibu|Bu|Bapak|Pak|Don|Doña)\s+)?(?P<who>[A-ZÁÉÍÓÚ][\w'-]+)\s+"
)

# A plan in the present tense with a date: "Ravi sends the link by Friday", "Ana me pasa el
# jueves la lista"; a habit ("plays football on Sunday") names no task verb
_PLAN_VERBS = set(
    """send email book ask call ring schedule arrange forward share draft invite pull review
raise escalate introduce get find write collect prepare bring test compare record interview
confirm finish update research survey put give show build create design pick check set
follow reply sign organise organize circulate summarise summarize note add pass text post
upload register apply contact chase""".split()
)
_EN_PLAN = re.compile(r"^(?P<who>[A-Z][a-z'-]+)\s+(?P<verb>[a-z]+?)(?:es|s)\s+(?=\S)")
_ES_PLAN = re.compile(
    r"^(?P<who>[A-ZÁÉÍÓÚ][\w'-]+)\s+(?:me|te|le|les|nos)\s+"
    r"(?!(?:dice|cuenta|explica|pregunta|parece|gusta|encanta)\b)(?=[a-záéíóúñ]{3,}[ae]\b)"
)


def _plan(body: str, names: Counter) -> tuple[str, str] | None:
    if not DUE.search(body):
        return None
    m = _EN_PLAN.match(body)
    if m and m.group("verb") not in _PLAN_VERBS and m.group("verb") + "e" not in _PLAN_VERBS:
        m = None
    m = m or _ES_PLAN.match(body)
    if m and (o := _named(m.group("who"), names)):
        return o, body[m.end() :]
    return None


_BARE_DATE = re.compile(r"\s(\d{1,2}/\d{1,2})\s*$")


def _foreign(body: str, names: Counter, lead: bool = True) -> tuple[str, str] | None:
    """Spanish and Indonesian commitments: "Voy a ...", "Saya akan ...", "Budi akan ...";
    after a date or a short opening clause too ("Dua minggu lagi kita ...", "Jadi, saya ...")."""
    for pattern, owner in ((_FOREIGN_BOTH, "both"), (_FOREIGN_SELF, "me"), (_FOREIGN_YOU, "you")):
        if m := pattern.match(body):
            return owner, body[m.end() :]
    if (
        (m := re.match(r"I\s+", body))
        and _IMPERATIVE.match(body[m.end() :])
        and (DUE.search(body) or _BARE_DATE.search(body))
    ):
        return "me", _BARE_DATE.sub(r" by \1", body[m.end() :])  # "I send Mo the invite 3/12"
    if (m := _ES_PRESENT.match(body)) and (m.group("note") or DUE.search(body)):
        return "me", body[m.end() :]
    if found := _plan(body, names):
        return found
    if (m := _TURN_NAME.match(body) or _FOREIGN_NAME.match(body)) and (
        o := _named(m.group("who"), names)
    ):
        return o, body[m.end() :]
    due = DUE.match(body)
    opening = re.match(r"^(?:[\w'-]+\s+){0,2}[\w'-]+,\s+", body)
    cut = due or opening
    if lead and cut and (found := _foreign(body[cut.end() :].lstrip(" ,"), names, False)):
        owner, rest = found
        return owner, f"{rest} {due.group(0)}" if due else rest
    return None
