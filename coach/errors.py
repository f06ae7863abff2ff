"""Domain errors. Raised in ``coach/``; turned into a UI or CLI message only at the edge."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class CoachError(Exception):
    """Base class: every message is a plain sentence a user can read."""


class ConfigError(CoachError):
    """The settings are inconsistent or point at something that is not there."""


class ModelFileError(CoachError):
    """The offline embedding model is missing or is not the file we pinned."""


class EmbeddingMismatch(CoachError):
    """The index was built with another embedding than the one configured."""


class IngestError(CoachError):
    """One file could not be read or split; the rest of a batch goes on."""


class IndexUnavailable(CoachError):
    """The Chroma store cannot be reached or opened."""


class RecordUnavailable(CoachError):
    """The system of record (SQLite file or database server) cannot be reached or opened."""


class PermissionDenied(CoachError):
    """The acting person may not do this."""


class NotFound(CoachError):
    """The thing asked for does not exist (or is not visible to the caller)."""


class InvalidInput(CoachError):
    """Input that cannot be used as given (empty, too large, wrong type)."""


class ModelUnavailable(CoachError):
    """The configured chat model failed after retries."""


class AccountLocked(CoachError):
    """Too many failed sign-ins for an account: no password is checked until `until` (UTC)."""

    def __init__(self, until: datetime, message: str | None = None) -> None:
        self.until = until
        super().__init__(
            message
            or "This account is locked after too many failed sign-ins; "
            f"try again after {_minute_up(until):%H:%M} UTC."
        )


def _minute_up(moment: datetime) -> datetime:
    """The first whole minute at or after `moment`, in UTC: "after 10:15" is then true."""
    moment = moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    whole = moment.replace(second=0, microsecond=0)
    return whole if whole == moment else whole + timedelta(minutes=1)
