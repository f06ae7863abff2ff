"""Upload limits: what hostile and ordinary files cost the app's process and the reading child.

Prints, for each file, the size on disk, the outcome, the wall time, the growth of this
process's peak memory and the peak memory of the reading child. The last row switches the
archive checks off, so the child's own memory limit is what stops the bomb: it shows what the
app's process would have paid without the child.

Usage: python benchmarks/bench_uploads.py
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach.errors import IngestError  # noqa: E402
from coach.parse_worker import parse_isolated  # noqa: E402
from coach.upload_guard import Limits  # noqa: E402
from tests import upload_files as files  # noqa: E402


def _rss(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _child_peak() -> float:
    """Peak memory of one reading child: run it alone and read its own rusage."""
    return _rss(resource.RUSAGE_CHILDREN)


def measure(path: Path, limits: Limits) -> tuple[str, float, float, float]:
    """(outcome, seconds, this process's growth in MB, child's peak MB) for one file."""
    pid = os.fork()  # a fresh parent per file, so RUSAGE_CHILDREN is this file's child alone
    if pid:
        _, status = os.waitpid(pid, 0)
        return _read_result(path)
    before = _rss(resource.RUSAGE_SELF)
    start = time.perf_counter()
    try:
        doc = parse_isolated(path, f"uploads/{path.name}", limits=limits)
        outcome = f"read, {len(doc.text):,} characters"
    except IngestError as exc:
        outcome = str(exc).split(": ", 1)[1][:90]
    took = time.perf_counter() - start
    grew = _rss(resource.RUSAGE_SELF) - before
    _write_result(path, f"{outcome}\t{took}\t{grew}\t{_child_peak()}")
    os._exit(0)


def _result_file(path: Path) -> Path:
    return path.with_suffix(path.suffix + ".result")


def _write_result(path: Path, line: str) -> None:
    _result_file(path).write_text(line, encoding="utf-8")


def _read_result(path: Path) -> tuple[str, float, float, float]:
    outcome, took, grew, child = _result_file(path).read_text(encoding="utf-8").split("\t")
    return outcome, float(took), float(grew), float(child)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        guide = d / "guide.md"
        guide.write_text("# Guide\n\n" + "## Part\nListen first, then ask why.\n" * 2000)
        cases = [
            ("docx bomb (60 MB body)", files.docx_bomb(d / "bomb.docx", 60), Limits()),
            ("pdf bomb (60 MB stream)", files.pdf_bomb(d / "bomb.pdf", 60), Limits()),
            ("pdf, 2,000 pages", files.pdf_pages(d / "pages.pdf", 2000), Limits()),
            ("docx, 5,000 paragraphs", files.docx_paragraphs(d / "long.docx", 5000), Limits()),
            ("markdown guide", guide, Limits()),
            (
                "docx bomb, checks off",
                d / "bomb.docx",
                Limits(
                    max_ratio=1e12,
                    max_member_bytes=10**12,
                    max_unzipped_bytes=10**12,
                    max_paragraphs=10**9,
                ),
            ),
        ]
        print(f"{'file':<26} {'on disk':>9} {'seconds':>8} {'app +MB':>8} {'child MB':>9}  outcome")
        for label, path, limits in cases:
            outcome, took, grew, child = measure(path, limits)
            size = path.stat().st_size / 1000
            print(f"{label:<26} {size:>7,.0f}KB {took:>8.2f} {grew:>8.1f} {child:>9.0f}  {outcome}")
        print(f"limits: {Limits()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
