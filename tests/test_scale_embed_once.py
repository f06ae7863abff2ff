"""A text asked for twice in one encode is embedded once: notes repeat lines ("Actions:",
a date, a name), and a summary embeds every sentence of them.

Counted in rows sent to the ONNX model, never timed; the vectors are the ones each text gets
on its own.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from coach.embeddings import MiniLMEmbedding
from coach.engine.offline_reflect import reflect_offline


class Rows:
    """The model's ONNX session, with every row it is asked to run counted."""

    def __init__(self, real: Any) -> None:
        self.real, self.rows = real, 0

    def run(self, outputs: Any, feeds: dict[str, np.ndarray]) -> Any:
        self.rows += int(feeds["input_ids"].shape[0])
        return self.real.run(outputs, feeds)


@pytest.fixture
def rows(embedder: MiniLMEmbedding, monkeypatch: pytest.MonkeyPatch) -> Rows:
    counted = Rows(embedder._model.session)
    monkeypatch.setattr(embedder._model, "session", counted)
    return counted


SAID = "Our branch staff hear about switching before the app team does."
ASKED = "Why do younger customers open a second account elsewhere?"


def test_each_distinct_text_is_embedded_once_with_its_own_vector(
    embedder: MiniLMEmbedding, rows: Rows
) -> None:
    alone = np.vstack([embedder.encode([SAID]), embedder.encode([ASKED])])
    rows.rows = 0
    many = [SAID, ASKED, SAID, SAID, ASKED, SAID] * 3  # past the few texts a query may batch
    got = embedder.encode(many)
    assert rows.rows == 2
    assert np.array_equal(got, np.vstack([alone[0 if t == SAID else 1] for t in many]))


def test_notes_that_repeat_a_line_embed_it_once(embedder: MiniLMEmbedding, rows: Rows) -> None:
    promise = "I will ask the branch team for their switching figures by Friday."
    other = "Half her friends keep a first account only for their salary."
    reflect_offline(" ".join([SAID, ASKED, promise, other, ASKED]), embedder)
    once, rows.rows = rows.rows, 0
    reflect_offline(" ".join([SAID, ASKED, promise, other, SAID]), embedder)
    assert rows.rows == once  # the same shape of notes, the same rows
    rows.rows = 0
    reflect_offline(
        " ".join([SAID, ASKED, promise, other, "Fees up front beat hidden fees."]), embedder
    )
    assert rows.rows == once + 1  # five distinct sentences: the repeat was embedded once
