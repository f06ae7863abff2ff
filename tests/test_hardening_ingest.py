"""Batch ingest from the shell: a file that cannot be read is reported and not kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.cli import main


@pytest.fixture
def shell(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    library = tmp_path / "knowledge"
    library.mkdir()
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COACH_KNOWLEDGE_DIR", str(library))
    return tmp_path


def test_a_bad_file_from_elsewhere_is_not_kept_to_fail_every_run(
        shell: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outside = shell / "incoming"
    outside.mkdir()
    (outside / "scan.pdf").write_bytes(b"%PDF-1.4 not really")
    (outside / "notes.md").write_bytes("Caf\u00e9 talk".encode("latin-1"))
    assert main(["ingest", str(outside / "scan.pdf")]) == 1
    assert main(["ingest", str(outside)]) == 1
    err = capsys.readouterr().err
    assert "scan.pdf" in err and "not UTF-8" in err and "Traceback" not in err
    uploads = shell / "data" / "uploads"
    assert not [p for p in uploads.rglob("*") if p.is_file()]
    assert main(["ingest"]) == 0  # the next batch run is clean
    assert (outside / "scan.pdf").exists()  # the user's own files are untouched
