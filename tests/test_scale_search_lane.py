"""A library search is answered while a Summarise is in the middle of embedding the notes:
the coach's work holds no lock that search needs. The served app (real HTTP, real queue, real
Chroma and SQLite, the real model); the Summarise is held inside its model run by an event,
so what is checked is order, never speed."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from coach.embeddings import MiniLMEmbedding
from coach.index import Index
from coach.record import SYSTEM
from tests.ui_fixtures import HttpPerson, copy_library, served_demo

NOTES = (
    "She showed me how her friends split rent in an app and why they trust it more "
    "than their bank. I assumed nobody under thirty budgets; they budget weekly, on the "
    "phone, and compare fees before anything else. I will ask the product team for our "
    "app ratings by Friday."
)
LONG = 40  # tokens: the notes are longer than this, a library search is not


class HeldLongRuns:
    """The real ONNX session; a run over long texts (the notes) waits at a gate."""

    def __init__(self, session: Any) -> None:
        self.session = session
        self.gate = threading.Event()
        self.held = threading.Event()

    def run(self, names: Any, feeds: dict[str, np.ndarray]) -> Any:
        if feeds["input_ids"].shape[1] > LONG:
            self.held.set()
            assert self.gate.wait(120)
        return self.session.run(names, feeds)


@pytest.fixture()
def served(
    tmp_path: Path, library_index: Index, embedder: MiniLMEmbedding
) -> Iterator[tuple[str, Any, dict[str, str]]]:
    copy_library(library_index, tmp_path, embedder)
    with served_demo(tmp_path) as (url, _, deps, passwords):
        yield url, deps, passwords


def test_search_is_answered_while_a_summarise_is_embedding(
    served: tuple[str, Any, dict[str, str]],
) -> None:
    url, deps, passwords = served
    senior = HttpPerson(
        url, "mentee@demo.turntable.example", passwords["mentee@demo.turntable.example"]
    )
    hr = HttpPerson(url, "hr@demo.turntable.example", passwords["hr@demo.turntable.example"])
    me = deps.record.find_person(SYSTEM, "mentee@demo.turntable.example")
    pair = deps.record.my_pairs(me)[0].id
    sid = deps.record.list_sessions(me, pair)[-1].id
    model = deps.index.embedder._model
    real = model.session
    held = HeldLongRuns(real)
    done: list[Any] = []
    try:
        assert senior.run("on_load", [])[0]  # the page fills its dropdowns
        model.session = held
        summary = threading.Thread(
            target=lambda: done.append(senior.run("summarise_notes", [sid, pair, NOTES])),
            daemon=True,
        )
        summary.start()
        assert held.held.wait(120), "the summarise never reached the model"
        found = hr.run("do_search", ["round-up savings apps", "any", "any"])
        assert not held.gate.is_set() and not done  # the summarise is still held
        assert found and isinstance(found[0], dict) and found[0].get("choices"), found
    finally:
        held.gate.set()
        model.session = real
    summary.join(120)
    assert done and "Reflection" in str(done[0][0]) or "Takeaways" in str(done[0][0]), done
    senior.close()
    hr.close()
