"""Names written in Chinese, Japanese or Korean script.

These scripts have no capitals and often no spaces, so the Latin rules never see them. A name
is a short run of Han or Hangul that starts with a known surname (Chinese and Korean surname
lists are short and cover most people), a Han run before a Japanese honorific (田中さん), or
a known given name beside such a surname (山田 太郎). Lists: data/cjk_surnames.txt and
data/cjk_given_names.txt, compiled from Faker's zh_CN, ja_JP and ko_KR person providers.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

from coach.anonymise.words import Mention

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
KANA = r"\u3040-\u30ff"
HANGUL = r"\uac00-\ud7af"
RUN_RE = re.compile(f"[{HAN}{KANA}{HANGUL}]+")
HONORIFIC_RE = re.compile(r"(?:さん|さま|様|くん|君|ちゃん|先生|氏|씨|님|선생님)$")
HAN_ONLY = re.compile(f"^[{HAN}]+$")
HANGUL_ONLY = re.compile(f"^[{HANGUL}]+$")
# Korean particles that follow a name inside a word: 김지현은, 박서연이.
JOSA_RE = re.compile(r"(?:은|는|이|가|을|를|의|에게|께서|과|와|도|한테|씨|님)$")


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    def read(name: str) -> frozenset[str]:
        text = (files("coach.anonymise") / "data" / f"{name}.txt").read_text(encoding="utf-8")
        return frozenset(text.split())

    return read("cjk_surnames"), read("cjk_given_names")


def _name_length(run: str) -> int:
    """How many leading characters of ``run`` are a name (0 when it is not one)."""
    surnames, given = _lists()
    if HANGUL_ONLY.match(run):
        core = JOSA_RE.sub("", run) if len(run) > 3 else run
        if 2 <= len(core) <= 4 and (core[0] in surnames or core in given):
            return len(core)
        return 0
    if not HAN_ONLY.match(run):
        return 0
    if len(run) <= 4:
        if run[:2] in surnames or run[0] in surnames or run in given:
            return len(run)
        return 0
    return 0


def _in_prose(run: str) -> list[tuple[int, int]]:
    """Surname + listed given name inside a longer run of Chinese text."""
    surnames, given = _lists()
    out, i = [], 0
    while i < len(run) - 1:
        hit = 0
        if run[i] in surnames:
            for n in (2, 1):
                if run[i + 1 : i + 1 + n] in given:
                    hit = 1 + n
                    break
        if hit:
            out.append((i, i + hit))
            i += hit
        else:
            i += 1
    return out


def find_cjk_names(text: str, taken: list[bool]) -> list[Mention]:
    """Mentions of people written in CJK script, adjacent parts ("山田 太郎") joined."""
    found: list[Mention] = []
    for m in RUN_RE.finditer(text):
        if any(taken[m.start() : m.end()]):
            continue
        run, start = m.group(0), m.start()
        honorific = HONORIFIC_RE.search(run)
        if honorific and 1 <= honorific.start() <= 4 and HAN_ONLY.match(run[: honorific.start()]):
            found.append(Mention(start, start + honorific.start(), [run[: honorific.start()]]))
            continue
        n = _name_length(run)
        if n:
            found.append(Mention(start, start + n, [run[:n]]))
        elif HAN_ONLY.match(run) and len(run) > 4:
            found += [Mention(start + a, start + b, [run[a:b]]) for a, b in _in_prose(run)]
        elif found and found[-1].end == start - 1 and text[start - 1] == " " and run in _lists()[1]:
            found.append(Mention(start, m.end(), [run]))
    merged: list[Mention] = []
    for mention in found:
        prev = merged[-1] if merged else None
        if prev and prev.end + 1 == mention.start and text[prev.end] == " ":
            merged[-1] = Mention(prev.start, mention.end, prev.words + mention.words)
        else:
            merged.append(mention)
    return merged
