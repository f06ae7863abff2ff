"""Personal downloads (an export of someone's notes, a plan, HR's CSV) reach their owner only.

Gradio serves any file in its temp folder to anyone signed in who has the link, and links end
up in browser histories and proxy logs. Here each download is written straight into that folder
under a random name and recorded with who it was made for; uploads are recorded for whoever
uploaded them. `OwnerGuard` asks `may_fetch` before the framework serves a file from the temp
folder: a file nobody registered, or someone else's, is "not found". An account that goes takes
its files with it, and nothing is kept longer than an hour.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

TTL = 3600  # seconds a prepared download is kept
CAPACITY = 20_000  # files remembered; the oldest are deleted first


def gradio_temp_dir() -> Path:
    """The folder Gradio keeps uploads and served files in (GRADIO_TEMP_DIR, read as Gradio
    reads it)."""
    from gradio.utils import get_upload_folder

    return Path(get_upload_folder())


def _real(path: str | Path) -> Path:
    return Path(os.path.abspath(str(path))).resolve()


class Downloads:
    def __init__(
        self, root: Path | None = None, ttl: float = TTL, clock: Callable[[], float] = time.time
    ) -> None:
        self._root = root
        self.ttl = ttl
        self.clock = clock
        self._owners: OrderedDict[Path, tuple[str, float]] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def root(self) -> Path:
        if self._root is None:
            self._root = gradio_temp_dir()
        self._root.mkdir(mode=0o700, parents=True, exist_ok=True)
        return _real(self._root)

    def write(self, owner: str, name: str, content: str | bytes) -> str:
        """A private file for a download button, fetchable by `owner` alone; its path."""
        folder = self.root / f"dl-{secrets.token_hex(16)}"
        folder.mkdir(mode=0o700)
        safe_name = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.") or "download.txt"
        path = folder / safe_name
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        if isinstance(content, bytes):  # a PDF, say
            with os.fdopen(fd, "wb") as fb:
                fb.write(content)
        else:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(content)
        self.register(path, owner)
        return str(path)

    def register(self, path: str | Path, owner: str) -> None:
        """`owner` may fetch this file (a download made for them, or their own upload)."""
        real = _real(path)
        with self._lock:
            self._owners[real] = (owner.lower(), self.clock())
            self._owners.move_to_end(real)
            self._expire_locked()

    def may_fetch(self, path: str, user: str) -> bool:
        """False for a file in the temp folder that was not made for this person."""
        real = _real(path)
        try:
            real.relative_to(self.root)
        except ValueError:
            return True  # not ours to decide: the framework's own rules apply
        with self._lock:
            self._expire_locked()
            found = self._owners.get(real)
        return found is not None and found[0] == user.lower()

    def forget(self, owner: str) -> int:
        """Delete every download made for a person (their account went); how many."""
        owner = owner.lower()
        with self._lock:
            gone = [p for p, (who, _) in self._owners.items() if who == owner]
            for path in gone:
                del self._owners[path]
        for path in gone:
            _delete(path)
        return len(gone)

    def _expire_locked(self) -> None:
        cutoff = self.clock() - self.ttl
        while self._owners:
            path, (_, at) = next(iter(self._owners.items()))
            if at >= cutoff and len(self._owners) <= CAPACITY:
                break
            del self._owners[path]
            if path.parent.name.startswith("dl-"):  # uploads age out on Gradio's schedule
                _delete(path)


def _delete(path: Path) -> None:
    """Remove a download and its random folder (an upload's folder is Gradio's to keep)."""
    try:
        if path.parent.name.startswith("dl-"):
            shutil.rmtree(path.parent, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    except OSError:
        pass
