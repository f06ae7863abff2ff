"""Identifiers with a shape: emails, links, handles, IPs, dates of birth, IDs, phones, addresses.

Each finder yields (start, end, kind) over the original text. They are plain regular
expressions plus a few checks, so the result is the same on every machine and needs no model.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from coach.anonymise import lexicon as lx
from coach.anonymise.accounts import find_account_forms
from coach.anonymise.national import find_national_ids

Found = tuple[int, int, str]

EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# A fediverse handle (@name@server) reads like an email; it is a handle.
FEDI_RE = re.compile(r"(?<![\w@])@[A-Za-z0-9_.]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
REDDIT_USER_RE = re.compile(r"(?<![\w/])u/[A-Za-z0-9_-]{3,20}\b")
# A platform named just before a bare name: "WeChat: lily_chen88", "IG olivia.makes".
HANDLE_CUE_RE = re.compile(
    r"(?<![\w@/.])(?:WeChat|Wechat|WECHAT|Weixin|IG|Insta|Instagram|TikTok|Tiktok|LinkedIn"
    r"|Linkedin|Twitter|Threads|Snapchat|Snap|Telegram|LINE|Line\s+ID|Kakao(?:Talk)?|Discord"
    r"|Reddit|GitHub|Github|Douyin|Xiaohongshu|Weibo|Facebook|FB|Bluesky|Mastodon|YouTube"
    r"|Signal|Skype|Zalo|Twitch|Pinterest|Tumblr|Viber)"
    r"(?P<sep>(?:[^\S\n]+(?:ID|id|handle|username|user))?[^\S\n]*[:=][^\S\n]*|(?:[^\S\n]+(?:ID|id|handle"
    r"|username|user))?[^\S\n]+)"
    r"(?P<h>/in/[\w-]{2,60}|(?<![\w.])[A-Za-z0-9_](?:[\w.-]{0,40}[A-Za-z0-9_])?(?:#\d{4})?)"
    r"(?![\w@])"
)
# The same platforms written in any case ("snap: jess_m22", "her tiktok is mariaclara.xo"):
# only an account-shaped name (a digit, "_" or ".") follows, so "signal: strong" stays.
ANY_CASE_HANDLE_CUE_RE = re.compile(
    r"(?i)(?<![\w@/.])(?:wechat|weixin|ig|insta|instagram|tiktok|linkedin|twitter|threads"
    r"|snapchat|snap|telegram|line|kakao(?:talk)?|discord|reddit|github|douyin|xiaohongshu"
    r"|weibo|facebook|fb|bluesky|mastodon|youtube|signal|skype|zalo|twitch|pinterest|tumblr"
    r"|viber)(?:[^\S\n]+(?:id|handle|username|user|name))?"
    r"(?:[^\S\n]*[:=][^\S\n]*|[^\S\n]+(?:is|es|adalah|nya)[^\S\n]+|[^\S\n]+)(?:live:)?"
    r"(?P<h>(?<![\w.])[A-Za-z0-9_](?:[\w.-]{0,40}[A-Za-z0-9_])?)(?![\w@])"
)
VERSION_RE = re.compile(r"[vV]?\d+(?:[.\-]\d+)*[a-z]?")  # "line v2.1": no account
# The word itself says an account follows, whatever the platform: "X handle tariq_k99",
# "her username: kofi_b", "handle is mei.draws".
NAMED_HANDLE_RE = re.compile(
    r"\b(?:handle|username|user[ \t]?name|user[ \t]?ID)(?:[ \t]+is|,[^:\n]{1,30}:)?"
    r"[ \t]*[:=]?[ \t]*"
    r"(?P<h>(?<![\w.])[A-Za-z0-9_](?:[\w.-]{0,40}[A-Za-z0-9_])?(?:#\d{4})?)(?![\w@])",
    re.IGNORECASE,
)
HANDLE_RE = re.compile(r"(?<![\w@/.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
# A Cash App cashtag ("$mila_pays"; a price has digits, a ticker is all capitals) and a Jira
# mention ("[~dsantoso]").
CASHTAG_RE = re.compile(r"(?<![\w$])\$(?=[A-Z0-9_]*[a-z])[A-Za-z][A-Za-z0-9_]{2,19}(?![\w$])")
JIRA_MENTION_RE = re.compile(r"\[~(?P<h>[A-Za-z0-9][\w.-]{1,40})\]")
# After "Cash App" a cashtag in capitals is an account too ("CASH APP $MILAPAYS").
CASH_APP_TAG_RE = re.compile(
    r"(?i)\b(?:cash[ \t]?app|cashtag)[ \t]*(?:[:=\-–]|is)?[ \t]*"
    r"(?P<h>\$[A-Za-z][A-Za-z0-9_]{2,19})(?![\w$])"
)
# A Bluesky account on its default host: "kestrel.bsky.social".
BLUESKY_RE = re.compile(r"(?<![\w@.-])[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.bsky\.social(?![\w-]|\.\w)")
# A chat app named in Chinese, Japanese or Korean before a Latin account: "微信号：lin_w88",
# "LINEのID：hinata.k", "카톡 아이디: jiwoo_p". Such script runs into the cue without a space.
CJK_HANDLE_CUE_RE = re.compile(
    r"(?:微信号?|微信ID|微信 ID|QQ号|小红书号?|抖音号?|微博"
    r"|(?:LINE|ライン|インスタ)(?:の)?(?:ID|アカウント)?"
    r"|(?:카톡|카카오톡|인스타|라인)[ \t]*(?:아이디|ID|계정)?)[ \t]*[:：=]?[ \t]*"
    r"(?P<h>(?<![A-Za-z0-9_.])[A-Za-z0-9_][A-Za-z0-9_.-]{1,40}[A-Za-z0-9_])(?![A-Za-z0-9_@])"
)

PROFILE_HOSTS = (
    r"linkedin\.com/(?:in|pub|profile)/|instagram\.com/|tiktok\.com/@|github\.com/|gitlab\.com/"
    r"|twitter\.com/|x\.com/|facebook\.com/|fb\.com/|behance\.net/|dribbble\.com/|medium\.com/@"
    r"|youtube\.com/(?:@|c/|channel/|user/)|threads\.net/@|t\.me/|wa\.me/|snapchat\.com/add/"
    r"|pinterest\.[a-z.]+/|reddit\.com/(?:u|user)/|soundcloud\.com/|twitch\.tv/|vimeo\.com/"
    r"|linktr\.ee/|calendly\.com/|about\.me/|substack\.com/@|bsky\.app/profile/|mastodon\.social/@"
)
PROFILE_RE = re.compile(
    r"(?:https?://)?(?:[a-z]{2,3}\.)?(?:www\.)?(?:" + PROFILE_HOSTS + r")[^\s,;)>\]\"']+",
    re.IGNORECASE,
)
CHUNK_WITH_SLASH_RE = re.compile(r"(?<!\S)[^\s/]*/\S*")
URL_RE = re.compile(
    r"(?:https?://[^\s,;)>\]\"']+|(?<![\w@.-])(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*"
    r"\.(?:com|net|org|io|dev|me|co|uk|de|fr|app|page|site|blog|xyz|info)(?:/[^\s,;)>\]\"']*)?)",
    re.IGNORECASE,
)

_OCTET = r"(?:25[0-5]|2[0-4]\d|1?\d?\d)"
IPV4_RE = re.compile(r"(?<![\d.])(?:" + _OCTET + r"\.){3}" + _OCTET + r"(?![\d.])")
IPV6_RE = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    # Indonesian
    r"|Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Agu|Agt|Oktober|Okt|Desember|Des|Nopember"
    # Spanish
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre|ene|abr|ago|dic"
    # Italian, Portuguese, French and German, for a date of birth on a form in those languages
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro"
    r"|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|janvier"
    r"|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|octobre|d[ée]cembre|januar|februar"
    r"|m[äa]e?rz|oktober|dezember)"
)
# A year in four digits, or in two after an apostrophe ('97) or after Spanish "del" (del 94).
YEAR = r"(?:(?:19|20)\d{2}|['’]\d{2}(?!\d)|(?<=del\s)\d{2}(?!\d))"
# Months in Roman numerals (3/IV/1990, 14.XI.1988), upper case only so words stay words.
ROMAN_MONTH = r"(?-i:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
# A day in words: "the third of May", "twenty-first".
_ORDINAL_WORD = (
    r"(?:(?:twenty|thirty)[ -])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    r"|eighteenth|nineteenth|twentieth|thirtieth|primero"
)
# A day with its ordinal mark: "3rd", "1.º", "1º", "1er".
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th|\.?º|\.?ª|°|er)?|" + _ORDINAL_WORD + r")"
# Run together as forms and passports print them: "03MAR1996", "19900712".
_COMPACT = (
    r"\d{2}"
    + r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|AGT|AGU|OKT|DES|ENE|ABR|AGO|DIC)"
    r"(?:19|20)?\d{2}|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
)
# Chinese, Japanese and Korean: "1990年5月3日", "1990년 5월 3일", an era's "平成8年7月21日".
_CJK_DATE = (
    r"(?:(?:19|20)\d{2}|(?:明治|大正|昭和|平成|令和)(?:\d{1,2}|元))"
    r"[ \t]?[年년][ \t]?\d{1,2}[ \t]?[月월][ \t]?\d{1,2}[ \t]?[日일]?"
)
# Vietnamese: "12 tháng 4 năm 1997".
_VI_DATE = r"\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+(?:19|20)\d{2}"
# After a birth cue, Roman months in lower case too ("11.viii.2002", "1999/iii/12").
_ROMAN_ANY = r"(?:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)"
# A Spanish date said in words: "doce de marzo del noventa y seis".
_ES_UNIT = r"(?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)"
_ES_DAY = (
    r"(?:primero|" + _ES_UNIT + r"|diez|once|doce|trece|catorce|quince|diecis[eé]is"
    r"|diecisiete|dieciocho|diecinueve|veinte|veinti(?:uno|d[oó]s|tr[eé]s|cuatro|cinco"
    r"|s[eé]is|siete|ocho|nueve)|treinta(?:[ \t]+y[ \t]+uno)?)"
)
_ES_TENS = r"(?:cincuenta|sesenta|setenta|ochenta|noventa)(?:[ \t]+y[ \t]+" + _ES_UNIT + r")?"
_ES_YEAR = (
    r"(?:del?[ \t]+)(?:(?:mil[ \t]+novecientos[ \t]+)?"
    + _ES_TENS
    + r"|dos[ \t]+mil(?:[ \t]+(?:"
    + _ES_UNIT
    + r"|diez|once|doce|trece|catorce|quince))?)"
)
_ES_SPOKEN = _ES_DAY + r"[ \t]+de[ \t]+" + MONTHS + r"[ \t]+" + _ES_YEAR
DATE = (
    r"(?:"
    + _CJK_DATE
    + r"|"
    + _VI_DATE
    + r"|"
    + _COMPACT
    + r"(?!\d)"
    + r"|"
    + _ES_SPOKEN
    + r"|\d{1,2}[/.-]\d{1,2}[/.-](?:(?:19|20)?\d{2}|['’]\d{2})"
    r"|(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}"
    r"|\d{1,2}[ \t]*(?P<ssep>[/.-])[ \t]*\d{1,2}[ \t]*(?P=ssep)[ \t]*(?:19|20)\d{2}"
    r"|(?:19|20)\d{2}(?P<ysep>[/.-])(?:" + MONTHS + r"|" + _ROMAN_ANY + r")(?P=ysep)\d{1,2}"
    r"|\d{1,2}(?P<rsep>[/.-])(?:" + ROMAN_MONTH + r"|" + _ROMAN_ANY + r")(?P=rsep)(?:19|20)?\d{2}"
    r"|\d{1,2}(?P<msep>[/ -])" + MONTHS + r"\.?(?P=msep)(?:19|20)?\d{2}"
    r"|"
    + _DAY
    + r"\s+(?:of\s+|de\s+)?"
    + MONTHS
    + r"\.?,?\s+(?:de\s+|del\s+)?"
    + YEAR
    + r"|"
    + MONTHS
    + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:de\s+|del\s+)?"
    + YEAR
    + r")"
)
_AGE = (
    r"\d{1,3}[ \t]*(?:th|thn|tahun|años|anos|ans|anni|jahre|yrs?|years?(?:[ \t]+old)?"
    r"|y\.?o)\.?(?!\w)"
)
# Between the cue and the date: no sentence end ("Born in Medan; the launch is on 5 Nov").
_NO_STOP = r"(?![;!?]|(?<=(?-i:[a-z]{3}))\.\s|(?<=(?-i:[A-Z]{2}))\.\s)"
DOB_RE = re.compile(
    r"(?:(?<!\[)\bd\.?o\.?b\.?|dates?[\s_]+of[\s_]+birth|birth[\s_]*dates?|birthdays?|\bb-?days?\b|born(?:\s+on)?"
    r"|(?<!\w)b\.(?=\s*\d)|(?<![^\W_])lahir|\blhr\b|\bTTL\b|(?<![^\W_])nacimiento|\bnaci(?:ó|o|da|do)\b|\bf(?:echa|ec)?\.?\s?(?:de\s+)?nac\."
    r"|\bcumplea(?:ñ|n)os|\bulang\s+tahun|\bultah\b|\bsinh\b|生年月日|出生日期|出生年月|出生|生日|誕生日|생년월일|생일"
    r"|\bdata\s+di\s+nascita|\bnat[oa]\s+il|\bdata\s+de\s+nascimento|\bnascid[oa]\s+em"
    r"|\bdate\s+de\s+naissance|\bnée?\s+le|\bgeburtsdatum|\bgeboren(?:\s+am)?)"
    r"(?:" + _NO_STOP + r"[^\d\n[]){0,40}?"
    # an age may stand between ("Umur / Tgl. Lahir : 29 th / 17-11-1996")
    r"(?:" + _AGE + r"(?:" + _NO_STOP + r"[^\d\n[]){0,6}?)?"
    r"(?P<date>" + DATE + r")(?!\d)",
    re.IGNORECASE,
)

# Capitals as issued, or all typed in lower case, run together or dashed ("sh311258b").
NI_NUMBER_RE = re.compile(
    r"\b(?:[A-Z]{2}(?: ?\d{2}){3} ?[A-D]"
    r"|[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z](?P<nsep>-?)\d{2}(?P=nsep)\d{2}(?P=nsep)\d{2}"
    r"(?P=nsep)[a-d])\b"
)
IBAN_RE = re.compile(r"\b[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){3,7}(?:[ ]?[A-Za-z0-9]{1,4})?\b")
CODE_ID_RE = re.compile(
    r"(?<![\w-])(?:[A-Z]{1,4}-\d{4,}(?:-[A-Z0-9]+)?|[A-Z]{1,3}\d{5,}|\d{4,}-[A-Z])(?![\w-])"
)
NOT_ID_PREFIXES = frozenset({"ISO", "EN", "IEC", "RFC", "SHA", "GPT", "COVID", "PS", "Q"})
ID_CONTEXT_RE = re.compile(
    r"\b(?:employee|staff|badge|payroll|personnel|member(?:ship)?|student|passport|licen[cs]e"
    r"|account|customer|ssn|ni|national\s+insurance|tax|id|ref(?:erence)?)"
    r"(?:[^\S\n]+(?:id|no\.?|number|num|#|code|ref))?[^\S\n]*(?:is|:|#|-)?[^\S\n]*"
    r"(?P<id>(?=[\w-]*\d)[A-Za-z0-9][A-Za-z0-9-]{2,}[A-Za-z0-9]|\d{3,})",
    re.IGNORECASE,
)
LONG_DIGITS_RE = re.compile(r"(?<![\w.+-])\d{12,19}(?![\w-])|(?<!\d)(?:\d{4}[ -]){3}\d{1,7}(?!\d)")

PHONE_RE = re.compile(
    r"(?<![\w+/.:-])(?:\+|00)?(?:\(\d{1,5}\)|\d)(?:[ .-]?(?:\(0\)|\(\d{1,5}\)|\d)){5,22}"
    r"(?:[ ]?(?:x|ext\.?|extension)[ ]?\d{1,5})?(?![\w/]|-\d)"
)
DATE_FIRST_RE = re.compile(
    r"^(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2})\b"
)
YEARS_RE = re.compile(r"^(?:(?:19|20)\d{2}[ ,;/-]+){1,}(?:19|20)\d{2}$")
THOUSANDS_RE = re.compile(r"^[1-9]\d?(?:[ ,.]\d{3})+$")
PHONE_CUE_RE = re.compile(
    r"(?:tel|phone|mobile|mob|cell|call|ring|text|whatsapp|number|no\.|fax|at|on|:)\W*$",
    re.IGNORECASE,
)
YEAR_RANGE_RE = re.compile(r"^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}$")
SHORT_DATE_TIME_RE = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}[ ,]+\d{1,2}$")
PLAIN_DATE_RE = re.compile(r"^\d{1,4}[.-]\d{1,2}[.-]\d{1,4}$")


def _digits(s: str) -> int:
    return sum(c.isdigit() for c in s)


def _cashtags_and_mentions(text: str) -> Iterator[Found]:
    for m in CASHTAG_RE.finditer(text):
        yield m.start(), m.end(), "HANDLE"
    for m in JIRA_MENTION_RE.finditer(text):
        yield m.start("h"), m.end("h"), "HANDLE"
    for m in CASH_APP_TAG_RE.finditer(text):
        yield m.start("h"), m.end("h"), "HANDLE"
    for m in BLUESKY_RE.finditer(text):
        yield m.start(), m.end(), "HANDLE"
    for m in CJK_HANDLE_CUE_RE.finditer(text):
        if _account_shaped(m.group("h")) or _looks_like_handle(m.group("h"), True):
            yield m.start("h"), m.end("h"), "HANDLE"


def find_emails_and_handles(text: str) -> Iterator[Found]:
    """Fediverse handles first, then emails, then bare @handles."""
    for m in FEDI_RE.finditer(text):
        yield m.start(), m.end(), "HANDLE"
    for m in EMAIL_RE.finditer(text):
        yield m.start(), m.end(), "EMAIL"
    for m in HANDLE_RE.finditer(text):
        yield m.start(), m.end(), "HANDLE"
    yield from _cashtags_and_mentions(text)
    yield from find_account_forms(text)
    for m in REDDIT_USER_RE.finditer(text):
        yield m.start(), m.end(), "HANDLE"
    for m in HANDLE_CUE_RE.finditer(text):
        if _looks_like_handle(
            m.group("h"),
            ":" in m.group("sep") or "=" in m.group("sep") or m.group("sep").strip() != "",
        ):
            yield m.start("h"), m.end("h"), "HANDLE"
    for m in ANY_CASE_HANDLE_CUE_RE.finditer(text):
        h = m.group("h")
        if len(h) >= 5 and _looks_like_handle(h, False) and not VERSION_RE.fullmatch(h):
            yield m.start("h"), m.end("h"), "HANDLE"
    yield from _speaking_handles(text)
    yield from _workplace_handles(text)
    for m in NAMED_HANDLE_RE.finditer(text):
        h = m.group("h")
        if any(c in h for c in "_.#") or any(c.isdigit() for c in h):
            if any(c.isalpha() for c in h):
                yield m.start("h"), m.end("h"), "HANDLE"


# A chat export's speaker, an account: "[10:02] sleepy_koala: ...", "- rina_putri: ...".
SPEAKER_HANDLE_RE = re.compile(
    r"(?m)^[ \t>*•-]*(?:\[[^\]\n]{1,25}\][ \t]*|\d{1,2}[:.]\d{2}(?::\d{2})?[ \t]*"
    r"(?:[AaPp]\.?[Mm]\.?)?[ \t]*)?"
    r"(?P<h>[A-Za-z0-9][A-Za-z0-9_.]{1,30}[A-Za-z0-9_])[ \t]*:(?![/\d])"
)
# A platform, whose account it is, then the account: "ig de nacho: nacho.vela", "X: tolu_w".
OWNED_HANDLE_RE = re.compile(
    r"(?i)(?<![\w@/.])(?:ig|insta|instagram|tiktok|twitter|threads|snapchat|snap|telegram|line"
    r"|wechat|discord|github|facebook|fb|kakao(?:talk)?|(?-i:X))"
    r"(?:[^\S\n]+(?:de|of|dari|del|von)[^\S\n]+(?:[\w]+[^\S\n]+)?[\w]+)?[^\S\n]*:[^\S\n]*"
    r"(?P<h>(?<![\w.])[A-Za-z0-9_](?:[\w.-]{0,40}[A-Za-z0-9_])?)(?![\w@])"
)
_PLATFORM = (
    r"(?:wechat|weixin|ig|insta|instagram|tiktok|twitter|threads|snapchat|snap|telegram|tele|tg"
    r"|line|kakao(?:talk)?|discord|reddit|github|facebook|fb|bluesky|mastodon|signal|skype|zalo"
    r"|wa|whatsapp|venmo|paypal|cashapp|cash[ \t]+app)"
)
# Platforms named together or with a dash or "as" before the account: "IG/TikTok: lina.bakes",
# "Telegram handle - rizky_dev", "on Discord as shadowfox#4412", "tiktok: mayacooks".
PLATFORMS_HANDLE_RE = re.compile(
    r"(?i)(?<![\w@/.])" + _PLATFORM + r"(?:[ \t]*/[ \t]*" + _PLATFORM + r")*"
    r"(?:[ \t]+(?:id|handle|username|user))?"
    r"(?P<sep>[ \t]*[:=][ \t]*|[ \t]*[-–][ \t]*|[ \t]+(?:as|is|es|adalah)[ \t]+)"
    r"(?P<h>(?<![\w.])[A-Za-z0-9_](?:[\w.-]{0,40}[A-Za-z0-9_])?(?:#\d{4})?)(?![\w@])"
)
# A workplace chat tool and "as": "find me on Teams as wren.okeke", "on Slack as dev_ana".
WORK_CHAT_AS_RE = re.compile(
    r"(?i)\b(?:on|in|via)[ \t]+(?:MS[ \t]+|Microsoft[ \t]+)?(?:Teams|Slack|Zoom|Webex|Skype)"
    r"[ \t]+as[ \t]+(?P<h>(?<![\w.])[A-Za-z0-9_](?:[\w.-]{0,40}[A-Za-z0-9_])?)(?![\w@])"
)
# A code host's login, lower case with a hyphen or digit: "Review by lena-kovacs:",
# "tomas-ibarra9 (approved):".
_LOGIN = r"(?P<h>(?-i:[a-z0-9]+(?:-[a-z0-9]+)+|[a-z]+[0-9]+))"
REVIEW_LOGIN_RE = re.compile(
    r"(?im)\b(?:review(?:ed)?|approved|commented|opened|authored|merged|closed|requested)"
    r"[ \t]+by[ \t]+@?" + _LOGIN + r"(?=[ \t]*[:,(]|[ \t]*$)"
)
LOGIN_VERDICT_RE = re.compile(
    r"(?im)^[ \t>*•-]*@?" + _LOGIN + r"[ \t]+\((?:approved|commented|changes[ \t]+requested"
    r"|requested[ \t]+changes|reviewed|dismissed)\)"
)
# A chat role with its account in brackets: "Pembeli (mutiara.ayu97): ...".
ROLE_ACCOUNT_RE = re.compile(
    r"(?m)^[ \t>*•-]*[^\W\d_]+(?:[ \t][^\W\d_]+)?[ \t]*"
    r"\((?P<h>[A-Za-z0-9][\w.]{1,30}[A-Za-z0-9_])\)[ \t]*:"
)
FILE_ENDS = frozenset(
    """yaml yml json md txt py csv pdf doc docx xls xlsx ppt pptx png jpg jpeg gif js ts html
    css sh sql log ini toml cfg xml zip com net org io dev co uk id es app me""".split()
)


def _account_shaped(h: str) -> bool:
    """Letters with a "_", a digit or an inner dot, and not a file name ("notes.md")."""
    if not any(c.isalpha() for c in h) or VERSION_RE.fullmatch(h):
        return False
    if "." in h and h.rsplit(".", 1)[1].lower() in FILE_ENDS:
        return False
    return "_" in h or any(c.isdigit() for c in h) or re.search(r"[a-z]{2}\.[a-z]", h) is not None


def _english(h: str) -> bool:
    from coach.anonymise.words import is_english_word

    return is_english_word(h.lower())


def _workplace_handles(text: str) -> Iterator[Found]:
    """Accounts on work tools: "on Teams as x", a code review's login, "Role (account):"."""
    for m in WORK_CHAT_AS_RE.finditer(text):
        if _account_shaped(m.group("h")):
            yield m.start("h"), m.end("h"), "HANDLE"
    for m in [*REVIEW_LOGIN_RE.finditer(text), *LOGIN_VERDICT_RE.finditer(text)]:
        parts = m.group("h").split("-")
        if not all(_english(p) or p in lx.STOP_WORDS for p in parts):  # "end-of-month" stays
            yield m.start("h"), m.end("h"), "HANDLE"
    for m in ROLE_ACCOUNT_RE.finditer(text):
        if _account_shaped(m.group("h")):
            yield m.start("h"), m.end("h"), "HANDLE"


def _speaking_handles(text: str) -> Iterator[Found]:
    found = [m for m in SPEAKER_HANDLE_RE.finditer(text) if _account_shaped(m.group("h"))]
    if len({m.group("h") for m in found}) >= 2:
        for m in found:
            yield m.start("h"), m.end("h"), "HANDLE"
    for m in PLATFORMS_HANDLE_RE.finditer(text):
        h = m.group("h")
        plain = ":" in m.group("sep") and len(h) >= 6 and _looks_like_handle(h, True)
        if _account_shaped(h) or (plain and not _english(h)):
            yield m.start("h"), m.end("h"), "HANDLE"
    for m in OWNED_HANDLE_RE.finditer(text):
        if _account_shaped(m.group("h")):
            yield m.start("h"), m.end("h"), "HANDLE"


def _looks_like_handle(h: str, marked: bool) -> bool:
    """After a platform's name: a name with a digit, "_" or "." is a handle; a plain word only
    after "WeChat:" or "IG ID", and only if it is no ordinary word ("IG stories")."""
    if h.startswith("/in/"):
        return True
    if h.isdigit() and len(h) < 5:
        return False
    if any(c in h for c in "_.") or any(c.isdigit() for c in h):
        return any(c.isalpha() for c in h)
    from coach.anonymise.words import is_ordinary_word

    if "-" in h and h.islower():  # "noor-h", not "e-commerce"
        from coach.anonymise.words import is_english_word

        parts = h.split("-")
        if len(parts) == 2 and len(parts[0]) >= 3 and len(parts[1]) == 1:
            return parts[0].isalpha()  # "quill-r": a name and an initial, no word ("e-mail")
        return any(
            len(p) >= 3 and not is_ordinary_word(p) and not is_english_word(p) for p in parts
        )
    if not marked or not h.islower() or len(h) < 4:
        return False

    return not is_ordinary_word(h)


def find_links(text: str) -> Iterator[Found]:
    """Profile links always; other URLs are left to the caller, who knows the people."""
    for chunk in CHUNK_WITH_SLASH_RE.finditer(text):
        for m in PROFILE_RE.finditer(chunk.group(0)):
            start, end = chunk.start() + m.start(), chunk.start() + m.end()
            while end > start and text[end - 1] in ".!?":
                end -= 1
            yield start, end, "LINK"


def find_urls(text: str) -> Iterator[tuple[int, int]]:
    """Any URL or bare domain, for the caller to judge whether it names a person."""
    for m in URL_RE.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in ".!?":
            end -= 1
        yield m.start(), end


def find_ips(text: str) -> Iterator[Found]:
    for m in IPV4_RE.finditer(text):
        yield m.start(), m.end(), "IP"
    for m in IPV6_RE.finditer(text):
        cand = m.group(0)
        if sum(c.isalnum() for c in cand) < 4:
            continue
        try:
            ipaddress.IPv6Address(cand)
        except ValueError:
            continue
        yield m.start(), m.end(), "IP"


# The next date in a list of dates of birth: "DOB 03MAR1996 / 14JUN1999, 2 May 2000".
NEXT_DOB_RE = re.compile(
    r"[ \t]*(?:/|,|&|and|y|dan|dan[ \t]+)[ \t]*(?P<date>" + DATE + r")(?![\w/.-]?\d)",
    re.IGNORECASE,
)


def find_dobs(text: str) -> Iterator[Found]:
    for m in DOB_RE.finditer(text):
        yield m.start("date"), m.end("date"), "DOB"
        end = m.end("date")
        while (nxt := NEXT_DOB_RE.match(text, end)) is not None:
            yield nxt.start("date"), nxt.end("date"), "DOB"
            end = nxt.end("date")
    yield from _dob_columns(text)


# A table's header cell for dates of birth, in a tab-separated or Markdown table.
DOB_HEADER_RE = re.compile(
    r"^(?:d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|birthday|born|(?:tgl|tanggal)\.?\s+lahir"
    r"|lahir|fecha\s+de\s+nac(?:imiento|\.)?|f\.\s?nac\.?|nacimiento)$",
    re.IGNORECASE,
)
RULE_LINE_RE = re.compile(r"^[ \t|:+=-]*-[ \t|:+=-]*$")


def _dob_header(cell: str) -> bool:
    """ "DOB", "fecha_nacimiento", "dob_mentor", "Birth date (mentee)": a birth-date column."""
    words = re.sub(r"\s*\(.*\)$", "", cell.replace("_", " ")).strip()
    if DOB_HEADER_RE.match(words):
        return True
    parts = words.split()
    return len(parts) == 2 and any(DOB_HEADER_RE.match(p) for p in parts)


WHOLE_DATE_RE = re.compile(r"^(?:" + DATE + r")$", re.IGNORECASE)


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's text in a table line, spaces trimmed."""
    out, pos = [], 0
    for cell in line.split(sep):
        lead = len(cell) - len(cell.lstrip())
        out.append((pos + lead, pos + len(cell.rstrip())))
        pos += len(cell) + 1
    return out


def _dob_columns(text: str) -> Iterator[Found]:
    """Dates in a table column headed "DOB", "Tgl lahir" or "Fecha de nacimiento"."""
    column: int | None = None
    sep = ""
    offset = 0
    for line in text.split("\n"):
        here = [c for c in ("\t", "|") if c in line]
        here = here or [c for c in (",", ";") if line.count(c) >= 2]
        if column is not None and RULE_LINE_RE.match(line):
            pass  # "-----+-----": the rule under a header, in SQL and Markdown output
        elif column is None and here:
            sep = here[0]
            cells = [line[a:b] for a, b in _cells(line, sep)]
            found = [i for i, c in enumerate(cells) if _dob_header(c)]
            column = found[0] if found else None
        elif column is not None and sep in line:
            spans = _cells(line, sep)
            if column < len(spans):
                a, b = spans[column]
                if WHOLE_DATE_RE.match(line[a:b]):
                    yield offset + a, offset + b, "DOB"
        else:
            column = None
        offset += len(line) + 1


def find_ids(text: str) -> Iterator[Found]:
    """Staff/badge/employee numbers, national and card numbers, IBANs."""
    for m in NI_NUMBER_RE.finditer(text):
        yield m.start(), m.end(), "ID"
    yield from find_national_ids(text)
    for m in IBAN_RE.finditer(text):
        if _digits(m.group(0)) >= 8:
            yield m.start(), m.end(), "ID"
    for m in CODE_ID_RE.finditer(text):
        prefix = m.group(0).split("-")[0].rstrip("0123456789")
        if prefix not in NOT_ID_PREFIXES:
            yield m.start(), m.end(), "ID"
    for m in ID_CONTEXT_RE.finditer(text):
        val = m.group("id")
        if YEAR_RANGE_RE.match(val) or (len(val) == 4 and val[:2] in ("19", "20")):
            continue
        yield m.start("id"), m.end("id"), "ID"
    for m in LONG_DIGITS_RE.finditer(text):
        yield m.start(), m.end(), "ID"


def find_phones(text: str) -> Iterator[Found]:
    for m in PHONE_RE.finditer(text):
        cand = m.group(0)
        core = re.split(r"[ ]?(?:x|ext\.?|extension)[ ]?\d", cand)[0]
        n = _digits(core)
        if n < 7 or n > 15:
            continue
        stripped = core.strip()
        if YEAR_RANGE_RE.match(stripped) or PLAIN_DATE_RE.match(stripped):
            continue
        if not re.search(r"[ .()+-]", stripped) and n > 11:
            continue
        before = text[max(0, m.start() - 2) : m.start()]
        after = text[m.end() : m.end() + 2]
        if re.search(r"[$£€¥₹]\s?$", before) or after.startswith(("%", " %")):
            continue
        if YEARS_RE.match(stripped) or DATE_FIRST_RE.match(stripped):
            continue
        clock = re.match(r"[:.]\d\d", text[m.end() : m.end() + 3])
        if clock and SHORT_DATE_TIME_RE.match(stripped):
            continue  # "[19.02.25 20:14]": a chat export's date and time
        if THOUSANDS_RE.match(stripped) and not PHONE_CUE_RE.search(
            text[max(0, m.start() - 25) : m.start()]
        ):
            continue  # "1 234 567 users" is a count, not a number to ring
        if _reference_number(text, m.start(), stripped):
            continue  # "batch 20419388", "PO 48812033": an order or a batch, not a phone
        yield m.start(), m.end(), "PHONE"


# A word that introduces a number of a thing, not a person's: "batch", "PO", "invoice no.",
# "pedido", "faktur"; then "no." or "#", and any numbers listed before ("orders 1 and 2").
REFERENCE_CUE_RE = re.compile(
    r"(?<![\w.])(?:batch(?:es)?|orders?|p\.?o\.?|purchase[ \t]+orders?|invoices?|inv|tickets?"
    r"|ref(?:erence)?|cases?|lots?|shipments?|consignments?|tracking|waybill|sku|pedidos?"
    r"|facturas?|lotes?|casos?|pesanan|faktur|tiket|resi)"
    r"(?:[ \t]*(?:no\.?|nr\.?|num(?:ber)?\.?|n[º°]\.?|#|id|code|número|numero|nomor))?"
    r"[ \t]*[:#=]?[ \t]*(?:#?\d+[ \t]*(?:,|and|&|/|or|y|o|dan|atau)[ \t]*)*#?$",
    re.IGNORECASE,
)


def _reference_number(text: str, start: int, number: str) -> bool:
    """A plain run of digits right after a word for an order, a batch or a ticket. A number
    written as a phone is written (a "+", groups split by spaces, dashes or dots, brackets, or
    a trunk "0" and ten digits or more) is a phone whatever word comes before it."""
    if not number.isdigit() or (number.startswith("0") and len(number) >= 10):
        return False
    line = text[max(0, start - 40) : start]
    return REFERENCE_CUE_RE.search(line.rsplit("\n", 1)[-1]) is not None
