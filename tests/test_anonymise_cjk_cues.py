"""Names in Chinese, Japanese and Korean script marked by what surrounds them: a Korean
honorific after a space (지아 씨), a chat export's speaker lines in kana or Hangul, a given name
repeated after the full name (林美玲 ... 美玲), and verbs of inviting (叫上, 约上, 邀请)."""

from __future__ import annotations

import pytest

from coach.anonymise import anonymise


@pytest.mark.parametrize(
    ("note", "names"),
    [
        ("내일 회의에 지아 씨도 와요. 토스 써요?", ["지아"]),
        ("수아 씨 토스 써? 하린 님도 와요", ["수아", "하린"]),
        ("LINEのトーク\nあおい: 資料見た？\nそうた: 見たよ\nあおい: 了解", ["あおい", "そうた"]),
        ("导师是林美玲。美玲说年轻人都用支付宝。", ["林美玲", "美玲"]),
        ("好的，我会叫上孙志强。", ["孙志强"]),
        ("我会叫上何一鸣。", ["何一鸣"]),
        ("下周约上何静怡一起吃饭。", ["何静怡"]),
    ],
)
def test_a_cjk_name_marked_by_its_surroundings_goes(note: str, names: list[str]) -> None:
    out = anonymise(note).text
    for name in names:
        assert name not in out, out


@pytest.mark.parametrize(
    "note",
    [
        "LINEのトーク\n日時: 3月5日\n場所: 東京\n議題: 予算",
        "오늘 회의 씨앗 프로젝트",
        "我会叫上大家一起讨论。",
    ],
)
def test_ordinary_words_stay(note: str) -> None:
    assert anonymise(note).text == note
