"""Engine, connection pragmas and migrations for the record.

SQLite gets WAL, foreign keys, a busy timeout and ``BEGIN IMMEDIATE`` for write transactions
(so concurrent writers queue on the lock instead of failing mid-transaction); all of that sits
in dialect-specific event hooks. Any other SQLAlchemy URL (PostgreSQL) runs plain SQL.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

from coach.errors import ConfigError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 30_000
# Execution option that asks the SQLite begin hook for a write lock up front.
IMMEDIATE = "turntable_begin_immediate"
T = TypeVar("T")


def make_engine(url: str) -> Engine:
    """An engine for `url`; for a SQLite file, the parent directory is created."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy raises ArgumentError with a terse message
        raise ConfigError(f"The database URL {url!r} is not a valid SQLAlchemy URL.") from exc
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)
    database = parsed.database or ""
    in_memory = database in ("", ":memory:") or database.startswith("file::memory:")
    kwargs: dict = {"connect_args": {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}}
    if in_memory:
        kwargs["poolclass"] = StaticPool
    else:
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        kwargs["pool_size"] = 8
        kwargs["max_overflow"] = 16
    engine = create_engine(parsed, **kwargs)
    _install_sqlite_hooks(engine, wal=not in_memory)
    return engine


def _install_sqlite_hooks(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        # Let SQLAlchemy's begin hook (below) own transaction starts.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # Deleted notes are overwritten on disk, not just unlinked from the b-tree.
        cur.execute("PRAGMA secure_delete=ON")
        if wal:
            _switch_to_wal(cur)
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # type: ignore[no-untyped-def]
        immediate = conn.get_execution_options().get(IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _busy(exc: BaseException) -> bool:
    """SQLITE_BUSY ("database is locked"), from the driver or wrapped by SQLAlchemy."""
    cause = getattr(exc, "orig", None) or exc
    if not isinstance(cause, sqlite3.OperationalError):
        return False
    code = getattr(cause, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF == sqlite3.SQLITE_BUSY
    return "database is locked" in str(cause)


def _retry_busy(attempt: Callable[[], T]) -> T:
    """Run `attempt`, again after a short, growing pause while SQLite says it is busy.

    For the cases where SQLite answers SQLITE_BUSY at once instead of waiting out the busy
    timeout (it does so when waiting could deadlock). Bounded by BUSY_TIMEOUT_MS in all.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.005
    while True:
        try:
            return attempt()
        except Exception as exc:
            if not _busy(exc) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.25)


def _switch_to_wal(cur: sqlite3.Cursor) -> None:
    """Turn a file to WAL. Two connections switching a brand-new file at once (two app
    processes starting together) get "database is locked" at once, whatever the busy
    timeout: the loser waits for the winner instead, and then finds the file in WAL."""
    _retry_busy(lambda: cur.execute("PRAGMA journal_mode=WAL").fetchone())


def writer(engine: Engine) -> Engine:
    """The same engine, asking for the write lock when a transaction begins (SQLite only)."""
    return engine.execution_options(**{IMMEDIATE: True})


def alembic_config(engine: Engine | None = None) -> Config:
    """Alembic configured in code: no alembic.ini needed."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine) -> bool:
    """Bring the schema to head; returns True if anything was applied.

    Safe to call from several processes at once: the upgrade runs under the write lock
    (SQLite) or an advisory lock (PostgreSQL), and the revision is checked again once held.
    A first open that finds SQLite busy waits and tries again (within BUSY_TIMEOUT_MS).
    """
    head = head_revision()
    if _retry_busy(lambda: current_revision(engine)) == head:
        return False
    cfg = alembic_config(engine)

    def upgrade() -> bool:
        with writer(engine).begin() as conn:
            if conn.dialect.name == "postgresql":  # one migrator at a time across processes
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7301)")
            if MigrationContext.configure(conn).get_current_revision() == head:
                return False
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        return True

    # A busy answer rolls the whole upgrade back; it is then tried again from the start.
    return _retry_busy(upgrade)
