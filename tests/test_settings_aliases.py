"""Gradio's own server variables work as aliases of the app's, as deployments expect."""

from __future__ import annotations

import pytest

from coach.settings import load_settings


def test_gradio_server_name_and_port_are_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_ENV_FILE", "")
    monkeypatch.setenv("GRADIO_SERVER_NAME", "127.0.0.2")
    monkeypatch.setenv("GRADIO_SERVER_PORT", "7999")
    s = load_settings()
    assert (s.host, s.port) == ("127.0.0.2", 7999)


def test_the_apps_own_variables_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_ENV_FILE", "")
    monkeypatch.setenv("GRADIO_SERVER_NAME", "127.0.0.2")
    monkeypatch.setenv("COACH_HOST", "127.0.0.3")
    monkeypatch.setenv("COACH_PORT", "7001")
    monkeypatch.setenv("GRADIO_SERVER_PORT", "7999")
    s = load_settings()
    assert (s.host, s.port) == ("127.0.0.3", 7001)
