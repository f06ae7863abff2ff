"""A component's argument names are read once per class, not every time one is made.

Gradio makes a component for every update an event returns (a dropdown's new choices, a tab
shown), twice: once in the event's own code and again on the server's event loop while it
postprocesses the answer. Each time, every `__init__` in the class's chain asked
`inspect.getfullargspec` for its argument names, which walks the whole signature again: about
a tenth of a page load's CPU. A function's argument names never change, so
`read_argspecs_once` gives Gradio's component module a view of `inspect` that remembers them.
"""

from __future__ import annotations

import functools
import inspect
from typing import Any

import gradio.component_meta as meta

SIZE = 4096  # functions remembered at most: this app's component classes use about a hundred


@functools.lru_cache(maxsize=SIZE)
def _argspec(fn: Any) -> inspect.FullArgSpec:
    return inspect.getfullargspec(fn)


class _RememberingInspect:
    """`inspect`, except that `getfullargspec` remembers what it found for each function."""

    getfullargspec = staticmethod(_argspec)

    def __getattr__(self, name: str) -> Any:
        return getattr(inspect, name)


def read_argspecs_once() -> None:
    """Give Gradio's component module the remembering `inspect` (once; calling again is a no-op)."""
    if not isinstance(meta.inspect, _RememberingInspect):
        meta.inspect = _RememberingInspect()  # type: ignore[assignment]
