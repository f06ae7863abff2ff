"""A full disk under the record: notes are saved until a small tmpfs fills, then the record
is checked. Needs root (it mounts a tmpfs); prints one line a run.

    sudo .venv/bin/python benchmarks/fault_full_disk.py [--mb 4]

Prints `saves_acknowledged=N error=<type: sentence> integrity=ok last_ack_kept=True`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402

from coach.errors import CoachError  # noqa: E402
from coach.record import SYSTEM, Record  # noqa: E402


def _world(record: Record) -> tuple[int, int]:
    hr, _ = record.add_person(SYSTEM, name="Hugo Harrow", email="hugo@example.org", role="hr")
    mentor, _ = record.add_person(
        SYSTEM, name="Mina Okoro", email="mina@example.org", role="mentor"
    )
    mentee, _ = record.add_person(SYSTEM, name="Sol Bright", email="sol@example.org", role="mentee")
    cycle = record.create_cycle(hr, record.create_program(hr, "Pilot").id, "Spring", "2026-03-02")
    pair = record.create_pair(hr, cycle.id, mentor.id, mentee.id)
    return mentor.id, record.create_session(mentor, pair.id, topic="money").id


def run(mount: Path) -> str:
    url = f"sqlite:///{mount / 'record.db'}"
    record = Record.open(url)
    mentor, _ = _world(record)
    pair_session = record.create_session  # each save goes to a new session: the file grows
    acked: list[tuple[int, str]] = []
    error = "none"
    for n in range(100_000):
        try:
            sid = pair_session(mentor, 1, topic="money").id
            body = f"note {n} " + os.urandom(3000).hex()
            record.save_notes(mentor, sid, body)
            acked.append((sid, body))
        except CoachError as exc:
            error = f"{type(exc).__name__}: {exc}"
            break
        except Exception as exc:  # noqa: BLE001 - what the app would show instead of a sentence
            error = f"UNCLEAR {type(exc).__name__}: {exc}"
            break
    record.close()
    with Record.open(url) as again:
        with again.engine.connect() as conn:
            integrity = conn.execute(text("PRAGMA integrity_check")).scalar()
        sid, body = acked[-1]
        kept = again.get_session(mentor, sid).mentor_notes == body
    return (
        f"saves_acknowledged={len(acked)} error={error[:160]!r} integrity={integrity} "
        f"last_ack_kept={kept}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=4)
    args = parser.parse_args()
    if os.geteuid() != 0:
        print("needs root to mount a tmpfs", file=sys.stderr)
        return 2
    mount = Path(tempfile.mkdtemp(prefix="turntable-full-"))
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={args.mb}m", "tmpfs", str(mount)], check=True
    )
    try:
        print(run(mount))
    finally:
        subprocess.run(["umount", str(mount)], check=False)
        mount.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
