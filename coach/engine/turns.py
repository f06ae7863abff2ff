"""What every coach task shares: checking what was typed, and the notice of a model failure."""

from __future__ import annotations

from typing import Any

from coach.engine import llm as llm_calls
from coach.errors import InvalidInput
from coach.sanitise import well_formed

FAILURES = (llm_calls.ModelOutputInvalid, llm_calls.ModelUnavailable)


def model_name(mode: str) -> str:
    return mode.removeprefix("model:")


def fallback_notice(model: str, exc: Exception | str) -> str:
    if isinstance(exc, str):
        reason = exc
    else:
        cause = (
            exc.__cause__ if isinstance(exc, llm_calls.ModelUnavailable) and exc.__cause__ else exc
        )
        reason = llm_calls.describe(cause)
    return (
        f"The model ({model_name(model)}) could not be used: {reason}. "
        "The offline coach answered instead, from the guidance library and your own words."
    )


def check_text(text: Any, what: str, limit: int) -> str:
    """Refuse input that cannot be used, with a sentence that says why."""
    if not isinstance(text, str):
        raise InvalidInput(f"The {what} must be text.")
    if "\x00" in text:
        raise InvalidInput(f"The {what} look like a binary file, not text.")
    if not text.strip():
        raise InvalidInput(f"There are no {what} to work with: the text is empty.")
    if len(text) > limit:
        raise InvalidInput(
            f"The {what} are too long ({len(text):,} characters; the limit is "
            f"{limit:,}). Split them and try again."
        )
    return well_formed(text)
