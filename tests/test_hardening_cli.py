"""The CLI in shell pipelines and with out-of-range numbers: a message, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coach.cli import main


def test_a_reader_that_stops_early_is_not_a_traceback(tmp_path: Path) -> None:
    """`coach people list | head -1` and the like: the pipe closes before coach writes."""
    env = {**os.environ, "COACH_DATA_DIR": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "coach.cli", "people", "list"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the first line is written
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipeError" not in err


@pytest.mark.parametrize("k", ["0", "-1", "101"])
def test_search_refuses_a_count_it_would_not_honour(
    k: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["search", "banks", "-k", k])
    assert exit_.value.code == 2
    assert "between 1 and 100" in capsys.readouterr().err
