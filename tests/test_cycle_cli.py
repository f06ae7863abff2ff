"""`coach sessions` and `coach actions` against a real record file, as a signed-in person.

The first commands run as real processes (the installed entry point end to end); the rest call
the same `coach.cli.main` in this process, which checks the same code without an interpreter
start per command.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.cli_runner import run_in_process, run_process

JUNIOR, SENIOR = "mentor@demo.turntable.example", "mentee@demo.turntable.example"
HR = "hr@demo.turntable.example"


run = run_in_process


def test_sessions_and_actions_from_the_command_line(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "COACH_DATA_DIR": str(tmp_path / "data"),
        "COACH_KNOWLEDGE_DIR": str(tmp_path),
    }
    assert run_process(["seed-demo"], env).returncode == 0
    listed = json.loads(run_process(["sessions", "list", "--json", "--as", JUNIOR], env).stdout)
    assert [s["status"] for s in listed] == ["held", "held"]
    added = run(
        ["sessions", "add", "--date", "2026-12-10", "--topic", "money", "--as", SENIOR], env
    )
    assert added.returncode == 0 and "session 3  2026-12-10  [planned]" in added.stdout
    moved = run(["sessions", "move", "3", "--date", "2026-12-17", "--as", JUNIOR], env)
    assert "2026-12-17" in moved.stdout, moved.stderr
    cancelled = run(["sessions", "cancel", "3", "--as", JUNIOR], env)
    assert "[cancelled]" in cancelled.stdout
    no_date = run(["sessions", "move", "3", "--date", "soon", "--as", JUNIOR], env)
    assert no_date.returncode == 2 and "date like" in no_date.stderr
    hr = run(["sessions", "list", "--as", HR], env)
    assert hr.returncode == 2 and "--pair" in hr.stderr
    pair = run(["sessions", "list", "--pair", "1", "--as", HR], env)
    assert pair.returncode == 0 and "[cancelled]" in pair.stdout
    stranger = run(
        ["sessions", "cancel", "1", "--pair", "1", "--as", "tomas.mentor@demo.turntable.example"],
        env,
    )
    assert stranger.returncode == 2 and "your own pairs" in stranger.stderr

    mine = json.loads(run(["actions", "--json", "--as", SENIOR], env).stdout)
    assert mine and {
        "owner",
        "owner_name",
        "text",
        "due_on",
        "done",
        "session_number",
        "overdue",
    } <= set(mine[0])
    assert "senior" in {r["owner"] for r in mine}
    assert all(r["mine"] == (r["owner"] == "senior") for r in mine), "owners resolved, labelled"
    text = run(["actions", "--as", SENIOR], env).stdout
    assert "OVERDUE" in text or "[x]" in text
    refused = run(["actions", "--as", HR], env)
    assert refused.returncode == 0 and "No action items." in refused.stdout
