"""`coach prepare` and `coach reflect` from the command line."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from coach.cli import main


def _use_library(monkeypatch: pytest.MonkeyPatch, library_index) -> None:  # noqa: ANN001
    data_dir = Path(library_index.client.get_settings().persist_directory).parent
    monkeypatch.setenv("COACH_DATA_DIR", str(data_dir))


def test_prepare_prints_a_cited_plan(
    monkeypatch: pytest.MonkeyPatch,
    library_index,  # noqa: ANN001
    capsys: pytest.CaptureFixture[str],
) -> None:
    _use_library(monkeypatch, library_index)
    assert (
        main(
            [
                "prepare",
                "--topic",
                "money",
                "--role",
                "Chief Financial Officer",
                "--goal",
                "how graduates choose a bank",
                "--session",
                "3",
                "--minutes",
                "60",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "## Session 3 plan: Money" in out and "(60 minutes)" in out
    assert "### Sources" in out and "*Mode: offline*" in out and "Offline coach" in out
    assert "Money: saving" in out and "\\:" not in out and "\\." not in out  # reads as typed


def test_prepare_json(
    monkeypatch: pytest.MonkeyPatch,
    library_index,  # noqa: ANN001
    capsys: pytest.CaptureFixture[str],
) -> None:
    _use_library(monkeypatch, library_index)
    assert main(["prepare", "--topic", "esg", "--role", "COO", "--minutes", "30", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["mode"] == "offline" and sum(a["minutes"] for a in plan["agenda"]) == 30


def test_prepare_on_an_empty_index_says_what_to_do(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["prepare", "--topic", "money", "--role", "CFO"]) == 2
    assert "coach reindex" in capsys.readouterr().err


def test_prepare_rejects_a_bad_length(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["prepare", "--topic", "money", "--role", "CFO", "--minutes", "90"]) == 2
    assert "minutes" in capsys.readouterr().err


def test_reflect_from_stdin_and_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = (
        "Session 2 w/ Sam\n- I thought nobody cared about pensions. Wrong.\n"
        "- I will email HR about the pension page by Friday\n"
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(notes.encode())))
    assert main(["reflect", "-"]) == 0
    out = capsys.readouterr().out
    assert "**me:** Email HR about the pension page (by Friday)" in out
    assert "I thought nobody cared about pensions" in out
    path = tmp_path / "notes.md"
    path.write_text(notes, encoding="utf-8")
    assert main(["reflect", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["action_items"][0]["due"] == "Friday"


@pytest.mark.parametrize(
    "content, message", [(b"\xff\xfe\x00\x01", "not UTF-8"), (b"   \n", "empty")]
)
def test_reflect_bad_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    assert main(["reflect", str(path)]) == 2
    assert message in capsys.readouterr().err


def test_reflect_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reflect", "/nonexistent/notes.md"]) == 2
    assert "no file" in capsys.readouterr().err
