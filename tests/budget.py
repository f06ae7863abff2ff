"""CPU-time budgets for tests that guard against runaway (backtracking, quadratic) code.

A wall-clock bound fails whenever the machine is busy; the CPU time this process spends is
what the code costs, whatever a neighbour is doing. Budgets stay generous: they catch minutes,
not milliseconds. Speed figures belong in benchmarks/ and evals/, not in tests.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass
class Spent:
    seconds: float = 0.0


@contextmanager
def cpu_budget(limit: float) -> Iterator[Spent]:
    """Fail if the block uses more than `limit` seconds of this process's CPU time."""
    spent = Spent()
    start = time.process_time()
    yield spent
    spent.seconds = time.process_time() - start
    assert spent.seconds < limit, f"used {spent.seconds:.2f} s of CPU (budget {limit} s)"
