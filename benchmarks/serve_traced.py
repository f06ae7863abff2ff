"""`app.py` with tracemalloc on demand, for `bench_load.py --trace`: the first SIGUSR1 starts
tracing (after start-up, which tracing would slow down a lot); each later one collects garbage
and writes a snapshot to $BENCH_TRACE_DIR/trace-<n>.snap (n counts from 1), and the count of
live objects of each type the collector tracks to trace-<n>.types (JSON)."""

from __future__ import annotations

import gc
import json
import os
import signal
import sys
import tracemalloc
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    import app

    app.bound_malloc_arenas()  # as `python app.py` does
    where = Path(os.environ["BENCH_TRACE_DIR"])
    count = [0]

    def dump(_sig: int, _frame: object) -> None:
        if not tracemalloc.is_tracing():
            tracemalloc.start(6)
            (where / "trace-0.done").touch()
            return
        count[0] += 1
        gc.collect()
        tracemalloc.take_snapshot().dump(str(where / f"trace-{count[0]}.snap"))
        types = Counter(f"{type(o).__module__}.{type(o).__qualname__}" for o in gc.get_objects())
        (where / f"trace-{count[0]}.types").write_text(json.dumps(types))
        (where / f"trace-{count[0]}.done").touch()

    signal.signal(signal.SIGUSR1, dump)
    return app.main([])


if __name__ == "__main__":
    raise SystemExit(main())
