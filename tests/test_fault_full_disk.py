"""A full disk under the record (a small tmpfs; skipped where it cannot be mounted): saving
is refused with a sentence, the record stays intact and every acknowledged save is kept."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from benchmarks.fault_full_disk import _world
from coach.errors import RecordUnavailable
from coach.record import Record
from tests.record_fixtures import raw_rows


@pytest.fixture
def small_disk(tmp_path: Path):  # noqa: ANN201
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode()[:200]}")
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


def test_a_full_disk_refuses_the_save_with_a_sentence_and_keeps_the_rest(small_disk: Path) -> None:
    url = f"sqlite:///{small_disk / 'record.db'}"
    record = Record.open(url)
    mentor, _ = _world(record)
    acked: list[tuple[int, str]] = []
    with pytest.raises(RecordUnavailable) as refused:
        for n in range(10_000):
            sid = record.create_session(mentor, 1, topic="money").id
            body = f"note {n} " + os.urandom(3000).hex()
            record.save_notes(mentor, sid, body)
            acked.append((sid, body))
    assert "full" in str(refused.value) and "not saved" in str(refused.value).lower()
    record.close()
    with Record.open(url) as again:
        assert raw_rows(again, "PRAGMA integrity_check") == [("ok",)]
        assert all(again.get_session(mentor, sid).mentor_notes == body for sid, body in acked)
