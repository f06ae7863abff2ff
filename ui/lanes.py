"""Lanes: coach work (plans, refinements, summaries) never crowds out anyone's page or notes.

Coach work is slow (seconds of retrieval and writing each) and runs a couple at a time. Left
alone, one person clicking Prepare in 80 tabs filled Gradio's queue, and other people's page
loads and note autosaves were refused. So each person may have only a few coach events waiting
or running at once (the extra is refused at queue join with a sentence saying why), coach work
as a whole has a bounded backlog, and the queue itself is large enough that light events
(page load, autosave, search), each in its own lane, always find room.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from ui.sessions import Refused, read_body, respond, signed_in_user

COACH_LANE = "coach"
PAGE_LANE = "page"  # page loads: a few database reads each, many at once when people arrive
PAGE_LIMIT = 16
PER_PERSON = 3  # coach events one person may have waiting or running
COACH_BACKLOG = 48  # coach events waiting or running, everyone together
QUEUE_SIZE = 512  # Gradio's queue, all lanes: far above the coach backlog

TOO_MANY = (
    "You already have {n} plans or summaries being prepared. Please wait for one to "
    "finish, then try again; nothing you typed was lost."
)
TOO_BUSY = (
    "The coach is busy with other people's plans and summaries. Please wait a minute, "
    "then try again; nothing you typed was lost."
)


def _lane_of(app: Any, path: str, body: dict[str, Any]) -> str | None:
    """The concurrency lane of the event a join or call asks for, if it can be told."""
    blocks = app.get_blocks() if hasattr(app, "get_blocks") else None
    fns = getattr(blocks, "fns", None) or {}
    if path.endswith("/queue/join"):
        fn = fns.get(body.get("fn_index")) if isinstance(body.get("fn_index"), int) else None
    else:
        name = path.rstrip("/").rsplit("/", 1)[-1]
        fn = next((f for f in fns.values() if getattr(f, "api_name", None) == name), None)
    return getattr(fn, "concurrency_id", None)


def _is_call(path: str) -> bool:
    """`/gradio_api/call/<name>` (but not `/call/<name>/<event_id>`, which only reads)."""
    parts = path.strip("/").split("/")
    return (len(parts) >= 2 and parts[-2] == "call") or (
        len(parts) >= 3 and parts[-3] == "call" and parts[-2] == "v2"
    )


class CoachLanes:
    """ASGI middleware: refuses a person's coach event at queue join when they already have
    PER_PERSON waiting or running, or when coach work as a whole is COACH_BACKLOG deep."""

    def __init__(
        self, app: Any, per_person: int = PER_PERSON, backlog: int = COACH_BACKLOG
    ) -> None:
        self.app = app
        self.per_person = per_person
        self.backlog = backlog
        self._joining: Counter[str] = Counter()  # admitted, not yet in Gradio's queue

    def _pending(self, queue: Any) -> Counter[str]:
        """Coach events waiting or running, per person (the anonymous under '')."""
        events = list(getattr(queue, "event_ids_to_events", {}).values())
        return Counter(
            e.username or ""
            for e in events
            if getattr(e, "concurrency_id", None) == COACH_LANE and e.alive
        )

    def _refusal(self, app: Any, who: str) -> str | None:
        """Why this person's coach event is turned away now, if it is."""
        queue = getattr(app.get_blocks(), "_queue", None) if app is not None else None
        pending = self._pending(queue)
        mine = pending[who] + self._joining[who]
        everyone = sum(pending.values()) + sum(self._joining.values())
        if mine >= self.per_person:
            return TOO_MANY.format(n=mine)
        return TOO_BUSY if everyone >= self.backlog else None

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if not _joins(scope):
            await self.app(scope, receive, send)
            return
        try:
            raw, receive = await read_body(receive)
        except Refused as refused:  # too large
            await respond(send, refused.status, refused.detail)
            return
        body = _json_body(raw)
        app = scope.get("app")
        if not isinstance(body, dict) or _lane_of(app, scope.get("path", ""), body) != COACH_LANE:
            await self.app(scope, receive, send)
            return
        who = signed_in_user(scope) or ""
        text = self._refusal(app, who)
        if text is not None:
            await _too_many(send, text)
            return
        self._joining[who] += 1  # no await since the count: the check and this are one step
        try:
            await self.app(scope, receive, send)
        finally:
            self._joining[who] -= 1
            if self._joining[who] <= 0:
                del self._joining[who]


def _joins(scope: dict[str, Any]) -> bool:
    """A POST that joins the queue or calls an event (the only ways to start coach work)."""
    path = scope.get("path", "")
    return (
        scope.get("type") == "http"
        and scope.get("method") == "POST"
        and (path.endswith("/queue/join") or _is_call(path))
    )


def _json_body(raw: bytes | None) -> Any:
    try:
        return json.loads(raw or b"{}")
    except ValueError:
        return {}


async def _too_many(send: Any, text: str) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": 429,
            "headers": [(b"content-type", b"application/json"), (b"retry-after", b"30")],
        }
    )
    await send({"type": "http.response.body", "body": json.dumps({"detail": text}).encode()})
