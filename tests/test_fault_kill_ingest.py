"""SIGKILL in the middle of an ingest, then ingest again: the index ends up exactly as a clean
ingest of the same files (ingest is idempotent and repairs a half-written run)."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from coach.embeddings import MiniLMEmbedding
from coach.index import open_index
from coach.ingest import sync
from coach.settings import load_settings

CHILD = """
import sys
from pathlib import Path
from coach.chunking import load_file
from coach.index import open_index
import coach.ingest
from coach.settings import load_settings

settings = load_settings(data_dir=Path(sys.argv[1]), knowledge_dir=Path(sys.argv[2]))

def parse(path, source, overrides=None):
    print(source, flush=True)  # the parent kills us part-way through the files
    return load_file(path, source, overrides)

coach.ingest.load_file = parse  # the library's own files are read with load_file
coach.ingest.sync(open_index(settings), settings, roots=[settings.knowledge_dir],
                  embed_batch=1)
print("done", flush=True)
"""


def _library(root: Path) -> None:
    root.mkdir()
    for n in range(8):
        body = "\n\n".join(
            f"Paragraph {p} of guide {n}: listening, cadence and follow-up for pair {n * 10 + p}."
            for p in range(12)
        )
        (root / f"guide-{n}.md").write_text(f"# Guide {n}\n\n## Part\n\n{body}\n")


def _ids(data: Path, knowledge: Path, embedder: MiniLMEmbedding) -> set[str]:
    index = open_index(load_settings(data_dir=data, knowledge_dir=knowledge), embedder)
    return {row.id for row in index.rows()}


def test_a_killed_ingest_is_repaired_by_the_next_one(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    knowledge, data = tmp_path / "knowledge", tmp_path / "data"
    _library(knowledge)
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data), str(knowledge)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    seen = [proc.stdout.readline() for _ in range(4)]  # four files read: some written
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert all(s.startswith("knowledge/") for s in seen), seen

    half = _ids(data, knowledge, embedder)
    settings = load_settings(data_dir=data, knowledge_dir=knowledge)
    results = sync(open_index(settings, embedder), settings, roots=[knowledge])
    assert all(r.status != "error" for r in results), results
    clean = tmp_path / "clean"
    clean_settings = load_settings(data_dir=clean, knowledge_dir=knowledge)
    sync(open_index(clean_settings, embedder), clean_settings, roots=[knowledge])
    full = _ids(clean, knowledge, embedder)
    assert half < full  # the kill came part-way: not every chunk was written
    assert _ids(data, knowledge, embedder) == full
    again = sync(open_index(settings, embedder), settings, roots=[knowledge])
    assert {r.status for r in again} <= {"unchanged"}, again  # nothing left to repair
