"""What the app is built from: settings, the index, the record and the coach, passed in as one.

Tests and the entry point build a `Deps` and hand it to `ui.build_app`; no view reaches for a
module global, so two apps in one process never share a person's state.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coach.engine import Coach
from coach.flows.library import Library
from coach.index import Index, open_index
from coach.record import SYSTEM, Record, open_record
from coach.settings import Settings
from ui.downloads import Downloads
from ui.sessions import SessionOwners

DEMO_FILE = "demo-accounts.txt"


@dataclass
class Deps:
    settings: Settings
    index: Index
    record: Record
    coach: Coach
    owners: SessionOwners = field(default_factory=SessionOwners)
    downloads: Downloads = field(default_factory=Downloads)

    @property
    def model_label(self) -> str:
        """Which model answers, for the status line."""
        return self.coach.mode

    @property
    def library(self) -> Library:
        """The guidance library's place, for the library flows."""
        return Library(self.record, self.index, self.settings)

    @property
    def offline(self) -> bool:
        return self.coach.llm is None


def build_deps(settings: Settings, index: Index | None = None, llm: Any | None = None) -> Deps:
    """Open the index and the record and build the coach from settings (or given parts)."""
    private_dir(settings.data_dir)
    index = index or open_index(settings, on_first_use=True)  # opened by its first use
    record = open_record(settings, index=index)
    coach = (
        Coach.from_settings(settings, index)
        if llm is None
        else Coach(settings=settings, index=index, llm=llm)
    )
    return Deps(settings=settings, index=index, record=record, coach=coach)


def private_dir(path: Path) -> None:
    """Create the data dir readable by this user alone, or tighten one that is not: it holds
    the record, whose private notes must not be open to other accounts on the machine."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if path.stat().st_mode & 0o077 and path.stat().st_uid == os.getuid():
        os.chmod(path, 0o700)


def seed_demo_if_empty(deps: Deps, lessons: bool = False) -> dict[str, str] | None:
    """On a first start with an empty record, seed the demo program and keep its passwords.

    The passwords go to a file only this user can read (never to the console, whose output
    ends up in logs); nothing is done when anyone is already in the record. With `lessons`,
    the demo's lessons are shared and approved too, which writes them into this app's index.
    """
    from coach.record.demo import seed_demo

    if deps.record.list_people(SYSTEM):
        return None
    passwords = seed_demo(deps.record)
    if lessons:
        from coach.record.demo_notes import share_demo_lessons

        share_demo_lessons(deps.record)
    path = write_demo_accounts(deps.settings.data_dir, passwords)
    print(
        f"Demo program seeded: {len(passwords)} accounts, their passwords in "
        f"{path.name} in the data folder (readable only by you).",
        file=sys.stderr,
        flush=True,
    )
    return passwords


def write_demo_accounts(data_dir: Path, passwords: dict[str, str]) -> Path:
    """Write email/password lines to data_dir/demo-accounts.txt with mode 0600."""
    path = data_dir / DEMO_FILE
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # an older file may have had looser bits
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("# Turntable demo accounts: email password\n")
        for email, secret in passwords.items():
            fh.write(f"{email} {secret}\n")
    return path


def read_demo_accounts(data_dir: Path) -> dict[str, str]:
    """The demo accounts file as {email: password} (tests and the sign-in hint use it)."""
    path = data_dir / DEMO_FILE
    out: dict[str, str] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                email, _, secret = line.partition(" ")
                out[email] = secret
    return out
