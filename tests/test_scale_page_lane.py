"""Page loads have a lane of their own, wide enough for a crowd arriving at once: with the
framework's default of 4 at a time, 50 people signing in together waited ~40 s for their
page (bench_load.py) while each load is a few database reads."""

from __future__ import annotations

from pathlib import Path

from coach.settings import load_settings


def test_the_page_load_runs_in_its_own_wide_lane(tmp_path: Path) -> None:
    from ui import build_app, queue
    from ui.deps import build_deps
    from ui.lanes import COACH_LANE, PAGE_LANE, PAGE_LIMIT

    demo = queue(build_app(build_deps(load_settings(data_dir=tmp_path))))
    load = next(f for f in demo.fns.values() if f.name == "on_load")
    assert load.concurrency_id == PAGE_LANE != COACH_LANE
    assert load.concurrency_limit == PAGE_LIMIT >= 16
    retry = next(f for f in demo.fns.values() if f.name == "retry_load")
    assert retry.concurrency_id == PAGE_LANE  # a page's second try at its load
    others = [f for f in demo.fns.values() if f not in (load, retry)]
    assert all(f.concurrency_id != PAGE_LANE for f in others)  # nothing else waits in it
