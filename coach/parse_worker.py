"""Reading an uploaded file in a child process with memory and CPU limits.

A hostile or merely enormous file can make a parser take minutes and gigabytes. Run in the
app's own process, that stalls everyone and can take the server down; in a child with
`RLIMIT_AS` and `RLIMIT_CPU` set, it costs one short-lived process and one error message.
The child speaks JSON over stdin/stdout: the request in, the parsed document (or an error
sentence) out.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from coach.chunking import SourceDoc, load_file
from coach.errors import IngestError
from coach.upload_guard import DEFAULT_LIMITS, Limits

_MEMORY = "memory"
_ENV = {"PATH", "HOME", "LANG", "TMPDIR", "PYTHONPATH", "VIRTUAL_ENV", "SYSTEMROOT"}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def parse_isolated(
    path: Path,
    source: str,
    overrides: dict[str, Any] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> SourceDoc:
    """load_file in a child process; raise IngestError with a sentence if a limit is hit."""
    name = Path(path).name
    request = json.dumps(
        {
            "path": str(path),
            "source": source,
            "overrides": overrides or {},
            "limits": limits.to_dict(),
        }
    )
    env = {k: v for k, v in os.environ.items() if k in _ENV or k.startswith("LC_")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # a hostile file's reader needs no keys or settings
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "coach.parse_worker"],
            input=request,
            capture_output=True,
            text=True,
            timeout=limits.wall_seconds,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:  # run() has killed the child already
        raise IngestError(
            f"{name}: reading it took longer than "
            f"{_plural(limits.wall_seconds, 'second')}, so it was stopped. "
            "Split it into smaller files or save it in a simpler format."
        ) from None
    except OSError as exc:
        raise IngestError(f"{name}: could not be read ({exc.strerror}).") from None
    if proc.returncode in (-signal.SIGXCPU, -signal.SIGKILL) or (
        proc.returncode != 0 and "SIGXCPU" in proc.stderr
    ):
        raise IngestError(
            f"{name}: reading it needed more than "
            f"{_plural(limits.cpu_seconds, 'second')} of work, so it was "
            "stopped. Split it into smaller files."
        )
    answer = _answer(proc.stdout)
    if answer is None:
        if proc.returncode != 0:  # a parser that crashed when memory ran out, say
            raise IngestError(
                f"{name}: could not be read within the {limits.memory_mb} MB "
                "an upload may use (the reader stopped). Split it into smaller "
                "files."
            )
        raise IngestError(f"{name}: could not be read (the reader gave no answer).")
    if answer.get("error") == _MEMORY:
        raise IngestError(
            f"{name}: reading it needed more than the {limits.memory_mb} MB an "
            "upload may use. Split it into smaller files."
        )
    if "error" in answer:
        raise IngestError(str(answer["error"]))
    return SourceDoc(**answer["doc"])


def _answer(stdout: str) -> dict[str, Any] | None:
    try:
        answer = json.loads(stdout)
    except ValueError:
        return None
    return answer if isinstance(answer, dict) else None


def _limit(limits: Limits) -> None:
    import resource

    memory = limits.memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds + 5))


def _is_memory(exc: BaseException) -> bool:
    """MemoryError, or a C library saying the same in its own words."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, MemoryError) or "memory allocation failed" in str(seen).lower():
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _near_limit(limits: Limits) -> bool:
    """Whether this process came close to its address-space limit (Linux reports the peak).

    Parsers do not always say "out of memory": lxml reports an allocation that failed as
    "unknown error". Having touched the ceiling is the reliable sign.
    """
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return False
    for line in status.splitlines():
        if line.startswith("VmPeak:"):
            return int(line.split()[1]) * 1024 > 0.85 * limits.memory_mb * 1024 * 1024
    return False


def main() -> int:
    request = json.loads(sys.stdin.read())
    limits = Limits(**request["limits"])
    _limit(limits)
    try:
        doc = load_file(
            Path(request["path"]), request["source"], request["overrides"] or None, limits=limits
        )
        out: dict[str, Any] = {"doc": asdict(doc)}
    except IngestError as exc:
        out = {"error": _MEMORY if _is_memory(exc) or _near_limit(limits) else str(exc)}
    except BaseException as exc:  # noqa: BLE001 - whatever the parser raised, one sentence back
        if not (_is_memory(exc) or _near_limit(limits)):
            name = Path(request["path"]).name
            out = {"error": f"{name}: could not be read ({exc.__class__.__name__})."}
        else:
            out = {"error": _MEMORY}
    try:
        sys.stdout.write(json.dumps(out))
    except MemoryError:
        sys.stdout.write(json.dumps({"error": _MEMORY}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
