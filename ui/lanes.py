"""Lanes: coach work (plans, refinements, summaries) never crowds out anyone's page or notes.

Coach work is slow (seconds of retrieval and writing each) and runs a couple at a time. Left
alone, one person clicking Prepare in 80 tabs filled Gradio's queue, and other people's page
loads and note autosaves were refused. So each person may have only a few coach events waiting
or running at once (the extra is refused at queue join with a sentence saying why), coach work
as a whole has a bounded backlog, and the queue itself is large enough that light events
(page load, autosave, search), each in its own lane, always find room. An event that finds the
backlog full waits at the door in a bounded line until there is room (a busy hour is not a
reason to turn people away); only past the line's length or its time limit is it refused.

With several app replicas on one record, the counts are the record's: each process says what
it has waiting or running per person (at every admission, and every PUBLISH_EVERY seconds
while it has any), and admits a new event on the sum over every process, so a person whose
browser reaches two replicas still has PER_PERSON at most. A replica that stops saying its
counts stops counting after LEASE. If the record cannot be reached, this process's own count
decides.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
import weakref
from collections import Counter, deque
from datetime import timedelta
from typing import Any

import anyio
from sqlalchemy.exc import SQLAlchemyError

from coach.errors import CoachError
from ui.sessions import Refused, read_body, respond, signed_in_user

COACH_LANE = "coach"
PAGE_LANE = "page"  # page loads: a few database reads each, many at once when people arrive
PAGE_LIMIT = 16
PER_PERSON = 3  # coach events one person may have waiting or running
COACH_BACKLOG = 48  # coach events waiting or running, everyone together
# Past the backlog a coach event waits its turn at the door (not in Gradio's queue, so page
# loads and autosaves still find room there): up to COACH_WAITING of them, each at most
# COACH_WAIT seconds, first come first served. Past either bound the answer is TOO_BUSY.
COACH_WAITING = 256
COACH_WAIT = 90.0
ROOM_POLL = 0.25  # seconds between looks for room by the first in line
QUEUE_SIZE = 512  # Gradio's queue, all lanes: far above the coach backlog
PUBLISH_EVERY = 10.0  # seconds between a busy process's reports of its counts to the record
LEASE = timedelta(seconds=45)  # a count not said again within this stops counting

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
    PER_PERSON waiting or running (over every replica on the record); holds it in line while
    coach work as a whole is COACH_BACKLOG deep, and refuses it when that line is full."""

    def __init__(
        self,
        app: Any,
        per_person: int = PER_PERSON,
        backlog: int = COACH_BACKLOG,
        record: Any = None,
        publish_every: float = PUBLISH_EVERY,
        max_waiting: int = COACH_WAITING,
        max_wait: float = COACH_WAIT,
    ) -> None:
        self.app = app
        self.per_person = per_person
        self.backlog = backlog
        self.record = record
        self.replica = uuid.uuid4().hex  # this process, in the record's counts
        self.publish_every = publish_every
        self.max_waiting = max_waiting
        self.max_wait = max_wait
        self._line: deque[anyio.Event] = deque()  # waiting for room, first in line first
        self._waiting: Counter[str] = Counter()  # of those, per person
        self._joining: Counter[str] = Counter()  # admitted, not yet in Gradio's queue
        self._admitting = anyio.Lock()
        self._publisher: threading.Thread | None = None

    def _pending(self, queue: Any) -> Counter[str]:
        """Coach events waiting or running here, per person (the anonymous under '')."""
        events = list(getattr(queue, "event_ids_to_events", {}).values())
        counts = Counter(
            e.username or ""
            for e in events
            if getattr(e, "concurrency_id", None) == COACH_LANE and e.alive
        )
        counts.update(self._joining)
        return counts

    def _decide(self, who: str, pending: Counter[str]) -> tuple[bool, int]:
        """Admit or not, on every replica's counts when the record answers; and `who`'s."""
        if self.record is not None:
            try:
                claim = self.record.claim_coach_slot(
                    self.replica,
                    who,
                    pending,
                    per_person=self.per_person,
                    backlog=self.backlog,
                    lease=LEASE,
                )
                return claim.admitted, claim.mine
            except (SQLAlchemyError, CoachError):
                pass  # the record is busy or away: this process's own count decides
        mine, everyone = pending[who], sum(pending.values())
        return mine < self.per_person and everyone < self.backlog, mine

    def _start_publisher(self, app: Any) -> None:
        if self.record is None or self._publisher is not None:
            return
        ref = weakref.ref(app)

        def loop() -> None:
            said_any = True
            while True:
                time.sleep(self.publish_every)
                target = ref()
                if target is None:
                    return
                counts = self._pending(getattr(target.get_blocks(), "_queue", None))
                del target
                if not counts and not said_any:
                    continue  # nothing here, and the record already knows it
                try:
                    self.record.publish_coach_load(self.replica, counts, LEASE)
                    said_any = bool(counts)
                except (SQLAlchemyError, CoachError):
                    pass  # said again next time

        self._publisher = threading.Thread(target=loop, name="turntable-coach-load", daemon=True)
        self._publisher.start()

    async def _refuse(self, send: Any, text: str) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 429,
                "headers": [(b"content-type", b"application/json"), (b"retry-after", b"30")],
            }
        )
        await send({"type": "http.response.body", "body": json.dumps({"detail": text}).encode()})

    def waiting(self) -> int:
        """Coach events waiting here for room in the backlog."""
        return len(self._line)

    async def _try(self, queue: Any, who: str) -> tuple[bool, int]:
        async with self._admitting:  # one admission at a time here: count, decide, count in
            pending = self._pending(queue)
            admitted, mine = await anyio.to_thread.run_sync(self._decide, who, pending)
            if admitted:
                self._joining[who] += 1
            return admitted, mine

    async def _admit(self, app: Any, who: str) -> str | None:
        """Count this person's coach event in, or say why it is turned away now. When only
        the backlog is full, the event waits in line for room (bounded in size and time)."""
        queue = getattr(app.get_blocks(), "_queue", None) if app is not None else None
        if not self._line:
            admitted, mine = await self._try(queue, who)
            if admitted:
                return None
            if mine >= self.per_person:
                return TOO_MANY.format(n=mine)
        if len(self._line) >= self.max_waiting:
            return TOO_BUSY
        if self._pending(queue)[who] + self._waiting[who] >= self.per_person:
            return TOO_MANY.format(n=self.per_person)
        turn = anyio.Event()
        self._line.append(turn)
        self._waiting[who] += 1
        try:
            with anyio.move_on_after(self.max_wait):
                return await self._wait_for_room(turn, queue, who)
            return TOO_BUSY  # waited the whole limit
        finally:
            self._leave_line(turn, who)

    async def _wait_for_room(self, turn: anyio.Event, queue: Any, who: str) -> str | None:
        if self._line[0] is turn:
            turn.set()
        await turn.wait()  # the one before has gone in (or given up)
        while True:
            admitted, mine = await self._try(queue, who)
            if admitted:
                return None
            if mine >= self.per_person:
                return TOO_MANY.format(n=mine)
            await anyio.sleep(ROOM_POLL)

    def _leave_line(self, turn: anyio.Event, who: str) -> None:
        self._line.remove(turn)
        self._waiting[who] -= 1
        if self._waiting[who] <= 0:
            del self._waiting[who]
        if self._line:
            self._line[0].set()

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
        text = await self._admit(app, who)
        if text is not None:
            await self._refuse(send, text)
            return
        self._start_publisher(app)
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
