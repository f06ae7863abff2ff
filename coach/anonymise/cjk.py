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

HAN = r"\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # 々 repeats the kanji before it
KANA = r"\u3040-\u30ff"
HANGUL = r"\uac00-\ud7af"
RUN_RE = re.compile(f"[{HAN}{KANA}{HANGUL}]+")
HONORIFIC_RE = re.compile(r"(?:さん|さま|様|くん|君|ちゃん|先生|氏|씨|님|선생님)$")
HAN_ONLY = re.compile(f"^[{HAN}]+$")
HANGUL_ONLY = re.compile(f"^[{HANGUL}]+$")
# Korean particles that follow a name inside a word: 김지현은, 박서연이.
JOSA_RE = re.compile(r"(?:은|는|이|가|을|를|의|에게|께서|과|와|도|한테|씨|님)$")


# Common words that start with a character some people have as a surname (关 in 关于, 时 in
# 时候): never a name on their own.
CJK_COMMON = frozenset(
    """关于 关系 关注 关键 时候 时间 时代 方面 方法 方式 方案 方向 成本 成功 成为 成长 成果
    高兴 高级 高层 明白 明天 明年 明显 文件 文化 文章 安排 安全 安装 于是 都是 都有 都会
    那些 那个 那么 周末 周一 周二 周三 周四 周五 周六 周日
    公司 公开 公众 司机 同事 同意 同时 和平 常常 白天 黄金 金融 马上 王者""".split()
)
# Korean words that start with a syllable some people have as a surname (오늘 "today", 이번
# "this time"): never a name on their own.
KO_COMMON = frozenset(
    """오늘 이번 이제 이미 이후 이거 이것 이런 이렇게 이야기 정말 정도 전에 전체 조금 최근
    우리 주말 지금 다음 다시 모두 문제 시간 신용 한국 회사 회의 고객 방법 장소 하루 마지막
    김치 이유 이상 이하 전화 정보 조사 주간 주제 강의 고민
    임금 안녕 유지 유튜브 한번 황금""".split()
)
# Role nouns a name follows: 同事林佳怡, 导师是陈晓东.
ROLE_BEFORE = (
    "导师是",
    "同事是",
    "经理是",
    "导师",
    "同事",
    "经理",
    "老师",
    "主管",
    "朋友",
    "同学",
    "领导",
    "老板",
    "总监",
    "实习生",
    "组长",
    "叫上",
    "约上",
    "带上",
    "邀请",
    "联系",
    "通知",
)
SPEECH_AFTER = (
    "也同意",
    "也认为",
    "也觉得",
    "也说",
    "说",
    "认为",
    "觉得",
    "建议",
    "表示",
    "提到",
    "告诉",
    "同意",
    "解释",
    "问",
    "提议",
    "补充",
    "回答",
    "分享",
)
# Acts of teaching or presenting: after three characters only (赵子涵教我们), as a surname and
# one character are as often a word (高手推荐).
ACT_AFTER = ("教", "介绍", "讲解", "演示", "推荐", "主持", "发言")
# Words of time that open a clause before its subject: 上周王小明说, 会上李娜建议.
CLAUSE_OPENERS = (
    "今天",
    "昨天",
    "明天",
    "上周",
    "本周",
    "下周",
    "上次",
    "这次",
    "会上",
    "后来",
    "然后",
    "最后",
    "另外",
)
COMPANY_BEFORE = "和跟与同找问给叫"
COMPANY_AFTER = (
    "聊",
    "说",
    "谈",
    "讨论",
    "开会",
    "见面",
    "一起",
    "吃饭",
    "通话",
    "打电话",
    "商量",
    "沟通",
    "交流",
    "确认",
    "约",
    "学",
    "也",
    "的",
)
# A kanji name before an honorific inside a longer run: 上司の鈴木一郎さんと, 鈴木さんは.
HONORIFIC_INSIDE_RE = re.compile(
    f"(?<![{HAN}])([{HAN}]{{1,4}})(?=さん|さま|様|くん|君|ちゃん|先生|氏|部長|課長|社長|係長"
    f"|主任|先輩|専務|常務)"
)


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    def read(name: str) -> frozenset[str]:
        text = (files("coach.anonymise") / "data" / f"{name}.txt").read_text(encoding="utf-8")
        return frozenset(text.split())

    return read("cjk_surnames"), read("cjk_given_names")


def _name_length(run: str, japanese: bool = False) -> int:
    """How many leading characters of ``run`` are a name (0 when it is not one).

    Most Korean names have three syllables; a two-syllable word that starts like a surname
    (서울, Seoul) is a name only when it is a listed given name. Japanese surnames are two or
    three kanji, so in Japanese prose a one-kanji Chinese surname (来 in 来月) is no sign."""
    surnames, given = _lists()
    if HANGUL_ONLY.match(run):
        core = JOSA_RE.sub("", run) if len(run) > 3 else run
        if core in KO_COMMON or run in KO_COMMON:
            return 0
        if (3 <= len(core) <= 4 and core[0] in surnames) or (2 <= len(core) <= 4 and core in given):
            return len(core)
        return 0
    if not HAN_ONLY.match(run):
        return 0
    if len(run) <= 4:
        if run[:2] in CJK_COMMON:
            return 0
        if japanese:
            return len(run) if run[:2] in surnames or run[:3] in surnames else 0
        if run[:3] in surnames or run[:2] in surnames or run[0] in surnames or run in given:
            return len(run)
        return 0
    return 0


def _by_cue(run: str, i: int) -> int:
    """Length of a surname + one or two characters at ``i`` that the sentence marks as a
    person: a word of company before it (和王小明聊) or a verb of speech after it at the start
    of a clause (周婷认为); 0 when nothing does."""
    surnames, _ = _lists()
    if run[i] not in surnames or run[i : i + 2] in CJK_COMMON:
        return 0
    company = i > 0 and (run[i - 1] in COMPANY_BEFORE or run.endswith(ROLE_BEFORE, 0, i))
    if i > 0 and not company and not run.endswith(CLAUSE_OPENERS, 0, i):
        return 0
    fits = [n for n in (3, 2) if len(run) - i >= n]
    for n in fits:  # a verb right after the name decides its length: 王小明说, 李娜聊
        acts = n == 3 and run.startswith(ACT_AFTER, i + n)
        if (
            acts
            or run.startswith(SPEECH_AFTER, i + n)
            or (company and run.startswith(COMPANY_AFTER, i + n))
        ):
            return n
    if company and len(run) - i in (2, 3):
        return len(run) - i  # the clause ends with the name: 我跟李娜
    return 0


def _in_prose(run: str) -> list[tuple[int, int]]:
    """Surname + listed given name, or a name the sentence marks, inside a longer run."""
    surnames, given = _lists()
    out, i = [], 0
    while i < len(run) - 1:
        hit = _by_cue(run, i)
        if not hit and run[i] in surnames and run[i : i + 2] not in CJK_COMMON:
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


def _listed_given(text: str, run: str, end: int) -> bool:
    """ "田中 美咲 & Sara": one to three kanji standing alone after a surname, as in a list."""
    after = text[end : end + 1]
    return (
        HAN_ONLY.match(run) is not None
        and 1 <= len(run) <= 3
        and run not in CJK_COMMON
        and (after == "" or after in " \t\n,;&()/|-")
    )


# A Hangul given name with its honorific a space apart: "지아 씨", "하린 님".
SPACED_HONORIFIC_RE = re.compile(
    f"(?<![{HANGUL}])([{HANGUL}]{{2,3}})[ \t](?:씨|님)"
    f"(?:도|은|는|이|가|을|를|의|에게|께서|과|와|한테)?(?![{HANGUL}])"
)
KANA_ONLY = re.compile(f"^[{KANA}]+$")
# A chat export's speaker in CJK script at the start of a line: "あおい: ...", "[김민지] ...".
CJK_SPEAKER_RE = re.compile(f"(?m)^[ \t]*([{HAN}{KANA}{HANGUL}]{{2,4}})[ \t]*[:：]")


def _marked_names(text: str) -> list[tuple[int, int]]:
    """Names the layout or an honorific marks: a Korean honorific after a space, and speaker
    labels in a note where two or more different CJK labels open lines."""
    out = [
        m.span(1)
        for m in SPACED_HONORIFIC_RE.finditer(text)
        if m.group(1) not in KO_COMMON and JOSA_RE.sub("", m.group(1)) == m.group(1)
    ]
    speakers = list(CJK_SPEAKER_RE.finditer(text))
    counts: dict[str, int] = {}
    for m in speakers:
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    if len(counts) >= 2 and max(counts.values()) >= 2:
        # a label that opens lines more than once; in the same chat, a name in kana once
        out += [
            m.span(1)
            for m in speakers
            if (counts[m.group(1)] >= 2 or KANA_ONLY.match(m.group(1)))
            and m.group(1) not in CJK_COMMON
        ]
    return out


def _given_repeats(text: str, found: list[Mention], taken: list[bool]) -> list[Mention]:
    """The given name of a surname + given name found earlier, alone later: 林美玲 ... 美玲,
    佐藤美咲 ... 美咲."""
    surnames, _ = _lists()
    covered = {i for m in found for i in range(m.start, m.end)}
    out = []
    for m in found:
        name = text[m.start : m.end]
        # 林美玲 -> 美玲; 佐藤美咲 -> 美咲, a two-character surname before a two-character name
        if len(name) == 3 and name[0] in surnames:
            given = name[1:]
        elif len(name) == 4 and name[:2] in surnames and HAN_ONLY.match(name):
            given = name[2:]
        else:
            continue
        if given in CJK_COMMON or given in KO_COMMON:
            continue
        for hit in re.finditer(re.escape(given), text):
            a, b = hit.span()
            if not any(i in covered for i in range(a, b)) and not any(taken[a:b]):
                out.append(Mention(a, b, [given], (name,)))
                covered.update(range(a, b))
    return out


def find_cjk_names(text: str, taken: list[bool]) -> list[Mention]:
    """Names in CJK script by the lists and cues, then those the layout marks, then repeats."""
    found = _listed_names(text, taken)
    covered = {i for m in found for i in range(m.start, m.end)}
    for a, b in _marked_names(text):
        if not any(i in covered for i in range(a, b)) and not any(taken[a:b]):
            found.append(Mention(a, b, [text[a:b]]))
            covered.update(range(a, b))
    found += _given_repeats(text, found, taken)
    return sorted(found, key=lambda m: m.start)


def _listed_names(text: str, taken: list[bool]) -> list[Mention]:
    """Mentions of people written in CJK script, adjacent parts ("山田 太郎") joined."""
    found: list[Mention] = []
    japanese = re.search(f"[{KANA}]", text) is not None
    for m in RUN_RE.finditer(text):
        if any(taken[m.start() : m.end()]):
            continue
        run, start = m.group(0), m.start()
        honorific = HONORIFIC_RE.search(run)
        if honorific and 1 <= honorific.start() <= 4 and HAN_ONLY.match(run[: honorific.start()]):
            found.append(Mention(start, start + honorific.start(), [run[: honorific.start()]]))
            continue
        if HAN_ONLY.match(run) and any(_by_cue(run, i) for i in range(len(run))):
            found += [Mention(start + a, start + b, [run[a:b]]) for a, b in _in_prose(run)]
            continue
        n = _name_length(run, japanese)
        inside = [] if HAN_ONLY.match(run) else list(HONORIFIC_INSIDE_RE.finditer(run))
        if inside:
            found += [Mention(start + h.start(), start + h.end(), [h.group(1)]) for h in inside]
        elif n:
            found.append(Mention(start, start + n, [run[:n]]))
        elif HAN_ONLY.match(run) and len(run) > 4:
            found += [Mention(start + a, start + b, [run[a:b]]) for a, b in _in_prose(run)]
        elif (
            found
            and found[-1].end == start - 1
            and text[start - 1] == " "
            and (run in _lists()[1] or _listed_given(text, run, m.end()))
        ):
            found.append(Mention(start, m.end(), [run]))
    merged: list[Mention] = []
    for mention in found:
        prev = merged[-1] if merged else None
        if prev and prev.end + 1 == mention.start and text[prev.end] == " ":
            merged[-1] = Mention(prev.start, mention.end, prev.words + mention.words)
        else:
            merged.append(mention)
    return merged
