"""Summarise embeds the library's reflection prompts once, not on every call: they are the
same static lines each time. Counted in embedder calls, never timed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from coach.embeddings import MiniLMEmbedding
from coach.engine import Coach
from coach.engine.offline_prepare import Encoder
from coach.engine.offline_reflect import prompt_candidates
from coach.index import open_index
from coach.ingest import sync
from coach.settings import PROJECT_ROOT, load_settings

NOTES = [
    "She showed me how her friends split rent in an app. I assumed nobody under thirty "
    "budgets; they budget weekly, on the phone. I will ask the product team for our app "
    "ratings by Friday.",
    "We talked about hiring. Candidates read our sustainability report before the "
    "interview and check it against the news. I will send her the questions they asked.",
]


class Counting:
    """The real embedder, with every text it is asked to embed written down."""

    def __init__(self, real: MiniLMEmbedding) -> None:
        self.real = real
        self.identity = real.identity
        self.seen: list[list[str]] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.seen.append(list(texts))
        return self.real.encode(texts)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def test_the_second_summarise_embeds_no_prompt_again(
    tmp_path: Path, embedder: MiniLMEmbedding
) -> None:
    settings = load_settings(data_dir=tmp_path, knowledge_dir=PROJECT_ROOT / "knowledge")
    index = open_index(settings, embedder)
    sync(index, settings, roots=[PROJECT_ROOT / "knowledge" / "reflection"])
    counting = Counting(embedder)
    coach = Coach(settings=settings, index=index, embedder=counting)
    prompts = {
        t
        for t, _ in prompt_candidates(
            index.search("after a session", 20, kinds=["reflection-prompts"])
        )
    }
    assert prompts  # the library has prompts to choose from

    first = coach.reflect(NOTES[0])
    embedded_first = {t for call in counting.seen for t in call}
    assert first.prompts and embedded_first & prompts  # the first call embeds them
    counting.seen.clear()

    again = coach.reflect(NOTES[0])
    embedded_again = [t for call in counting.seen for t in call]
    assert again.prompts == first.prompts
    assert not set(embedded_again) & prompts  # the same prompts, served from the cache
    assert embedded_again  # the notes themselves are still embedded

    coach.reflect(NOTES[1])  # other notes may bring other prompts, each embedded only once
    everything = [t for call in counting.seen for t in call if t in prompts]
    assert not set(everything) & embedded_first
    assert len(everything) == len(set(everything))


def test_the_cache_is_bounded_and_answers_like_the_embedder(embedder: MiniLMEmbedding) -> None:
    enc = Encoder(embedder, limit=4)
    texts = [f"prompt number {i}" for i in range(10)]
    for t in texts:
        enc([t])
    assert enc.size() <= 4
    assert np.allclose(enc(texts[:3]), embedder.encode(texts[:3]), atol=1e-5)
