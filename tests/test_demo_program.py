"""The demo program shows pairing for real: people sit in departments under line managers, and
newcomers wait for a partner, so suggested pairs appear and keep reporting lines apart.
Also `coach people import` end to end, as HR runs it on the demo record."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

from coach.flows.pairing import SuggestInput, suggest_pairs
from coach.pairing import same_line
from coach.record import SYSTEM, Record
from coach.record.demo import seed_demo
from tests.test_pairing import standin_embed

HR = "hr@demo.turntable.example"


def test_the_demo_has_departments_managers_and_people_to_pair(tmp_path: Path) -> None:
    record = Record.open(f"sqlite:///{tmp_path / 'demo.db'}")
    try:
        seed_demo(record)
        hr = record.find_person(SYSTEM, HR)
        pool = record.pairing_pool(hr)
        paired = {p.department for p in pool.people if p.role in ("mentor", "mentee")}
        assert len(paired - {None, ""}) >= 3  # several departments, all filled in
        assert sum(1 for boss in pool.managers.values() if boss) >= 4
        result = suggest_pairs(record, hr, SuggestInput(), standin_embed).suggestions
        assert len(result.pairs) >= 2
        for p in result.pairs:
            assert p.why and not same_line(p.junior_id, p.senior_id, pool.managers)
        # The closest match in each newcomer's own area is their line manager: never offered.
        names = {p.id: p.name for p in pool.people}
        offered = {(names[p.junior_id], names[p.senior_id]) for p in result.pairs}
        assert ("Sam Okoro", "Oskar Lind") not in offered
        assert ("Lena Fischer", "Helen Park") not in offered
    finally:
        record.close()


def test_people_import_on_the_demo_record_from_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    record = Record.open(f"sqlite:///{data / 'turntable.db'}")
    seed_demo(record)
    record.close()
    path = tmp_path / "people.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "email", "role", "department", "manager_email", "expertise"])
        writer.writerow(["Noor Haddad", "noor@demo.turntable.example", "junior", "Retail", "", ""])
        writer.writerow(
            [
                "Sam Okoro",
                "sam.mentor@demo.turntable.example",
                "junior",
                "Retail",
                "noor@demo.turntable.example",
                "ownership, social media",
            ]
        )
    env = {**os.environ, "COACH_DATA_DIR": str(data), "COACH_KNOWLEDGE_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "coach.cli", "people", "import", str(path), "--as", HR],
        env=env,
        text=True,
        capture_output=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "created 1, updated 1" in done.stdout
    record = Record.open(f"sqlite:///{data / 'turntable.db'}")
    try:
        sam = record.find_person(SYSTEM, "sam.mentor@demo.turntable.example")
        noor = record.find_person(SYSTEM, "noor@demo.turntable.example")
        assert (sam.department, sam.manager_id) == ("Retail", noor.id)
    finally:
        record.close()
