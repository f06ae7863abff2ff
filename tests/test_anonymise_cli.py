"""`coach anonymise` as a script would run it: a real subprocess, stdin in, stdout out."""

from __future__ import annotations

import json
import subprocess
import sys


def _run(args: list[str], data: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "coach.cli", "anonymise", *args],
        input=data,
        capture_output=True,
        timeout=60,
        check=False,
    )


def test_plain_text_with_roster() -> None:
    note = "Zorbyn said call +44 7700 900461. Quell will email z.quell@example.com about ESG.\n"
    proc = _run(["--roster", "Zorbyn Quell"], note.encode())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == (
        "[PERSON_1] said call [PHONE]. [PERSON_1] will email [EMAIL] about ESG.\n"
    )


def test_json_output_lists_every_removal_with_original_offsets() -> None:
    note = "Mentor: Aisha Bello, badge 88213. Aisha likes TikTok."
    proc = _run(["--json"], note.encode())
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["text"] == "Mentor: [PERSON_1], badge [ID]. [PERSON_1] likes TikTok."
    assert [(s["kind"], s["original"]) for s in out["spans"]] == [
        ("PERSON", "Aisha Bello"),
        ("ID", "88213"),
        ("PERSON", "Aisha"),
    ]
    for s in out["spans"]:
        assert note[s["start"] : s["end"]] == s["original"]


def test_empty_and_binary_input_are_refused_with_exit_code_2() -> None:
    for data, word in (
        (b"", "no note"),
        (b"  \n", "no note"),
        (b"\x89PNG\x00\x01", "binary"),
        (b"caf\xe9 notes", "UTF-8"),
    ):
        proc = _run([], data)
        assert proc.returncode == 2
        assert word in proc.stderr.decode()
        assert proc.stdout == b""
