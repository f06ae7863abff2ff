"""Settings that cannot be used are one sentence on stderr, never a traceback."""

from __future__ import annotations

import pytest

from coach.cli import main
from coach.errors import ConfigError
from coach.settings import load_settings


@pytest.mark.parametrize(("var", "value"), [
    ("COACH_LLM_TIMEOUT", "0"), ("COACH_PORT", "abc"), ("COACH_EMBEDDING", "word2vec"),
])
def test_a_bad_setting_names_the_variable(monkeypatch: pytest.MonkeyPatch, var: str,
                                          value: str, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(var, value)
    with pytest.raises(ConfigError, match=var):
        load_settings()
    assert main(["stats"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"coach: {var}") and "Traceback" not in err and len(err.splitlines()) == 1


def test_a_secret_is_never_echoed(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(openai_api_key=["sk-secret-123"])
    assert "sk-secret-123" not in str(info.value)


def test_a_malformed_model_server_url_is_a_config_error(monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path,  # noqa: ANN001
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("COACH_MODEL", "gpt-x")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://[::1")
    notes = tmp_path / "n.txt"
    notes.write_text("I will send the bank comparison by Friday.", encoding="utf-8")
    assert main(["reflect", str(notes)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("coach: OPENAI_BASE_URL") and "Traceback" not in err
