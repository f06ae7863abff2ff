"""The embedder under concurrent use: more than one ONNX run at a time (the session is
thread-safe), and short query encodes that arrive while the model is busy are embedded
together in one run. Counted with events and barriers, never timed."""

from __future__ import annotations

import threading
import time
from typing import Any

import numpy as np
import pytest

from coach.embeddings import _OnnxMiniLM, default_model_files


class Watched:
    """The real ONNX session, with every run counted and optionally held at a gate."""

    def __init__(self, session: Any) -> None:
        self.session = session
        self.runs: list[int] = []  # batch size of each run
        self.inside = 0
        self.most_inside = 0
        self.gate: threading.Event | None = None
        self.barrier: threading.Barrier | None = None
        self._lock = threading.Lock()

    def run(self, names: Any, feeds: dict[str, np.ndarray]) -> Any:
        with self._lock:
            self.runs.append(len(feeds["input_ids"]))
            self.inside += 1
            self.most_inside = max(self.most_inside, self.inside)
        try:
            if self.barrier is not None:
                self.barrier.wait()  # breaks (raises) if the other run cannot get in
            if self.gate is not None:
                assert self.gate.wait(60)
            return self.session.run(names, feeds)
        finally:
            with self._lock:
                self.inside -= 1


@pytest.fixture()
def model() -> _OnnxMiniLM:
    return _OnnxMiniLM(*default_model_files(), slots=2)


def _in_threads(fn: Any, args: list[Any]) -> tuple[list[threading.Thread], dict[int, Any]]:
    out: dict[int, Any] = {}

    def one(i: int, a: Any) -> None:
        out[i] = fn(a)

    threads = [threading.Thread(target=one, args=(i, a), daemon=True) for i, a in enumerate(args)]
    for t in threads:
        t.start()
    return threads, out


def test_two_encodes_run_in_the_model_at_the_same_time(model: _OnnxMiniLM) -> None:
    watched = Watched(model.session)
    watched.barrier = threading.Barrier(2, timeout=30)
    model.session = watched
    long_texts = [f"passage {i} about savings apps and trust in banks" for i in range(8)]
    threads, out = _in_threads(model.encode, [long_texts, list(reversed(long_texts))])
    for t in threads:
        t.join(60)
    assert watched.most_inside == 2  # both were inside session.run together
    assert len(out) == 2 and out[0].shape == (8, 384)
    assert np.allclose(out[0], out[1][::-1], atol=1e-5)


def test_queries_waiting_for_a_busy_model_are_embedded_in_one_run() -> None:
    model = _OnnxMiniLM(*default_model_files(), slots=1)
    watched = Watched(model.session)
    watched.gate = threading.Event()
    model.session = watched
    first, _ = _in_threads(model.encode, [["the first query holds the only slot"]])
    deadline = time.monotonic() + 30
    while not watched.runs and time.monotonic() < deadline:  # the first run has started
        time.sleep(0.01)
    queries = [["round-up savings apps"], ["short video"], ["flexible working"]]
    threads, out = _in_threads(model.encode, queries)
    while model.waiting() < 3 and time.monotonic() < deadline:  # all three are queued
        time.sleep(0.01)
    watched.gate.set()
    for t in [*first, *threads]:
        t.join(60)
    assert watched.runs == [1, 3]  # the three queued queries went through in one run
    alone = model.encode(["short video"])
    assert np.allclose(out[1], alone, atol=1e-5)  # batched or not, the same vector


def test_a_failed_batched_run_reaches_every_caller_in_it(model: _OnnxMiniLM) -> None:
    class Broken:
        def run(self, names: Any, feeds: Any) -> Any:
            raise RuntimeError("the model failed")

    model.session = Broken()
    with pytest.raises(RuntimeError, match="the model failed"):
        model.encode(["a query"])
    assert model.waiting() == 0
