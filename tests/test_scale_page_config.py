"""A page does not carry its own copy of every component's config.

Gradio's page state copied the config of all 325 blocks of this app at every page load,
about 495 KiB a page, held for as long as the page is (docs/reliability.md: memory grew
~7 MB a run of 10 people). Here: a served app and a page opened over real HTTP; the page
holds only the configs its own events changed, a deep link still sees the page as it is,
and twenty pages cost a small fraction of what the copies did."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.test_scale_memory import _open_page
from tests.ui_fixtures import served_demo


@pytest.fixture()
def served(tmp_path: Path) -> Iterator[tuple[str, Any, dict[str, str]]]:
    with served_demo(tmp_path) as (url, demo, _, passwords):
        yield url, demo, passwords


def _whoami(demo: Any) -> int:
    return next(k for k, b in demo.blocks.items() if getattr(b, "elem_id", None) == "whoami")


def test_a_page_holds_only_the_configs_its_events_changed(
    served: tuple[str, Any, dict[str, str]],
) -> None:
    url, demo, passwords = served
    person, beat = _open_page(url, passwords, "mentee@demo.turntable.example")
    try:
        page = demo.state_holder.session_data[person.session_hash]
        on_load = next(f for f in demo.fns.values() if f.api_name == "on_load")
        assert 0 < len(page.config_values) <= len(on_load.outputs) < len(demo.blocks) / 2
        who = _whoami(demo)
        assert "Signed in as" in page.config_values[who]["props"]["value"]
        # A deep link still sees the page as it is, every component included ...
        seen = {c["id"]: c for c in page.components}
        assert set(seen) == set(demo.blocks)
        assert "Signed in as" in seen[who]["props"]["value"]
        # ... and the app's shared component was not written by this page.
        assert "Signed in as" not in str(demo.blocks[who].value or "")
        fresh = demo.state_holder["another-page"]
        assert "Signed in as" not in str(next(c for c in fresh.components if c["id"] == who))
    finally:
        beat.__exit__(None, None, None)
        person.close()


def test_a_fresh_page_is_gradios_page_without_the_copies(
    served: tuple[str, Any, dict[str, str]],
) -> None:
    from gradio.state_holder import SessionState

    _, demo, _ = served
    lean, gradios = demo.state_holder["fresh-page"], SessionState(demo)
    assert set(vars(gradios)) <= set(vars(lean))  # a newer Gradio's new attribute fails here
    assert list(lean.components) == list(gradios.components)


def test_twenty_pages_cost_a_fraction_of_the_copies(
    served: tuple[str, Any, dict[str, str]],
) -> None:
    _, demo, _ = served
    holder = demo.state_holder
    holder["warm-up"]  # first-use caches are not a page's cost
    tracemalloc.start()
    try:
        before = tracemalloc.take_snapshot()
        pages = [holder[f"page-{n}"] for n in range(20)]
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    per_page = sum(d.size_diff for d in after.compare_to(before, "filename")) / len(pages)
    assert per_page < 100 * 1024, f"{per_page / 1024:.0f} KiB a page (the copies: ~495 KiB)"
