"""The `Record` service: one object the UI and the CLI talk to (see coach.record for the API)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.exc import SQLAlchemyError

from coach.errors import ConfigError, RecordUnavailable
from coach.record.aggregates import AggregatesMixin
from coach.record.conversations import ConversationsMixin
from coach.record.core import IndexSink
from coach.record.cycle import CycleMixin
from coach.record.db import make_engine, migrate
from coach.record.models import utcnow
from coach.record.outcomes import OutcomesMixin
from coach.record.people import PeopleMixin
from coach.record.profiles import ProfilesMixin
from coach.record.programs import ProgramsMixin
from coach.record.reminders import RemindersMixin
from coach.record.replicas import ReplicasMixin
from coach.record.rights import RightsMixin
from coach.record.sharing import SharingMixin
from coach.record.signins import SignInsMixin
from coach.settings import Settings


class Record(
    SignInsMixin,
    PeopleMixin,
    ProfilesMixin,
    ProgramsMixin,
    CycleMixin,
    OutcomesMixin,
    SharingMixin,
    RightsMixin,
    AggregatesMixin,
    ConversationsMixin,
    RemindersMixin,
    ReplicasMixin,
):
    """The system of record. Safe to share between threads; each call is one transaction."""

    @classmethod
    def open(
        cls,
        url: str,
        index: IndexSink | None = None,
        *,
        session_idle_minutes: int = 60,
        session_max_hours: int = 12,
        clock: Callable[[], datetime] = utcnow,
    ) -> Record:
        """Open (and migrate to the latest schema) the database at a SQLAlchemy URL.

        Sign-ins end after `session_idle_minutes` unused or `session_max_hours` after signing
        in; `clock` (aware UTC now) is what those limits and the lockout are measured with.
        """
        try:
            engine = make_engine(url)
        except OSError as exc:  # the SQLite file's folder cannot be made (COACH_DATA_DIR)
            raise ConfigError(f"The folder for the record cannot be created: {exc}.") from exc
        except (SQLAlchemyError, ImportError) as exc:  # unknown dialect, driver not installed
            raise ConfigError(f"The database URL cannot be used: {_reason(exc)}.") from exc
        try:
            migrate(engine)
        except (SQLAlchemyError, OSError) as exc:  # unreachable server, not a database file
            engine.dispose()
            where = engine.url.render_as_string(hide_password=True)
            raise RecordUnavailable(
                f"The record at {where} cannot be opened: {_reason(exc)}."
            ) from exc
        except Exception:
            engine.dispose()
            raise
        return cls(
            engine,
            index=index,
            session_idle=timedelta(minutes=session_idle_minutes),
            session_max=timedelta(hours=session_max_hours),
            clock=clock,
        )

    def __enter__(self) -> Record:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _reason(exc: BaseException) -> str:
    """The driver's own first line, without SQLAlchemy's statement and background link."""
    cause = getattr(exc, "orig", None) or exc
    return (str(cause).strip().splitlines() or [type(cause).__name__])[0].rstrip(".")


def open_record(settings: Settings, index: IndexSink | None = None) -> Record:
    """The record configured by settings: `COACH_DATABASE_URL`, else a SQLite file in data_dir."""
    return Record.open(
        settings.db_url,
        index=index,
        session_idle_minutes=settings.session_idle_minutes,
        session_max_hours=settings.session_max_hours,
    )
