"""The offline coach's encoder takes its vector size from the embedder, not a fixed 384."""

from __future__ import annotations

import numpy as np

from coach.engine.offline_prepare import Encoder


class WideEmbedder:
    """An embedder of another size, as OpenAI's text-embedding-3-small (1536) is."""

    dim = 1536

    def encode(self, texts: list[str]) -> np.ndarray:
        return np.ones((len(texts), self.dim), dtype=np.float32) / np.sqrt(self.dim)


def test_no_texts_give_an_empty_array_of_the_embedders_width() -> None:
    encode = Encoder(WideEmbedder())
    assert encode([]).shape == (0, 1536)
    assert encode.dim == 1536
