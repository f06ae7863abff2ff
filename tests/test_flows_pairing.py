"""People import and suggested pairs through the record: real SQLite, real permission checks."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coach.errors import InvalidInput, PermissionDenied
from coach.flows.pairing import SuggestInput, accept_suggestion, suggest_pairs
from coach.record import SYSTEM, Record
from tests.test_pairing import standin_embed

HEADER = ["name", "email", "role", "department", "manager_email", "expertise", "goals"]
ROWS = [
    ["Carla Finch", "cfo@example.org", "senior", "Finance", "", "", "understand how Gen Z banks"],
    [
        "Dev Mistry",
        "dev@example.org",
        "senior",
        "Finance",
        "cfo@example.org",
        "",
        "why young people rent",
    ],
    [
        "Priya Raman",
        "priya@example.org",
        "junior",
        "Finance",
        "dev@example.org",
        "social media, money",
        "",
    ],
    ["Tom Asare", "tom@example.org", "junior", "Operations", "", "renting, car clubs", ""],
]


def open_program(tmp_path: Path, name: str = "record.db") -> tuple[Record, int, int]:
    record = Record.open(f"sqlite:///{tmp_path / name}")
    hr, _ = record.add_person(SYSTEM, name="Hugo Harrow", email="hugo@example.org", role="hr")
    program = record.create_program(hr, "Pilot")
    cycle = record.create_cycle(hr, program.id, "Spring", "2026-03-02")
    return record, hr.id, cycle.id


def rows(extra: list[list[str]] | None = None) -> list[dict[str, str]]:
    return [dict(zip(HEADER, r, strict=True)) for r in ROWS + (extra or [])]


def test_import_sets_departments_and_managers_and_is_idempotent(tmp_path: Path) -> None:
    record, hr, _ = open_program(tmp_path)
    first = record.import_people(hr, rows())
    assert sorted(first.created) == sorted(r[1] for r in ROWS) and not first.problems
    again = record.import_people(hr, rows())
    assert not again.created and not again.updated and len(again.unchanged) == len(ROWS)
    priya = record.find_person(SYSTEM, "priya@example.org")
    dev = record.find_person(SYSTEM, "dev@example.org")
    assert priya.department == "Finance" and priya.manager_id == dev.id
    assert priya.expertise == ["social media", "money"] and not priya.can_sign_in
    assert len(record.list_people(SYSTEM)) == len(ROWS) + 1


def test_each_bad_row_gets_a_clear_message_and_the_rest_go_in(tmp_path: Path) -> None:
    record, hr, _ = open_program(tmp_path)
    record.import_people(hr, rows())
    bad = [
        ["No Email", "", "junior", "IT", "", "", ""],
        ["Odd Role", "odd@example.org", "boss", "IT", "", "", ""],
        ["Lost", "lost@example.org", "junior", "IT", "ghost@example.org", "", ""],
        [
            "Carla Finch",
            "cfo@example.org",
            "senior",
            "Finance",
            "priya@example.org",
            "",
            "understand how Gen Z banks",
        ],
        ["Sneaky", "sneaky@example.org", "admin", "IT", "", "", ""],
        ["Fine", "fine@example.org", "junior", "IT", "", "gaming", ""],
    ]
    report = record.import_people(hr, rows(bad))
    text = "\n".join(report.problems)
    assert "Row 6:" in text and "email" in text  # the first bad row is line 6 of the file
    assert "Row 7:" in text and "'boss'" in text
    assert "Row 8:" in text and "ghost@example.org is not in the file" in text
    assert "Row 9: cfo@example.org is already on row 2" in text
    assert "Row 10:" in text and "only an admin" in text
    assert sorted(report.created) == ["fine@example.org", "lost@example.org"]
    looped = rows()
    looped[0]["manager_email"] = "priya@example.org"  # Priya reports (via Dev) to the CFO
    again = record.import_people(hr, looped)
    assert again.problems == [
        "Row 2: priya@example.org reports to cfo@example.org, so cannot "
        "manage them; the manager was left as it was."
    ]
    assert record.find_person(SYSTEM, "cfo@example.org").manager_id is None


def test_only_hr_and_admins_import_and_only_hr_asks_for_pairs(tmp_path: Path) -> None:
    record, hr, cycle = open_program(tmp_path)
    record.import_people(hr, rows())
    admin, _ = record.add_person(SYSTEM, name="Ada", email="ada@example.org", role="admin")
    assert record.import_people(admin.id, rows()).unchanged
    for email in ("priya@example.org", "cfo@example.org"):
        who = record.find_person(SYSTEM, email).id
        with pytest.raises(PermissionDenied):
            record.import_people(who, rows())
        with pytest.raises(PermissionDenied, match="Only HR"):
            suggest_pairs(record, who, SuggestInput(cycle_id=cycle), standin_embed)
    with pytest.raises(PermissionDenied, match="Only HR"):
        suggest_pairs(record, admin.id, SuggestInput(cycle_id=cycle), standin_embed)


def test_suggestions_keep_reporting_lines_apart_and_accepting_creates_the_pair(
    tmp_path: Path,
) -> None:
    record, hr, cycle = open_program(tmp_path)
    record.import_people(hr, rows())
    ids = {
        e: record.find_person(SYSTEM, e).id
        for e in ("cfo@example.org", "dev@example.org", "priya@example.org", "tom@example.org")
    }
    got = suggest_pairs(record, hr, SuggestInput(), standin_embed)  # the latest cycle
    assert got.cycle_id == cycle
    pairs = {(p.junior_id, p.senior_id) for p in got.suggestions.pairs}
    # Priya reports to Dev who reports to the CFO: she can have neither.
    assert (
        not {
            (ids["priya@example.org"], ids["dev@example.org"]),
            (ids["priya@example.org"], ids["cfo@example.org"]),
        }
        & pairs
    )
    assert pairs == {(ids["tom@example.org"], ids["dev@example.org"])}
    with pytest.raises(InvalidInput, match="reporting line"):
        accept_suggestion(record, hr, cycle, ids["priya@example.org"], ids["cfo@example.org"])
    pair = accept_suggestion(record, hr, cycle, ids["tom@example.org"], ids["dev@example.org"])
    assert (pair.mentor_id, pair.mentee_id) == (ids["tom@example.org"], ids["dev@example.org"])
    after = suggest_pairs(record, hr, SuggestInput(cycle_id=cycle), standin_embed)
    assert after.suggestions.pairs == []  # Tom and Dev are taken; Priya has nobody allowed
    assert json.loads(json.dumps(after.as_dict()))["unmatched_juniors"] == [
        ids["priya@example.org"]
    ]


def test_the_cli_names_the_file_line_after_blank_lines_and_quoted_newlines(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "COACH_DATA_DIR": str(data), "COACH_KNOWLEDGE_DIR": str(tmp_path)}
    data.mkdir()
    open_program(data, "turntable.db")[0].close()
    path = tmp_path / "people.csv"
    path.write_text(
        ",".join(HEADER) + "\n"  # line 1
        "\n"  # line 2, blank
        'Ann,ann@example.org,junior,IT,,"gaming,\nTikTok",\n'  # lines 3-4
        "\n"  # line 5, blank
        "Bad,not-an-email,junior,IT,,,\n"  # line 6
        "Ann again,ann@example.org,junior,IT,,,\n",  # line 7
        encoding="utf-8",
    )
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "coach.cli",
            "people",
            "import",
            str(path),
            "--as",
            "hugo@example.org",
        ],
        env=env,
        text=True,
        capture_output=True,
        timeout=300,
    ).stdout
    assert "created 1" in out, out
    assert "Row 6:" in out and "not-an-email" in out
    assert "Row 7: ann@example.org is already on row 3" in out


def test_the_cli_imports_then_suggests(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "COACH_DATA_DIR": str(data), "COACH_KNOWLEDGE_DIR": str(tmp_path)}
    data.mkdir()
    open_program(data, "turntable.db")[0].close()  # the file the CLI opens in COACH_DATA_DIR
    path = tmp_path / "people.csv"
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows([*ROWS, ["Bad", "not-an-email", "junior", "", "", "", ""]])

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "coach.cli", *args],
            env=env,
            text=True,
            capture_output=True,
            timeout=300,
        )

    imported = run("people", "import", str(path), "--as", "hugo@example.org")
    assert imported.returncode == 1 and "created 4" in imported.stdout
    assert "Row 6:" in imported.stdout and "not-an-email" in imported.stdout
    refused = run("pairs", "suggest", "--as", "priya@example.org")
    assert refused.returncode == 2 and "Only HR" in refused.stderr
    shown = run("pairs", "suggest", "--json", "--as", "hugo@example.org")
    assert shown.returncode == 0, shown.stderr
    pairs = json.loads(shown.stdout)["pairs"]
    assert [(p["junior"], p["senior"]) for p in pairs] == [("Tom Asare", "Dev Mistry")]
    assert pairs[0]["why"].startswith("Tom Asare: renting, car clubs; Dev Mistry (Finance)")
