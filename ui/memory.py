"""Page sessions the server no longer needs are let go, so memory stays flat.

For every page ever opened, Gradio keeps a copy of the page's components and their values
(the choices of each dropdown, say) until 10,000 pages have been opened, even once the tab is
closed; the load benchmark saw about 60 MB more after every run of 100 people. Here the app
keeps at most CAPACITY pages, lets a closed page (its heartbeat ended) go after CLOSED_GRACE
seconds (a tab that reconnects within that finds its page as it was), and an open page that
nobody used for IDLE seconds too (a reload builds it again).
"""

from __future__ import annotations

import datetime
import threading
import weakref
from typing import Any

CAPACITY = 2000  # pages kept at most; Gradio's own default is 10,000
CLOSED_GRACE = 120  # seconds a closed page is kept for a tab that reconnects
IDLE = 3 * 3600  # seconds an open page may go unused before it is let go
EVERY = 30.0  # seconds between sweeps


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
