"""Accounts written the way task pages, forums and profile lists write them.

- An @-mention of a full name ("@Rose Fairweather share the survey"): task and wiki tools
  mention people by their display name, so the surname after the mention is part of it, unless
  it is an ordinary word ("@Rose Thanks for the notes", "@Tom Friday works").
- A forum quote tag: "[QUOTE=agus_kopi]", "[QUOTE=name;4471]", '[QUOTE="name, post: 9"]'.
- A platform, a first name and a colon: "IG Dimas: dimas.ardi_".
- "ID" before an account-shaped name ("KakaoTalk, ID seoyeon.lee97"): a number would have no
  letters and dots in it.
- A platform, a slash and a profile slug: "LinkedIn/amara-nwosu-clarke".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Found = tuple[int, int, str]

MENTION_NAME_RE = re.compile(
    r"(?<![\w@/.])@[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?[ \t]+(?P<last>[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)"
    r"(?![\w@])"
)
QUOTE_TAG_RE = re.compile(
    r"\[(?:QUOTE|quote)=[\"']?(?P<h>[^\[\]\n;,\"']{2,40}?)[\"']?(?:[;,][^\]\n]{0,60})?\]"
)
_PLATFORM = (
    r"(?:IG|Insta|Instagram|TikTok|Tiktok|Twitter|Threads|Snapchat|Snap|Telegram|LINE|Line"
    r"|WeChat|Discord|GitHub|Github|Facebook|FB|Kakao(?:Talk)?|X)"
)
PLATFORM_OWNER_RE = re.compile(
    r"(?<![\w@/.])" + _PLATFORM + r"[ \t]+[A-Z][a-z]+(?:['’]s)?[ \t]*:[ \t]*"
    r"(?P<h>(?<![\w.])[A-Za-z0-9_](?:[\w.-]{0,40}[A-Za-z0-9_])?)(?![\w@])"
)
ID_ACCOUNT_RE = re.compile(
    r"(?<![\w.])(?:ID|Id|id)[ \t]*[:=]?[ \t]*"
    r"(?P<h>(?<![\w.])[A-Za-z][\w.-]{0,40}[A-Za-z0-9_])(?![\w@]|\.\w)"
)
PLATFORM_SLASH_RE = re.compile(
    r"(?<![\w@/.])(?:LinkedIn|Linkedin|linkedin|GitHub|Github|github|Instagram|instagram|IG"
    r"|TikTok|tiktok|Twitter|twitter|Behance|Dribbble|Medium)/(?:in/|@)?"
    r"(?P<h>[A-Za-z0-9_][\w.-]{1,60}[A-Za-z0-9_])(?![\w@/])"
)
_PLATFORM_WORDS = frozenset(
    "linkedin github instagram ig tiktok twitter behance dribbble medium facebook fb youtube"
    " threads snapchat telegram line wechat discord x reddit".split()
)


def find_account_forms(text: str) -> Iterator[Found]:
    from coach.anonymise.patterns import _account_shaped, _looks_like_handle
    from coach.anonymise.words import is_ordinary_word

    for m in MENTION_NAME_RE.finditer(text):
        if not is_ordinary_word(m.group("last").lower()):
            yield m.start(), m.end(), "HANDLE"
    for m in QUOTE_TAG_RE.finditer(text):
        yield m.start("h"), m.end("h"), "HANDLE"
    for m in PLATFORM_OWNER_RE.finditer(text):
        if _account_shaped(m.group("h")):
            yield m.start("h"), m.end("h"), "HANDLE"
    for m in ID_ACCOUNT_RE.finditer(text):
        h = m.group("h")
        if ("." in h or "_" in h) and _account_shaped(h):
            yield m.start("h"), m.end("h"), "HANDLE"
    for m in PLATFORM_SLASH_RE.finditer(text):
        h = m.group("h")
        if h.lower() in _PLATFORM_WORDS:
            continue
        if _account_shaped(h) or _looks_like_handle(h, True):
            yield m.start("h"), m.end("h"), "HANDLE"
