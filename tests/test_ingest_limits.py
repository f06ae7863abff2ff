"""Hostile uploads: zip and PDF bombs, disguised archives, and files far too long to read.

Each is refused with a sentence about that file while the rest of the batch goes on; the
parsing runs in a child process with memory and CPU limits, and no lock on the index is held
while a file is read, so the next small upload never waits behind a slow one.
"""

from __future__ import annotations

import resource
import threading
from pathlib import Path

import pytest

from coach.embeddings import MiniLMEmbedding
from coach.index import Index, open_index
from coach.ingest import ingest_uploads
from coach.settings import Settings, load_settings
from tests import upload_files as hostile

SMALL = "## Cadence\nPairs meet every fortnight for an hour, over a quillwort coffee.\n"


@pytest.fixture
def lib(tmp_path: Path) -> Settings:
    root = tmp_path / "knowledge"
    root.mkdir()
    return load_settings(data_dir=tmp_path / "data", knowledge_dir=root)


@pytest.fixture
def index(lib: Settings, embedder: MiniLMEmbedding) -> Index:
    return open_index(lib, embedder)


@pytest.fixture
def incoming(tmp_path: Path) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "cadence.md").write_text(SMALL, encoding="utf-8")
    return folder


def by_name(results) -> dict:  # noqa: ANN001
    return {r.source.removeprefix("uploads/"): r for r in results}


def kept(lib: Settings) -> set[str]:
    root = lib.uploads_dir
    return (
        {p.name for p in root.rglob("*") if p.is_file() and not p.name.startswith(".")}
        if root.exists()
        else set()
    )


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_a_docx_bomb_is_refused_before_parsing_and_the_batch_goes_on(
    index: Index, lib: Settings, incoming: Path
) -> None:
    bomb = hostile.docx_bomb(incoming / "handbook.docx", inflated_mb=60)
    assert bomb.stat().st_size < 400_000  # small on disk, far under the 20 MB upload limit
    before = peak_rss_mb()
    results = by_name(
        ingest_uploads(
            index, lib, [(bomb, "handbook.docx"), (incoming / "cadence.md", "cadence.md")]
        )
    )
    grew = peak_rss_mb() - before
    assert results["handbook.docx"].status == "error"
    message = results["handbook.docx"].message
    assert message.startswith("handbook.docx:") and "word/document.xml" in message, message
    assert "MB" in message and "Traceback" not in message, message
    assert results["cadence.md"].status == "added"
    assert index.search("quillwort coffee", 1, mode="keyword")[0].source == "uploads/cadence.md"
    assert kept(lib) == {"cadence.md"}  # the bomb is not kept to fail every reindex
    assert grew < 150, f"the app's process grew by {grew:.0f} MB reading the bomb"


def test_pdf_bombs_are_refused(index: Index, lib: Settings, incoming: Path) -> None:
    bomb = hostile.pdf_bomb(incoming / "policy.pdf", inflated_mb=60)
    assert bomb.stat().st_size < 400_000
    pages = hostile.pdf_pages(incoming / "binder.pdf", 2000)
    results = by_name(
        ingest_uploads(
            index,
            lib,
            [(bomb, "policy.pdf"), (pages, "binder.pdf"), (incoming / "cadence.md", "cadence.md")],
        )
    )
    assert results["policy.pdf"].status == "error"
    assert "inflates" in results["policy.pdf"].message, results["policy.pdf"].message
    assert results["binder.pdf"].status == "error"
    assert "2,000 pages" in results["binder.pdf"].message, results["binder.pdf"].message
    assert results["cadence.md"].status == "added"
    assert kept(lib) == {"cadence.md"}


def test_zip_archives_in_disguise_are_named_for_what_they_are(
    index: Index, lib: Settings, incoming: Path
) -> None:
    members = {"readme.txt": b"hello " * 1000}
    files = {
        "guide.pdf": hostile.plain_zip(incoming / "guide.pdf", members),
        "notes.md": hostile.plain_zip(incoming / "notes.md", members),
        "plan.docx": hostile.plain_zip(incoming / "plan.docx", members),
        "nested.docx": hostile.docx_with_members(
            incoming / "nested.docx",
            {"word/media/inner.zip": (incoming / "guide.pdf").read_bytes()},
        ),
        "crowded.docx": hostile.docx_with_members(
            incoming / "crowded.docx", {f"word/media/x{i}.xml": b"<a/>" for i in range(3000)}
        ),
    }
    results = by_name(
        ingest_uploads(
            index,
            lib,
            [*((p, n) for n, p in files.items()), (incoming / "cadence.md", "cadence.md")],
        )
    )
    expected = {
        "guide.pdf": "zip archive, not a PDF",
        "notes.md": "zip archive, not text",
        "plan.docx": "not a Word document",
        "nested.docx": "another archive",
        "crowded.docx": "files inside",
    }
    for name, words in expected.items():
        assert results[name].status == "error", name
        assert results[name].message.startswith(f"{name}:"), results[name].message
        assert words in results[name].message, results[name].message
    assert results["cadence.md"].status == "added"
    assert kept(lib) == {"cadence.md"}


def test_a_word_file_with_too_many_paragraphs_is_refused(
    index: Index, lib: Settings, incoming: Path
) -> None:
    long = hostile.docx_paragraphs(incoming / "long.docx", 30_000)
    [result] = ingest_uploads(index, lib, [(long, "long.docx")])
    assert result.status == "error"
    assert "30,000 paragraphs" in result.message and "20,000" in result.message, result.message


def test_memory_and_cpu_limits_hold_in_the_child(tmp_path: Path) -> None:
    """With the archive checks switched off, the child's own limits still stop a bomb."""
    from coach.errors import IngestError
    from coach.parse_worker import parse_isolated
    from coach.upload_guard import Limits

    bomb = hostile.docx_bomb(tmp_path / "bomb.docx", inflated_mb=60)
    unguarded = dict(
        max_ratio=10**9, max_member_bytes=10**12, max_unzipped_bytes=10**12, max_paragraphs=10**9
    )
    before = peak_rss_mb()
    with pytest.raises(IngestError) as memory:
        parse_isolated(bomb, "uploads/bomb.docx", limits=Limits(**unguarded, memory_mb=400))
    assert peak_rss_mb() - before < 100  # the parse ran elsewhere: this process did not grow
    assert memory.value.args[0].startswith("bomb.docx:")
    assert "400 MB" in str(memory.value), memory.value

    small = hostile.docx_bomb(tmp_path / "slow.docx", inflated_mb=12)
    with pytest.raises(IngestError) as cpu:
        parse_isolated(
            small, "uploads/slow.docx", limits=Limits(**unguarded, memory_mb=1500, cpu_seconds=1)
        )
    assert "1 second" in str(cpu.value) and str(cpu.value).startswith("slow.docx:"), cpu.value


def test_no_index_lock_is_held_while_a_file_is_read(
    index: Index, lib: Settings, incoming: Path
) -> None:
    """A slow upload is read outside the write lock: a small one is indexed meanwhile."""
    from coach.ingest import parse_upload, write_lock

    slow = incoming / "slow.md"
    slow.write_text("## Slow\nA long guide that takes its time to read.\n", encoding="utf-8")
    reading, small_done = threading.Event(), threading.Event()
    seen: dict[str, object] = {}

    def slow_parse(path: Path, source: str, overrides: dict | None = None):  # noqa: ANN202
        if path.name == "slow.md":
            reading.set()
            seen["lock free while reading"] = write_lock(index).acquire(blocking=False)
            if seen["lock free while reading"]:
                write_lock(index).release()
            seen["small indexed meanwhile"] = small_done.wait(timeout=120)
        return parse_upload(path, source, overrides)

    def first() -> None:
        seen["slow"] = ingest_uploads(index, lib, [(slow, "slow.md")], parse=slow_parse)

    worker = threading.Thread(target=first)
    worker.start()
    assert reading.wait(timeout=120)
    [small] = ingest_uploads(index, lib, [(incoming / "cadence.md", "cadence.md")])
    small_done.set()
    worker.join(timeout=120)
    assert small.status == "added"
    assert seen["lock free while reading"] is True
    assert seen["small indexed meanwhile"] is True
    assert [r.status for r in seen["slow"]] == ["added"]  # type: ignore[attr-defined]


def test_a_word_file_at_the_paragraph_limit_is_read_within_the_cpu_limit(tmp_path: Path) -> None:
    """Styles were looked up afresh for every paragraph: 20,000 took minutes of CPU."""
    from coach.parse_worker import parse_isolated
    from coach.upload_guard import DEFAULT_LIMITS

    path = hostile.docx_paragraphs(tmp_path / "handbook.docx", DEFAULT_LIMITS.max_paragraphs)
    doc = parse_isolated(path, "uploads/handbook.docx")
    assert doc.text.count("listen before you advise") == DEFAULT_LIMITS.max_paragraphs
