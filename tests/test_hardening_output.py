"""Stored text printed by the CLI goes through the sanitiser: no terminal escapes, no HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.cli import main
from coach.record import SYSTEM
from tests.budget import cpu_budget
from tests.record_fixtures import World

ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b[8m"


def test_shared_text_and_names_print_inert(
    world: World,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("COACH_DATABASE_URL", f"sqlite:///{tmp_path / 'record.db'}")
    r = world.record
    item = r.submit_share(
        world.mentee,
        world.sid,
        f"Short video {ESCAPES}is where <img src=http://evil.example/p.png> "
        "younger customers research what to buy.",
        title=f"Video {ESCAPES}",
    )
    r.approve_share(world.hr, item.id)
    r.add_person(SYSTEM, name=f"Eve {ESCAPES}Mallory", email="eve@example.org", role="mentor")
    capsys.readouterr()
    assert main(["share", "list", "--status", "all", "--as", world.hr.email]) == 0
    assert main(["search", "younger customers research short video", "--mode", "keyword"]) == 0
    assert main(["people", "list"]) == 0
    out = capsys.readouterr().out
    assert "younger customers research" in out and "Eve" in out and "Mallory" in out
    assert "\x1b" not in out and "\x07" not in out and "<img" not in out


def test_a_link_padded_with_spaces_is_sanitised_in_one_pass() -> None:
    """Stored text like '[a]( ' + 50,000 spaces took the link pattern 20 seconds."""
    from coach.sanitise import sanitise_text

    with cpu_budget(2):
        for text in ("[a]( " + " " * 50_000 + "x", "![a]( " + " " * 50_000 + "x"):
            assert sanitise_text(text).endswith("x")
    assert sanitise_text("[a]( https://evil.example/x )") == "a"
