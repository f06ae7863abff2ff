"""The fresh action-item set is well formed, and the held-out splits' misses stay unseen.

Figures are printed by ``python -m evals.eval_reflect_fresh``; they are not asserted here, so
that the held-out splits stay a measurement, not a target.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from evals import eval_reflect_fresh as fresh

SPLITS = {"tune", "tune2", "tune3", "held", "held2", "held3", "held4", "held5", "held6"}
NO_ITEMS = SimpleNamespace(action_items=[])
KEYS = {"id", "split", "style", "lang", "author", "mentor", "mentee", "session_date"}


def test_fresh_set_is_well_formed() -> None:
    rows = fresh.load(fresh.FRESH)
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["split"] for r in rows} == SPLITS
    counts = Counter(r["split"] for r in rows)
    assert counts["held3"] >= 20 and counts["held4"] >= 24 and counts["held5"] >= 26
    assert counts["held6"] >= 30
    for split in ("held4", "held5", "held6"):
        part = [i for r in rows if r["split"] == split for i in r["items"]]
        assert len(fresh.expected_items({"items": part})) >= 80, split
    for row in rows:
        assert KEYS <= set(row) and {"notes", "items", "next_session"} <= set(row), row["id"]
        assert row["author"] in ("mentee", "mentor"), row["id"]
        held = date.fromisoformat(row["session_date"])
        if row["next_session"]:
            assert date.fromisoformat(row["next_session"]) > held, row["id"]
        for item in row["items"]:
            owner = item["owner"]
            assert owner in ("mentee", "mentor", "both") or owner[:1].isupper(), row["id"]
            assert item["gist"].strip(), row["id"]
            if item["due"]:
                assert date.fromisoformat(item["due"]) >= held, row["id"]


@pytest.mark.parametrize("split", ["held3", "held4", "held5", "held6"])
def test_split_ids_are_marked_apart_from_the_other_sets(split: str) -> None:
    rows = fresh.load(fresh.FRESH)
    ids = [r["id"] for r in rows if r["split"] == split]
    assert all(re.fullmatch(rf"{split}-\d\d", i) for i in ids)
    assert not any(r["id"].startswith(f"{split}-") for r in rows if r["split"] != split)


def test_held_out_splits_are_held_and_held6() -> None:
    assert fresh.HELD_OUT == {"held", "held6"}


def _row(split: str) -> dict:
    return {
        "id": f"{split}-x",
        "split": split,
        "author": "mentee",
        "mentor": "Ann Example",
        "mentee": "Bob Sample",
        "session_date": "2026-01-05",
        "next_session": None,
        "notes": "I will water the office plants.",
        "items": [{"owner": "mentee", "gist": "water the office plants", "due": None}],
    }


@pytest.mark.parametrize("split", ["held", "held6"])
def test_verbose_never_prints_a_held_out_splits_misses(
    split: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    data = tmp_path / "fresh.jsonl"
    data.write_text(json.dumps(_row(split)) + "\n" + json.dumps(_row("tune")) + "\n")
    monkeypatch.setattr(fresh, "offline_reflect", lambda: lambda _n: NO_ITEMS)
    fresh.main(["--data", str(data), "--split", split, "--split", "tune", "-v"])
    out = capsys.readouterr().out
    assert "tune-x missed" in out  # a tuning split's misses are shown
    assert f"{split}-x" not in out and "plants" not in out.split("[tune]")[0]
    assert "held out" in out


@pytest.mark.parametrize("split", ["held3", "held4", "held5"])
def test_verbose_prints_a_reported_splits_misses_now_it_is_a_tuning_split(
    split: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    data = tmp_path / "fresh.jsonl"
    data.write_text(json.dumps(_row(split)) + "\n")
    monkeypatch.setattr(fresh, "offline_reflect", lambda: lambda _n: NO_ITEMS)
    fresh.main(["--data", str(data), "--split", split, "-v"])
    out = capsys.readouterr().out
    assert f"{split}-x missed" in out and "held out" not in out


def test_default_splits_include_held6(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    data = tmp_path / "fresh.jsonl"
    data.write_text(json.dumps(_row("held6")) + "\n")
    monkeypatch.setattr(fresh, "offline_reflect", lambda: lambda _n: NO_ITEMS)
    fresh.main(["--data", str(data)])
    lines = capsys.readouterr().out.splitlines()
    splits = [ln.split()[:2] for ln in lines[2:]]
    assert splits == [
        ["tune", "0"],
        ["tune2", "0"],
        ["tune3", "0"],
        ["held", "0"],
        ["held2", "0"],
        ["held3", "0"],
        ["held4", "0"],
        ["held5", "0"],
        ["held6", "1"],
        ["all", "1"],
    ]
