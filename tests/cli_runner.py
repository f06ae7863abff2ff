"""`coach ...` two ways: as a new process (end to end), or through the same entry point,
`coach.cli.main`, in this process, which checks the same code without an interpreter start."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys


def run_process(
    args: list[str], env: dict[str, str], stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`coach ...` as a user runs it: a new process."""
    return subprocess.run(
        [sys.executable, "-m", "coach.cli", *args],
        env=env,
        text=True,
        input=stdin,
        capture_output=True,
        timeout=300,
    )


def run_in_process(
    args: list[str], env: dict[str, str], stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`coach.cli.main(args)` under `env`, reading `stdin` (a pipe, not a terminal), its output
    captured; the environment and the umask (which the CLI sets) are put back afterwards."""
    from coach.cli import main

    out, err = io.StringIO(), io.StringIO()
    saved, mask, real_stdin = dict(os.environ), os.umask(0o022), sys.stdin
    os.umask(mask)
    os.environ.clear()
    os.environ.update(env)
    sys.stdin = io.StringIO(stdin or "")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(args)
            except SystemExit as exc:  # argparse refusing the arguments
                code = exc.code if isinstance(exc.code, int) else 2
    finally:
        sys.stdin = real_stdin
        os.environ.clear()
        os.environ.update(saved)
        os.umask(mask)
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())
