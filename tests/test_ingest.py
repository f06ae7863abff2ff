"""Ingestion: idempotent, updates and removals, bad files, crash-and-rerun, all formats."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.embeddings import MiniLMEmbedding
from coach.index import Index, open_index
from coach.ingest import sync
from coach.settings import Settings, load_settings

GUIDE = """---
title: Money guide
topic: money
kind: topic-guide
---
# Money guide
## Context
My generation budgets in apps and pays with phones.
### Buy now, pay later
Klarna-style instalments feel normal to many juniors.
## Pitfalls
Do not lecture about avocado toast.
"""


@pytest.fixture
def lib(tmp_path: Path) -> Settings:
    root = tmp_path / "knowledge"
    root.mkdir()
    (root / "money.md").write_text(GUIDE, encoding="utf-8")
    (root / "notes.txt").write_text("Plain text notes about renting rather than buying cars.\n")
    return load_settings(data_dir=tmp_path / "data", knowledge_dir=root)


@pytest.fixture
def index(lib: Settings, embedder: MiniLMEmbedding) -> Index:
    return open_index(lib, embedder)


def statuses(results) -> dict[str, str]:  # noqa: ANN001
    return {r.source: r.status for r in results}


def test_ingest_then_nothing_to_do(index: Index, lib: Settings) -> None:
    first = sync(index, lib, roots=[lib.knowledge_dir])
    assert statuses(first) == {"knowledge/money.md": "added", "knowledge/notes.txt": "added"}
    count = index.count()
    second = sync(index, lib, roots=[lib.knowledge_dir])
    assert set(statuses(second).values()) == {"unchanged"}
    assert index.count() == count


def test_metadata_carries_front_matter_and_heading_path(index: Index, lib: Settings) -> None:
    sync(index, lib, roots=[lib.knowledge_dir])
    hit = index.search("Klarna instalments", k=1)[0]
    assert (hit.title, hit.topic, hit.kind) == ("Money guide", "money", "topic-guide")
    assert hit.section == "Context > Buy now, pay later"
    [meta] = [r.metadata for r in index.rows(sources=[hit.source]) if r.id == hit.id]
    assert meta["file_hash"] and meta["chunk_hash"] and meta["visibility"] == "everyone"


def test_changed_file_replaces_its_chunks(index: Index, lib: Settings) -> None:
    sync(index, lib, roots=[lib.knowledge_dir])
    old_ids = {r.id for r in index.rows(sources=["knowledge/money.md"])}
    (lib.knowledge_dir / "money.md").write_text(GUIDE.replace("avocado toast", "latte money"))
    assert statuses(sync(index, lib, roots=[lib.knowledge_dir]))["knowledge/money.md"] == "updated"
    new = list(index.rows(sources=["knowledge/money.md"], text=True))
    assert any("latte money" in (r.text or "") for r in new)
    assert not any("avocado" in (r.text or "") for r in new)
    assert {r.id for r in new} != old_ids


def test_removed_file_loses_its_chunks(index: Index, lib: Settings) -> None:
    sync(index, lib, roots=[lib.knowledge_dir])
    (lib.knowledge_dir / "notes.txt").unlink()
    assert statuses(sync(index, lib, roots=[lib.knowledge_dir]))["knowledge/notes.txt"] == "removed"
    assert not list(index.rows(sources=["knowledge/notes.txt"]))


def test_bad_files_get_a_message_and_the_batch_goes_on(index: Index, lib: Settings) -> None:
    root = lib.knowledge_dir
    (root / "empty.md").write_text("")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" * 10)
    (root / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf\n")
    (root / "latin1.txt").write_bytes("Caf\xe9 cr\xe8me and r\xe9sum\xe9s".encode("latin-1"))
    (root / "broken.docx").write_bytes(b"PK\x03\x04 not a zip at all")
    (root / "bad-front.md").write_text("---\ntitle: [unclosed\n---\nBody\n")
    with (root / "huge.txt").open("w") as f:
        f.write(("x" * 1023 + "\n") * (21 * 1024))
    results = {r.source.split("/")[-1]: r for r in sync(index, lib, roots=[root])}
    expected = {
        "empty.md": "empty",
        "binary.txt": "binary",
        "broken.pdf": "PDF",
        "latin1.txt": "UTF-8",
        "broken.docx": "Word",
        "bad-front.md": "front matter",
        "huge.txt": "limit",
    }
    for name, words in expected.items():
        assert results[name].status == "error", name
        assert words in results[name].message, results[name].message
    assert results["money.md"].status == "added" and results["notes.txt"].status == "added"


class _Crashing(MiniLMEmbedding):
    """Dies on the second batch it is asked to embed, like a killed process."""

    calls = 0

    def encode(self, texts):  # noqa: ANN001, ANN201
        type(self).calls += 1
        if type(self).calls == 2:
            raise KeyboardInterrupt("power cut")
        return super().encode(texts)


def test_crash_half_way_is_repaired_by_the_next_run(lib: Settings, tmp_path: Path) -> None:
    for n in range(12):
        body = "\n".join(
            f"## Part {p}\n" + f"Passage {n}-{p} about mentoring. " * 20 for p in range(8)
        )
        (lib.knowledge_dir / f"doc{n}.md").write_text(f"# Doc {n}\n{body}")
    crashing = open_index(lib, _Crashing())
    with pytest.raises(KeyboardInterrupt):
        sync(crashing, lib, roots=[lib.knowledge_dir], embed_batch=20)
    partial = crashing.count()
    assert 0 < partial
    index = open_index(lib, MiniLMEmbedding())
    results = sync(index, lib, roots=[lib.knowledge_dir])
    assert "error" not in statuses(results).values()
    states = index.source_states()
    for source, st in states.items():
        assert st["expected"] == {st["count"]}, source
    assert len(states) == 14 and index.count() > partial
    assert set(statuses(sync(index, lib, roots=[lib.knowledge_dir])).values()) == {"unchanged"}


def _write_pdf(path: Path, lines: list[str]) -> None:
    """A minimal valid one-page PDF with a text layer."""
    text = " ".join(f"({line}) Tj 0 -16 Td" for line in lines)
    stream = f"BT /F1 12 Tf 72 720 Td {text} ET".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))


def test_pdf_and_word_files(index: Index, lib: Settings) -> None:
    from docx import Document

    _write_pdf(
        lib.knowledge_dir / "policy.pdf",
        ["Reverse mentoring policy", "Sessions are confidential and held monthly."],
    )
    doc = Document()
    doc.add_heading("Launch checklist", level=1)
    doc.add_heading("Before the kickoff", level=2)
    doc.add_paragraph("Brief every senior on listening more than talking.")
    doc.save(lib.knowledge_dir / "launch.docx")
    results = statuses(sync(index, lib, roots=[lib.knowledge_dir]))
    assert (
        results["knowledge/policy.pdf"] == "added" and results["knowledge/launch.docx"] == "added"
    )
    pdf_hit = index.search("are sessions confidential", k=1)[0]
    assert pdf_hit.source == "knowledge/policy.pdf" and pdf_hit.section == "Page 1"
    word_hit = index.search("brief seniors to listen", k=1)[0]
    assert word_hit.source == "knowledge/launch.docx" and word_hit.section == "Before the kickoff"


def test_a_broken_reupload_keeps_the_good_version(
    index: Index, lib: Settings, tmp_path: Path
) -> None:
    from coach.ingest import ingest_uploads

    good = tmp_path / "incoming" / "policy.md"
    good.parent.mkdir()
    good.write_text("## Cadence\nPairs meet every fortnight for an hour.\n")
    [first] = ingest_uploads(index, lib, [(good, "policy.md")])
    assert first.status == "added"
    broken = tmp_path / "incoming2" / "policy.md"
    broken.parent.mkdir()
    broken.write_bytes("Caf\xe9".encode("latin-1"))
    [second] = ingest_uploads(index, lib, [(broken, "policy.md")])
    assert second.status == "error" and "UTF-8" in second.message
    kept = lib.uploads_dir / "policy.md"
    assert kept.read_text() == good.read_text()
    assert index.search("how often do pairs meet", k=1)[0].source == "uploads/policy.md"
    [nothing_kept] = ingest_uploads(index, lib, [(broken, "other.md")])
    assert nothing_kept.status == "error" and not (lib.uploads_dir / "other.md").exists()
