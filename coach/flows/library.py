"""The guidance library, curated by HR: list its sources, upload, change, delete, re-index.

The library lives in the index, which checks nobody, so each flow checks the acting person
against the record first: HR and admins curate; the operator at the command line re-indexes.
Re-indexing puts approved shared notes back from the caller's own record (no second one).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from coach.chunking import file_hash
from coach.errors import InvalidInput, NotFound
from coach.flows.access import CURATORS, Declined, acting_role, require_role, whole_number
from coach.index import Index
from coach.ingest import (
    UNKNOWN_ORIGIN,
    FileResult,
    UploadChoice,
    ingest_uploads,
    library_roots,
    read_choice,
    remove_upload,
    source_name,
    store_upload,
    sync,
    upload_target,
    write_lock,
)
from coach.passages import Passage
from coach.record import ActorRef, Record
from coach.settings import Settings
from coach.topics import ALL_TOPICS, TOPICS
from coach.upload_flags import LABELS

Progress = Callable[[int, int], None]
VISIBLE_TO = {"everyone": "everyone", "hr": "HR only"}
MB = 1024 * 1024  # as the page's upload limit counts a megabyte


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

    @property
    def where(self) -> str:
        """Where the source came from, in words (never an id like `note:1`)."""
        return where_from(self.source)

    @property
    def label(self) -> str:
        """How a list names the source: its title and where it came from."""
        return f"{self.title or 'untitled'} ({self.where})"


def where_from(source: str) -> str:
    if source.startswith("note:"):
        return "shared note, approved by HR"
    for prefix, words in (("uploads/", "uploaded"), ("knowledge/", "built-in library")):
        if source.startswith(prefix):
            return f"{words}: {source.removeprefix(prefix)}"
    return source


@dataclass(frozen=True)
class EditInput:
    """What HR changes about a document already in the library (None: leave it)."""

    source: str
    topic: str | None = None
    visibility: str | None = None


@dataclass(frozen=True)
class UploadInput:
    paths: list[str]
    kind: str = "guidance"
    visibility: str = "everyone"
    topic: str | None = None  # None: read from the file
    names: list[str] | None = None  # how each file is kept (default: its own file name)
    by: str = ""  # who adds them when the operator does (the account at the shell)


@dataclass(frozen=True)
class Reindexed:
    results: list[FileResult]
    shared_notes: int
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def errors(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "error"]


@dataclass(frozen=True)
class SearchInput:
    query: str
    k: int = 5
    topic: str | None = None  # not one of the topics: any topic
    kind: str | None = None  # None: any kind


def search_library(lib: Library, actor: ActorRef, asked: SearchInput) -> list[Passage]:
    """The passages a signed-in person may read for a query: guidance for everyone and
    approved shared notes; HR and admins (and the operator) also see HR-only guidance."""
    visibility = _readable(lib, actor)
    return lib.index.search(
        asked.query,
        asked.k,
        topic=asked.topic if asked.topic in ALL_TOPICS else None,
        kinds=[asked.kind] if asked.kind else None,
        visibility=visibility,
    )


def read_passage(lib: Library, actor: ActorRef, passage_id: str) -> Passage | None:
    """One passage, if it is still in the library and this person may read it (HR-only
    guidance stays with HR and admins, whatever id is asked for)."""
    readable = _readable(lib, actor)
    found = [p for p in lib.index.get([passage_id]) if p.visibility in readable]
    return found[0] if found else None


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
    the rest. HR and admins upload from the page, the operator from the command line; a file
    over the upload limit, or a second file kept under the same name, is refused alone."""
    role = require_role(lib.record, actor, (*CURATORS, "system"))
    if not asked.paths:
        raise InvalidInput("Choose one or more files to upload first.")
    names = asked.names or [Path(p).name for p in asked.paths]
    if len(names) != len(asked.paths):
        raise InvalidInput("Give each uploaded file one name to keep it under.")
    picked = UploadChoice(
        kind=asked.kind or "guidance",
        visibility=asked.visibility or "everyone",
        topic=asked.topic or None,
        added_by=_uploader(lib, actor, role, asked.by),
    )
    fine, refused = _admissible(lib.settings, list(zip(map(Path, asked.paths), names, strict=True)))
    return refused + ingest_uploads(lib.index, lib.settings, fine, picked, progress=progress)


def _uploader(lib: Library, actor: ActorRef, role: str, by: str) -> str:
    """Who the sources table names as having added the files."""
    if role == "system":
        return by or "command line"
    return lib.record.get_person(actor, _person_id(actor)).name


def _admissible(
    settings: Settings, files: list[tuple[Path, str]]
) -> tuple[list[tuple[Path, str]], list[FileResult]]:
    """The files within the upload limit, each kept under its own name; the rest refused."""
    limit, fine, refused, kept = settings.max_upload_mb * MB, [], [], set()
    for path, name in files:
        source = source_name(upload_target(settings, name), settings)
        size = path.stat().st_size if path.is_file() else 0
        if size > limit:
            said = f"{name}: {size / MB:,.1f} MB is over the upload limit of "
            refused.append(
                FileResult(source, "error", message=f"{said}{settings.max_upload_mb} MB.")
            )
        elif source in kept:
            said = f"{name}: another file in this upload is kept under the same name; rename one."
            refused.append(FileResult(source, "error", message=said))
        else:
            kept.add(source)
            fine.append((path, name))
    return fine, refused


def delete_guidance(lib: Library, actor: ActorRef, source: str, confirm: str = "") -> str:
    """Remove a source from the index, and from where a re-index would bring it back.

    Nothing goes unless `confirm` names the same source: what HR confirmed is what is deleted.
    """
    require_role(lib.record, actor, CURATORS)
    if not source or not isinstance(source, str):
        raise InvalidInput("Choose a source to delete.")
    if confirm != source:
        raise Declined(
            f"Confirm deleting '{where_from(source)}' first; nothing was deleted.",
            title="Not confirmed",
        )
    if source.startswith("note:"):
        note = whole_number(source.removeprefix("note:"), "shared note's number")
        item = lib.record.withdraw_share(actor, note)
        return f"The shared note '{item.title}' was withdrawn and removed from the library."
    with write_lock(lib.index):
        removed = lib.index.remove_source(source)
    if not removed:
        raise NotFound(f"'{where_from(source)}' is not in the library.")
    if source.startswith("uploads/"):
        root = lib.settings.uploads_dir.resolve()
        path = (root / source.removeprefix("uploads/")).resolve()
        if path.is_relative_to(root) and path.is_file():
            remove_upload(path)
        name = source.removeprefix("uploads/")
        return f"Deleted the uploaded file '{name}' ({removed} passages) and its stored copy."
    return (
        f"Removed '{where_from(source)}' ({removed} passages) from the index. It is part of the "
        "built-in library, so a re-index brings it back; remove the file from "
        "knowledge/ to drop it for good."
    )


def edit_source(lib: Library, actor: ActorRef, asked: EditInput) -> str:
    """Change an upload's topic or visibility: in the index at once (no re-embedding) and in
    the choice kept beside its stored copy, so a re-index keeps what HR chose."""
    require_role(lib.record, actor, CURATORS)
    source = asked.source or ""
    if not source.startswith("uploads/"):
        if source.startswith("knowledge/"):
            raise Declined(
                "A built-in document's topic and visibility come from its front matter; "
                "edit the file in knowledge/ and re-index.",
                title="Built-in document",
            )
        raise InvalidInput("Choose an uploaded document to change.")
    target = upload_target(lib.settings, source.removeprefix("uploads/"))
    with write_lock(lib.index):
        before = (read_choice(target) or UNKNOWN_ORIGIN) if target.is_file() else None
        if before is None or source not in lib.index.source_states():
            raise NotFound(f"'{where_from(source)}' is not in the library.")
        after = replace(
            before,
            topic=asked.topic or before.topic,
            visibility=asked.visibility or before.visibility,
        )  # checked as any upload's choice is
        stamp = file_hash(target.read_bytes(), after.overrides())  # current for a re-index
        changes = {"visibility": after.visibility, "file_hash": stamp}
        if after.topic:
            changes["topic"] = after.topic
        store_upload(target, lib.settings, source.removeprefix("uploads/"), after)
        lib.index.relabel_source(source, changes)
    about = TOPICS.get(after.topic, after.topic) if after.topic else "what the file says"
    return (
        f"'{where_from(source)}' is now filed under {about}, visible to "
        f"{VISIBLE_TO[after.visibility]}."
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


def _readable(lib: Library, actor: ActorRef) -> tuple[str, ...]:
    """What this person may retrieve: HR-only guidance stays with HR and admins."""
    role = acting_role(lib.record, actor)
    return ("everyone", "hr") if role in (*CURATORS, "system") else ("everyone",)


def _person_id(actor: ActorRef) -> int:
    found = getattr(actor, "id", actor)
    if not isinstance(found, int):
        raise InvalidInput("Uploads are made by a signed-in person.")
    return found
