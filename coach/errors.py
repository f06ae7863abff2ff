"""Domain errors. Raised in ``coach/``; turned into a UI or CLI message only at the edge."""


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
