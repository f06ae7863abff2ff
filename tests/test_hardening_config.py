"""Settings that cannot be used are one sentence on stderr, never a traceback."""

from __future__ import annotations

import pytest

from coach.cli import main
from coach.errors import ConfigError
from coach.settings import load_settings


@pytest.mark.parametrize(
    ("var", "value"),
    [
        ("COACH_LLM_TIMEOUT", "0"),
        ("COACH_PORT", "abc"),
        ("COACH_EMBEDDING", "word2vec"),
    ],
)
def test_a_bad_setting_names_the_variable(
    monkeypatch: pytest.MonkeyPatch, var: str, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
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


def test_a_malformed_model_server_url_is_a_config_error(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path,  # noqa: ANN001
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("COACH_MODEL", "gpt-x")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://[::1")
    notes = tmp_path / "n.txt"
    notes.write_text("I will send the bank comparison by Friday.", encoding="utf-8")
    assert main(["reflect", str(notes)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("coach: OPENAI_BASE_URL") and "Traceback" not in err


@pytest.mark.parametrize("case", ["dialect", "not-a-database", "data-dir-is-a-file", "refused"])
def test_a_record_that_cannot_be_opened_is_one_sentence(
    case: str,
    tmp_path,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tests.llm_server import closed_port

    if case == "dialect":
        monkeypatch.setenv("COACH_DATABASE_URL", "foo://x")
    elif case == "not-a-database":
        (tmp_path / "bad.db").write_text("not sqlite at all")
        monkeypatch.setenv("COACH_DATABASE_URL", f"sqlite:///{tmp_path / 'bad.db'}")
    elif case == "data-dir-is-a-file":
        (tmp_path / "afile").write_text("")
        monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "afile"))
    else:
        monkeypatch.setenv(
            "COACH_DATABASE_URL",
            f"postgresql://turntable:s3cret@127.0.0.1:{closed_port()}/turntable",
        )
    assert main(["people", "list"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("coach: ") and "Traceback" not in err and "s3cret" not in err
    assert len(err.strip().splitlines()) == 1
