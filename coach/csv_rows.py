"""CSV rows with the file line each starts on, so an import's problems name the right row.

Counting rows from 2 goes wrong as soon as the file has a blank line (the reader skips it) or
a quoted value over several lines (one row, several lines). The reader's own line count is
the truth: each row starts on the line after the one the previous row ended on.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class CsvRows:
    header: list[str]  # stripped, lower case
    rows: list[dict[str, str]] = field(default_factory=list)  # keyed by that header
    lines: list[int] = field(default_factory=list)  # the file line each row starts on


def read_rows(lines: Iterable[str]) -> CsvRows:
    """The rows under the first line's header; blank lines are skipped; raises csv.Error.

    Values beyond the header are dropped, a short row's missing values are "".
    """
    reader = csv.reader(lines)
    header = [h.strip().lower() for h in next(reader, [])]
    out = CsvRows(header)
    ended = reader.line_num
    for values in reader:
        start, ended = ended + 1, reader.line_num
        if not values:
            continue
        out.rows.append({k: (values[i] if i < len(values) else "") for i, k in enumerate(header)})
        out.lines.append(start)
    return out


def file_lines(rows: Sequence[object], lines: Sequence[int] | None) -> list[int]:
    """The line of each row: as given, or counted from 2 (a header, then one line a row)."""
    if lines is None:
        return list(range(2, len(rows) + 2))
    if len(lines) != len(rows):
        raise ValueError("one line number per row")
    return list(lines)
