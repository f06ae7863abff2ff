"""Page sessions the server no longer needs are let go, so memory stays flat run after run.

Gradio keeps, for every page ever opened, a copy of the page's components (up to 10,000
pages), even once the tab is closed: the load benchmark saw ~60 MB more after every run.
Here: a served app, a page opened and closed over real HTTP (its heartbeat stream ends, as a
closed tab's does), then the sweep, told the time, drops it after the grace period and not
before; a page still open is kept until it has gone unused for the idle limit."""

from __future__ import annotations

import datetime
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.ui_fixtures import HttpPerson, served_demo


@pytest.fixture()
def served(tmp_path: Path) -> Iterator[tuple[str, Any, dict[str, str]]]:
    with served_demo(tmp_path) as (url, demo, _, passwords):
        yield url, demo, passwords


def _open_page(url: str, passwords: dict[str, str], email: str) -> tuple[HttpPerson, Any]:
    """A page: signed in, its heartbeat stream open, its page load run."""
    person = HttpPerson(url, email, passwords[email])
    beat = person.http.stream("GET", f"/gradio_api/heartbeat/{person.session_hash}", timeout=None)
    answer = beat.__enter__()
    assert answer.status_code == 200
    assert person.run("on_load", [])[0]
    return person, beat


def test_a_closed_page_is_let_go_after_the_grace_and_an_open_one_kept(
    served: tuple[str, Any, dict[str, str]],
) -> None:
    from ui.memory import CLOSED_GRACE, IDLE, sweep

    url, demo, passwords = served
    holder = demo.state_holder
    assert holder.capacity <= 5000  # Gradio's default of 10,000 pages holds gigabytes
    closed, beat = _open_page(url, passwords, "mentee@demo.turntable.example")
    kept, kept_beat = _open_page(url, passwords, "hr@demo.turntable.example")
    assert closed.session_hash in holder and kept.session_hash in holder
    beat.__exit__(None, None, None)  # the tab goes away
    closed.close()
    gone = threading.Event()
    for _ in range(600):  # the server notices the closed stream (bounded wait)
        state = holder.session_data.get(closed.session_hash)
        if state is not None and state.is_closed:
            gone.set()
            break
        gone.wait(0.05)
    assert gone.is_set(), "the server never saw the page close"

    now = datetime.datetime.now()
    assert sweep(holder, now) == 0  # within the grace a reconnecting tab finds its page
    later = now + datetime.timedelta(seconds=CLOSED_GRACE + 1)
    assert sweep(holder, later) == 1
    assert closed.session_hash not in holder and kept.session_hash in holder
    much_later = now + datetime.timedelta(seconds=IDLE + 1)
    assert sweep(holder, much_later) == 1  # an open page unused for the idle limit goes too
    assert kept.session_hash not in holder
    kept_beat.__exit__(None, None, None)
    kept.close()
