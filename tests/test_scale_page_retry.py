"""A page whose load never arrived (the queue refused it when 100 people came at once) used to
stay empty: its dropdowns had no choices, so every later event from it was refused with
"Value: N is not in the list of choices: []". Now the page tries its load again until one
arrives, over the same queue protocol a browser speaks (the served app, real HTTP)."""

from __future__ import annotations

from typing import Any

from coach.record import SYSTEM, Record
from tests.ui_fixtures import HttpPerson, UiServer


def _a_session(server: UiServer, email: str) -> int:
    with Record.open(f"sqlite:///{next(server.data_dir.glob('*.db'))}") as record:
        me = record.find_person(SYSTEM, email)
        pair = record.my_pairs(me)[0]
        return record.list_sessions(me, pair.id)[0].id


def _run(person: HttpPerson, fn_index: int, data: list[Any]) -> dict:
    joined = person.http.post(
        "/gradio_api/queue/join",
        json={
            "data": data,
            "fn_index": fn_index,
            "event_data": None,
            "session_hash": person.session_hash,
            "trigger_id": None,
        },
    )
    assert joined.status_code == 200, joined.text
    done = [m for m in person.stream() if m.get("msg") == "process_completed"]
    assert done, f"event {fn_index} did not complete"
    return done[-1]


def _retry(config: dict) -> tuple[dict, int]:
    """The page's retry: an active timer whose tick runs the page load again."""
    timers = {c["id"]: c for c in config["components"] if c.get("type") == "timer"}
    for dep in config["dependencies"]:
        for target, event in dep.get("targets", []):
            if event == "tick" and target in timers and timers[target]["props"].get("active"):
                return timers[target], dep["id"]
    raise AssertionError("the page has no active timer that loads it again")


def test_a_page_whose_load_was_refused_loads_again_and_then_works(
    own_ui_server: UiServer,
) -> None:
    email, password = own_ui_server.creds("mentee")
    sid = _a_session(own_ui_server, email)
    person = HttpPerson(own_ui_server.url, email, password)
    try:
        rate = person.fn_index("#rate-save")
        # The page is served, and its load is refused: no load has run for this page.
        before = _run(person, rate, [sid, 4, 4])
        assert not before["success"]
        assert "not in the list of choices" in str(before["output"].get("error")), before

        timer, tick = _retry(person.http.get("/config").json())
        assert 0 < timer["props"]["value"] <= 30  # seconds until the page tries again
        retried = _run(person, tick, [0])  # what the page's timer sends when it ticks
        assert retried["success"], retried
        values = retried["output"]["data"]
        assert any(isinstance(v, dict) and v.get("active") is False for v in values), values

        after = _run(person, rate, [sid, 4, 4])
        assert after["success"], after
        assert "Rating saved" in after["output"]["data"][0]
    finally:
        person.close()


def test_a_page_that_loaded_stops_trying(own_ui_server: UiServer) -> None:
    email, password = own_ui_server.creds("mentor")
    person = HttpPerson(own_ui_server.url, email, password)
    try:
        config = person.http.get("/config").json()
        _, tick = _retry(config)
        load = next(
            d["id"]
            for d in config["dependencies"]
            if any(event == "load" for _, event in d.get("targets", [])) and d.get("outputs")
        )
        loaded = _run(person, load, [])
        assert loaded["success"], loaded
        stopped = [v for v in loaded["output"]["data"] if isinstance(v, dict)]
        assert any(v.get("active") is False for v in stopped)  # the timer is turned off
        again = _run(person, tick, [loaded["output"]["data"][-1]])
        assert again["success"]  # a late tick changes nothing
        assert all(
            v is None or (isinstance(v, dict) and v.get("__type__") in ("update", None))
            for v in again["output"]["data"][:-2]
        )
    finally:
        person.close()
