"""The library eval prints misses for tuning splits and never for held-out ones."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from evals import eval_library


@dataclass(frozen=True)
class _Hit:
    source: str
    section: str


class _Index:
    def search(self, query: str, **_: object) -> list[_Hit]:
        return [_Hit("knowledge/elsewhere.md", "Somewhere else")]


def _row(split: str, query: str) -> dict[str, object]:
    return {
        "query": query,
        "asker": "junior",
        "split": split,
        "expected": [{"source": "knowledge/right.md", "section": "The answer"}],
    }


def test_untouched4_misses_are_never_printed(capsys: pytest.CaptureFixture[str]) -> None:
    rows = [_row("untouched4", "held out question"), _row("untouched3", "tuning question")]
    scores = eval_library.score_search(_Index(), rows, show=True)
    shown = capsys.readouterr().out
    assert "held out question" not in shown
    assert "tuning question" in shown  # untouched3 is now tuned on: its misses are shown
    assert scores["untouched4"] == {"n": 1, "hit1": 0, "hit5": 0}


def test_untouched4_is_reported_and_held_out() -> None:
    assert "untouched3" in eval_library.SPLITS and "untouched4" in eval_library.SPLITS
    assert eval_library.HIDDEN == {"untouched4"}


def test_seniors_search_what_everyone_sees() -> None:
    assert eval_library.VISIBLE["senior"] == ("everyone",)
