"""Due dates as people write them ("by Friday", "next session", "end of month", "the 14th"),
resolved to a calendar date against the session they were written in.

A phrase is read relative to the session's date, never to today: notes typed a week late still
mean the Friday after the meeting. "Next session" is the next planned session when the cycle
knows one, otherwise the session date plus the cycle's cadence. A phrase that names no day
("soon", "at some point") resolves to None and the item simply has no due date.
"""

from __future__ import annotations

import calendar
import difflib
import re
from datetime import date, timedelta

WEEKDAYS = {
    # English, with the short forms notes use ("weds", "thurs")
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "weds": 2,
    "thursday": 3,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
    # Spanish and Indonesian ("minggu" is left out: it also means "week")
    "lunes": 0,
    "martes": 1,
    "miercoles": 2,
    "miércoles": 2,
    "jueves": 3,
    "viernes": 4,
    "sabado": 5,
    "sábado": 5,
    "domingo": 6,
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "sabtu": 5,
}
_FULL_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS |= {"sept": 9}
# Spanish and Indonesian, whole and as notes shorten them ("9 Des", "3 dic")
for _n, _names in enumerate(
    (
        "enero ene januari",
        "febrero februari",
        "marzo maret",
        "abril abr",
        "mayo mei",
        "junio juni",
        "julio juli",
        "agosto agustus agu agt",
        "septiembre setiembre",
        "octubre oktober okt",
        "noviembre",
        "diciembre dic desember des",
    ),
    1,
):
    MONTHS |= {name: _n for name in _names.split()}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "couple of": 2,
    "few": 3,
    # Spanish and Indonesian
    "un": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
}
_UNITS = {
    "día": "day",
    "dia": "day",
    "hari": "day",
    "semana": "week",
    "minggu": "week",
    "mes": "month",
    "bulan": "month",
}

_DAY = "|".join(sorted(map(re.escape, WEEKDAYS), key=len, reverse=True))
_MONTH = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_COUNT = r"\d{1,2}|" + "|".join(sorted(map(re.escape, NUMBERS), key=len, reverse=True))

_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_DMY = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of|de))?\s+({_MONTH})\.?(?:\s+(?:de\s+)?(\d{{4}}))?\b",
    re.I,
)
_MDY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)
_SLASH = re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b")
_ORDINAL = re.compile(r"\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b", re.I)
_WEEKDAY = re.compile(rf"\b(next\s+|this\s+)?({_DAY})\b\.?", re.I)
# "in two weeks", "two weeks from now", "en dos semanas", "dentro de 3 días", "dua minggu lagi"
_IN = re.compile(
    rf"\b(?:(?:in|within|en|dentro\s+de)\s+(?:the\s+next\s+|a\s+)?({_COUNT})\s+"
    r"(day|week|month|d[ií]a|semana|mes)(?:s|es)?\b|"
    rf"({_COUNT})\s+(day|week|month)s?\s+from\s+now\b|"
    rf"({_COUNT})\s+(hari|minggu|bulan)\s+lagi\b)",
    re.I,
)
# "antes del día 14", "para el 3", "tanggal 20": a day of the month without a suffix
_DAY_OF_MONTH = re.compile(
    r"\b(?:(?:antes\s+del?|para\s+el|hasta\s+el|el)\s+(?:d[ií]a\s+)?|d[ií]a\s+|"
    r"(?:sebelum\s+)?(?:tanggal|tgl\.?)\s+)(\d{1,2})\b(?!\s*(?:[:.%/]|de\s+cada))",
    re.I,
)
_NEXT_SESSION = re.compile(
    r"\b(?:ne?xt\s+(?:session|meeting|mtg|time|catch[- ]?up|call|chat|one)|"
    r"(?:before|when|until)\s+we\s+(?:(?:meet|talk|speak)\s+(?:again|next)|next\s+(?:meet|talk|speak))|sesi\s+"
    r"(?:berikutnya|depan)|pr[oó]xima\s+(?:sesi[oó]n|vez|reuni[oó]n))\b",
    re.I,
)


def resolve_due(
    phrase: str | None,
    session_date: date,
    *,
    next_session: date | None = None,
    cadence_days: int = 28,
) -> date | None:
    """The date a due phrase means, counted from the session it was written in."""
    if not phrase:
        return None
    text = phrase.strip().lower()
    for resolve in (_explicit, _relative):
        found = resolve(text, session_date, next_session, cadence_days)
        if found is not None:
            return found
    return None


def _explicit(text: str, base: date, _next: date | None, _cadence: int) -> date | None:
    """A calendar date: ISO, "15 Dec", "Dec 15", "15/12", "the 14th"."""
    if m := _ISO.search(text):
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    if m := _DMY.search(text):
        return _on_or_after(base, MONTHS[m[2].lower()], int(m[1]), m[3])
    if m := _MDY.search(text):
        return _on_or_after(base, MONTHS[m[1].lower()], int(m[2]), m[3])
    if m := _SLASH.search(text):  # day/month, as written outside the US
        return _on_or_after(base, int(m[2]), int(m[1]), m[3])
    if m := _ORDINAL.search(text) or _DAY_OF_MONTH.search(text):
        day = int(m[1])
        for months_ahead in range(0, 3):  # the 31st skips months without one
            y, mo = divmod(base.month - 1 + months_ahead, 12)
            found = _safe_date(base.year + y, mo + 1, day)
            if found and found >= base:
                return found
    return None


def _relative(text: str, base: date, next_session: date | None, cadence: int) -> date | None:
    """Days named from the session: weekdays, "next week", "end of month", "next session",
    Christmas."""
    if _NEXT_SESSION.search(text):
        return next_session or base + timedelta(days=cadence)
    if re.search(r"\b(?:xmas|christmas|navidad)\b", text):  # the day itself, the coming one
        return _on_or_after(base, 12, 25, None)
    if re.search(
        r"\b(?:today|tonight|eod|end of (?:the )?day|hari ini|nanti malam|hoy|"
        r"esta noche)\b",
        text,
    ):
        return base
    if re.search(
        r"\b(?:tomorrow|tomorow|tommorow|tommorrow|tmrw|tmr|tmrow|2moro|tomoz|besok|"
        r"mañana|manana)\b",
        text,
    ):
        return base + timedelta(days=1)
    if re.search(r"\b(?:over|at|on|this)\s+(?:the\s+)?weekend\b", text):  # its last day
        return base + timedelta(days=(6 - base.weekday()) % 7 or 7)
    if m := _WEEKDAY.search(text) or _misspelt_weekday(text):
        target, today = WEEKDAYS[m[2].lower()], base.weekday()
        if (m[1] or "").strip().lower() == "next":  # that day in the following week
            return base + timedelta(days=7 - today + target)
        return base + timedelta(days=(target - today) % 7 or 7)  # the coming one
    if re.search(
        r"\b(?:end of (?:the |this )?week|this week|by the weekend|weekend|eow|esta semana|"
        r"minggu ini)\b",
        text,
    ):
        return base + timedelta(days=(4 - base.weekday()) % 7)
    if re.search(r"\b(?:end of next week)\b", text):
        return base + timedelta(days=(4 - base.weekday()) % 7 + 7)
    if re.search(r"\b(?:next week|minggu depan|la semana que viene|pr[oó]xima semana)\b", text):
        return base + timedelta(days=7)
    if re.search(
        r"\b(?:end of (?:the |this )?month|month[- ]end|eom|akhir bulan|fin de mes)\b", text
    ):
        return date(base.year, base.month, calendar.monthrange(base.year, base.month)[1])
    if re.search(r"\b(?:end of next month)\b", text):
        y, mo = divmod(base.month, 12)
        return date(base.year + y, mo + 1, calendar.monthrange(base.year + y, mo + 1)[1])
    if re.search(r"\b(?:next month|bulan depan|el mes que viene|pr[oó]ximo mes)\b", text):
        return _add_months(base, 1)
    if m := re.search(r"\b(?:in\s+)?(?:a|one)\s+fortnight\b|\bfortnight\b", text):
        return base + timedelta(days=14)
    if m := re.search(r"\bq([1-4])\b", text):  # "end of Q1": the coming one's last day
        month = 3 * int(m[1])
        year = base.year if (base.month - 1) // 3 + 1 <= int(m[1]) else base.year + 1
        return date(year, month, calendar.monthrange(year, month)[1])
    if m := _IN.search(text):
        count, unit = next((m[k], m[k + 1]) for k in (1, 3, 5) if m[k])
        n = int(count) if count.isdigit() else NUMBERS[count.lower()]
        unit = _UNITS.get(unit.lower(), unit.lower())
        if unit == "month":
            return _add_months(base, n)
        return base + timedelta(days=n * (7 if unit == "week" else 1))
    return None


def _misspelt_weekday(text: str) -> tuple[str, str, str] | None:
    """ "thrusday", "wendesday": a word ending in "day" a letter or two from a weekday."""
    for word in re.findall(r"\b[a-z]{3,7}day\b", text):
        close = difflib.get_close_matches(word, _FULL_DAYS, n=1, cutoff=0.75)
        if close:
            return (word, "", close[0])
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _on_or_after(base: date, month: int, day: int, year: str | None) -> date | None:
    """A day and month without a year is the next one on or after the session."""
    if year:
        y = int(year) + (2000 if len(year) == 2 else 0)
        return _safe_date(y, month, day)
    found = _safe_date(base.year, month, day)
    if found and found < base:
        found = _safe_date(base.year + 1, month, day)
    return found


def _add_months(base: date, n: int) -> date:
    y, mo = divmod(base.month - 1 + n, 12)
    last = calendar.monthrange(base.year + y, mo + 1)[1]
    return date(base.year + y, mo + 1, min(base.day, last))
