"""Run every evaluation in turn: `python -m evals` (or `make eval`).

Evaluations read public data from ../shared/data/ and print tables; they are never part of
`make test`.
"""

from __future__ import annotations

import runpy
import sys

EVALS = [
    "evals.eval_reflect",
    "evals.eval_reflect_fresh",
    "evals.eval_anonymise",
    "evals.eval_anonymise_hard",
    "evals.eval_library",
    "evals.eval_themes",
    "evals.eval_themes_fresh",
]

if __name__ == "__main__":
    failed = []
    for name in EVALS:
        print(f"\n== {name} ==", flush=True)
        sys.argv = [name]
        try:
            runpy.run_module(name, run_name="__main__")
        except SystemExit as exc:  # each eval ends with sys.exit(code)
            if exc.code not in (0, None):
                failed.append(name)
    sys.exit(1 if failed else 0)
