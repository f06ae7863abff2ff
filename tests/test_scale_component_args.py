"""Making a component does not read its argument names again.

Gradio makes a component for every update an event returns, twice (in the event and again on
the server's event loop), and each `__init__` of the class's chain read its argument names
with `inspect.getfullargspec` every time: about a tenth of a page load's CPU under load
(docs/reliability.md). They never change, so the app reads them once per function."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import gradio as gr
import pytest


def build_test_app(data_dir: Path) -> Any:
    from coach.settings import load_settings
    from ui import build_app
    from ui.deps import build_deps

    return build_app(build_deps(load_settings(data_dir=data_dir)))


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    seen: list[Any] = []
    real = inspect.getfullargspec

    def counting(fn: Any) -> inspect.FullArgSpec:
        seen.append(fn)
        return real(fn)

    monkeypatch.setattr(inspect, "getfullargspec", counting)
    return seen


def test_a_component_made_again_reads_no_argument_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_test_app(tmp_path)
    reads = _reads(monkeypatch)
    gr.Dropdown(choices=[("One", 1)], value=1, render=False)
    first = len(reads)
    again = gr.Dropdown(choices=[("Two", 2)], value=2, label="Pair", render=False)
    assert len(reads) == first  # nothing read the second time
    assert again.choices == [("Two", 2)] and again.value == 2 and again.label == "Pair"


def test_argument_names_are_gradios_own(tmp_path: Path) -> None:
    from ui.argspecs import _argspec

    build_test_app(tmp_path)
    for cls in (gr.Dropdown, gr.Markdown, gr.Tab, gr.Textbox):
        assert _argspec(cls.__init__.__wrapped__) == inspect.getfullargspec(
            cls.__init__.__wrapped__
        )
