"""A wheel built from the repository installs and works from any working directory.

The top-level prompts/ and knowledge/ are the source of truth; the wheel carries copies of
them, and ui/ and app.py, so `coach ingest`, `coach prepare` and `coach serve` need no
checkout. Built without build isolation (setuptools comes with the test extra), so no download.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from coach.settings import PROJECT_ROOT
from tests.index_fixtures import free_port


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    try:
        import setuptools

        if int(setuptools.__version__.split(".")[0]) < 77:
            pytest.skip(f"setuptools {setuptools.__version__} is too old to build the wheel")
    except ImportError:
        pytest.skip("setuptools is not installed")
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(base), str(PROJECT_ROOT)],
        check=True,
        timeout=600,
        cwd=base,
    )
    [wheel] = base.glob("turntable-*.whl")
    site = base / "site"
    subprocess.run(
        [*pip, "install", "--no-deps", "--target", str(site), str(wheel)], check=True, timeout=600
    )
    return site


def _env(site: Path, data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COACH_", "OPENAI_"))}
    env.update(
        PYTHONPATH=str(site),
        COACH_DATA_DIR=str(data),
        COACH_ENV_FILE="",
        GRADIO_ANALYTICS_ENABLED="False",
    )
    return env


def _coach(site: Path, data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    elsewhere = data.parent / "elsewhere"
    elsewhere.mkdir(exist_ok=True)
    return subprocess.run(
        [sys.executable, "-m", "coach.cli", *args],
        cwd=elsewhere,
        env=_env(site, data),
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_the_wheel_carries_the_library_prompts_and_the_app(installed: Path) -> None:
    assert (installed / "coach" / "_bundled" / "prompts" / "prepare" / "system.md").is_file()
    assert len(list((installed / "coach" / "_bundled" / "knowledge").rglob("*.md"))) >= 50
    assert (installed / "ui" / "__init__.py").is_file() and (installed / "app.py").is_file()


def test_ingest_and_prepare_work_from_another_directory(installed: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    where = subprocess.run(
        [sys.executable, "-c", "import coach; print(coach.__file__)"],
        cwd=tmp_path,
        env=_env(installed, data),
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.strip().startswith(str(installed))  # the wheel, not the checkout
    ingest = _coach(installed, data, "ingest", "--quiet")
    assert ingest.returncode == 0, ingest.stderr
    plan = _coach(installed, data, "prepare", "--topic", "money", "--role", "CFO", "--json")
    assert plan.returncode == 0, plan.stderr
    assert '"questions"' in plan.stdout and "citations" in plan.stdout


def test_serve_starts_from_another_directory(installed: Path, tmp_path: Path) -> None:
    data, port = tmp_path / "data", free_port()
    env = _env(installed, data) | {"COACH_PORT": str(port)}
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "coach.cli", "serve", "--no-demo"],
        cwd=elsewhere,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        for _ in range(600):  # bounded readiness poll
            if proc.poll() is not None:
                pytest.fail((tmp_path / "serve.log").read_text()[-3000:])
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
                break
            except urllib.error.HTTPError:
                break  # answering at all (sign-in required) means it is up
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("coach serve did not answer")
        log_text = (tmp_path / "serve.log").read_text()
        assert "Traceback" not in log_text, log_text[-3000:]
    finally:
        proc.terminate()
        proc.wait(timeout=30)
