"""Run every evaluation in turn: `python -m evals` (or `make eval`).

Evaluations read public data from ../shared/data/ and print tables; they are never part of
`make test`.
"""

from __future__ import annotations

import runpy
import sys

EVALS = ["evals.eval_reflect", "evals.eval_anonymise"]

if __name__ == "__main__":
    for name in EVALS:
        print(f"\n== {name} ==", flush=True)
        sys.argv = [name]
        runpy.run_module(name, run_name="__main__")
