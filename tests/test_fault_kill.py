"""SIGKILL in the middle of note saves: after a restart the record is intact and every save
that was acknowledged is there (persist first: an acknowledgement means committed)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from coach.record import SYSTEM, Record
from tests.record_fixtures import raw_rows

SAVER = """
import sys
from coach.record import Record
record = Record.open(sys.argv[1])
mentor, sid = int(sys.argv[2]), int(sys.argv[3])
n = 0
while True:
    n += 1
    record.save_notes(mentor, sid, f"version {n} " + "a long line of notes " * 200)
    print(n, flush=True)  # acknowledged: the save has returned
"""


def _world(url: str) -> tuple[int, int]:
    with Record.open(url) as r:
        hr, _ = r.add_person(SYSTEM, name="Hugo Harrow", email="hugo@example.org", role="hr")
        mentor, _ = r.add_person(SYSTEM, name="Mina Okoro", email="mina@example.org", role="mentor")
        mentee, _ = r.add_person(SYSTEM, name="Sol Bright", email="sol@example.org", role="mentee")
        cycle = r.create_cycle(hr, r.create_program(hr, "Pilot").id, "Spring", "2026-03-02")
        pair = r.create_pair(hr, cycle.id, mentor.id, mentee.id)
        return mentor.id, r.create_session(mentor, pair.id, topic="money").id


def test_a_killed_note_saver_loses_no_acknowledged_save(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'record.db'}"
    mentor, sid = _world(url)
    for round_ in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-c", SAVER, url, str(mentor), str(sid)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        acked = [int(proc.stdout.readline()) for _ in range(5 + 7 * round_)]
        time.sleep(0.01 * round_)  # kill at a different point of a save each round
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate()
        acked += [int(x) for x in rest.split()]
        with Record.open(url) as record:
            assert raw_rows(record, "PRAGMA integrity_check") == [("ok",)]
            notes = record.get_session(mentor, sid).mentor_notes
            stored = int(notes.split()[1])
            # the last acknowledged save, or the one in flight when the kill came
            assert stored in (acked[-1], acked[-1] + 1), (stored, acked[-1])
            assert notes == f"version {stored} " + "a long line of notes " * 200
