"""An index made to open on first use: nothing is opened until then, an opening that fails
is tried again at the next use, and once open it is the same real Chroma index."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.errors import IndexUnavailable
from coach.index import Index
from coach.settings import load_settings


def test_the_index_opens_at_first_use_and_tries_again_after_a_failure(
    tmp_path: Path, embedder: object
) -> None:
    import chromadb

    settings = load_settings(data_dir=tmp_path)
    calls: list[str] = []

    def open_client() -> object:
        calls.append("client")
        if len(calls) == 1:
            raise IndexUnavailable("The Chroma server is not answering yet.")
        return chromadb.PersistentClient(path=str(settings.chroma_path))

    index = Index.on_first_use(open_client, "first-use", lambda: embedder)
    assert calls == [] and not index.is_open
    with pytest.raises(IndexUnavailable):
        index.count()
    assert not index.is_open
    assert index.count() == 0  # the second use opens it
    assert calls == ["client", "client"] and index.is_open
    index.count()
    assert calls == ["client", "client"]  # opened once
