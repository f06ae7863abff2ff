"""Embeddings kept on disk, keyed by the embedder and the text they were made from.

Suggesting pairs embeds every phrase of the candidates' expertise or goals; a thousand people take
seconds on a small machine, yet between two runs almost nobody's text changes. The cache holds
one vector per (embedder identity, sha256 of the text): a changed text is a new key, so it is
embedded again, and an unchanged one is read back. The text itself is never stored.

The file lives in the data folder (readable by this user only, like the record). A cache that
cannot be read or written is bypassed, never fatal: the vectors are then simply computed.
`retain` drops every vector whose text is no longer in use, so a person's removed profile does
not outlive the next run.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

log = logging.getLogger("turntable.vectors")

Embed = Callable[[list[str]], np.ndarray]
FILE_NAME = "vectors.sqlite3"
_LOOKUP = 500  # keys per SELECT (SQLite's variable limit is far higher; this keeps it modest)


def text_key(identity: str, text: str) -> bytes:
    """The cache key of `text` embedded by the embedder named `identity`."""
    return hashlib.sha256(f"{identity}\0{text}".encode()).digest()


class VectorCache:
    """A disk cache in front of an embed function; call it like the function itself."""

    def __init__(self, path: Path, identity: str, embed: Embed) -> None:
        self.path = Path(path)
        self.identity = identity
        self.embed = embed
        self.hits = 0
        self.misses = 0

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """One connection, committed and closed at the end (rolled back on an error)."""
        new = not self.path.exists()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=30)
        try:
            if new:
                os.chmod(self.path, 0o600)
            with conn:
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS vectors "
                    "(key BLOB PRIMARY KEY, identity TEXT NOT NULL, vector BLOB NOT NULL)"
                )
                yield conn
        finally:
            conn.close()

    def _read(self, keys: list[bytes]) -> dict[bytes, np.ndarray]:
        found: dict[bytes, np.ndarray] = {}
        with self._connect() as conn:
            for start in range(0, len(keys), _LOOKUP):
                part = keys[start : start + _LOOKUP]
                rows = conn.execute(
                    f"SELECT key, vector FROM vectors WHERE key IN ({','.join('?' * len(part))})",
                    part,
                )
                for key, blob in rows:
                    found[bytes(key)] = np.frombuffer(blob, dtype=np.float32)
        return found

    def _write(self, fresh: dict[bytes, np.ndarray]) -> None:
        with self._connect() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO vectors (key, identity, vector) VALUES (?, ?, ?)",
                [
                    (k, self.identity, np.asarray(v, dtype=np.float32).tobytes())
                    for k, v in fresh.items()
                ],
            )

    def __call__(self, texts: list[str]) -> np.ndarray:
        """Vectors for `texts`, in order: read back where known, embedded in one batch if not."""
        keys = [text_key(self.identity, t) for t in texts]
        try:
            known = self._read(list(dict.fromkeys(keys)))
        except (sqlite3.Error, OSError) as exc:
            log.warning("vector cache unreadable, embedding without it: %s", exc)
            return np.asarray(self.embed(list(texts)), dtype=np.float32)
        todo = list(dict.fromkeys(t for t, k in zip(texts, keys) if k not in known))
        self.hits += len(texts) - sum(1 for k in keys if k not in known)
        self.misses += len(todo)
        if todo:
            made = np.asarray(self.embed(todo), dtype=np.float32)
            fresh = {text_key(self.identity, t): v for t, v in zip(todo, made)}
            known.update(fresh)
            try:
                self._write(fresh)
            except (sqlite3.Error, OSError) as exc:
                log.warning("vector cache not written: %s", exc)
        dims = {v.shape[0] for v in known.values()}
        if len(dims) > 1:  # an older vector of another size under the same identity
            return np.asarray(self.embed(list(texts)), dtype=np.float32)
        return np.stack([known[k] for k in keys]) if keys else np.zeros((0, 0), np.float32)

    def encode(self, texts: list[str]) -> np.ndarray:
        return self(texts)

    def retain(self, texts: Iterable[str]) -> int:
        """Keep this embedder's vectors for `texts` only; returns how many were dropped."""
        keep = {text_key(self.identity, t) for t in texts}
        try:
            with self._connect() as conn:
                rows = conn.execute(
                    "SELECT key FROM vectors WHERE identity = ?", (self.identity,)
                ).fetchall()
                gone = [(bytes(k),) for (k,) in rows if bytes(k) not in keep]
                conn.executemany("DELETE FROM vectors WHERE key = ?", gone)
            return len(gone)
        except (sqlite3.Error, OSError) as exc:
            log.warning("vector cache not pruned: %s", exc)
            return 0


def cached(data_dir: Path, embedder: object, purpose: str = "") -> VectorCache:
    """The data folder's vector cache in front of `embedder` (its identity names its vectors).
    ``purpose`` keeps one use's vectors apart, so another use's `retain` never drops them."""
    identity = str(getattr(embedder, "identity", "") or type(embedder).__name__)
    if getattr(embedder, "base_url", None):  # one model name may be served by several servers
        identity += f"@{embedder.base_url}"  # type: ignore[attr-defined]
    if purpose:
        identity += f"#{purpose}"
    return VectorCache(Path(data_dir) / FILE_NAME, identity, embedder.encode)  # type: ignore[attr-defined]
