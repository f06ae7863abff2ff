"""What the engine needs from the guidance index and the embedder, and nothing more.

``coach.index.Index`` and ``coach.embeddings`` provide these; a test or another store can
provide them too. The engine never sees a Chroma collection.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Protocol, runtime_checkable

import numpy as np

from coach.passages import Passage

SearchMode = Literal["hybrid", "vector", "keyword"]


@runtime_checkable
class TextEmbedder(Protocol):
    """L2-normalised vectors for texts, all of one dimension."""

    @property
    def dim(self) -> int:
        """The length of every vector this embedder returns."""
        ...

    def encode(self, texts: list[str]) -> np.ndarray:
        """An array of shape ``(len(texts), dim)``."""
        ...


@runtime_checkable
class GuidanceIndex(Protocol):
    """Search and look-up over the guidance library."""

    @property
    def embedder(self) -> TextEmbedder: ...

    def search(
        self,
        query: str,
        k: int = 5,
        *,
        topic: str | Sequence[str] | None = None,
        kinds: Sequence[str] | None = None,
        visibility: Sequence[str] | None = ("everyone",),
        mode: SearchMode = "hybrid",
        distinct: bool = True,
    ) -> list[Passage]:
        """The k best passages for a query (one per place in the library unless ``distinct``
        is off); InvalidInput for a query it cannot take."""
        ...

    def get(self, ids: Sequence[str]) -> list[Passage]:
        """The passages with these ids, in that order; unknown ids are left out."""
        ...
