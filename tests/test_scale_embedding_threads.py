"""How much of the machine one embedding run takes: one core per run by default, several runs
side by side (one per slot), both set from the environment; the vectors are the same whatever
the setting. Counted with the session's own options and a gate, never timed."""

from __future__ import annotations

import threading
import time
from typing import Any

import numpy as np
import pytest

from coach.embeddings import (
    BATCH,
    MiniLMEmbedding,
    _OnnxMiniLM,
    default_model_files,
    make_embedder,
)
from coach.settings import load_settings

TEXTS = [
    "How do young people choose a bank?",
    "Gen Z picks a bank by its app reviews",
    "Short video is where her generation researches purchases, not search.",
    "I will ask the social team for our top five short videos by Friday.",
    "Fees shown up front beat lower hidden fees, she said.",
    "Session 3: " + "renting beats owning " * 30,
    "",
]


def _options(model: _OnnxMiniLM) -> Any:
    return model.session.get_session_options()


def test_by_default_one_run_uses_one_core_and_no_thread_pool_between_nodes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("COACH_EMBEDDING_THREADS", raising=False)
    monkeypatch.delenv("COACH_EMBEDDING_SLOTS", raising=False)
    settings = load_settings()
    embedder = make_embedder(settings)
    assert isinstance(embedder, MiniLMEmbedding)
    opts = _options(embedder._model)
    assert opts.intra_op_num_threads == 1
    assert opts.inter_op_num_threads == 1
    assert embedder._model.slot_count >= 2


def test_the_environment_sets_threads_per_run_and_runs_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COACH_EMBEDDING_THREADS", "2")
    monkeypatch.setenv("COACH_EMBEDDING_SLOTS", "3")
    settings = load_settings()
    assert (settings.embedding_threads, settings.embedding_slots) == (2, 3)
    embedder = make_embedder(settings)
    assert isinstance(embedder, MiniLMEmbedding)
    assert _options(embedder._model).intra_op_num_threads == 2
    assert _options(embedder._model).inter_op_num_threads == 1
    assert embedder._model.slot_count == 3


def test_zero_threads_leaves_the_choice_to_onnxruntime() -> None:
    model = _OnnxMiniLM(*default_model_files(), threads=0)
    assert _options(model).intra_op_num_threads == 0  # onnxruntime's own default


def test_one_thread_gives_the_same_vectors_as_onnxruntimes_default() -> None:
    one = _OnnxMiniLM(*default_model_files(), threads=1)
    default = _OnnxMiniLM(*default_model_files(), threads=0)
    texts = [*TEXTS, *(f"passage {i} about savings apps and trust in banks" for i in range(40))]
    a, b = one.encode(texts), default.encode(texts)
    assert a.shape == b.shape == (len(texts), 384)
    assert np.allclose(a, b, atol=1e-5, rtol=0)
    assert np.allclose(one.encode(TEXTS[:2]), default.encode(TEXTS[:2]), atol=1e-5, rtol=0)


class Gated:
    """The real session, with the most runs inside it at once counted, held at a gate."""

    def __init__(self, session: Any) -> None:
        self.session = session
        self.inside = 0
        self.most_inside = 0
        self.entered = 0
        self.gate = threading.Event()
        self._lock = threading.Lock()

    def run(self, names: Any, feeds: dict[str, np.ndarray]) -> Any:
        with self._lock:
            self.inside += 1
            self.entered += 1
            self.most_inside = max(self.most_inside, self.inside)
        try:
            assert self.gate.wait(60)
            return self.session.run(names, feeds)
        finally:
            with self._lock:
                self.inside -= 1


@pytest.mark.parametrize("slots", [2, 3])
def test_no_more_runs_than_slots_go_through_the_model_at_once(slots: int) -> None:
    model = _OnnxMiniLM(*default_model_files(), threads=1, slots=slots)
    gated = Gated(model.session)
    model.session = gated
    texts = [f"passage {i} about savings apps and trust in banks" for i in range(8)]
    out: dict[int, np.ndarray] = {}

    def one(i: int) -> None:
        out[i] = model.encode(texts)

    threads = [threading.Thread(target=one, args=(i,), daemon=True) for i in range(slots + 2)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 30
    while gated.entered < slots and time.monotonic() < deadline:  # every slot is taken
        time.sleep(0.01)
    time.sleep(0.2)  # room for a run beyond the slots to get in, were it let in
    held = gated.inside
    gated.gate.set()
    for t in threads:
        t.join(60)
    assert held == slots
    assert gated.most_inside == slots
    assert len(out) == slots + 2 and all(np.allclose(v, out[0], atol=1e-5) for v in out.values())


def test_one_large_encode_spreads_its_batches_over_the_free_slots() -> None:
    """Indexing the library is one large encode: with one core per run, its batches go
    through the model side by side (one per slot), not one after another on one core."""
    model = _OnnxMiniLM(*default_model_files(), threads=1, slots=2)
    gated = Gated(model.session)
    model.session = gated
    texts = [f"passage {i} about renting, owning and saving" for i in range(3 * BATCH)]
    out: list[np.ndarray] = []
    worker = threading.Thread(target=lambda: out.append(model.encode(texts)), daemon=True)
    worker.start()
    deadline = time.monotonic() + 30
    while gated.entered < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    held = gated.inside
    gated.gate.set()
    worker.join(60)
    assert held == 2  # two batches of the one encode inside the model at once
    alone = _OnnxMiniLM(*default_model_files(), threads=1, slots=1)
    assert np.allclose(out[0], alone.encode(texts), atol=1e-5, rtol=0)  # same vectors, in order
