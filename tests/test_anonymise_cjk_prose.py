"""Names inside running Chinese and Japanese prose, where no space or capital marks them.

A surname followed by one or two characters is a name when the sentence says so: a word of
company before it (和, 跟, 与) or a verb of speech after it (说, 认为, 建议); in Japanese, a
name sits before an honorific (さん, 様) inside a longer run of kana and kanji.
"""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "今天和王小明聊了很久。王小明说年轻人都用支付宝。",
            "今天和[PERSON_1]聊了很久。[PERSON_1]说年轻人都用支付宝。",
        ),
        ("我跟赵磊讨论了预算。", "我跟[PERSON_1]讨论了预算。"),
        ("周婷认为我们应该多做直播。", "[PERSON_1]认为我们应该多做直播。"),
        # A short clause keeps its verb: only the name goes.
        ("李娜说：好。", "[PERSON_1]说：好。"),
        ("周末和李娜聊", "周末和[PERSON_1]聊"),
        (
            "上司の鈴木一郎さんと話した。鈴木さんは Slack が好きだ。",
            "上司の[PERSON_1]さんと話した。[PERSON_2]さんは Slack が好きだ。",
        ),
    ],
)
def test_a_name_in_running_prose(note: str, expected: str) -> None:
    assert anonymise(note).text == expected


@pytest.mark.parametrize(
    "note",
    [
        "我们和团队讨论了很久。他们说年轻人更喜欢短视频。",
        "我很高兴说这个项目成功了。",
        "关于成本，大家都同意。",
        "時間があれば、みなさんと話したい。",
    ],
)
def test_prose_without_a_name_stays(note: str) -> None:
    assert anonymise(note).text == note


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("오늘 김민수와 점심을 먹었다.", "오늘 [PERSON_1]와 점심을 먹었다."),
        ("이번 세션에서 최유진 대리가 발표했다.", "이번 세션에서 [PERSON_1] 대리가 발표했다."),
        ("我的导师是陈晓东，他在深圳工作。", "我的导师是[PERSON_1]，他在深圳工作。"),
        ("昨天跟同事林佳怡开会。", "昨天跟同事[PERSON_1]开会。"),
        ("田中部長と話した。", "[PERSON_1]部長と話した。"),
    ],
)
def test_common_words_roles_and_titles_around_cjk_names(note: str, expected: str) -> None:
    assert anonymise(note).text == expected
