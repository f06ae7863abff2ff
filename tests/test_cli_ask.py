"""`coach ask` gives the chat's cited answer, as the person named, kept in their record."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from coach.cli import main
from coach.embeddings import MiniLMEmbedding
from coach.index import Index
from coach.record import SYSTEM, open_record
from coach.settings import load_settings
from tests.ui_fixtures import copy_library


@pytest.fixture
def data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, library_index: Index, embedder: MiniLMEmbedding
) -> Path:
    copy_library(library_index, tmp_path, embedder)
    with open_record(load_settings(data_dir=tmp_path)) as record:
        for name, role in (("Mina", "mentor"), ("Hugo", "hr"), ("Sol", "mentee")):
            record.add_person(SYSTEM, name=name, email=f"{name.lower()}@example.org", role=role)
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path))
    return tmp_path


def test_ask_prints_a_cited_answer_and_keeps_it(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["ask", "What do I do if he keeps checking his email?", "--as", "mina@example.org"])
        == 0
    )
    out = capsys.readouterr().out
    assert re.search(r"\[\d+\]", out) and "knowledge/" in out and "Offline coach" in out
    with open_record(load_settings(data_dir=data_dir)) as record:
        mina = record.find_person(SYSTEM, "mina@example.org")
        kept = record.my_conversations(mina)
        assert len(kept) == 1
        assert len(record.get_conversation(mina, kept[0].id).turns) == 2


def test_ask_json_follows_role_visibility(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    question = "How many pairs should a pilot have?"
    assert main(["ask", question, "--json", "--as", "hugo@example.org"]) == 0
    hr = json.loads(capsys.readouterr().out)
    assert hr["found"] and hr["citations"]
    assert any(c["source"].startswith("knowledge/hr/") for c in hr["citations"])
    assert main(["ask", question, "--json", "--as", "mina@example.org"]) == 0
    mentor = json.loads(capsys.readouterr().out)
    assert not any(c["source"].startswith("knowledge/hr/") for c in mentor["citations"])
    assert (
        main(
            [
                "ask",
                "And after the pilot?",
                "--conversation",
                str(hr["conversation_id"]),
                "--as",
                "sol@example.org",
            ]
        )
        == 2
    )
    assert "private" in capsys.readouterr().err


def test_ask_refuses_an_empty_question(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "  ", "--as", "mina@example.org"]) == 2
    assert "question" in capsys.readouterr().err
