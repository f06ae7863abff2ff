"""Library upkeep behind the Knowledge view: list sources, upload, delete, re-index.

Kept apart from the Gradio layout so the same steps read plainly; each one reuses the
ingestion and re-index code the CLI runs (`coach ingest`, `coach reindex`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coach.cli.index_cmds import reindex_shared_notes
from coach.errors import InvalidInput, NotFound
from coach.ingest import (
    FileResult,
    UploadChoice,
    ingest_uploads,
    library_roots,
    remove_upload,
    sync,
    write_lock,
)
from coach.record import PersonView
from coach.upload_flags import LABELS
from ui.deps import Deps


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


def list_sources(deps: Deps) -> list[SourceRow]:
    """One row per indexed source, from the chunks' metadata; uploads and notes first."""
    rows = deps.index.sources()
    return sorted((SourceRow(src, str(r.get("title", "")), str(r.get("topic", "")),
                             str(r.get("kind", "")), str(r.get("visibility", "")), r["chunks"],
                             str(r.get("added_by", "")), str(r.get("added_at", "")),
                             str(r.get("flags", "")))
                   for src, r in rows.items()),
                  key=lambda r: (r.source.startswith("knowledge/"), r.source))  # HR's own first


def upload(deps: Deps, me: PersonView, paths: list[str], choice: dict[str, Any],
           progress: Callable[[int, int], None] | None = None) -> list[FileResult]:
    """Keep copies of uploaded files and index them as HR chose; one bad file never stops
    the rest. `choice` holds kind, visibility and topic (None: read from the file)."""
    if not paths:
        raise InvalidInput("Choose one or more files to upload first.")
    picked = UploadChoice(kind=choice.get("kind") or "guidance",
                          visibility=choice.get("visibility") or "everyone",
                          topic=choice.get("topic") or None, added_by=me.name)
    return ingest_uploads(deps.index, deps.settings, [(Path(p), Path(p).name) for p in paths],
                          picked, progress=progress)


def delete_source(deps: Deps, me: PersonView, source: str) -> str:
    """Remove a source from the index, and from where a re-index would bring it back."""
    if not source:
        raise InvalidInput("Choose a source to delete.")
    if source.startswith("note:"):
        item = deps.record.withdraw_share(me, int(source.removeprefix("note:")))
        return f"The shared note '{item.title}' was withdrawn and removed from the library."
    with write_lock(deps.index):
        removed = deps.index.remove_source(source)
    if not removed:
        raise NotFound(f"'{source}' is not in the library.")
    if source.startswith("uploads/"):
        root = deps.settings.uploads_dir.resolve()
        path = (root / source.removeprefix("uploads/")).resolve()
        if path.is_relative_to(root) and path.is_file():
            remove_upload(path)
        return f"Deleted '{source}' ({removed} passages) and its stored copy."
    return (f"Removed '{source}' ({removed} passages) from the index. It is part of the "
            "built-in library, so a re-index brings it back; remove the file from "
            "knowledge/ to drop it for good.")


def reindex(deps: Deps, rebuild: bool,
            progress: Callable[[int, int], None] | None = None) -> tuple[list[FileResult], int]:
    """Bring the index up to date with the library, uploads and approved notes (as the CLI)."""
    if rebuild:
        with write_lock(deps.index):
            deps.index.drop()
    results = sync(deps.index, deps.settings, roots=library_roots(deps.settings),
                   progress=progress)
    return results, reindex_shared_notes(deps.index, deps.settings)
