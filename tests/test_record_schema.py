"""Migrations build the schema the models describe, on an empty file, idempotently and safely."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from coach.errors import ConfigError
from coach.record import SYSTEM, Record, open_record
from coach.record.db import current_revision, head_revision, make_engine, migrate
from coach.record.models import Base
from coach.settings import load_settings


def _inline_manager_fk(diff: object) -> bool:
    """The reflected and the modelled form of people.manager_id's foreign key."""
    if not isinstance(diff, tuple) or diff[0] not in ("add_fk", "remove_fk"):
        return False
    fk = diff[1]
    return fk.table.name == "people" and [c.name for c in fk.columns] == ["manager_id"]


def test_migration_on_empty_file_matches_the_models(tmp_path: Path) -> None:
    db = tmp_path / "nested" / "record.db"
    record = Record.open(f"sqlite:///{db}")
    try:
        assert db.exists()
        assert current_revision(record.engine) == head_revision() is not None
        with record.engine.connect() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
            assert [d for d in diffs if not _inline_manager_fk(d)] == []
            tables = set(inspect(conn).get_table_names())
            # people.manager_id was added in place (a rebuild of `people` would cascade into
            # pairs and sessions); SQLAlchemy reads neither the name nor the ON DELETE of such
            # a column constraint, so the stored table says what it is.
            people_sql = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'people'"
            ).scalar()
            assert (
                "manager_id INTEGER CONSTRAINT fk_people_manager_id_people REFERENCES "
                "people (id) ON DELETE SET NULL" in people_sql
            )
        assert {
            "people",
            "programs",
            "cycles",
            "pairs",
            "sessions",
            "action_items",
            "share_queue",
            "audit",
            "alembic_version",
        } <= tables
    finally:
        record.close()


def test_reopen_is_idempotent_and_keeps_data(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path)
    with open_record(settings) as record:
        record.add_person(SYSTEM, name="Ada Adminson", email="ada@example.org", role="admin")
    assert (tmp_path / "turntable.db").exists()
    with open_record(settings) as again:
        assert not migrate(again.engine), "nothing left to apply"
        assert [p.email for p in again.list_people(SYSTEM)] == ["ada@example.org"]
        with again.engine.connect() as conn:
            versions = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        assert versions == [(head_revision(),)]


def test_concurrent_first_opens_migrate_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'race.db'}"
    errors: list[BaseException] = []
    openers = 12
    barrier = threading.Barrier(openers)

    def open_one() -> None:
        try:
            barrier.wait()
            Record.open(url).close()
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(openers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    engine = make_engine(url)
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_first_open_waits_while_another_opener_switches_the_file_to_wal(tmp_path: Path) -> None:
    """A second app process opening a brand-new record while the first one is turning it to
    WAL used to fail at once with "database is locked" (SQLite does not wait in that case)."""
    path = tmp_path / "new.db"
    first = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    first.execute("BEGIN IMMEDIATE")  # the first opener, mid-way through its own switch
    errors: list[BaseException] = []
    done = threading.Event()

    def second_opener() -> None:
        try:
            Record.open(f"sqlite:///{path}").close()
        except BaseException as exc:  # noqa: BLE001 - asserted below
            errors.append(exc)
        finally:
            done.set()

    opener = threading.Thread(target=second_opener)
    opener.start()
    done.wait(5)  # long enough to reach the lock; a fixed record is still waiting then
    first.execute("COMMIT")
    first.close()
    opener.join()
    assert errors == []
    engine = make_engine(f"sqlite:///{path}")
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_sqlite_pragmas_are_on(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'p.db'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    engine.dispose()


def test_foreign_keys_and_checks_are_enforced(tmp_path: Path) -> None:
    with Record.open(f"sqlite:///{tmp_path / 'fk.db'}") as record:
        with pytest.raises(IntegrityError), record.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO pairs (cycle_id, mentor_id, mentee_id, status, "
                    "created_at) VALUES (999, NULL, NULL, 'active', '2026-01-01')"
                )
            )
        with pytest.raises(IntegrityError), record.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO people (name, email, role, expertise, "
                    "learning_goals, active, created_at) VALUES ('x', 'x@y.org', "
                    "'boss', '[]', '[]', 1, '2026-01-01')"
                )
            )


def test_in_memory_url_works(tmp_path: Path) -> None:
    with Record.open("sqlite://") as record:
        person, _ = record.add_person(
            SYSTEM, name="Ada Adminson", email="a@example.org", role="admin"
        )
        assert record.get_person(person, person.id).email == "a@example.org"


def test_bad_url_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="not a valid SQLAlchemy URL"):
        Record.open("not a url at all")
