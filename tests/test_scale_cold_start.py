"""Starting the app without a model imports no model client: `openai` and LangChain took about
a sixth of the import time before the first page (benchmarks/bench_cold_start.py prints the
figures) and the offline coach never uses them. Checked in a fresh interpreter, which builds
the app the way `app.py` does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from coach.settings import PROJECT_ROOT

CLIENT_LIBRARIES = ("openai", "langchain", "langchain_core", "langchain_openai", "langchain_chroma")

BUILD = """
import json, sys
from pathlib import Path
from app import own_temp_dir
from coach.settings import load_settings
settings = load_settings(data_dir=Path(sys.argv[1]))
own_temp_dir(settings.data_dir)
import ui
from ui.deps import build_deps
deps = build_deps(settings)
ui.queue(ui.build_app(deps))
ui.launch_options(deps)
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""


def _modules_after(code: str, *args: str, **env: str) -> set[str]:
    return set(_printed(code, *args, **env))


def _printed(code: str, *args: str, **env: str) -> Any:
    """What `code`, run in a fresh interpreter without the coach's settings, printed last."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("COACH_", "OPENAI_"))}
    clean.update(GRADIO_ANALYTICS_ENABLED="False", ANONYMIZED_TELEMETRY="False", **env)
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=PROJECT_ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_offline_app_is_built_without_importing_a_model_client(tmp_path: Path) -> None:
    loaded = _modules_after(BUILD, str(tmp_path / "data"))
    assert "gradio" in loaded and "coach" in loaded  # it did build the app
    assert loaded.isdisjoint(CLIENT_LIBRARIES), sorted(loaded & set(CLIENT_LIBRARIES))


def test_a_configured_model_still_brings_its_client(tmp_path: Path) -> None:
    code = BUILD.replace("ui.launch_options(deps)", "assert deps.coach.llm is not None")
    loaded = _modules_after(
        code,
        str(tmp_path / "data"),
        COACH_MODEL="test-model",
        OPENAI_BASE_URL="http://127.0.0.1:9/v1",  # nothing listens there; nothing is sent
        COACH_STRUCTURED_OUTPUT="prompt",
    )
    assert {"openai", "langchain_openai"} <= loaded


HEAVY = ("chromadb", "onnxruntime", "tokenizers")

FIRST_USE = BUILD.replace(
    'print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))',
    """at_start = sorted({name.split(".")[0] for name in sys.modules})
deps.index.count()  # the page load's status line
deps.index.search("first session")  # a search embeds the query
print(json.dumps([at_start, sorted({name.split(".")[0] for name in sys.modules})]))""",
)


def test_the_app_is_built_without_chroma_or_the_embedding_model_until_first_use(
    tmp_path: Path,
) -> None:
    """Chroma's imports (~1 s) and the ONNX model are no part of the time to the first page;
    the index opens when a page first needs it."""
    at_start, after_use = (set(m) for m in _printed(FIRST_USE, str(tmp_path / "data")))
    assert "gradio" in at_start  # it did build the app
    assert at_start.isdisjoint(HEAVY), sorted(at_start & set(HEAVY))
    assert set(HEAVY) <= after_use
