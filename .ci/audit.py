"""Audit what the app installs (its runtime dependencies, pinned as installed) with pip-audit.

Exit 0: every dependency was checked and none has a known vulnerability.
Exit 1: at least one known vulnerability (listed).
Exit 2: NOT AUDITED: the vulnerability data could not be reached, or some dependencies could
        not be looked up. This is never reported as "no vulnerabilities".

`AUDIT_SERVICE` picks pip-audit's data source (`pypi`, the default, or `osv`);
`--requirements` prints the runtime pins instead, for an audit run by hand elsewhere.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement


def runtime_closure(root: str = "turntable") -> dict[str, str]:
    """Every distribution the app needs at run time (no test, eval or dev extras), as installed."""
    seen: dict[str, str] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist.version
        for spec in dist.requires or []:
            req = Requirement(spec)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    seen.pop(root, None)  # the app itself is not on PyPI
    return seen


def main(argv: list[str]) -> int:
    pins = runtime_closure()
    if "--requirements" in argv:  # the pins alone, for a manual audit elsewhere
        print("".join(f"{n}=={v}\n" for n, v in sorted(pins.items())), end="")
        return 0
    service = os.environ.get("AUDIT_SERVICE", "pypi")
    with tempfile.TemporaryDirectory() as tmp:
        reqs, out = Path(tmp) / "runtime.txt", Path(tmp) / "audit.json"
        reqs.write_text("".join(f"{n}=={v}\n" for n, v in sorted(pins.items())))
        proc = subprocess.run(
            [sys.executable, "-m", "pip_audit", "-r", str(reqs), "--no-deps", "--disable-pip",
             "--vulnerability-service", service, "--progress-spinner", "off", "--timeout", "30",
             "-f", "json", "-o", str(out)], capture_output=True, text=True)
        report = json.loads(out.read_text()) if out.exists() and out.stat().st_size else None
    if report is None:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
        print(f"NOT AUDITED: pip-audit could not reach the {service} vulnerability data "
              f"({tail[0]}).", file=sys.stderr)
        return 2
    deps = report.get("dependencies", [])
    skipped = [d for d in deps if d.get("skip_reason")]
    vulnerable = [d for d in deps if d.get("vulns")]
    for d in vulnerable:
        for v in d["vulns"]:
            fixes = ", ".join(v.get("fix_versions") or []) or "no fix yet"
            print(f"VULNERABLE {d['name']} {d['version']}: {v['id']} (fixed in {fixes})")
    audited = len(deps) - len(skipped)
    print(f"{len(pins)} runtime dependencies; {audited} audited against {service}, "
          f"{len(skipped)} could not be looked up, {len(vulnerable)} vulnerable.")
    if vulnerable:
        return 1
    if skipped or not deps:
        print(f"NOT AUDITED: {len(skipped)} of {len(deps)} dependencies could not be looked up "
              f"(first: {skipped[0]['skip_reason'] if skipped else 'none listed'}). "
              "This is not a clean result.", file=sys.stderr)
        return 2
    print("No known vulnerabilities in the runtime dependencies.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
