"""The index CLI as a user runs it: ingest, search, stats, reindex.

`ingest` and `search` run as real processes; the other commands call the same entry point in
this process (tests/cli_runner.py).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.cli_runner import run_in_process, run_process

run = run_in_process  # the first commands below run as real processes


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    lib = tmp_path / "knowledge"
    lib.mkdir()
    (lib / "esg.md").write_text(
        "---\ntitle: ESG guide\ntopic: esg\nkind: topic-guide\n---\n"
        "## Scope 3\nSupplier emissions are Scope 3; juniors ask about them.\n"
    )
    (lib / "bad.md").write_bytes(bytes(range(256)) * 4)
    return {**os.environ, "COACH_DATA_DIR": str(tmp_path / "data"), "COACH_KNOWLEDGE_DIR": str(lib)}


def test_ingest_search_stats_reindex(env: dict[str, str], tmp_path: Path) -> None:
    first = run_process(["ingest"], env)
    assert first.returncode == 1  # one bad file: reported, the rest indexed
    assert "added     knowledge/esg.md" in first.stdout
    assert "bad.md" in first.stderr
    (Path(env["COACH_KNOWLEDGE_DIR"]) / "bad.md").unlink()
    again = run(["ingest"], env)
    assert again.returncode == 0 and "1 unchanged" in again.stdout

    found = run_process(["search", "supplier emissions", "--topic", "esg", "--json"], env)
    hits = json.loads(found.stdout)
    assert hits[0]["source"] == "knowledge/esg.md" and hits[0]["section"] == "Scope 3"
    human = run(["search", "Scope 3", "-k", "1"], env)
    assert "ESG guide — Scope 3" in human.stdout and "knowledge/esg.md" in human.stdout

    outside = tmp_path / "elsewhere.txt"
    outside.write_text("Rent-to-own furniture is popular with graduates.")
    assert run(["ingest", str(outside)], env).returncode == 0
    assert (tmp_path / "data" / "uploads" / "elsewhere.txt").exists()

    stats = json.loads(run(["stats", "--json"], env).stdout)
    assert stats["sources"] == 2 and stats["by_topic"]["esg"] >= 1

    rebuilt = run(["reindex"], env)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert json.loads(run(["stats", "--json"], env).stdout)["chunks"] == stats["chunks"]


def test_empty_search_is_a_clear_message(env: dict[str, str]) -> None:
    res = run(["search", "  "], env)
    assert res.returncode == 2 and "Type something" in res.stderr
