"""Notes into sentences that remember where they came from, plus the cue patterns.

Notes are messy: bullets, half sentences, headings like "Actions", transcripts with speaker
tags. Every sentence keeps its character offsets so a takeaway can always point back at the
words the senior wrote.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# A bullet: a dash or dot, a number, an action number ("AP1"), or a pictograph people bullet
# with ("📌", "➡️", "☐"); a tick is left in place, as it says the line is done
_BULLET = re.compile(
    r"^\s*(?:(?:[-*•·+▪‣]|\d{1,2}[.)]|(?:AP|AI|ACT)\s?\d{1,2}[.:)]?|"
    r"(?![✅✓✔☑])[\u2190-\u21ff\u2b00-\u2bff\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?)\s+)?"
    r"(?:\[[ xX✓]?\]\s*)?"
)
# "[00:12:03] Name:", "00:12:03 Name:", "(12:03) Name -" as well as a bare "Name:"
# chat exports put a date before the time: "[03/11/26 14.02] Name:", "03/11/2026, 14:02 - Name:"
_STAMP = (
    r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?\s+|"
    r"[\[(]?\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"[\])]?\s+(?:[-–]\s+)?)?"
)
_SPEAKER = re.compile(
    rf"^\s*{_STAMP}(#?[A-Z][\w#'.-]{{0,24}}(?: [A-Z][\w'.-]{{0,24}}){{0,2}}#?)"
    r"(?:\s*\((?i:guest|external|host)\))?"
    r"(?:\s*[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]])?\s*:\s+"
)
# Meeting-tool exports: a line "Aisha Rahman 0:21" (Teams, Zoom, Otter), what was said below it
# Slack ("Ada Lovell  9:05 AM") and Zoom chat ("From Ada Lovell to Everyone 10:32 AM:") alike
_SPEAKER_LINE = re.compile(
    r"^\s*(?:From\s+)?(?P<name>[A-Z][\w'.-]{0,24}(?: [A-Z][\w'.-]{0,24}){0,3})"
    r"(?:\s*\((?i:guest|external|host)\))?"
    r"(?:\s+to\s+(?:Everyone|[A-Z][\w'.-]{0,24}(?: [A-Z][\w'.-]{0,24}){0,2})"
    r"(?:\s*\((?i:privately|direct message)\))?)?(?:\s*+[|,]\s+|\s+[—–-]\s+|\s+)"
    # "Ada Lovell, 26/11 14:05", "Ada Lovell, [26.11.26 14:05]", "Ada — Today at 14:05"
    r"\[?(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?,?\s+|(?:Today|Yesterday)\s+at\s+)?"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\]?\s*+:?\s*+$"
)
# the time first or the name in brackets: "[Ada Lovell] 14:02:11", "14:02:11 From Ada to Everyone:"
_SPEAKER_HEAD = re.compile(
    r"^\s*(?:\[(?P<name>[A-Z][\w'.-]{0,24}(?: [A-Z][\w'.-]{0,24}){0,3})\]\s+"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?|"
    r"\[?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\]?\s+From\s+"
    r"(?P<sender>[A-Z][\w'.-]{0,24}(?: [A-Z][\w'.-]{0,24}){0,3})"
    r"\s+to\s+(?:Everyone|[A-Z][\w'.-]{0,24}(?: [A-Z][\w'.-]{0,24}){0,2})"
    r"(?:\s*\((?i:privately|direct message)\))?)\s*+:?\s*+$"
)


def _speaker_line(text: str) -> str | None:
    """The speaker a line of a meeting-tool export names, when the line is only that."""
    if m := _SPEAKER_LINE.match(text):
        return m.group("name").strip()
    if m := _SPEAKER_HEAD.match(text):
        return (m.group("name") or m.group("sender")).strip()
    return None


_SRT_CUE = re.compile(r"^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->")
_VTT_CUE = re.compile(r"^\s*(?:WEBVTT\b.*|NOTE\b.*|\d+|[\d:.,]+\s*-->\s*[\d:.,]+.*)\s*$")
_VTT_VOICE = re.compile(r"^\s*<v(?:\.[\w.-]+)?\s+(?P<name>[^>]{1,60})>")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Za-z0-9#])")
_TITLE_WORDS = re.compile(r"\b(?:session|mtg|meeting|mentoring|w/|#\d+)\b", re.I)
_ABBREV = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|vs|Mr|Mrs|Ms|Dr|Dra|Sr|Sra|St|approx|aprox|incl|"
    r"no|ej|ca|cf|dll|dsb|dkk|tsb|yth|Bpk|Ibu|Pak)\.|\b[A-Za-z]\.|"
    r"\b(?:[A-Za-z]{1,3}\.){2,})$",
    re.I,
)
# every match of _ABBREV lies in the last characters of the text (its longest form is "approx."
# or two initials "ABC.DEF."), so only they are searched: a piece grows while no sentence ends
_ABBREV_REACH = 16
_HEADING_WORDS = {
    "actions": "actions",
    "action items": "actions",
    "action points": "actions",
    "to do": "actions",
    "todo": "actions",
    "to-do": "actions",
    "follow-ups": "actions",
    "follow ups": "actions",
    "followups": "actions",
    "next steps": "actions",
    "agreed actions": "actions",
    "tasks": "actions",
    "things to do": "actions",
    "to-dos": "actions",
    "todos": "actions",
    "to dos": "actions",
    "open actions": "actions",
    "action list": "actions",
    "next time": "next",
    "next session": "next",
    "for next time": "next",
    "topics for next time": "next",
    "takeaways": "takeaways",
    "key takeaways": "takeaways",
    "learnings": "takeaways",
    "what i learned": "takeaways",
    "key points": "takeaways",
    "lessons": "takeaways",
    "assumptions challenged": "assumptions",
    "assumptions": "assumptions",
    "surprises": "assumptions",
    "what surprised me": "assumptions",
    "what we discussed": "discussion",
    "notes": "discussion",
    "discussion": "discussion",
    # Spanish and Indonesian headings
    "acciones": "actions",
    "tareas": "actions",
    "pendientes": "actions",
    "próximos pasos": "actions",
    "proximos pasos": "actions",
    "tindak lanjut": "actions",
    "tugas": "actions",
    "rencana aksi": "actions",
    "aprendizajes": "takeaways",
    "pelajaran": "takeaways",
    "próxima sesión": "next",
    "sesi berikutnya": "next",
}

# Cues. Kept here, together, so they can be read and tuned in one place.
ASSUMPTION_CUE = re.compile(
    r"\b(?:surpris\w*|had assumed|i'?d assumed|i assumed|assumed|i'?d always assumed|"
    r"(?:didn't|did not|never) (?:know|realis|realiz|expect|think)\w*|"
    r"i thought|i'?d thought|i believed|i expected|i was wrong|was wrong|completely wrong|"
    r"turns out|it turned out|i had no idea|had no idea|contrary to|myth|not what i expected|"
    r"humbling|shock\w*|eye[- ]open\w*|went in\b.*\bsceptical|challenged)\b",
    re.I,
)
NEXT_CUE = re.compile(
    r"\b(?:next time|next session|next meeting|next catch-up|next catch up|next month we|"
    r"(?:pick|come back to|follow) up (?:on )?\w+ next|next:|talk about .* next|"
    r"cover .* next|next cycle)\b",
    re.I,
)
TAKEAWAY_CUE = re.compile(
    r"\b(?:learn(?:ed|t)|realis(?:ed|e)|realiz(?:ed|e)|takeaway|key (?:point|thing|lesson)|"
    r"lesson|insight|main thing|big one|what struck me|struck me|biggest|interesting|"
    r"important|matters? (?:more|most)|the point is)\b",
    re.I,
)
COMMIT_CUE = re.compile(
    r"(?:\b(?:will|shall)\b|'ll\b|\bagreed(?: that)?(?: to)?\b|\bpromised\b|\bcommitted to\b|"
    r"\boffered to\b|\b(?:am|is|are|'m|'s|'re) going to\b|\bgonna\b|\bneed to\b|\bto do\b|"
    r"\bsaid (?:i|she|he|we|you)(?:'d| would)\b|\bnote to self\b)",
    re.I,
)
DUE = re.compile(
    r"\b(?:by|before|until|on|at|in)\s+(?:the\s+)?(?:"
    r"(?:next|this|end of(?: the)?(?: next)?)\s+(?:week|month|quarter|year|session|meeting|"
    r"management meeting|exec offsite|offsite|all-hands|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)|"
    r"end of (?:the )?(?:day|week|month|quarter|year)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    # "at 18:30" is a time and "in 2 weeks" a span, neither the day of a month
    r"\d{1,2}(?![/\d]|:\d|\s+(?:days?|weeks?|months?)\b)(?:st|nd|rd|th)?(?: of)?"
    r"(?: (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|"
    r"nov|dec)"
    r"[a-z]*)?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?: \d{1,2}(?:st|nd|rd|th)?)?|"
    r"(?:the )?(?:next|our next) (?:session|meeting|time|one|chat|call)|we meet again|"
    r"our next session"
    r")\b|\b(?:today|tomorrow|tonight|this week|next week|this month|next month|next time|"
    r"this quarter|next quarter|"
    r"end of (?:the )?(?:month|quarter|week|year)|"
    r"\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|"
    r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?)\b"
    # short and misspelt weekdays ("by weds", "b4 fri", "by thrusday"), weekends, texting
    r"|\b(?:by|before|b4|until|on)\s+(?:next\s+|this\s+)?(?:mon|tue|tues|wed|weds|thu|thur|"
    r"thurs|fri|sat|sun|[a-z]{3,6}day)\b\.?"
    r"|\b(?:over|at|on|by|this|next)\s+(?:the\s+)?weekend\b|\b(?:tmrw|tmr|tmrow|2moro|tomoz)\b"
    r"|\((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\)|\b(?:by|before|on)\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"|\b(?:before|when|until)\s+we\s+(?:next\s+)?(?:meet|talk|speak)(?:\s+again|\s+next)?\b"
    r"|\bne?xt (?:session|meeting)\b"
    r"|\bfor\s+(?:the|our)\s+next\s+(?:session|meeting)(?=\s*[.!]?\s*$)"
    r"|\bend of next (?:week|month)\b"
    # a weekday said loosely after the task: "probably Monday", "Weds at the latest"
    r"|\b(?:probably|hopefully|ideally|should be done(?: by)?|done by)\s+"
    r"(?:mon|tues|wednes|thurs|fri)day\b"
    r"|\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri)(?:[a-z]*day)?\s+at the latest\b"
    r"|\b(?:by|before|at)\s+(?:the\s+)?month[- ]end\b"
    # task apps put a calendar glyph before the due date ("📅 2026-12-04")
    r"|(?:📅|🗓️?)\s*\d{4}-\d{2}-\d{2}\b"
    r"|\b(?:(?:by|before|in)\s+)?(?:the\s+)?end of Q[1-4]\b|\b(?:by|before|in)\s+Q[1-4]\b"
    r"|\b(?:in|within)\s+a\s+fortnight\b"
    r"|\b(?:EOW|EOM|eow|eom)\b"
    # spans of days and weeks, and "first thing Monday"
    r"|\b(?:in|within)\s+(?:a|one|two|three|four|five|six|a couple of|a few|\d{1,2})\s+"
    r"(?:days?|weeks?|months?)\b|\b(?:two|three|four|\d{1,2})\s+(?:days|weeks)\s+from\s+now\b"
    r"|\bfirst thing\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri)day\b"
    r"|\bfor\s+(?:mon|tues|wednes|thurs|fri)day\b"
    # a short weekday closing a shorthand task ("JR -> deck fri")
    r"|(?<=\s)(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri)\.?$"
    # "next Weds" with no preposition in front; a holiday ("before Xmas")
    r"|\b(?:next|this)\s+(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:[a-z]*day)?\b\.?"
    r"|\b(?:by|before|for|until|at)\s+(?:xmas|christmas)\b"
    # Spanish and Indonesian
    r"|\b(?:(?:antes|despu[eé]s)\s+del?\s+|para\s+el\s+|el\s+|hasta\s+el\s+)?(?:lunes|martes|"
    r"mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\b|\bma[nñ]ana\b"
    r"|\b(?:para\s+|antes\s+de\s+)?(?:la|el)\s+pr[oó]xim[ao]\s+(?:semana|sesi[oó]n|reuni[oó]n|vez|"
    r"mes)\b"
    # a weekday with its day of the month: "Thurs 10th", "Wed 2nd"
    r"|\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)\b"
    r"|(?<=,\s)pr[oó]xima\s+sesi[oó]n\b"
    r"|\b(?:la\s+)?semana que viene\b|\b(?:antes\s+de\s+)?fin de mes\b"
    r"|\b(?:sebelum\s+)?(?:hari\s+)?(?:senin|selasa|rabu|kamis|jum'?at|sabtu)\b|\bbesok\b"
    r"|\b(?:minggu|bulan|sesi)\s+(?:depan|berikutnya)\b|\bakhir bulan\b|\bnanti malam\b"
    r"|\b(?:en|dentro de)\s+(?:dos|tres|cuatro|\d{1,2})\s+(?:d[ií]as|semanas|meses)\b"
    r"|\besta noche\b"
    r"|\besta semana\b|\bminggu ini\b|\b(?:dua|tiga|empat|\d{1,2})\s+(?:hari|minggu|bulan)\s+lagi\b"
    r"|\b(?:antes\s+del?|para\s+el|hasta\s+el)\s+(?:d[ií]a\s+)?\d{1,2}\b(?![:.,%/]?\d)"
    r"|\b(?:sebelum\s+)?tanggal\s+\d{1,2}\b"
    # an ISO date, as exports write them ("by 2026-12-02")
    r"|\b(?:by|before|on|due)\s+\d{4}-\d{2}-\d{2}\b"
    # close of business on a day ("COB Friday"); the next meeting by another name
    r"|\b(?:cob|eod|close of (?:business|play))\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri)day\b"
    r"|\b(?:ahead of|before|by)\s+(?:our\s+|the\s+)?next\s+(?:catch[- ]?up|mtg|chat|call)\b",
    re.I,
)


@dataclass
class Sentence:
    text: str
    start: int
    end: int
    line: int
    section: str | None = None
    speaker: str | None = None
    label: str | None = None  # "action", "next" ... from a "Label: text" prefix
    owner: str | None = None  # from "TODO (me): ..."
    is_title: bool = False

    @property
    def words(self) -> int:
        return len(self.text.split())


def heading_kind(line: str) -> str | None:
    """The section a heading line opens ("actions", "next" ...), or None if not a heading."""
    raw = line.strip()
    if len(raw) > 200:  # no heading; and the end-anchored strip below is quadratic on long runs
        return None
    core = re.sub(r"^[#*_\s]+|[#*_:\s]+$", "", raw).lower()
    if not core or len(core) > 40:
        return None
    if raw.startswith("#") or raw.endswith(":") or core in _HEADING_WORDS:
        return _HEADING_WORDS.get(core, "other" if raw.startswith("#") else None)
    return None


def _speakers(lines: list[str]) -> bool:
    """A transcript if most lines start with a speaker tag that repeats."""
    # "Q:" and "A:" of interview notes are not people
    tags = [m.group(1) for ln in lines if (m := _SPEAKER.match(ln)) and len(m.group(1)) > 1]
    if len(tags) < 3 or len(tags) < 0.6 * len(lines):
        return False
    counts = Counter(tags)
    return sum(1 for c in counts.values() if c >= 2) >= 2 and len(counts) <= 8


def _split_line(text: str, base: int) -> list[tuple[str, int, int]]:
    """Sentences in one line, with absolute offsets."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        piece = text[start : m.start()].rstrip()
        if (
            _ABBREV.search(piece, max(0, len(piece) - _ABBREV_REACH))
            or len(piece.split(None, 1)) < 2
            or piece.endswith("..")
            or (piece.endswith(("?", "!")) and text[m.end() : m.end() + 1].islower())
        ):
            continue  # "the Which? article" is one sentence
        out.append((piece, base + start, base + start + len(piece)))
        start = m.end()
    piece = text[start:].rstrip()
    if piece.strip():
        out.append((piece, base + start, base + start + len(piece)))
    return out


_LABEL = re.compile(
    r"^(?:(?P<kind>action(?: points?| items?)?|actions|ap|ai|todo|to[- ]do|follow[- ]?ups?|"
    r"next steps?|agreed(?: actions?)?|note to self|next time|next session|next|takeaway|"
    r"pr[oó]xima (?:sesi[oó]n|vez)|sesi (?:berikutnya|depan)|lain kali|"
    # a hyphen joining a word ("AI-generated") opens no label
    r"surprised?)\s*+(?:\((?P<owner>[^)]{1,30})\))?\s*(?::|[\-–](?![a-z]))\s*|(?P<arrow>->|=>|→)\s*|"
    # a tracker's status column: "TODO  Ben: ...", "DONE  Ada: ..."
    r"(?P<status>(?-i:TODO|DONE|OPEN|DOING|WIP|BLOCKED|WAITING))\s+(?=\S))",
    re.I,
)
_LABEL_KIND = {
    "next time": "next",
    "next session": "next",
    "next": "next",
    "próxima sesión": "next",
    "proxima sesion": "next",
    "próxima vez": "next",
    "proxima vez": "next",
    "sesi berikutnya": "next",
    "sesi depan": "next",
    "lain kali": "next",
    "takeaway": "takeaway",
    "surprise": "assumption",
    "surprised": "assumption",
}


def _label(match: re.Match) -> str:
    if match.group("status") == "DONE":
        return "done"  # finished already: no longer a task
    kind = (match.group("kind") or "").lower()
    return _LABEL_KIND.get(kind, "action")


# "Next:" heading a person's next step with a date, not a topic for next time
_NEXT_STEP = re.compile(r"^(?:I|we|[A-Z][a-z'-]+)\s+(?:to\s+)?[a-z]{2,}\b")


def _next_step(body: str) -> bool:
    return bool(_NEXT_STEP.match(body)) and bool(DUE.search(body))


def _export_kind(content: list[str]) -> str | None:
    """ "vtt" for WEBVTT, "lines" when a "Name 0:21" line heads each turn, else None."""
    if content and content[0].strip().upper().startswith("WEBVTT"):
        return "vtt"
    if sum(1 for ln in content if _SRT_CUE.match(ln)) >= 2:
        return "vtt"  # SRT subtitles: numbered cues, "NAME: ..." as the text
    heads = sum(1 for ln in content if _speaker_line(ln))
    return "lines" if heads >= 2 and heads >= 0.25 * len(content) else None


def _turn(
    text: str, export: str | None, transcript: bool, current: str | None
) -> tuple[str | None, int, int]:
    """(speaker, where the words start, where they end) on one line of the notes."""
    end = len(text.rstrip())
    if text.rstrip().endswith("</v>"):
        end = text.rstrip().rfind("</v>")
    if export == "vtt" and (m := _VTT_VOICE.match(text)):
        return m.group("name").strip(), m.end(), end
    if transcript and (m := _SPEAKER.match(text)):
        return m.group(1), m.end(), end
    return current, len(_BULLET.match(text).group(0)), end


# An e-mail reply: the lines quoted below "On ..., Ada Lovell <ada@...> wrote:" are Ada's
_WROTE = re.compile(
    r"^\s*On\b.{4,120}?\b(?P<name>[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2})\s*(?:<[^>\n]*>)?\s*"
    r"wrote:\s*$"
)
_QUOTE = re.compile(r"^\s*(?:>\s?)+")


def _quoted(text: str, sender: str | None) -> tuple[str | None, int, int] | None:
    """(sender, where the words start, where they end) on a quoted line of an e-mail reply."""
    if not (m := _QUOTE.match(text)):
        return None
    start = m.end() + len(_BULLET.match(text[m.end() :]).group(0))
    return sender, start, len(text.rstrip())


def split_sentences(notes: str) -> list[Sentence]:
    """Sentences of the notes with offsets, sections, speakers and labels."""
    lines: list[tuple[str, int, int]] = []
    pos = 0
    for n, raw in enumerate(notes.splitlines(keepends=True)):
        lines.append((raw.rstrip("\r\n"), pos, n))
        pos += len(raw)
    content = [ln for ln, _, _ in lines if ln.strip()]
    export = _export_kind(content)
    transcript = export is not None or _speakers(content)
    sentences: list[Sentence] = []
    section: str | None = None
    first_content = True
    current: str | None = None  # the speaker of a "Name 0:21" export, until the next one
    sender: str | None = None  # whose words the quoted lines of an e-mail reply are
    for text, offset, n in lines:
        if not text.strip() or (export == "vtt" and _VTT_CUE.match(text)):
            continue
        if m := _WROTE.match(text):
            sender = m.group("name")
            continue
        if export == "lines" and (name := _speaker_line(text)):
            current = name
            continue
        if not transcript and (kind := heading_kind(text)):
            section = kind
            first_content = False
            continue
        if transcript and sender is None and (q := _QUOTE.match(text)):
            if text[q.end() :].strip() and text[q.end() :].strip() in notes[:offset]:
                continue  # a chat reply quoting an earlier line: those words were read there
        speaker, body_start, body_end = _quoted(text, sender) or _turn(
            text, export, transcript, current
        )
        label = owner = None
        if (m := _LABEL.match(text[body_start:body_end])) and not transcript:
            label, owner = _label(m), m.group("owner")
            body_start += m.end()
            if (m.group("kind") or "").lower() == "next" and _next_step(text[body_start:body_end]):
                label = "action"  # a check-in's "Next: Zoe sends the list by the 11th"
        body = text[body_start:body_end]
        is_title = (
            first_content
            and not transcript
            and len(body.split()) <= 14
            and (len(content) > 2 or bool(_TITLE_WORDS.search(body)))
            and (not re.search(r"[.!?]\s*$", body) or bool(_TITLE_WORDS.search(body)))
        )
        first_content = False
        for piece, s, e in _split_line(body, offset + body_start):
            lead = len(piece) - len(piece.lstrip())
            sentences.append(
                Sentence(piece.strip(), s + lead, e, n, section, speaker, label, owner, is_title)
            )
    return sentences


def clean(text: str) -> str:
    """Tidy a fragment for display: single spaces, no trailing separators, first letter up."""
    text = " ".join(text.split()).strip(" -–—;,")
    return text[:1].upper() + text[1:] if text else text
