"""Each Gradio session belongs to the person who first used it.

Gradio names a browser session by a hash the page makes up, and its queue hands a session's
results (notes, plans) to whoever asks for that hash while signed in as anyone. The hash travels
in URLs, so it can end up in a proxy's logs. Here the first signed-in person to use a hash owns
it: the join, stream and heartbeat routes (checked by `OwnerGuard`) and every event handler (checked
by `ui.common.caller`) refuse anyone else.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs

CAPACITY = 50_000  # sessions remembered; the oldest are forgotten first


class SessionOwners:
    def __init__(self, capacity: int = CAPACITY) -> None:
        self.capacity = capacity
        self._owners: OrderedDict[str, str] = OrderedDict()
        self._lock = threading.Lock()

    def claim(self, session_hash: str, user: str) -> bool:
        """True if this person may use the session (the first to use it owns it)."""
        with self._lock:
            owner = self._owners.setdefault(session_hash, user)
            self._owners.move_to_end(session_hash)
            while len(self._owners) > self.capacity:
                self._owners.popitem(last=False)
            return owner == user


def _session_hash(scope: dict[str, Any]) -> str | None:
    path: str = scope.get("path", "")
    if "/heartbeat/" in path:
        return path.rstrip("/").rsplit("/", 1)[-1] or None
    if path.endswith(("/queue/data", "/deep_link")):
        values = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("session_hash")
        return values[0] if values else None
    return None


def _user(scope: dict[str, Any]) -> str | None:
    app = scope.get("app")
    tokens = getattr(app, "tokens", None)
    cookie_id = getattr(app, "cookie_id", None)
    if not tokens or cookie_id is None:
        return None
    raw = b"; ".join(v for k, v in scope.get("headers", []) if k == b"cookie").decode("latin-1")
    jar = SimpleCookie()
    try:
        jar.load(raw)
    except Exception:  # noqa: BLE001 - a malformed cookie header means no user here
        return None
    for name in (f"access-token-{cookie_id}", f"access-token-unsecure-{cookie_id}"):
        if name in jar and jar[name].value in tokens:
            return tokens[jar[name].value]
    return None


async def _joined_hash(receive: Any) -> tuple[str | None, Any]:
    """The session hash in a queue/join body, and a `receive` that replays the body."""
    chunks, more = [], True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        more = message.get("more_body", False)
    body = b"".join(chunks)
    try:
        found = json.loads(body).get("session_hash")
    except (ValueError, AttributeError):
        found = None
    sent = False

    async def replay() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()
    return (found if isinstance(found, str) and found else None), replay


class OwnerGuard:
    """ASGI middleware: a session's queue, stream and heartbeat answer its owner only."""

    def __init__(self, app: Any, owners: SessionOwners) -> None:
        self.app = app
        self.owners = owners

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope.get("type") == "http":
            session_hash = _session_hash(scope)
            if scope.get("path", "").endswith("/queue/join"):
                session_hash, receive = await _joined_hash(receive)
            user = _user(scope) if session_hash else None
            if session_hash and user and not self.owners.claim(session_hash, user):
                await send({"type": "http.response.start", "status": 403,
                            "headers": [(b"content-type", b"application/json")]})
                await send({"type": "http.response.body",
                            "body": b'{"detail":"This session belongs to someone else."}'})
                return
        await self.app(scope, receive, send)
