"""One typed settings object, read once from the environment.

Variables are ``COACH_*`` plus the standard ``OPENAI_API_KEY`` and ``OPENAI_BASE_URL``.
Reading settings has no side effects: no directories are created here.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from coach.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
_BUNDLED = Path(__file__).resolve().parent / "_bundled"


def bundled_dir(name: str) -> Path:
    """`prompts` or `knowledge`: the copy inside an installed wheel, else the checkout's folder
    (the top-level folders are the source of truth; the wheel build copies them in)."""
    packaged = _BUNDLED / name
    return packaged if packaged.is_dir() else PROJECT_ROOT / name


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="COACH_", extra="ignore", frozen=True)

    # Where the record, the embedded index and uploads live.
    data_dir: Path = Path("data")
    # The seed guidance library, ingested by `coach reindex`.
    knowledge_dir: Path = Field(default_factory=lambda: bundled_dir("knowledge"))

    # Index: an embedded PersistentClient under data_dir unless a Chroma server URL is given.
    chroma_url: str | None = None
    chroma_collection: str = "turntable"

    # Embeddings: the offline int8 MiniLM by default, or any OpenAI-compatible endpoint.
    embedding: Literal["minilm", "openai"] = "minilm"
    embedding_model: str = "text-embedding-3-small"
    # Cores one offline embedding run uses (0: onnxruntime decides, one a physical core), and
    # how many runs go at once (0: one per core available, at least two).
    embedding_threads: int = Field(default=1, ge=0)
    embedding_slots: int = Field(default=0, ge=0)

    # Chat model: none means the offline coach answers.
    model: str | None = None
    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_API_KEY", "COACH_OPENAI_API_KEY")
    )
    openai_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_BASE_URL", "COACH_OPENAI_BASE_URL")
    )
    llm_timeout: float = Field(default=60.0, gt=0)
    llm_retries: int = Field(default=2, ge=0, le=10)
    # How structured output is asked for: auto (probed once per server), or forced.
    structured_output: Literal["auto", "json_schema", "json_object", "tools", "prompt"] = "auto"
    # The model's context window in tokens: prompts are cut to fit it.
    llm_context: int = Field(default=8192, ge=1024)

    # System of record: a SQLite file under data_dir unless a SQLAlchemy URL is given.
    database_url: str | None = None

    # App
    # Gradio's own GRADIO_SERVER_NAME / GRADIO_SERVER_PORT work too; COACH_* wins.
    host: str = Field(
        default="127.0.0.1", validation_alias=AliasChoices("COACH_HOST", "GRADIO_SERVER_NAME")
    )
    port: int = Field(
        default=7860, validation_alias=AliasChoices("COACH_PORT", "GRADIO_SERVER_PORT")
    )
    max_upload_mb: int = Field(default=20, gt=0)

    # Sign-in sessions: ended after this long unused, and this long after signing in.
    session_idle_minutes: int = Field(default=60, gt=0, le=60 * 24 * 30)
    session_max_hours: int = Field(default=12, gt=0, le=24 * 366)

    # Reminders by e-mail (`coach remind`): smtp://user:password@host:587 (STARTTLS) or
    # smtps://...:465; unset, HR copies the nudges from the Reminders tab.
    smtp_url: SecretStr | None = None
    smtp_from: str = "turntable@localhost"
    remind_days: int = Field(default=3, ge=1, le=30)  # days before a session

    @field_validator("openai_base_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        """A malformed server URL is a setting to fix, not a traceback at the first call."""
        if value:
            parts = urlsplit(value)  # ValueError on a broken host or port
            parts.port  # noqa: B018 - raises ValueError when the port is not a number
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ValueError("expected an http(s) URL such as http://127.0.0.1:8000/v1")
        return value

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'turntable.db').resolve()}"

    @property
    def llm_configured(self) -> bool:
        return bool(self.model)


def load_settings(**overrides: object) -> Settings:
    """Read the environment (and `.env`, or the file COACH_ENV_FILE names) once.

    Keyword overrides win; tests and the CLI use them.
    """
    env_file = os.environ.get("COACH_ENV_FILE", ".env")
    try:
        return Settings(_env_file=env_file or None, **overrides)  # type: ignore[arg-type, call-arg]
    except ValidationError as exc:
        raise ConfigError(_setting_error(exc)) from None


def _setting_error(exc: ValidationError) -> str:
    """Name the variable to fix; the value is left out, as it may be a key."""
    first = exc.errors()[0]
    name = str(first["loc"][0]) if first["loc"] else "a setting"
    if name.isupper() or name.lower().startswith("openai_"):  # an alias names the variable
        var = name.upper()
    else:
        var = f"COACH_{name.upper()}"
    return f"{var} cannot be used: {first['msg'].removeprefix('Value error, ')}."
