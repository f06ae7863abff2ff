"""The `Record` service: one object the UI and the CLI talk to (see coach.record for the API)."""

from __future__ import annotations

from coach.record.aggregates import AggregatesMixin
from coach.record.core import IndexSink
from coach.record.db import make_engine, migrate
from coach.record.people import PeopleMixin
from coach.record.programs import ProgramsMixin
from coach.record.rights import RightsMixin
from coach.record.sessions import SessionsMixin
from coach.record.sharing import SharingMixin
from coach.settings import Settings


class Record(PeopleMixin, ProgramsMixin, SessionsMixin, SharingMixin, RightsMixin, AggregatesMixin):
    """The system of record. Safe to share between threads; each call is one transaction."""

    @classmethod
    def open(cls, url: str, index: IndexSink | None = None) -> Record:
        """Open (and migrate to the latest schema) the database at a SQLAlchemy URL."""
        engine = make_engine(url)
        try:
            migrate(engine)
        except Exception:
            engine.dispose()
            raise
        return cls(engine, index=index)

    def __enter__(self) -> Record:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_record(settings: Settings, index: IndexSink | None = None) -> Record:
    """The record configured by settings: `COACH_DATABASE_URL`, else a SQLite file in data_dir."""
    return Record.open(settings.db_url, index=index)
