"""Shared test setup: no test may reach the network, and every test gets its own data dir."""

from __future__ import annotations

import ipaddress
import socket

import pytest

# Fixture modules per area; each adds its line here.
pytest_plugins: list[str] = [
    "tests.index_fixtures",
    "tests.record_fixtures",
    "tests.outcome_fixtures",
    "tests.engine_fixtures",
    "tests.ui_fixtures",
]

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_local(address: object) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = address[0] if isinstance(address, tuple) else None
    if host in ("localhost", "", None):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _guarded(real):
    def connect(self, address):  # type: ignore[no-untyped-def]
        if not _is_local(address):
            raise RuntimeError(f"test tried to reach the network: {address!r}")
        return real(self, address)

    return connect


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection to a non-loopback address fails the test."""
    monkeypatch.setattr(socket.socket, "connect", _guarded(_real_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded(_real_connect_ex))


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests never pick up a developer's model or key, and never write into ./data."""
    for var in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "COACH_MODEL",
        "COACH_CHROMA_URL",
        "COACH_DATABASE_URL",
        "COACH_EMBEDDING",
    ):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.setenv("COACH_ENV_FILE", "")  # a developer's .env never reaches a test
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    monkeypatch.setenv("GRADIO_ANALYTICS_ENABLED", "False")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


# The application-layer flows run on both record back ends (PostgreSQL: one cluster a session).
_BOTH_BACKENDS = ("test_flows_",)
# These drive the CLI at the world's SQLite file by path, so they stay on SQLite.
_SQLITE_ONLY = {
    "test_coach_calendar_writes_icalendar_to_stdout",
    "test_reminders_are_e_mailed_through_a_real_smtp_server",
}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    name = metafunc.module.__name__.rsplit(".", 1)[-1]
    if (
        "world" in metafunc.fixturenames
        and name.startswith(_BOTH_BACKENDS)
        and metafunc.function.__name__ not in _SQLITE_ONLY
    ):
        metafunc.parametrize("world", ["sqlite", "postgres"], indirect=True)
