"""Every event the app registers refuses a signed-in person whose role may not use it.

The page hides other roles' tabs, but a browser session can call any event by its index, so
each handler must check the caller itself. This walks all of them, with no inputs at all, as
each role that should be refused, and as nobody.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Iterator
from pathlib import Path

import gradio as gr
import pytest

from coach.index import Index
from coach.settings import load_settings
from ui import build_app
from ui.deps import Deps, build_deps, seed_demo_if_empty

ROLES = {
    "mentor": "mentor@demo.turntable.example",
    "mentee": "mentee@demo.turntable.example",
    "hr": "hr@demo.turntable.example",
    "admin": "admin@demo.turntable.example",
}
EVERYONE = tuple(ROLES)
API_ROLES = {
    "search": EVERYONE,
    "ask": EVERYONE,
    "prepare": ("mentor",),
    "program_figures": ("hr", "admin"),
    "edit_source": ("hr", "admin"),
    "program_pair": ("hr", "admin"),
}


@pytest.fixture(scope="module")
def app(
    tmp_path_factory: pytest.TempPathFactory, library_index: Index
) -> Iterator[tuple[Deps, gr.Blocks]]:
    path: Path = tmp_path_factory.mktemp("ui-roles")
    deps = build_deps(load_settings(data_dir=path), index=library_index)
    seed_demo_if_empty(deps)
    yield deps, build_app(deps)
    deps.record.close()


def allowed(fn: object) -> tuple[str, ...]:
    module = fn.__module__  # type: ignore[attr-defined]
    if module == "ui.api":
        return API_ROLES[fn.__name__]  # type: ignore[attr-defined]
    return getattr(importlib.import_module(module), "ROLES", EVERYONE)


def call(fn: object, username: str | None) -> None:
    request = gr.Request(username=username)
    args = []
    for param in inspect.signature(fn).parameters.values():  # type: ignore[arg-type]
        if isinstance(param.default, gr.Progress):
            break
        hint = str(param.annotation)
        args.append(
            request
            if hint in ("gr.Request", str(gr.Request)) or param.annotation is gr.Request
            else None
        )
    result = fn(*args)  # type: ignore[operator]
    if inspect.isgenerator(result):
        list(result)


def handlers(demo: gr.Blocks) -> list[object]:
    found = [
        d.fn
        for d in demo.fns.values()
        if d.fn is not None and getattr(d.fn, "__module__", "").startswith("ui")
    ]
    return list({id(f): f for f in found}.values())


def test_every_handler_checks_the_role(app: tuple[Deps, gr.Blocks]) -> None:
    _, demo = app
    fns = handlers(demo)
    assert len(fns) >= 35  # every view's events, the load event and the API
    refused = 0
    for fn in fns:
        for role, email in ROLES.items():
            if role in allowed(fn):
                continue
            with pytest.raises(gr.Error, match="only for"):
                call(fn, email)
            refused += 1
        with pytest.raises(gr.Error, match="sign in"):
            call(fn, None)
    assert refused >= 80


def test_a_deleted_or_deactivated_account_stops_at_once(app: tuple[Deps, gr.Blocks]) -> None:
    from coach.record import SYSTEM

    deps, demo = app
    person, _ = deps.record.add_person(
        SYSTEM, name="Short Stay", email="short@example.org", role="hr"
    )
    figures = next(f for f in handlers(demo) if f.__name__ == "program_figures")
    call(figures, "short@example.org")  # allowed while active
    deps.record.set_active(SYSTEM, person.id, False)
    with pytest.raises(gr.Error, match="deactivated"):
        call(figures, "short@example.org")
