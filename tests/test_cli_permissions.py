import os
import stat
import subprocess
import sys
from pathlib import Path


def test_files_the_cli_creates_are_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "COACH_DATA_DIR": str(data)}
    res = subprocess.run(
        [sys.executable, "-m", "coach.cli", "people", "list"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    db = data / "turntable.db"
    assert db.exists()
    assert stat.S_IMODE(db.stat().st_mode) & 0o077 == 0
