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
        # A deep link still sees the page as it is, every component included ...
        seen = {c["id"]: c for c in page.components}
        assert 0 < len(page.config_values) <= len(on_load.outputs) < len(demo.blocks) / 2
        who = _whoami(demo)
        assert "Signed in as" in page.config_values[who]["props"]["value"]
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


def test_a_page_load_builds_no_component_config(
    served: tuple[str, Any, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Building a config (its API schema included) ran on the server's event loop for every
    component an event updated: a third of the loop's time under load. Only a deep link
    reads those configs, so they are built when one asks."""
    from gradio.blocks import BlocksConfig

    url, demo, passwords = served
    built: list[int] = []
    real = BlocksConfig.config_for_block

    def counting(_id: int, *args: Any, **kwargs: Any) -> dict:
        built.append(_id)
        return real(_id, *args, **kwargs)

    monkeypatch.setattr(BlocksConfig, "config_for_block", staticmethod(counting))
    person, beat = _open_page(url, passwords, "mentee@demo.turntable.example")
    try:
        assert built == []
        page = demo.state_holder.session_data[person.session_hash]
        seen = {c["id"]: c for c in page.components}  # a deep link asks: now they are built
        assert built and "Signed in as" in seen[_whoami(demo)]["props"]["value"]
    finally:
        beat.__exit__(None, None, None)
        person.close()


def _edits(page: Any, demo: Any) -> None:
    """What Gradio's postprocessing does to a page: replace a component (an update), give
    one a value, replace one and then give it a value, and replace one twice."""
    import gradio as gr

    drops = [k for k, b in demo.blocks.items() if isinstance(b, gr.Dropdown)][:3]
    texts = [k for k, b in demo.blocks.items() if isinstance(b, gr.Markdown)][:2]
    first, second, third = drops
    page[first] = gr.Dropdown(choices=[("One", 1)], render=False)
    page._update_config(first)
    page._update_value_in_config(texts[0], "**Hello**")
    page[second] = gr.Dropdown(choices=[("Two", 2)], render=False)
    page._update_config(second)
    page._update_value_in_config(second, 2)
    page._update_value_in_config(texts[1], "before")
    page[third] = gr.Dropdown(choices=[("Three", 3)], render=False)
    page._update_config(third)
    page[third] = gr.Dropdown(choices=[("Four", 4)], render=False)
    page._update_config(third)
    page._update_value_in_config(texts[1], "after")


def test_a_deep_link_sees_the_page_as_gradios_page_would(
    served: tuple[str, Any, dict[str, str]],
) -> None:
    from gradio.state_holder import SessionState

    _, demo, _ = served
    lean, gradios = demo.state_holder["edited-page"], SessionState(demo)
    _edits(lean, demo)
    _edits(gradios, demo)
    assert list(lean.components) == list(gradios.components)
