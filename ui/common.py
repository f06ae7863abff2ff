"""Shared pieces of the views: who is calling, errors as plain sentences, safe text, downloads.

Every event handler starts with `caller(deps, request, roles)`: the signed-in email from
Gradio's session is looked up in the record on each call, so a handler reached through the API
is checked exactly like one reached from the page, and a deactivated or deleted account stops
at once. The record checks permissions again on every call it serves.
"""

from __future__ import annotations

import functools
import html
import inspect
import logging
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import gradio as gr
from pydantic import ValidationError

from coach.errors import CoachError, NotFound
from coach.record import SYSTEM, PersonView
from coach.sanitise import inert_markdown
from coach.topics import TOPICS
from ui.deps import Deps

log = logging.getLogger("turntable.ui")

ROLE_LABELS = {
    "mentor": "junior mentor",
    "mentee": "senior mentee",
    "hr": "HR",
    "admin": "administrator",
}
HR_ROLES = ("hr", "admin")
DOWNLOAD_TTL = 3600  # seconds a prepared download (an export of personal data, say) is kept
TOPIC_CHOICES = [(label, slug) for slug, label in TOPICS.items()] + [("General", "general")]


@dataclass
class View:
    """One tab: who sees it, and how to fill it for a person when the page loads."""

    tab: gr.Tab
    roles: tuple[str, ...]
    load: Callable[[PersonView], list[Any]] | None = None
    outputs: list[Any] = field(default_factory=list)


def caller(deps: Deps, request: gr.Request | None, roles: tuple[str, ...] = ()) -> PersonView:
    """The signed-in person, refused with a plain sentence if their role may not do this."""
    email = getattr(request, "username", None) if request is not None else None
    if not email:
        raise gr.Error("Please sign in first.", title="Not signed in")
    try:
        person = deps.record.find_person(SYSTEM, email)
    except NotFound:
        raise gr.Error(
            "This account no longer exists. Sign out to continue.", title="Not signed in"
        ) from None
    if not person.active:
        raise gr.Error("This account has been deactivated.", title="Not allowed")
    session_hash = getattr(request, "session_hash", None)
    if session_hash and not deps.owners.claim(session_hash, email):
        raise gr.Error(
            "This page was opened by someone else. Reload it to continue.", title="Not allowed"
        )
    if roles and person.role not in roles:
        who = " or ".join(ROLE_LABELS[r] for r in roles)
        raise gr.Error(
            f"This is only for {who}; you are signed in as "
            f"{ROLE_LABELS.get(person.role, person.role)}.",
            title="Not allowed",
        )
    return person


def plain(text: str) -> str:
    """Text for a toast (gr.Error, gr.Warning): the page renders those as HTML, and messages
    can quote what someone typed, so tags are shown as text, never built."""
    return html.escape(str(text), quote=False)


def _as_message(exc: Exception) -> gr.Error:
    if isinstance(exc, gr.Error):
        return exc
    if isinstance(exc, CoachError):
        return gr.Error(plain(str(exc)), title=getattr(exc, "title", None) or "Cannot do that")
    if isinstance(exc, ValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ())) or "input"
        return gr.Error(
            plain(f"Please check the {where.replace('_', ' ')}: {first.get('msg', '')}."),
            title="Cannot do that",
        )
    log.exception("unexpected error in an event handler")
    return gr.Error(
        "Something went wrong on our side; nothing you typed was lost. "
        "Try again, and tell your administrator if it keeps happening.",
        title="Something went wrong",
    )


def guard(fn: Callable) -> Callable:
    """Turn domain errors into messages a person can read; never show a stack trace."""
    if inspect.isgeneratorfunction(fn):

        @functools.wraps(fn)
        def gen(*args: Any, **kwargs: Any) -> Any:
            try:
                yield from fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - every path ends in a readable message
                raise _as_message(exc) from None

        return gen

    @functools.wraps(fn)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            raise _as_message(exc) from None

    return call


def safe(text: str | None) -> str:
    """Stored or model text made inert for gr.Markdown (no HTML, no remote images)."""
    return inert_markdown(text or "")


def topic_label(slug: str | None) -> str:
    return TOPICS.get(slug or "", (slug or "general").capitalize())


def short_topic(slug: str | None) -> str:
    """'Technology', 'Consumer behaviour', 'ESG': for labels where space is short."""
    return re.split(r"[:,]", topic_label(slug), maxsplit=1)[0]


def short_date(value: date | None) -> str:
    return value.strftime("%d %b %Y") if value else "no date"


def _downloads() -> Path:
    """A private folder for files handed to download buttons; anything over an hour goes."""
    root = Path(tempfile.gettempdir()) / f"turntable-downloads-{os.getuid()}"
    root.mkdir(mode=0o700, exist_ok=True)
    cutoff = time.time() - DOWNLOAD_TTL
    for old in root.iterdir():
        try:
            if old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            continue
    return root


def download_file(name: str, content: str) -> str:
    """Write content to a private temporary file for a download button; returns its path."""
    folder = Path(tempfile.mkdtemp(prefix="dl-", dir=_downloads()))
    safe_name = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-") or "download.txt"
    path = folder / safe_name
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(content)
    return str(path)


def int_or_none(value: Any) -> int | None:
    """A dropdown value as an id (Gradio may hand back a string)."""
    if value in (None, "", "new"):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
