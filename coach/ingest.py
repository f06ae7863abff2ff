"""Bringing files into the index: idempotent, per-file errors, repairs half-finished runs.

A file's chunks all carry its content hash and how many chunks it has. A source is current
only if every chunk it has in the index carries today's hash and the count matches, so a run
that died half-way is repaired by the next one.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from coach.chunking import SUPPORTED, Chunk, load_file, split
from coach.errors import IngestError
from coach.index import Index
from coach.settings import Settings

EMBED_BATCH = 256
Progress = Callable[[int, int], None]  # (done, total) chunks


@dataclass
class FileResult:
    source: str
    status: str  # added | updated | unchanged | removed | error
    chunks: int = 0
    message: str = ""

    def line(self) -> str:
        extra = f" ({self.chunks} chunks)" if self.chunks else ""
        msg = f": {self.message}" if self.message else ""
        return f"{self.status:<9} {self.source}{extra}{msg}"


def source_name(path: Path, settings: Settings) -> str:
    """How a file is named in the index: relative to the library or the uploads folder."""
    path = path.resolve()
    for prefix, root in (("knowledge", settings.knowledge_dir), ("uploads", settings.uploads_dir)):
        try:
            return f"{prefix}/{path.relative_to(root.resolve()).as_posix()}"
        except ValueError:
            continue
    raise IngestError(f"{path.name}: only files in the library or the uploads folder are indexed.")


def upload_target(settings: Settings, name: str) -> Path:
    """Where an uploaded file is kept (inside the uploads folder, whatever its name says)."""
    parts = [p.replace("..", "_").lstrip(".") for p in Path(name).parts]
    parts = [p for p in parts if p and p not in ("/", "\\")] or ["upload"]
    return settings.uploads_dir.joinpath(*parts)


def store_upload(path: Path, settings: Settings, name: str | None = None) -> Path:
    """Keep a copy of an uploaded file, so a reindex can always rebuild it."""
    target = upload_target(settings, name or path.name)
    target.parent.mkdir(parents=True, exist_ok=True)
    if path.resolve() != target.resolve():
        shutil.copyfile(path, target)
    return target


def ingest_uploads(index: Index, settings: Settings, uploads: Iterable[tuple[Path, str]],
                   progress: Progress | None = None, overrides: dict | None = None
                   ) -> list[FileResult]:
    """Index uploaded files, keeping a copy of each one that can be read.

    A file is read before it replaces a kept copy of the same name, so a broken re-upload
    never destroys the good version, and a broken file is never kept to fail every reindex.
    """
    results: list[FileResult] = []
    kept: list[Path] = []
    for path, name in uploads:
        target = upload_target(settings, name)
        source = source_name(target, settings)
        try:
            load_file(Path(path), source, overrides)
        except IngestError as exc:
            results.append(FileResult(source, "error", message=str(exc)))
            continue
        except Exception as exc:  # one bad file never stops the batch
            results.append(FileResult(source, "error",
                                      message=f"{Path(name).name}: could not be read ({exc})."))
            continue
        kept.append(store_upload(Path(path), settings, name))
    return results + sync(index, settings, files=kept, progress=progress, overrides=overrides)


def files_in(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*")
                  if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in SUPPORTED)


def sync(index: Index, settings: Settings, files: Iterable[Path] = (),
         roots: Iterable[Path] = (), progress: Progress | None = None,
         overrides: dict | None = None) -> list[FileResult]:
    """Bring `files` (and every file under `roots`) up to date in the index.

    Sources under a root that no longer exist are removed. Unchanged files cost a hash.
    """
    roots = [Path(r) for r in roots]
    todo = [Path(f) for f in files]
    for root in roots:
        todo += files_in(root)
    states = index.source_states()
    results: list[FileResult] = []
    pending: list[tuple[str, list[Chunk], bool]] = []
    seen: set[str] = set()
    for path in dict.fromkeys(todo):
        try:
            source = source_name(path, settings)
        except IngestError as exc:
            results.append(FileResult(str(path), "error", message=str(exc)))
            continue
        seen.add(source)
        try:
            doc = load_file(path, source, overrides)
            if index.is_current(source, doc.content_hash, states):
                results.append(FileResult(source, "unchanged", states[source]["count"]))
                continue
            chunks = split(doc)
            if not chunks:
                raise IngestError(f"{path.name}: has no text to index.")
            pending.append((source, chunks, source in states))
        except IngestError as exc:
            results.append(FileResult(source, "error", message=str(exc)))
        except Exception as exc:  # one bad file never stops the batch
            results.append(FileResult(source, "error",
                                      message=f"{path.name}: could not be read ({exc})."))
    results += _write(index, pending, progress)
    for root in roots:
        if not root.is_dir():
            continue
        prefix = source_name(root, settings).removesuffix("/.").rstrip("/") + "/"
        for source in states:
            if source.startswith(prefix) and source not in seen:
                results.append(FileResult(source, "removed", index.remove_source(source)))
    return results


def _write(index: Index, pending: list[tuple[str, list[Chunk], bool]],
           progress: Progress | None) -> list[FileResult]:
    """Embed in large batches across files; replace each file's chunks once all are ready."""
    total = sum(len(c) for _, c, _ in pending)
    done = 0
    results: list[FileResult] = []
    batch: list[tuple[str, list[Chunk], bool]] = []

    def flush() -> None:
        nonlocal done
        chunks = [c for _, cs, _ in batch for c in cs]
        vectors = index.embedder.encode([c.embed_text for c in chunks])
        index.replace_sources([s for s, _, _ in batch], chunks, vectors)
        for source, cs, existed in batch:
            results.append(FileResult(source, "updated" if existed else "added", len(cs)))
        done += len(chunks)
        if progress:
            progress(done, total)
        batch.clear()

    for item in pending:
        batch.append(item)
        if sum(len(c) for _, c, _ in batch) >= EMBED_BATCH:
            flush()
    if batch:
        flush()
    return results


def library_roots(settings: Settings) -> list[Path]:
    return [settings.knowledge_dir, settings.uploads_dir]


def tqdm_progress() -> Progress | None:
    """A progress bar on a terminal; nothing when output is piped."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    bar = tqdm(total=0, unit="chunk", desc="indexing", leave=False)

    def update(done: int, total: int) -> None:
        bar.total = total
        bar.n = done
        bar.refresh()
        if done >= total:
            bar.close()

    return update
