"""Page sessions the server no longer needs are let go, so memory stays flat.

For every page ever opened, Gradio keeps a copy of the page's components and their values
(the choices of each dropdown, say) until 10,000 pages have been opened, even once the tab is
closed; the load benchmark saw about 60 MB more after every run of 100 people. Here the app
keeps at most CAPACITY pages, lets a closed page (its heartbeat ended) go after CLOSED_GRACE
seconds (a tab that reconnects within that finds its page as it was), and an open page that
nobody used for IDLE seconds too (a reload builds it again).

Each page also used to carry its own copy of every component's config (about 495 KiB for this
app's 325 blocks, built again at every page load), although Gradio reads those
copies only to make a deep link, which this app does not offer. `Blocks` here gives each page
a `LeanPage` instead: it notes which components the page's own events changed and builds
their configs, and the rest from the app's shared components, only when a deep link asks.
Building one (its API schema included) ran on the server's event loop for every component
an event updated, a third of the loop's time under load.
"""

from __future__ import annotations

import datetime
import os
import threading
import weakref
from collections.abc import Iterator
from copy import copy
from typing import Any

import gradio as gr
from gradio.state_holder import SessionState, StateHolder

CAPACITY = 2000  # pages kept at most; Gradio's own default is 10,000
CLOSED_GRACE = 120  # seconds a closed page is kept for a tab that reconnects
IDLE = 3 * 3600  # seconds an open page may go unused before it is let go
EVERY = 30.0  # seconds between sweeps
_UNSET = object()  # no value given to a config yet


def sweep(holder: Any, now: datetime.datetime | None = None) -> int:
    """Drop the pages that are closed past the grace, or unused past the idle limit; how
    many went."""
    now = now or datetime.datetime.now()
    gone = 0
    with holder.lock:
        for sid in list(holder.session_data):
            state = holder.session_data[sid]
            used = holder.time_last_used.get(sid)
            idle = (now - used).total_seconds() if used is not None else IDLE + 1
            if (state.is_closed and idle > CLOSED_GRACE) or idle > IDLE:
                del holder.session_data[sid]
                holder.time_last_used.pop(sid, None)
                gone += 1
    return gone


def start_sweeper(demo: Any, every: float = EVERY) -> threading.Thread:
    """Sweep this app's pages every `every` seconds while the app exists."""
    ref = weakref.ref(demo)
    stop = threading.Event()

    def loop() -> None:
        while not stop.wait(every):
            app = ref()
            if app is None:
                return
            holder = getattr(app, "state_holder", None)
            if holder is not None and hasattr(holder, "session_data"):
                sweep(holder)
            del app

    thread = threading.Thread(target=loop, name="turntable-page-sweep", daemon=True)
    thread.start()
    return thread


class LeanPage(SessionState):
    """A page's state without a per-page copy of every component's config.

    The same attributes as Gradio's `SessionState` (tests/test_scale_memory.py checks that).
    Gradio writes a page's configs through `__setitem__`, `_update_config` and
    `_update_value_in_config` while it postprocesses an event, on the event loop; here each
    only notes which block the config is to be built from and the value to put in it, and
    `components` builds them when a deep link asks. `config_values` holds the built ones.
    """

    def __init__(self, blocks: Any) -> None:  # SessionState's, minus the config copies
        self.blocks_config = copy(blocks.default_config)
        self.config_values: dict[int, Any] = {}
        self.state_data: dict[int, Any] = {}
        self._state_ttl: dict[int, Any] = {}
        self.is_closed = False
        self.STATE_TTL_WHEN_CLOSED = 1 if os.getenv("GRADIO_IS_E2E_TEST") else 3600
        self._app = blocks
        self._pending: dict[int, list[Any]] = {}  # key -> [block to build from, value]

    def __setitem__(self, key: int, value: Any) -> None:
        block = self.blocks_config.blocks.get(key)
        if isinstance(block, gr.State):
            self._state_ttl[key] = (block.time_to_live, datetime.datetime.now())
            self.state_data[key] = value
        else:
            self.blocks_config.blocks[key] = value
        if block:
            self._pending[key] = [block, _UNSET]

    def _update_config(self, key: int) -> None:
        block = self[key]
        if block is not None:
            self._pending[key] = [block, _UNSET]

    def _update_value_in_config(self, key: int, value: Any) -> None:
        if key in self._pending:
            self._pending[key][1] = value
        elif key in self.config_values:
            if "props" in self.config_values[key]:
                self.config_values[key]["props"]["value"] = value
        else:
            self._pending[key] = [self.blocks_config.blocks[key], value]

    def _settle(self) -> None:
        """Build the configs noted since the last deep link."""
        pending, self._pending = self._pending, {}
        for key, (block, value) in pending.items():
            config = self.blocks_config.config_for_block(key, [], block)
            if value is not _UNSET and "props" in config:
                config["props"]["value"] = value
            self.config_values[key] = config

    @property
    def components(self) -> Iterator[dict]:
        """Every component's config as this page has it (what a deep link saves)."""
        self._settle()
        own, shared = self.config_values, self._app.blocks
        for key, block in self.blocks_config.blocks.items():
            if key in own:
                config = own[key]
            elif key in shared:
                config = self.blocks_config.config_for_block(key, [], block)
            else:
                continue
            if config:
                yield config
        yield from (c for k, c in own.items() if c and k not in self.blocks_config.blocks)


class PageHolder(StateHolder):
    """Gradio's holder of pages, making a `LeanPage` for each new page."""

    def __getitem__(self, session_id: str) -> SessionState:
        if session_id not in self.session_data:
            self.session_data[session_id] = LeanPage(self.blocks)
        self.update(session_id)
        self.time_last_used[session_id] = datetime.datetime.now()
        return self.session_data[session_id]


class Blocks(gr.Blocks):
    """`gr.Blocks` whose server keeps its pages in a `PageHolder`.

    Gradio's server makes a plain holder and hands it to the app (`state_holder`) before it
    serves anything; the holder is given the lean page-making here, at that moment."""

    @property
    def state_holder(self) -> StateHolder:
        try:
            return self.__dict__["state_holder"]
        except KeyError:
            raise AttributeError("state_holder") from None

    @state_holder.setter
    def state_holder(self, holder: StateHolder) -> None:
        if type(holder) is StateHolder:
            holder.__class__ = PageHolder
        self.__dict__["state_holder"] = holder
