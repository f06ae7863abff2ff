"""`coach tick|reassign|sessions rate|delete-my-account`: the page's flows, as a named person."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.cli import main

JUNIOR, SENIOR = "mentor@demo.turntable.example", "mentee@demo.turntable.example"
STRANGER = "tomas.mentor@demo.turntable.example"
GRACE = "grace.mentee@demo.turntable.example"


@pytest.fixture
def shell(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture) -> Path:
    (tmp_path / "knowledge").mkdir()
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COACH_KNOWLEDGE_DIR", str(tmp_path / "knowledge"))
    assert main(["seed-demo"]) == 0
    capsys.readouterr()
    return tmp_path


def coach(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def items(capsys: pytest.CaptureFixture, email: str) -> dict[str, dict]:
    code, out, _ = coach(capsys, "actions", "--json", "--as", email)
    assert code == 0
    return {r["text"]: r for r in json.loads(out)}


def test_tick_and_reassign_action_items(shell: Path, capsys: pytest.CaptureFixture) -> None:
    rows = items(capsys, SENIOR)
    mine = rows["Watch our brand's top five short videos with the social team"]  # shared
    theirs = rows["Send examples of competitors' explainer clips"]
    code, out, _ = coach(capsys, "tick", str(mine["id"]), "--as", SENIOR)
    assert code == 0 and out.startswith(f"[x] #{mine['id']}")
    assert items(capsys, JUNIOR)[mine["text"]]["done"], "the partner sees it ticked"
    assert coach(capsys, "tick", str(mine["id"]), "--undo", "--as", SENIOR)[0] == 0
    assert not items(capsys, SENIOR)[mine["text"]]["done"]
    code, _, err = coach(capsys, "tick", str(theirs["id"]), "--as", SENIOR)
    assert code == 2 and "partner's" in err
    assert not items(capsys, JUNIOR)[theirs["text"]]["done"]

    code, out, _ = coach(capsys, "reassign", str(mine["id"]), "--to", "junior", "--as", SENIOR)
    assert code == 0 and "junior" in out
    moved = items(capsys, JUNIOR)[mine["text"]]
    assert (moved["owner"], moved["mine"]) == ("junior", True)
    code, _, err = coach(capsys, "reassign", str(mine["id"]), "--to", "senior", "--as", STRANGER)
    assert code == 2 and "Traceback" not in err
    assert items(capsys, JUNIOR)[mine["text"]]["owner"] == "junior"


def test_rate_a_session(shell: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, _ = coach(
        capsys, "sessions", "rate", "1", "--personal", "2", "--business", "5", "--as", SENIOR
    )
    assert code == 0 and "personal 2/5, business 5/5" in out
    code, out, _ = coach(capsys, "export-my-data", "--as", SENIOR)
    assert code == 0 and '"personal_effectiveness": 2' in out
    code, _, err = coach(
        capsys, "sessions", "rate", "1", "--personal", "1", "--business", "1", "--as", JUNIOR
    )
    assert code == 2 and err.startswith("coach: ")
    with pytest.raises(SystemExit):
        main(["sessions", "rate", "1", "--personal", "6", "--business", "5", "--as", SENIOR])
    assert '"personal_effectiveness": 2' in coach(capsys, "export-my-data", "--as", SENIOR)[1]


def test_delete_my_account_needs_the_email_typed_again(
    shell: Path, capsys: pytest.CaptureFixture
) -> None:
    code, _, err = coach(capsys, "delete-my-account", "--as", GRACE, "--confirm", "grace@x.org")
    assert code == 2 and "type your email" in err
    assert coach(capsys, "export-my-data", "--as", GRACE)[0] == 0, "nothing was deleted"
    code, out, _ = coach(capsys, "delete-my-account", "--as", GRACE, "--confirm", GRACE.upper())
    assert code == 0 and "sessions erased" in out
    code, _, err = coach(capsys, "export-my-data", "--as", GRACE)
    assert code == 2 and "Traceback" not in err
