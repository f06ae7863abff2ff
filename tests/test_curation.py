"""Curating the library as HR found it: PDF titles and passages, duplicates by content,
deleting only when confirmed, readable source names, and changing a document's topic and
visibility after upload. Real PDFs, real Chroma, real record."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.chunking import CHUNK_CHARS, load_file
from coach.errors import InvalidInput, NotFound, PermissionDenied
from coach.flows.library import (
    EditInput,
    Library,
    UploadInput,
    delete_guidance,
    edit_source,
    list_sources,
    reindex,
    upload_guidance,
)
from coach.flows.sharing import OfferInput, approve_share, offer_share
from coach.settings import load_settings
from tests.record_fixtures import World
from tests.upload_files import pdf_document

BODY = 11
HANDBOOK = [
    [
        (22, "Running the first session"),
        (BODY, "This handbook walks a pair through their first quillbrook meeting."),
        (15, "Before you meet"),
        (BODY, "Agree a time, a quiet room and what the senior hopes to learn."),
        (BODY, "Read the junior's expertise areas and pick one to start with."),
        (15, "During the hour"),
        (BODY, "The junior leads; the senior listens, asks and takes rough notes."),
        (BODY, "Keep phones away unless you are showing an app on purpose."),
    ],
    [
        (15, "Afterwards"),
        *[
            (BODY, f"Step {n}: write down one assumption that changed and one action to try.")
            for n in range(1, 31)
        ],
    ],
]
NOT_TITLES = [
    "about:blank",
    "Untitled",
    "untitled document",
    "Microsoft Word - first-session.docx",
    "first-session.pdf",
    "Document1",
    "   ",
]


@pytest.fixture
def lib(world: World, tmp_path: Path) -> Library:
    settings = load_settings(data_dir=tmp_path, knowledge_dir=tmp_path / "knowledge")
    (tmp_path / "knowledge").mkdir()
    (tmp_path / "knowledge" / "listening.md").write_text(
        "## Listening\nLet the junior finish before you answer.\n", encoding="utf-8"
    )
    return Library(world.record, world.index, settings)


def _incoming(tmp_path: Path, name: str, text: str | bytes) -> str:
    folder = tmp_path / "incoming" / str(len(list((tmp_path).glob("incoming/*"))))
    folder.mkdir(parents=True)
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


def _handbook(tmp_path: Path, title: str | None) -> str:
    folder = tmp_path / "incoming" / "pdf"
    folder.mkdir(parents=True, exist_ok=True)
    info = None if title is None else {"Title": title, "Producer": "Word"}
    return str(pdf_document(folder / "first-session.pdf", HANDBOOK, info))


@pytest.mark.parametrize("meta_title", [*NOT_TITLES, None])
def test_a_pdf_without_a_meaningful_title_is_named_by_its_heading(
    tmp_path: Path, meta_title: str | None
) -> None:
    doc = load_file(Path(_handbook(tmp_path, meta_title)), "uploads/first-session.pdf")
    assert doc.title == "Running the first session"


def test_an_about_blank_pdf_is_listed_and_cited_by_its_heading(
    world: World, lib: Library, tmp_path: Path
) -> None:
    [added] = upload_guidance(lib, world.hr, UploadInput([_handbook(tmp_path, "about:blank")]))
    assert added.status == "added", added.message
    [row] = [r for r in list_sources(lib, world.hr) if r.source == "uploads/first-session.pdf"]
    assert row.title == "Running the first session"
    hit = lib.index.search("phones away unless showing an app", 1, mode="keyword")[0]
    assert hit.title == "Running the first session"  # what a citation says


@pytest.mark.parametrize("kept", ["Facilitator handbook", "Q3 guide: money"])
def test_a_meaningful_pdf_title_is_kept(tmp_path: Path, kept: str) -> None:
    doc = load_file(Path(_handbook(tmp_path, kept)), "uploads/first-session.pdf")
    assert doc.title == kept


def test_pdf_pages_are_split_by_headings_and_size(
    world: World, lib: Library, tmp_path: Path
) -> None:
    upload_guidance(lib, world.hr, UploadInput([_handbook(tmp_path, "about:blank")]))
    rows = list(lib.index.rows(sources=["uploads/first-session.pdf"], text=True))
    sections = {r.metadata["section"] for r in rows}
    assert {"Before you meet", "During the hour", "Afterwards"} <= sections
    assert all(len(r.text or "") <= CHUNK_CHARS for r in rows)
    assert sum(r.metadata["section"] == "Afterwards" for r in rows) >= 2  # a long page, split
    quiet = lib.index.search("quiet room senior hopes to learn", 1, mode="keyword")[0]
    assert quiet.section == "Before you meet"
    assert "phones away" not in quiet.text.lower()  # not the whole page in one passage


def test_the_same_content_under_another_name_is_not_indexed_again(
    world: World, lib: Library, tmp_path: Path
) -> None:
    text = "# Pay bands\n\n## Bands\nZephyrine salary bands for next year.\n"
    upload_guidance(lib, world.hr, UploadInput([_incoming(tmp_path, "pay-bands.md", text)]))
    count = lib.index.count()
    again = text.replace("\n", "\r\n").replace("Zephyrine salary", "Zephyrine  Salary") + "\n\n"
    [dup] = upload_guidance(
        lib, world.hr, UploadInput([_incoming(tmp_path, "bands-copy.txt", again)])
    )
    assert dup.status == "duplicate"
    assert "Pay bands" in dup.message and "uploads/pay-bands.md" in dup.message
    assert lib.index.count() == count
    assert not (lib.settings.uploads_dir / "bands-copy.txt").exists()  # nothing kept to reindex
    # Within one batch too, and a re-upload under the same name is an update, not a duplicate.
    twins = [_incoming(tmp_path, n, "Quillmoss onboarding buddies.\n") for n in ("a.md", "b.md")]
    assert [r.status for r in upload_guidance(lib, world.hr, UploadInput(twins))] == [
        "added",
        "duplicate",
    ]
    same = _incoming(tmp_path, "pay-bands.md", text + "\nReviewed every spring.\n")
    assert upload_guidance(lib, world.hr, UploadInput([same]))[0].status == "updated"


def test_a_reindex_does_not_index_the_same_content_twice(world: World, lib: Library) -> None:
    """Files put into the library folder by hand go through the same check as uploads."""
    folder = lib.settings.knowledge_dir
    text = "# Gap years\n\n## Why\nQuorrelind juniors take gap years to travel.\n"
    (folder / "gap-years.md").write_text(text, encoding="utf-8")
    (folder / "gap-years-copy.md").write_text(text.replace("\n", "\r\n"), encoding="utf-8")
    done = reindex(lib, world.hr, rebuild=True)
    by_source = {r.source: r for r in done.results}
    assert by_source["knowledge/gap-years-copy.md"].status == "added"  # the first one, in order
    dup = by_source["knowledge/gap-years.md"]
    assert dup.status == "duplicate" and "knowledge/gap-years-copy.md" in dup.message
    hits = lib.index.search("Quorrelind gap years", 5, mode="keyword")
    assert [h.source for h in hits if "Quorrelind" in h.text] == ["knowledge/gap-years-copy.md"]
    # A file already indexed that becomes a copy of another is taken out, not left stale.
    (folder / "gap-years.md").write_text("# Gap years\n\nQuorrelind sabbaticals.\n", "utf-8")
    assert {r.source: r.status for r in reindex(lib, world.hr, rebuild=False).results}[
        "knowledge/gap-years.md"
    ] == "added"
    (folder / "gap-years.md").write_text(text, encoding="utf-8")
    again = {r.source: r.status for r in reindex(lib, world.hr, rebuild=False).results}
    assert again["knowledge/gap-years.md"] == "duplicate"
    assert again["knowledge/gap-years-copy.md"] == "unchanged"
    assert not list(lib.index.rows(sources=["knowledge/gap-years.md"], text=True))


def test_a_delete_needs_the_confirmation_of_that_source(
    world: World, lib: Library, tmp_path: Path
) -> None:
    upload_guidance(
        lib, world.hr, UploadInput([_incoming(tmp_path, "bands.md", "# Bands\nQuillstone.\n")])
    )
    with pytest.raises(InvalidInput, match="[Cc]onfirm"):
        delete_guidance(lib, world.hr, "uploads/bands.md")
    with pytest.raises(InvalidInput, match="[Cc]onfirm"):
        delete_guidance(lib, world.hr, "uploads/bands.md", confirm="knowledge/listening.md")
    assert "uploads/bands.md" in {r.source for r in list_sources(lib, world.hr)}
    said = delete_guidance(lib, world.hr, "uploads/bands.md", confirm="uploads/bands.md")
    assert "Deleted" in said
    assert "uploads/bands.md" not in {r.source for r in list_sources(lib, world.hr)}


def test_sources_have_readable_names(world: World, lib: Library) -> None:
    item = offer_share(world.record, world.mentee, OfferInput(world.sid, "Short video sells."))
    approve_share(world.record, world.hr, item.id)
    reindex(lib, world.hr, rebuild=False)
    rows = {r.source: r for r in list_sources(lib, world.hr)}
    note = rows[f"note:{item.id}"]
    assert "note:" not in note.where and "shared note" in note.where.lower()
    assert rows["knowledge/listening.md"].where == "built-in library: listening.md"
    assert "note:" not in note.label and note.title in note.label


def test_hr_changes_an_uploads_topic_and_visibility(
    world: World, lib: Library, tmp_path: Path
) -> None:
    path = _incoming(tmp_path, "apps.md", "## Apps\nQuillfern round-up savings apps.\n")
    upload_guidance(lib, world.hr, UploadInput([path], topic="technology"))
    said = edit_source(lib, world.hr, EditInput("uploads/apps.md", topic="money", visibility="hr"))
    assert "money" in said.lower() or "Money" in said
    row = next(r for r in list_sources(lib, world.hr) if r.source == "uploads/apps.md")
    assert (row.topic, row.visibility) == ("money", "hr")
    assert not lib.index.search("Quillfern savings", 3, visibility=("everyone",), mode="keyword")
    [hit] = lib.index.search(
        "Quillfern savings", 3, topic="money", visibility=("everyone", "hr"), mode="keyword"
    )
    assert hit.visibility == "hr"
    # A re-index keeps HR's choice: the stored copy is read with it, and nothing is redone.
    done = reindex(lib, world.hr, rebuild=False)
    assert done.counts == {"added": 1, "unchanged": 1}  # the built-in file, then the upload
    assert reindex(lib, world.hr, rebuild=True).errors == []
    row = next(r for r in list_sources(lib, world.hr) if r.source == "uploads/apps.md")
    assert (row.topic, row.visibility) == ("money", "hr")


def test_only_hr_edits_and_only_what_can_be_edited(
    world: World, lib: Library, tmp_path: Path
) -> None:
    path = _incoming(tmp_path, "apps.md", "## Apps\nQuillfern round-up savings apps.\n")
    upload_guidance(lib, world.hr, UploadInput([path]))
    for who in (world.mentor, world.mentee):
        with pytest.raises(PermissionDenied):
            edit_source(lib, who, EditInput("uploads/apps.md", visibility="hr"))
    with pytest.raises(NotFound):
        edit_source(lib, world.hr, EditInput("uploads/gone.md", visibility="hr"))
    reindex(lib, world.hr, rebuild=False)
    with pytest.raises(InvalidInput, match="front matter"):
        edit_source(lib, world.hr, EditInput("knowledge/listening.md", visibility="hr"))
    with pytest.raises(InvalidInput):
        edit_source(lib, world.hr, EditInput("uploads/apps.md", visibility="nobody"))
    row = next(r for r in list_sources(lib, world.hr) if r.source == "uploads/apps.md")
    assert row.visibility == "everyone"


def test_bold_headings_at_body_size_are_headings_too(tmp_path: Path) -> None:
    from coach.chunking import split

    pages = [
        [
            (12.5, "Mentor notes"),  # bold (the test writer sets type over 12 in bold)
            (12, "Bring one app you use every day and show how you pay with it."),
            (12.5, "Questions to ask"),
            (12, "Ask what would make the senior trust a bank that has no branches."),
        ]
    ]
    doc = load_file(pdf_document(tmp_path / "notes.pdf", pages), "uploads/notes.pdf")
    assert [c.metadata["section"] for c in split(doc)] == ["Mentor notes", "Questions to ask"]
