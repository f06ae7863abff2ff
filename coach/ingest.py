"""Bringing files into the index: idempotent, per-file errors, repairs half-finished runs.

A file's chunks all carry its content hash and how many chunks it has. A source is current
only if every chunk it has in the index carries today's hash and the count matches, so a run
that died half-way is repaired by the next one.

Uploads are untrusted: each is read in a child process with memory and CPU limits
(`parse_worker`), its kind and visibility are what HR chose (kept next to the stored copy, so
a reindex rebuilds it the same way), and its text is scanned for things HR should look at.
Files are read and embedded first; the index's write lock is held only to swap chunks.
"""

from __future__ import annotations

import json
import shutil
import sys
import threading
import weakref
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from coach import upload_flags
from coach.chunking import SUPPORTED, Chunk, SourceDoc, file_hash, load_file, split
from coach.errors import IngestError, InvalidInput
from coach.index import Index
from coach.settings import Settings
from coach.topics import KINDS, VISIBILITIES, normalise_topic

EMBED_BATCH = 256
Progress = Callable[[int, int], None]  # (done, total) chunks
Parse = Callable[..., SourceDoc]  # (path, source, overrides) -> SourceDoc
LIBRARY = "Turntable library"  # who added the built-in documents under knowledge/
UPLOAD_KINDS = tuple(k for k in KINDS if k != "shared-note")  # notes come only by review
_LOCKS: weakref.WeakKeyDictionary[Index, threading.RLock] = weakref.WeakKeyDictionary()
_LOCKS_GUARD = threading.Lock()


def write_lock(index: Index) -> threading.RLock:
    """The lock every change to this index takes, held only while chunks are swapped."""
    with _LOCKS_GUARD:
        lock = _LOCKS.get(index)
        if lock is None:
            lock = _LOCKS[index] = threading.RLock()
        return lock


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class UploadChoice:
    """What HR said an upload is; the file's own front matter cannot change it."""

    kind: str = "guidance"
    visibility: str = "everyone"
    topic: str | None = None  # None: the file's front matter says (or `general`)
    added_by: str = ""
    added_at: str = field(default_factory=_now)

    def __post_init__(self) -> None:
        if self.kind not in UPLOAD_KINDS:
            raise InvalidInput(
                f"An upload's kind must be one of {', '.join(UPLOAD_KINDS)}, not '{self.kind}'."
            )
        if self.visibility not in VISIBILITIES:
            raise InvalidInput(
                f"The visibility must be one of {', '.join(VISIBILITIES)}, not '{self.visibility}'."
            )
        if self.topic is not None:
            object.__setattr__(self, "topic", normalise_topic(self.topic))

    def overrides(self) -> dict[str, Any]:
        out = {
            "kind": self.kind,
            "visibility": self.visibility,
            "added_by": self.added_by or "unknown",
            "added_at": self.added_at,
        }
        if self.topic:
            out["topic"] = self.topic
        return out


# An upload kept before choices were stored: nobody vouched for it, so it is HR's to review.
UNKNOWN_ORIGIN = UploadChoice(kind="guidance", visibility="hr", added_by="", added_at="")


@dataclass
class FileResult:
    source: str
    status: str  # added | updated | unchanged | removed | duplicate | error
    chunks: int = 0
    message: str = ""
    flags: list[str] = field(default_factory=list)  # upload_flags codes

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


def choice_file(target: Path) -> Path:
    """Where HR's choice for a kept upload lives: a hidden file beside it."""
    return target.with_name(f".{target.name}.choice.json")


def read_choice(target: Path) -> UploadChoice | None:
    try:
        data = json.loads(choice_file(target).read_text(encoding="utf-8"))
        return UploadChoice(
            **{
                k: data[k]
                for k in ("kind", "visibility", "topic", "added_by", "added_at")
                if k in data
            }
        )
    except (OSError, ValueError, TypeError, InvalidInput):
        return None


def store_upload(
    path: Path, settings: Settings, name: str | None = None, choice: UploadChoice | None = None
) -> Path:
    """Keep a copy of an uploaded file and HR's choice for it, so a reindex rebuilds both."""
    target = upload_target(settings, name or path.name)
    target.parent.mkdir(parents=True, exist_ok=True)
    if path.resolve() != target.resolve():
        shutil.copyfile(path, target)
    choice_file(target).write_text(json.dumps(asdict(choice or UploadChoice())), encoding="utf-8")
    return target


def remove_upload(target: Path) -> None:
    """Delete a kept upload and the choice stored beside it."""
    for path in (target, choice_file(target)):
        path.unlink(missing_ok=True)


def parse_upload(path: Path, source: str, overrides: dict[str, Any] | None = None) -> SourceDoc:
    """Read an uploaded file in a child process with memory and CPU limits."""
    from coach.parse_worker import parse_isolated

    return parse_isolated(Path(path), source, overrides)


def _flags(doc: SourceDoc, official: set[str], choice: UploadChoice) -> list[upload_flags.Flag]:
    found = upload_flags.scan(doc.text)
    if upload_flags.copies_official(doc.title, official):
        found.append(upload_flags.Flag("official-title", doc.title[:70]))
    claimed = [f"{k} '{v}'" for k, v in doc.claims.items() if v != getattr(choice, k)]
    if claimed:
        found.append(
            upload_flags.Flag(
                "claimed-kind",
                f"it says {' and '.join(claimed)}; kept as {choice.kind}, "
                f"visible to {choice.visibility}",
            )
        )
    if not choice.added_by:
        found.append(upload_flags.Flag("unknown-origin"))
    return found


def _read(
    path: Path,
    source: str,
    parse: Parse,
    overrides: dict[str, Any],
    flag: Callable[[SourceDoc], list[upload_flags.Flag]] | None,
) -> tuple[list[Chunk], list[upload_flags.Flag]]:
    """Parse, flag and split one file; raise IngestError with a sentence if it cannot be."""
    try:
        doc = parse(path, source, overrides)
        if doc.added_by == LIBRARY and not doc.added_at:
            doc.added_at = _now()  # when the built-in document entered this index
        flags = flag(doc) if flag else []
        doc.flags = upload_flags.codes(flags)
        chunks = split(doc)
    except IngestError:
        raise
    except Exception as exc:  # one bad file never stops the batch
        raise IngestError(f"{path.name}: could not be read ({exc.__class__.__name__}).") from exc
    if not chunks:
        raise IngestError(f"{path.name}: has no text to index.")
    return chunks, flags


def ingest_uploads(
    index: Index,
    settings: Settings,
    uploads: Iterable[tuple[Path, str]],
    choice: UploadChoice | None = None,
    progress: Progress | None = None,
    parse: Parse | None = None,
) -> list[FileResult]:
    """Index uploaded files as HR chose, keeping a copy of each one that can be read.

    A file is read before it replaces a kept copy of the same name, so a broken re-upload
    never destroys the good version, and a broken file is never kept to fail every reindex.
    """
    choice = choice or UploadChoice()
    parse = parse or parse_upload
    official = upload_flags.official_titles(settings.knowledge_dir)
    states = index.source_states()
    results: list[FileResult] = []
    pending: list[tuple[str, list[Chunk], bool]] = []
    flagged: dict[str, list[upload_flags.Flag]] = {}
    known = {st["text_hash"]: (s, st["title"]) for s, st in states.items() if st.get("text_hash")}
    kept = list(uploads)
    for path, name in kept:
        target = upload_target(settings, name)
        source = source_name(target, settings)
        try:
            chunks, flags = _read(
                Path(path), source, parse, choice.overrides(), lambda d: _flags(d, official, choice)
            )
        except IngestError as exc:
            results.append(FileResult(source, "error", message=str(exc)))
            continue
        same = _same_content(chunks, source, known)
        if same:
            results.append(same)
            continue
        store_upload(Path(path), settings, name, choice)
        pending.append((source, chunks, source in states))
        flagged[source] = flags
    done = results + _with_flags(_write(index, pending, progress), flagged)
    order = {source_name(upload_target(settings, n), settings): i for i, (_, n) in enumerate(kept)}
    return sorted(done, key=lambda r: order.get(r.source, 0))  # as HR listed the files


def _same_content(
    chunks: list[Chunk], source: str, known: dict[str, tuple[str, str]]
) -> FileResult | None:
    """A duplicate result if these words are already in the library under another name;
    otherwise the file's words are noted, so a second copy in the same batch is caught."""
    meta = chunks[0].metadata
    return _same_words(meta.get("text_hash"), meta.get("title"), source, known)


def _same_words(
    words: Any, own_title: Any, source: str, known: dict[str, tuple[str, str]]
) -> FileResult | None:
    if not words:
        return None
    other, title = known.get(str(words), (source, ""))
    if other == source:
        known[str(words)] = (source, str(own_title or ""))
        return None
    return FileResult(
        source,
        "duplicate",
        message=f"the same content is already in the library as '{title}' ({other}); "
        "it was not added again.",
    )


def _reader_for(
    path: Path, source: str, parse: Parse | None, official: set[str]
) -> tuple[dict[str, Any], Parse, Callable[[SourceDoc], list[upload_flags.Flag]] | None]:
    """Kept uploads are read as uploads, with HR's stored choice; the library as itself."""
    if not source.startswith("uploads/"):
        return {"added_by": LIBRARY}, load_file, None
    choice = read_choice(path) or UNKNOWN_ORIGIN
    return (
        choice.overrides(),
        parse or parse_upload,
        partial(_flags, official=official, choice=choice),
    )


def _known_content(
    states: dict[str, dict[str, Any]], todo: list[Path], settings: Settings
) -> dict[str, tuple[str, str]]:
    """Content already indexed from sources this sync does not read again, by its words."""
    reading: set[str] = set()
    for path in todo:
        try:
            reading.add(source_name(path, settings))
        except IngestError:
            continue
    return {
        st["text_hash"]: (s, str(st.get("title") or ""))
        for s, st in states.items()
        if st.get("text_hash") and s not in reading
    }


def _same_hash(
    state: dict[str, Any], source: str, known: dict[str, tuple[str, str]]
) -> FileResult | None:
    """For an unchanged source: a duplicate if a source read before it holds the same words."""
    return _same_words(state.get("text_hash"), state.get("title"), source, known)


def _drop_copy(index: Index, source: str, same: FileResult | None) -> FileResult | None:
    """Take a source that turned out to be a copy of another out of the index."""
    if same is not None:
        with write_lock(index):
            index.remove_source(source)
    return same


def _with_flags(
    results: list[FileResult], flagged: dict[str, list[upload_flags.Flag]]
) -> list[FileResult]:
    for r in results:
        flags = flagged.get(r.source)
        if flags:
            r.flags = [f.code for f in flags]
            r.message = upload_flags.summary(flags)
    return results


def _is_upload(path: Path, settings: Settings) -> bool:
    return Path(path).resolve().is_relative_to(settings.uploads_dir.resolve())


def files_in(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in SUPPORTED
    )


def sync(
    index: Index,
    settings: Settings,
    files: Iterable[Path] = (),
    roots: Iterable[Path] = (),
    progress: Progress | None = None,
    parse: Parse | None = None,
    embed_batch: int = EMBED_BATCH,
) -> list[FileResult]:
    """Bring `files` (and every file under `roots`) up to date in the index.

    Sources under a root that no longer exist are removed. Unchanged files cost a hash.
    Kept uploads are read as uploads (in a child, with HR's stored choice); the built-in
    library is read in this process and vouched for by the library itself. Chunks are
    embedded `embed_batch` at a time (about; a file's chunks are never split).
    """
    roots = [Path(r) for r in roots]
    todo = [Path(f) for f in files]
    for root in roots:
        todo += files_in(root)
    states = index.source_states()
    results: list[FileResult] = []
    pending: list[tuple[str, list[Chunk], bool]] = []
    flagged: dict[str, list[upload_flags.Flag]] = {}
    seen: set[str] = set()
    todo = list(dict.fromkeys(todo))
    official = (
        upload_flags.official_titles(settings.knowledge_dir)
        if any(_is_upload(p, settings) for p in todo)
        else set()
    )
    known = _known_content(states, todo, settings)
    for path in todo:
        try:
            source = source_name(path, settings)
        except IngestError as exc:
            results.append(FileResult(str(path), "error", message=str(exc)))
            continue
        seen.add(source)
        overrides, reader, flag = _reader_for(path, source, parse, official)
        try:
            if index.is_current(source, file_hash(path.read_bytes(), overrides), states):
                results.append(
                    _drop_copy(index, source, _same_hash(states[source], source, known))
                    or FileResult(source, "unchanged", states[source]["count"])
                )
                continue
            chunks, flags = _read(path, source, reader, overrides, flag)
        except OSError as exc:
            results.append(
                FileResult(
                    source, "error", message=f"{path.name}: cannot be opened ({exc.strerror})."
                )
            )
            continue
        except IngestError as exc:
            results.append(FileResult(source, "error", message=str(exc)))
            continue
        same = _same_content(chunks, source, known)
        if same:
            results.append(_drop_copy(index, source, same) if source in states else same)
            continue
        pending.append((source, chunks, source in states))
        flagged[source] = flags
    results += _with_flags(_write(index, pending, progress, embed_batch), flagged)
    for root in roots:
        if not root.is_dir():
            continue
        prefix = source_name(root, settings).removesuffix("/.").rstrip("/") + "/"
        for source in states:
            if source.startswith(prefix) and source not in seen:
                with write_lock(index):
                    results.append(FileResult(source, "removed", index.remove_source(source)))
    return results


def _write(
    index: Index,
    pending: list[tuple[str, list[Chunk], bool]],
    progress: Progress | None,
    embed_batch: int = EMBED_BATCH,
) -> list[FileResult]:
    """Embed in large batches across files; replace each file's chunks once all are ready.

    Embedding is the slow part and happens outside the write lock; the lock covers the swap.
    """
    total = sum(len(c) for _, c, _ in pending)
    done = 0
    results: list[FileResult] = []
    batch: list[tuple[str, list[Chunk], bool]] = []

    def flush() -> None:
        nonlocal done
        chunks = [c for _, cs, _ in batch for c in cs]
        vectors, units = index.embed(chunks)
        with write_lock(index):
            index.replace_sources([s for s, _, _ in batch], chunks, vectors, units)
        for source, cs, existed in batch:
            results.append(FileResult(source, "updated" if existed else "added", len(cs)))
        done += len(chunks)
        if progress:
            progress(done, total)
        batch.clear()

    for item in pending:
        batch.append(item)
        if sum(len(c) for _, c, _ in batch) >= embed_batch:
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
