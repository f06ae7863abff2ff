"""Mentor progression, as HR records it: a promotion or a new role with its date."""

from __future__ import annotations

import csv
import io
from datetime import date

from coach.csv_rows import CsvRows, read_rows
from coach.errors import InvalidInput
from coach.flows.access import CURATORS, require_role
from coach.record import ActorRef, Record
from coach.record.outcomes import ProgressionImport, ProgressionView

COLUMNS = ("email", "kind", "date", "title")


def record_progression(
    record: Record,
    actor: ActorRef,
    person_id: int,
    kind: str,
    effective_on: date | str,
    title: str = "",
) -> ProgressionView:
    require_role(record, actor, CURATORS)
    return record.record_progression(actor, person_id, kind, effective_on, title)


def parse_progression_csv(text: str) -> CsvRows:
    """Rows of email, kind (promotion or new role), date (YYYY-MM-DD) and an optional title."""
    try:
        table = read_rows(io.StringIO(text.lstrip("\ufeff"), newline=""))
    except csv.Error as exc:
        raise InvalidInput(f"The file cannot be read as CSV: {exc}.") from exc
    missing = [c for c in ("email", "kind", "date") if c not in table.header]
    if missing:
        raise InvalidInput(
            f"The file has no {', '.join(missing)} column; the columns are {', '.join(COLUMNS)}."
        )
    return table


def import_progressions(record: Record, actor: ActorRef, text: str) -> ProgressionImport:
    require_role(record, actor, CURATORS)
    table = parse_progression_csv(text)
    return record.import_progressions(actor, table.rows, table.lines)
