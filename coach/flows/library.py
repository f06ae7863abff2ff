"""The guidance library, curated by HR: list its sources, upload, delete, re-index.

The library lives in the index, which checks nobody, so each flow checks the acting person
against the record first: HR and admins curate; the operator at the command line re-indexes.
Re-indexing puts approved shared notes back from the caller's own record (no second one).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from coach.errors import InvalidInput, NotFound
from coach.flows.access import CURATORS, require_role, whole_number
from coach.index import Index
from coach.ingest import (
    FileResult,
    UploadChoice,
    ingest_uploads,
    library_roots,
    remove_upload,
    sync,
    write_lock,
)
from coach.record import ActorRef, Record
from coach.settings import Settings
from coach.upload_flags import LABELS

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Library:
    """Where the library is: the index, the settings that place its files, and the record."""

    record: Record
    index: Index
    settings: Settings


@dataclass(frozen=True)
class SourceRow:
    source: str
    title: str
    topic: str
    kind: str
    visibility: str
    chunks: int
    added_by: str = ""
    added_at: str = ""
    flags: str = ""  # comma-separated upload_flags codes

    @property
    def flag_text(self) -> str:
        """The flags in words, for the sources table."""
        return "; ".join(LABELS.get(c, c) for c in self.flags.split(",") if c)


@dataclass(frozen=True)
class UploadInput:
    paths: list[str]
    kind: str = "guidance"
    visibility: str = "everyone"
    topic: str | None = None  # None: read from the file


@dataclass(frozen=True)
class Reindexed:
    results: list[FileResult]
    shared_notes: int
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def errors(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "error"]


def list_sources(lib: Library, actor: ActorRef) -> list[SourceRow]:
    """One row per indexed source, from the chunks' metadata; uploads and notes first."""
    require_role(lib.record, actor, CURATORS)
    rows = lib.index.sources()
    return sorted(
        (
            SourceRow(
                src,
                str(r.get("title", "")),
                str(r.get("topic", "")),
                str(r.get("kind", "")),
                str(r.get("visibility", "")),
                r["chunks"],
                str(r.get("added_by", "")),
                str(r.get("added_at", "")),
                str(r.get("flags", "")),
            )
            for src, r in rows.items()
        ),
        key=lambda r: (r.source.startswith("knowledge/"), r.source),
    )  # HR's own first


def upload_guidance(
    lib: Library, actor: ActorRef, asked: UploadInput, progress: Progress | None = None
) -> list[FileResult]:
    """Keep copies of uploaded files and index them as HR chose; one bad file never stops
    the rest."""
    require_role(lib.record, actor, CURATORS)
    if not asked.paths:
        raise InvalidInput("Choose one or more files to upload first.")
    who = lib.record.get_person(actor, _person_id(actor)).name
    picked = UploadChoice(
        kind=asked.kind or "guidance",
        visibility=asked.visibility or "everyone",
        topic=asked.topic or None,
        added_by=who,
    )
    return ingest_uploads(
        lib.index,
        lib.settings,
        [(Path(p), Path(p).name) for p in asked.paths],
        picked,
        progress=progress,
    )


def delete_guidance(lib: Library, actor: ActorRef, source: str) -> str:
    """Remove a source from the index, and from where a re-index would bring it back."""
    require_role(lib.record, actor, CURATORS)
    if not source or not isinstance(source, str):
        raise InvalidInput("Choose a source to delete.")
    if source.startswith("note:"):
        note = whole_number(source.removeprefix("note:"), "shared note's number")
        item = lib.record.withdraw_share(actor, note)
        return f"The shared note '{item.title}' was withdrawn and removed from the library."
    with write_lock(lib.index):
        removed = lib.index.remove_source(source)
    if not removed:
        raise NotFound(f"'{source}' is not in the library.")
    if source.startswith("uploads/"):
        root = lib.settings.uploads_dir.resolve()
        path = (root / source.removeprefix("uploads/")).resolve()
        if path.is_relative_to(root) and path.is_file():
            remove_upload(path)
        return f"Deleted '{source}' ({removed} passages) and its stored copy."
    return (
        f"Removed '{source}' ({removed} passages) from the index. It is part of the "
        "built-in library, so a re-index brings it back; remove the file from "
        "knowledge/ to drop it for good."
    )


def reindex(
    lib: Library, actor: ActorRef, rebuild: bool, progress: Progress | None = None
) -> Reindexed:
    """Bring the index up to date with the library, uploads and approved shared notes."""
    require_role(lib.record, actor, (*CURATORS, "system"))
    if rebuild:
        with write_lock(lib.index):
            lib.index.drop()
    results = sync(lib.index, lib.settings, roots=library_roots(lib.settings), progress=progress)
    notes = reindex_shared_notes(lib.record, lib.index)
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    return Reindexed(results, notes, counts)


def reindex_shared_notes(record: Record, index: Index) -> int:
    """Approved, anonymised notes live in the record: put them back into the index."""
    notes = record.approved_notes_for_index()
    with write_lock(index):
        for n in notes:
            index.add_text(n.source, n.text, title=n.title, topic=n.topic, kind="shared-note")
    return len(notes)


def _person_id(actor: ActorRef) -> int:
    found = getattr(actor, "id", actor)
    if not isinstance(found, int):
        raise InvalidInput("Uploads are made by a signed-in person.")
    return found
