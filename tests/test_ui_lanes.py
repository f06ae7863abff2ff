"""One person flooding the coach stalls nobody else: HTTP requests against the served app.

A mentor queues 80 plans at once (80 tabs, one click each). Only a few are taken; the rest are
refused at once with a sentence saying why. Meanwhile a senior's page load, note autosave and
library search are taken and answered, and the search waits behind no coach work.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from coach.record import Record
from tests.ui_fixtures import UiServer

FLOOD = 80
MAX_LINES = 5000  # bound on stream lines read per event


def login(server: UiServer, role: str, client: Any) -> None:
    email, password = server.creds(role)
    r = client.post("/login", data={"username": email, "password": password})
    assert r.status_code == 200, r.text


def dependencies(client: httpx.Client) -> list[dict]:
    return client.get("/config").json()["dependencies"]


def fn_index(deps: list[dict], api_name: str) -> int:
    return next(i for i, d in enumerate(deps) if d.get("api_name") == api_name)


def args(deps: list[dict], index: int, first: list[Any]) -> list[Any]:
    """The first arguments given, the rest of the event's inputs left empty."""
    return first + [None] * (len(deps[index]["inputs"]) - len(first))


def join_body(index: int, data: list[Any], session_hash: str) -> dict[str, Any]:
    return {
        "data": data,
        "fn_index": index,
        "session_hash": session_hash,
        "event_data": None,
        "trigger_id": None,
    }


def outcome(client: httpx.Client, session_hash: str, event_id: str) -> tuple[dict, list[dict]]:
    """Read a session's stream until this event completes: (completion, messages seen)."""
    seen: list[dict] = []
    with client.stream(
        "GET", "/gradio_api/queue/data", params={"session_hash": session_hash}, timeout=300
    ) as stream:
        assert stream.status_code == 200
        for n, line in enumerate(stream.iter_lines()):
            assert n < MAX_LINES, "the event never completed"
            if not line.startswith("data:"):
                continue
            msg = json.loads(line[5:])
            if msg.get("event_id") != event_id:
                continue
            seen.append(msg)
            if msg.get("msg") == "process_completed":
                return msg, seen
    raise AssertionError("the stream ended before the event completed")


async def flood(
    server: UiServer, cookies: httpx.Cookies, index: int, data: list[Any]
) -> list[httpx.Response]:
    """FLOOD joins at once, each from its own tab (session hash)."""
    async with httpx.AsyncClient(
        base_url=server.url, cookies=cookies, timeout=120, trust_env=False
    ) as c:
        return await asyncio.gather(
            *[
                c.post(
                    "/gradio_api/queue/join",
                    json=join_body(index, data, f"flood{n:03d}{uuid.uuid4().hex[:6]}"),
                )
                for n in range(FLOOD)
            ]
        )


@pytest.fixture
def people(own_ui_server: UiServer) -> Any:
    mentor = httpx.Client(base_url=own_ui_server.url, timeout=120, trust_env=False)
    senior = httpx.Client(base_url=own_ui_server.url, timeout=120, trust_env=False)
    login(own_ui_server, "mentor", mentor)
    login(own_ui_server, "mentee", senior)
    yield mentor, senior
    mentor.close()
    senior.close()


def test_a_flood_of_plans_stalls_no_one_else(own_ui_server: UiServer, people: Any) -> None:
    mentor, senior = people
    deps = dependencies(mentor)
    prepare = fn_index(deps, "make_plan")
    plan_args = args(
        deps,
        prepare,
        [None, None, "technology", "senior leader", "why younger customers switch banks", "", 45],
    )
    with ThreadPoolExecutor(1) as pool:  # its own event loop, whatever else runs here
        answers = pool.submit(
            asyncio.run, flood(own_ui_server, mentor.cookies, prepare, plan_args)
        ).result()

    taken = [r for r in answers if r.status_code == 200]
    refused = [r for r in answers if r.status_code != 200]
    assert 1 <= len(taken) <= 4, [r.status_code for r in answers]
    assert len(refused) == FLOOD - len(taken)
    for r in refused:  # a sentence a person can act on, not "Queue is full"
        assert r.status_code == 429, (r.status_code, r.text)
        detail = r.json()["detail"]
        assert "plans or summaries" in detail and "wait" in detail.lower(), detail

    with Record.open(f"sqlite:///{own_ui_server.data_dir / 'turntable.db'}") as record:
        me = record.authenticate(*own_ui_server.creds("mentee"))
        session_id = record.list_sessions(me, record.my_pairs(me)[0].id)[-1].id

    # The senior, meanwhile: page load, an autosave of new notes, a library search.
    load = fn_index(deps, "on_load")
    tab = "senior" + uuid.uuid4().hex[:10]
    joined = senior.post("/gradio_api/queue/join", json=join_body(load, [], tab))
    assert joined.status_code == 200, joined.text
    done, _ = outcome(senior, tab, joined.json()["event_id"])
    assert done["success"], done

    words = "Fees first, then the app: what I learnt while the coach was busy."
    save = fn_index(dependencies(senior), "autosave")
    joined = senior.post(
        "/gradio_api/queue/join", json=join_body(save, args(deps, save, [session_id, words]), tab)
    )
    assert joined.status_code == 200, joined.text
    done, _ = outcome(senior, tab, joined.json()["event_id"])
    assert done["success"], done
    with Record.open(f"sqlite:///{own_ui_server.data_dir / 'turntable.db'}") as record:
        me = record.authenticate(*own_ui_server.creds("mentee"))
        assert record.get_session(me, session_id).my_notes == words

    search = fn_index(deps, "search")
    joined = senior.post(
        "/gradio_api/queue/join", json=join_body(search, ["bank fees", "general"], tab)
    )
    assert joined.status_code == 200, joined.text
    done, seen = outcome(senior, tab, joined.json()["event_id"])
    assert done["success"], done
    ranks = [m["rank"] for m in seen if m.get("msg") == "estimation" and "rank" in m]
    assert all(r == 0 for r in ranks), ranks  # nothing queued ahead of it in its lane

    # The mentor's own plans are served, and once they are done the mentor may ask again.
    for r, tab_hash in [(r, json.loads(r.request.content)["session_hash"]) for r in taken]:
        done, _ = outcome(mentor, tab_hash, r.json()["event_id"])
        assert done["success"], done
    again = mentor.post(
        "/gradio_api/queue/join", json=join_body(prepare, plan_args, "again" + uuid.uuid4().hex[:8])
    )
    assert again.status_code == 200, again.text
