"""Record fixtures: a small program on a real SQLite file, wired to a real Chroma index."""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from coach.embeddings import MiniLMEmbedding
from coach.index import Index, open_index
from coach.record import SYSTEM, PersonView, Record
from coach.settings import load_settings
from tests.index_fixtures import free_port, library_chroma

# Private-note canaries: a name-like token that is also on the roster, and a plain token.
CANARY_NAME = "Quorvanth Blisterwick"
CANARY_WORD = "zephyrquillion"
_db_numbers = itertools.count(1)


@dataclass
class World:
    """Two pairs in one cycle, plus HR and an admin; session `sid` has notes on both sides."""

    record: Record
    index: Index
    admin: PersonView
    hr: PersonView
    mentor: PersonView
    mentee: PersonView
    other_mentor: PersonView
    other_mentee: PersonView
    passwords: dict[str, str]
    cycle_id: int
    pair_id: int
    other_pair_id: int
    sid: int

    def by_role(self, role: str) -> PersonView:
        """The matrix roles: mentor / mentee (in the pair), other (another pair's mentor)."""
        return {
            "mentor": self.mentor,
            "mentee": self.mentee,
            "other": self.other_mentor,
            "hr": self.hr,
            "admin": self.admin,
        }[role]


def build_world(path: Path, index: Index, url: str | None = None) -> World:
    record = Record.open(url or f"sqlite:///{path / 'record.db'}", index=index)
    pw: dict[str, str] = {}

    def add(name: str, email: str, role: str) -> PersonView:
        person, secret = record.add_person(SYSTEM, name=name, email=email, role=role)
        pw[email] = secret
        return person

    admin = add("Ada Adminson", "ada@example.org", "admin")
    hr = add("Hugo Harrow", "hugo@example.org", "hr")
    mentor = add("Mina Okoro", "mina@example.org", "mentor")
    mentee = add(CANARY_NAME, "quorvanth@example.org", "mentee")
    other_mentor = add("Olly Penhaligon", "olly@example.org", "mentor")
    other_mentee = add("Petra Vosk", "petra@example.org", "mentee")
    program = record.create_program(hr, "Pilot")
    cycle = record.create_cycle(hr, program.id, "Spring", "2026-03-02", 12, 28)
    pair = record.create_pair(hr, cycle.id, mentor.id, mentee.id)
    other = record.create_pair(hr, cycle.id, other_mentor.id, other_mentee.id)
    sess = record.create_session(mentor, pair.id, topic="technology", held_on="2026-03-05")
    record.save_plan(mentor, sess.id, {"agenda": ["short video", "questions"]})
    record.save_notes(mentor, sess.id, "Mentor side: bring three short videos to show.")
    record.save_notes(
        mentee,
        sess.id,
        f"Private: my code word is {CANARY_WORD}. I learned that short video is where "
        "younger customers research what to buy.",
    )
    record.save_reflection(
        mentee,
        sess.id,
        {"takeaways": [f"{CANARY_WORD} stays with me"]},
        [{"text": "Watch our top five videos with the social team", "owner": "mentee"}],
    )
    record.rate_session(mentee, sess.id, 5, 4)
    return World(
        record,
        index,
        admin,
        hr,
        mentor,
        mentee,
        other_mentor,
        other_mentee,
        pw,
        cycle.id,
        pair.id,
        other.id,
        sess.id,
    )


@pytest.fixture(scope="session")
def shared_world(
    tmp_path_factory: pytest.TempPathFactory, embedder: MiniLMEmbedding
) -> Iterator[World]:
    """One world for the whole session: tests that use it must leave it as they found it."""
    path = tmp_path_factory.mktemp("record-world")
    index = open_index(load_settings(data_dir=path), embedder)
    world = build_world(path, index)
    yield world
    world.record.close()


@pytest.fixture
def world(
    request: pytest.FixtureRequest, tmp_path: Path, embedder: MiniLMEmbedding
) -> Iterator[World]:
    """A fresh world (record and index) for a test that changes or deletes things.

    A test module that sets WORLD_HOLDS_LIBRARY = True gets the index holding the real
    knowledge/ library too, copied as the built Chroma folder instead of re-embedded.

    On SQLite, unless the test is parametrised with "postgres" (the application-layer flow
    tests are, by `pytest_generate_tests` in conftest.py): then on a fresh PostgreSQL database.
    """
    backend = getattr(request, "param", "sqlite")
    url = request.getfixturevalue("postgres_url") if backend == "postgres" else None
    if getattr(request.module, "WORLD_HOLDS_LIBRARY", False):  # the real library as well
        shutil.copytree(
            library_chroma(request.getfixturevalue("library_index")), tmp_path / "chroma"
        )
    index = open_index(load_settings(data_dir=tmp_path), embedder)
    w = build_world(tmp_path, index, url)
    yield w
    w.record.close()


def _pg_tool(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    return str(versions[-1]) if versions else None


def _missing(reason: str) -> None:
    """Skip without PostgreSQL, unless TURNTABLE_REQUIRE_POSTGRES=1 (CI): then fail."""
    message = f"{reason}: install Debian's `postgresql` package to run the PostgreSQL tests"
    if os.environ.get("TURNTABLE_REQUIRE_POSTGRES") == "1":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A throwaway PostgreSQL cluster on a free loopback port (skipped where none is installed).

    The server refuses to run as root, so under root it runs as the `postgres` system user.
    """
    initdb, pg_ctl = _pg_tool("initdb"), _pg_tool("pg_ctl")
    if not (initdb and pg_ctl):
        _missing("PostgreSQL server programs (initdb, pg_ctl) are not installed")
    try:
        import psycopg  # noqa: F401 - only checks the driver is there
    except ImportError:
        _missing("the psycopg driver is not installed")
    prefix: list[str] = []
    base = Path(tempfile.mkdtemp(prefix="turntable-pg-"))
    if os.geteuid() == 0:
        import pwd

        user = pwd.getpwnam("postgres")
        os.chown(base, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data = base / "data"
    port = free_port()
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.STDOUT, "timeout": 120}
    subprocess.run(
        [
            *prefix,
            initdb,
            "-D",
            str(data),
            "-A",
            "trust",
            "-U",
            "turntable",
            "-E",
            "UTF8",
            "--no-sync",
        ],
        check=True,
        **quiet,
    )
    subprocess.run(
        [
            *prefix,
            pg_ctl,
            "-D",
            str(data),
            "-l",
            str(base / "server.log"),
            "-w",
            "-o",
            f"-F -h 127.0.0.1 -p {port} -k {base}",
            "start",
        ],
        check=True,
        **quiet,
    )
    try:
        yield f"postgresql+psycopg://turntable@127.0.0.1:{port}"
    finally:
        subprocess.run([*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], **quiet)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: str) -> str:
    """A fresh, empty database on the throwaway cluster."""
    import psycopg

    name = f"t{next(_db_numbers)}"
    dsn = postgres_server.replace("postgresql+psycopg", "postgresql") + "/postgres"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return f"{postgres_server}/{name}"


# Sign-ins: a clock the test moves, three people with a known password, SQLite and PostgreSQL.

START = datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC)
PASSWORD = "correct-horse-battery"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class SignInWorld:
    url: str
    clock: Clock
    record: Record
    admin: PersonView
    mentor: PersonView
    mentee: PersonView

    def another(self) -> Record:
        """A second record on the same database: what a second app process sees."""
        return Record.open(self.url, clock=self.clock)


@pytest.fixture(params=["sqlite", "postgres"])
def signins(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SignInWorld]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'record.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    clock = Clock()
    record = Record.open(url, clock=clock)
    admin, _ = record.add_person(
        SYSTEM, name="Ada Adminson", email="ada@example.org", role="admin", password=PASSWORD
    )
    mentor, _ = record.add_person(
        SYSTEM, name="Mina Okoro", email="mina@example.org", role="mentor", password=PASSWORD
    )
    mentee, _ = record.add_person(
        SYSTEM, name="Sol Brightwater", email="sol@example.org", role="mentee", password=PASSWORD
    )
    yield SignInWorld(url, clock, record, admin, mentor, mentee)
    record.close()


def raw_rows(record: Record, sql: str, **params: object) -> list[tuple]:
    with record.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def fail_sign_in(record: Record, email: str, times: int) -> None:
    for _ in range(times):
        assert record.sign_in(email, "not-the-password") is None


def two_signins(s: SignInWorld, email: str = "sol@example.org") -> list[str]:
    tokens = []
    for _ in range(2):
        signed = s.record.sign_in(email, PASSWORD)
        assert signed is not None
        tokens.append(signed.token)
    return tokens
