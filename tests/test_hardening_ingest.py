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
    shell: Path, capsys: pytest.CaptureFixture[str]
) -> None:
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


def test_front_matter_cannot_rename_a_source(tmp_path: Path, embedder) -> None:  # noqa: ANN001
    """A file claiming another source in its front matter would survive its own deletion."""
    from coach.index import open_index
    from coach.ingest import store_upload, sync
    from coach.settings import load_settings

    settings = load_settings(data_dir=tmp_path / "data", knowledge_dir=tmp_path / "empty")
    index = open_index(settings, embedder)
    upload = tmp_path / "tips.md"
    upload.write_text(
        "---\ntitle: Tips\nsource: note:7\nfile_hash: x\nchunk_count: 1\n---\n"
        "## Apps\nGraduates compare bank apps before they open an account.\n"
    )
    [result] = sync(index, settings, files=[store_upload(upload, settings)])
    assert result.status == "added"
    hits = index.search("bank apps graduates", 3, mode="keyword")
    assert {h.source for h in hits} == {"uploads/tips.md"}
    assert index.remove_source("uploads/tips.md") == result.chunks
    assert not index.search("bank apps graduates", 3, mode="keyword")


def test_index_refuses_labels_it_would_silently_hide(tmp_path: Path, embedder) -> None:  # noqa: ANN001
    from coach.errors import InvalidInput
    from coach.index import open_index
    from coach.settings import load_settings

    index = open_index(load_settings(data_dir=tmp_path), embedder)
    with pytest.raises(InvalidInput, match="visibility"):
        index.add_text("note:1", "Banks by app.", title="t", visibility="public")
    with pytest.raises(InvalidInput, match="kind"):
        index.add_text("note:1", "Banks by app.", title="t", kind="memo")
    with pytest.raises(InvalidInput, match="mode"):
        index.search("banks", mode="fuzzy")  # type: ignore[arg-type]


def test_the_shell_says_what_a_file_from_elsewhere_is(
    shell: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`coach ingest FILE` takes the same choice as the upload form, not the file's claims."""
    from coach.index import open_index
    from coach.settings import load_settings
    from tests.upload_files import docx_bomb

    outside = shell / "incoming"
    outside.mkdir()
    (outside / "bank.md").write_text(
        "---\nkind: question-bank\nvisibility: everyone\n---\n"
        "## Opening\n\n- What makes a quillmoss bank app feel "
        "safe? *Why it matters:* Trust.\n",
        encoding="utf-8",
    )
    docx_bomb(outside / "handbook.docx")
    assert main(["ingest", str(outside / "bank.md"), str(outside / "handbook.docx")]) == 1
    captured = capsys.readouterr()
    assert "handbook.docx" in captured.err and "inflates" in captured.err
    assert "claim" in captured.out or "question-bank" in captured.out  # flagged for review
    index = open_index(load_settings())
    meta = [r.metadata for r in index.rows(sources=["uploads/bank.md"])]
    assert {(m["kind"], m["visibility"]) for m in meta} == {("guidance", "everyone")}
    assert all("command line" in m["added_by"] and m["added_at"] for m in meta)

    assert (
        main(
            [
                "ingest",
                "--kind",
                "question-bank",
                "--visibility",
                "hr",
                "--topic",
                "money",
                str(outside / "bank.md"),
            ]
        )
        == 0
    )
    meta = [r.metadata for r in open_index(load_settings()).rows(sources=["uploads/bank.md"])]
    assert {(m["kind"], m["visibility"], m["topic"]) for m in meta} == {
        ("question-bank", "hr", "money")
    }
    assert main(["reindex"]) == 0  # the stored choice rebuilds the same
    meta = [r.metadata for r in open_index(load_settings()).rows(sources=["uploads/bank.md"])]
    assert {(m["kind"], m["visibility"]) for m in meta} == {("question-bank", "hr")}


def test_ingest_from_elsewhere_goes_through_the_upload_flow(
    shell: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The page's limit and its rule on who adds guidance hold at the shell as well."""
    from coach.index import open_index
    from coach.settings import load_settings

    monkeypatch.setenv("COACH_MAX_UPLOAD_MB", "1")
    outside = shell / "incoming"
    outside.mkdir()
    (outside / "handbook.md").write_text("## Long\n" + "Listen first. " * 90_000)
    (outside / "bands.md").write_text("## Bands\nPay bands are reviewed each spring.\n")
    assert main(["ingest", str(outside / "handbook.md")]) == 1
    assert "over the upload limit of 1 MB" in capsys.readouterr().err
    assert not (shell / "data" / "uploads" / "handbook.md").exists()

    assert main(["seed-demo"]) == 0
    refused = main(["ingest", str(outside / "bands.md"), "--as", "mentor@demo.turntable.example"])
    assert refused == 2 and "Only HR and administrators" in capsys.readouterr().err
    assert not (shell / "data" / "uploads" / "bands.md").exists()
    assert main(["ingest", str(outside / "bands.md"), "--as", "hr@demo.turntable.example"]) == 0
    sources = open_index(load_settings()).sources()
    assert sources["uploads/bands.md"]["added_by"] == "Hari Lead"
