"""Cohort themes where HR meets them: `coach themes` and the Themes view and API handlers.

The demo program is seeded with its shared lessons (approved into this folder's own index);
then a canary word goes into a demo session's private notes on both sides, an offer left
pending and a rejected one. The CLI's output and the page's handlers show the demo's themes,
and never the canary.
"""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import gradio as gr
import pytest

from coach.embeddings import MiniLMEmbedding
from coach.index import open_index
from coach.record import SYSTEM
from coach.settings import load_settings
from ui import build_app
from ui.deps import Deps, build_deps, seed_demo_if_empty

CANARY = "quillotrombus"
HR, MENTOR, MENTEE = (
    "hr@demo.turntable.example",
    "mentor@demo.turntable.example",
    "mentee@demo.turntable.example",
)


@pytest.fixture(scope="module")
def app(
    tmp_path_factory: pytest.TempPathFactory, embedder: MiniLMEmbedding
) -> Iterator[tuple[Deps, gr.Blocks, Path]]:
    path = tmp_path_factory.mktemp("themes-app")
    settings = load_settings(data_dir=path)
    deps = build_deps(settings, index=open_index(settings, embedder))
    seed_demo_if_empty(deps, lessons=True)
    r = deps.record
    mentor, mentee = r.find_person(SYSTEM, MENTOR), r.find_person(SYSTEM, MENTEE)
    sid = r.list_sessions(mentor, r.my_pairs(mentor)[0].id)[0].id
    r.save_notes(mentor, sid, f"My private {CANARY} note on short video.")
    r.save_notes(mentee, sid, f"Short video, and {CANARY}, privately.")
    r.submit_share(mentee, sid, f"Pending lesson: {CANARY} short video sells.")
    rejected = r.submit_share(mentee, sid, f"Rejected lesson: {CANARY} savings apps.")
    r.reject_share(r.find_person(SYSTEM, HR), rejected.id)
    yield deps, build_app(deps), path
    deps.record.close()


def _handler(demo: gr.Blocks, module: str, name: str) -> object:
    for d in demo.fns.values():
        if getattr(d.fn, "__module__", "") == module and d.fn.__name__ == name:
            return d.fn
    raise LookupError(f"{module}.{name}")


def _call(handler: object, email: str) -> object:
    result = handler(gr.Request(username=email))  # type: ignore[operator]
    return list(result)[-1] if inspect.isgenerator(result) else result


def test_the_page_and_the_api_show_approved_themes_only(
    app: tuple[Deps, gr.Blocks, Path],
) -> None:
    deps, demo, _ = app
    shown = _call(_handler(demo, "ui.themes", "on_show"), HR)
    assert isinstance(shown, str) and "themes** across 12 approved notes" in shown
    assert "note:" in shown and CANARY not in shown.lower()
    api = _call(_handler(demo, "ui.themes", "themes"), HR)
    assert isinstance(api, dict) and api["notes"] == 12 and len(api["themes"]) >= 2
    assert CANARY not in json.dumps(api).lower()
    assert any("video" in t["label"].lower() for t in api["themes"])
    for email in (MENTOR, MENTEE, "admin@demo.turntable.example"):
        for module, name in (("ui.themes", "on_show"), ("ui.themes", "themes")):
            with pytest.raises(gr.Error, match="only for HR"):
                _call(_handler(demo, module, name), email)


def test_coach_themes_prints_approved_themes_only(app: tuple[Deps, gr.Blocks, Path]) -> None:
    _, _, path = app
    env = {**os.environ, "COACH_DATA_DIR": str(path)}
    args = [sys.executable, "-m", "coach.cli", "themes", "--as", HR]
    as_json = subprocess.run(
        [*args, "--json"], env=env, text=True, capture_output=True, timeout=300
    )
    assert as_json.returncode == 0, as_json.stderr
    found = json.loads(as_json.stdout)
    assert found["notes"] == 12 and sum(t["count"] for t in found["themes"]) == 12
    assert all(q["source"].startswith("note:") for t in found["themes"] for q in t["quotes"])
    text = subprocess.run(args, env=env, text=True, capture_output=True, timeout=300)
    assert text.returncode == 0 and "themes across 12 approved notes" in text.stdout
    for out in (as_json.stdout, as_json.stderr, text.stdout, text.stderr):
        assert CANARY not in out.lower()
    refused = subprocess.run(
        [*args[:-1], MENTOR], env=env, text=True, capture_output=True, timeout=300
    )
    assert refused.returncode == 2 and "Only HR" in refused.stderr


def test_the_page_builds_without_a_warning(app: tuple[Deps, gr.Blocks, Path]) -> None:
    """Every endpoint sits outside the tab strip: an API function inside it makes Gradio warn,
    and a tab strip with a stray child could not select its Ask tab."""
    import warnings

    deps = app[0]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        build_app(deps)
    ours = [w for w in caught if "gradio" in w.filename or "/ui/" in w.filename]
    assert [str(w.message) for w in ours] == []
