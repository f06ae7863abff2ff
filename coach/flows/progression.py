"""Mentor progression, as HR records it: a promotion or a new role with its date."""

from __future__ import annotations

import csv
import io
from datetime import date

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


def parse_progression_csv(text: str) -> list[dict[str, str]]:
    """Rows of email, kind (promotion or new role), date (YYYY-MM-DD) and an optional title."""
    try:
        reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
        missing = [c for c in ("email", "kind", "date") if c not in header]
        if missing:
            raise InvalidInput(
                f"The file has no {', '.join(missing)} column; the columns are "
                f"{', '.join(COLUMNS)}."
            )
        return [{(k or "").strip().lower(): (v or "") for k, v in row.items()} for row in reader]
    except csv.Error as exc:
        raise InvalidInput(f"The file cannot be read as CSV: {exc}.") from exc


def import_progressions(record: Record, actor: ActorRef, text: str) -> ProgressionImport:
    require_role(record, actor, CURATORS)
    return record.import_progressions(actor, parse_progression_csv(text))
