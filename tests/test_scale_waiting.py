"""A burst waits its turn: sign-ins and coach events beyond what runs at once are held in a
bounded line, not refused, while the server is merely busy; past the line's bound a flood
still gets a clear "busy" answer.

Both middlewares are driven over ASGI with stand-ins for the record and Gradio's queue, so
the burst is held exactly where it would wait (a password check that does not return until
the test says so; coach events that stay in the queue until the test finishes them).
"""

from __future__ import annotations

import asyncio
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from types import SimpleNamespace
from typing import Any

import httpx

from ui import auth
from ui.auth import SignInGate
from ui.lanes import COACH_BACKLOG, COACH_LANE, TOO_BUSY, CoachLanes
from ui.sessions import USER_KEY
from ui.signin import AddressThrottle

POLLS = 20_000  # bound on polling steps (a count, never a time)


class HeldRecord:
    """Signs everyone in, but only once `release` is set."""

    def __init__(self) -> None:
        self.release = threading.Event()

    def deployment_value(self, key: str) -> str:
        return "cookie-id"

    def sign_in(self, email: str, password: str, client: str) -> Any:
        self.release.wait(timeout=300)
        person = SimpleNamespace(email=email)
        return SimpleNamespace(token=f"token-{email}", person=person)


def _gate_app(gate: SignInGate) -> Any:
    host = SimpleNamespace(tokens={}, cookie_id="cookie-id")

    async def asgi(scope: dict[str, Any], receive: Any, send: Any) -> None:
        scope["app"] = host
        await gate(scope, receive, send)

    return asgi


async def _sign_in_burst(n: int) -> list[int]:
    record = HeldRecord()

    async def inner(scope: dict[str, Any], receive: Any, send: Any) -> None:
        raise AssertionError("only /login is asked")

    gate = SignInGate(inner, SimpleNamespace(record=record), throttle=AddressThrottle())
    transport = httpx.ASGITransport(app=_gate_app(gate))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:

        async def sign_in(i: int) -> int:
            form = {"username": f"p{i}@example.org", "password": "pw"}
            return (await client.post("/login", data=form)).status_code

        tasks = [asyncio.ensure_future(sign_in(i)) for i in range(n)]
        for _ in range(POLLS):  # every attempt is checking, waiting or answered
            stats = gate.workers.statistics()
            answered = sum(t.done() for t in tasks)
            if stats.borrowed_tokens + stats.tasks_waiting + answered >= n:
                break
            await asyncio.sleep(0.005)
        record.release.set()
        return list(await asyncio.gather(*tasks))


def _run(burst: Any) -> Any:
    """Run a burst on its own thread and loop: a browser test before it, in the same
    process, leaves Playwright's loop running on this one."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, burst).result()


def test_a_burst_of_sign_ins_beyond_the_workers_waits_instead_of_being_refused() -> None:
    n = auth.WORKERS + 32 + 8  # more than checked at once plus what used to be let wait
    statuses = _run(_sign_in_burst(n))
    assert statuses == [200] * n, f"refused: {[s for s in statuses if s != 200]}"


def test_a_flood_of_sign_ins_beyond_the_line_is_told_busy(monkeypatch: Any) -> None:
    monkeypatch.setattr(auth, "MAX_WAITING", 4)
    n = auth.WORKERS + 4 + 3
    statuses = _run(_sign_in_burst(n))
    assert statuses.count(200) == auth.WORKERS + 4
    assert statuses.count(503) == 3


class FakeQueue:
    """Gradio's queue as CoachLanes reads it: events by id, each alive with its lane."""

    def __init__(self) -> None:
        self.event_ids_to_events: dict[str, Any] = {}


def _coach_app(queue: FakeQueue) -> tuple[Any, list[str], Any]:
    blocks = SimpleNamespace(fns={0: SimpleNamespace(concurrency_id=COACH_LANE)}, _queue=queue)
    host = SimpleNamespace(get_blocks=lambda: blocks)
    joined: list[str] = []

    async def inner(scope: dict[str, Any], receive: Any, send: Any) -> None:
        body = json.loads((await receive())["body"])
        who = scope[USER_KEY]  # one person per event: no one is near their own limit
        event = SimpleNamespace(concurrency_id=COACH_LANE, alive=True, username=who)
        queue.event_ids_to_events[body["session_hash"]] = event
        joined.append(body["session_hash"])
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    return host, joined, inner


async def _coach_burst(lanes_options: dict[str, Any], first: int, more: int) -> list[Any]:
    """`first` coach events join and stay queued; then `more` join at once; once each of
    those is answered or waiting, `more` of the first finish. Every response, in order."""
    queue = FakeQueue()
    host, joined, inner = _coach_app(queue)
    lanes = CoachLanes(inner, **lanes_options)

    async def asgi(scope: dict[str, Any], receive: Any, send: Any) -> None:
        scope["app"] = host
        scope[USER_KEY] = dict(scope["headers"])[b"x-person"].decode()
        await lanes(scope, receive, send)

    transport = httpx.ASGITransport(app=asgi)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:

        async def join(name: str) -> httpx.Response:
            body = {"fn_index": 0, "data": [], "session_hash": name}
            headers = {"x-person": f"{name}@example.org"}
            return await client.post("/gradio_api/queue/join", json=body, headers=headers)

        early = [await join(f"early-{i}") for i in range(first)]
        late = [asyncio.ensure_future(join(f"late-{i}")) for i in range(more)]
        waiting = getattr(lanes, "waiting", lambda: 0)
        for _ in range(POLLS):
            if sum(t.done() for t in late) + waiting() >= more:
                break
            await asyncio.sleep(0.005)
        for name in joined[:more]:  # some of the queued coach work finishes
            del queue.event_ids_to_events[name]
        return early + list(await asyncio.gather(*late))


def test_coach_events_beyond_the_backlog_wait_for_room_instead_of_being_refused() -> None:
    said = _run(_coach_burst({}, COACH_BACKLOG, 12))
    refused = [r.json()["detail"] for r in said if r.status_code != 200]
    assert not refused, f"{len(refused)} refused: {refused[:1]}"
    assert len(said) == COACH_BACKLOG + 12


def test_a_flood_of_coach_events_beyond_the_line_is_told_busy() -> None:
    said = _run(_coach_burst({"backlog": 4, "max_waiting": 3}, 4, 5))
    statuses = [r.status_code for r in said]
    assert statuses.count(200) == 4 + 3
    busy = [r.json()["detail"] for r in said if r.status_code == 429]
    assert busy == [TOO_BUSY, TOO_BUSY]
