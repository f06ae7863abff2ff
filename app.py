"""Turntable's web entry point: build the dependencies, build the UI, serve it on 127.0.0.1.

`coach serve [--no-demo]` runs this file. On a first start with an empty record the demo
program is seeded and its passwords are kept in data_dir/demo-accounts.txt, readable only by
you (never printed); `--no-demo` starts a clean instance. Gradio's temp folder is
data_dir/gradio-tmp, private to this instance. Started without MALLOC_ARENA_MAX, the process
starts itself again with it set (see `with_malloc_arenas`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from pathlib import Path

# glibc gives each thread that allocates its own malloc arena (up to 8 per core) and rarely
# hands their memory back: after a load run of 10 people the server was ~140 MB larger than
# with two arenas (docs/reliability.md).
MALLOC_ARENAS = "2"


def with_malloc_arenas(environ: Mapping[str, str]) -> dict[str, str] | None:
    """The environment to start again with when glibc's malloc arenas are not bounded yet;
    None when they are (a value the operator set is kept)."""
    if "MALLOC_ARENA_MAX" in environ:
        return None
    return {**environ, "MALLOC_ARENA_MAX": MALLOC_ARENAS}


def bound_malloc_arenas() -> None:
    """Start this process again with MALLOC_ARENA_MAX set, if it is not: glibc reads it only
    when a process starts. Same pid, same arguments and interpreter flags."""
    env = with_malloc_arenas(os.environ)
    if env is not None and sys.platform.startswith("linux"):
        os.execve(sys.executable, sys.orig_argv, env)


def own_temp_dir(data_dir: Path) -> Path:
    """Gradio keeps uploads and served files in a temp folder shared by every Gradio app of
    this OS user unless told otherwise: give this instance its own, private, in the data dir.
    Must run before gradio is imported (it reads the variable at import)."""
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder = data_dir / "gradio-tmp"
    folder.mkdir(mode=0o700, exist_ok=True)
    os.chmod(folder, 0o700)
    os.environ["GRADIO_TEMP_DIR"] = str(folder)
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve Turntable")
    parser.add_argument("--no-demo", action="store_true", help="start without the demo program")
    args = parser.parse_args(argv)
    os.umask(0o077)  # the record, uploads and downloads are for this user's eyes only
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

    from coach.errors import CoachError
    from coach.settings import load_settings

    try:
        settings = load_settings()
    except CoachError as exc:
        print(f"Turntable cannot start: {exc}")
        return 1
    own_temp_dir(settings.data_dir)
    from ui import build_app, launch_options, queue  # imports gradio: after GRADIO_TEMP_DIR
    from ui.deps import build_deps, seed_demo_if_empty

    try:
        deps = build_deps(settings)
        if not args.no_demo:
            seed_demo_if_empty(deps, lessons=True)
    except CoachError as exc:
        print(f"Turntable cannot start: {exc}")
        return 1
    queue(build_app(deps)).launch(**launch_options(deps))
    return 0


if __name__ == "__main__":
    bound_malloc_arenas()
    raise SystemExit(main())
