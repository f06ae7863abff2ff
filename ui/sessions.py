"""Each Gradio session belongs to the person who first used it; every route checks who asks.

Gradio names a browser session by a hash the page makes up, and its queue hands a session's
results (notes, plans) to whoever asks for that hash. The hash travels in URLs, so it can end up
in a proxy's logs. `OwnerGuard` sits in front of every route the framework serves: it matches a
request to the framework's own route (same order, same path syntax), reads the session hash or
event id exactly where and how the framework reads it (a repeated one is refused outright), and
lets the request through only if the signed-in person owns it. Routes it does not know are
refused, so a route added by a new Gradio version is closed until someone decides about it.
Event handlers check again (`ui.common.caller`).
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Any

from starlette.datastructures import QueryParams
from starlette.routing import compile_path

from ui.policy import NAMED, POLICY, Rule

CAPACITY = 50_000  # sessions remembered; the oldest are forgotten first
MAX_BODY = 4 * 1024 * 1024  # a queue or API call body larger than this is refused
USER_KEY = "turntable.user"  # where the sign-in gate leaves the signed-in email in the scope


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

    def forget_user(self, user: str) -> None:
        """Drop every session of a person whose account went."""
        with self._lock:
            for key in [k for k, v in self._owners.items() if v == user]:
                del self._owners[key]


class Refused(Exception):
    """A request answered here, never passed to the framework."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def flat_routes(routes: list[Any], prefix: str = "") -> Iterator[tuple[str, frozenset[str]]]:
    """(path template, methods) of every route the framework serves, in its matching order."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:  # FastAPI's included router
            yield from flat_routes(inner.routes, prefix + route.include_context.prefix)
        elif getattr(route, "path", None) is not None:
            methods = frozenset(getattr(route, "methods", None) or ("GET", "HEAD"))
            if "GET" in methods:
                methods = methods | {"HEAD"}  # Starlette answers HEAD for every GET
            yield prefix + route.path, methods


@dataclass
class _Route:
    template: str
    methods: frozenset[str]
    regex: Any
    convertors: dict[str, Any]


def _user_from_tokens(scope: dict[str, Any]) -> str | None:
    """The person Gradio's own token table knows for this cookie (when no gate ran first)."""
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


def signed_in_user(scope: dict[str, Any]) -> str | None:
    """Who is asking: what the sign-in gate found in the record, else Gradio's token table."""
    return scope[USER_KEY] if USER_KEY in scope else _user_from_tokens(scope)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise Refused(400, "A key is repeated in the request body.")
    return dict(pairs)


async def read_body(receive: Any) -> tuple[bytes, Any]:
    """The whole request body (bounded), and a `receive` that replays it to the framework."""
    chunks, size, more = [], 0, True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            raise Refused(413, "The request is too large.")
        chunks.append(chunk)
        more = message.get("more_body", False)
    body = b"".join(chunks)
    sent = False

    async def replay() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return body, replay


def _json_body(body: bytes) -> dict[str, Any]:
    if not body:
        return {}
    try:
        data = json.loads(body, object_pairs_hook=_no_duplicates)
    except ValueError:
        raise Refused(400, "The request body is not JSON.") from None
    if not isinstance(data, dict):
        raise Refused(400, "The request body is not a JSON object.")
    return data


async def respond(send: Any, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class OwnerGuard:
    """ASGI middleware: every route is known, signed in where it must be, and owner-checked."""

    def __init__(self, app: Any, owners: SessionOwners, files: Any = None) -> None:
        self.app = app
        self.owners = owners
        self.files = files  # ui.downloads.Downloads: who may fetch which served file
        self._compiled: dict[tuple[str, frozenset[str]], _Route] = {}
        self._api: dict[str, Any] | None = None

    # -- matching the framework's routes ------------------------------------------------
    def routes(self, app: Any) -> list[_Route]:
        """The framework's routes as they are now (one added later is seen at once)."""
        found = []
        for key in flat_routes(app.routes):
            if key not in self._compiled:
                regex, _, convertors = compile_path(key[0])
                self._compiled[key] = _Route(key[0], key[1], regex, convertors)
            found.append(self._compiled[key])
        return found

    def match(self, app: Any, method: str, path: str) -> tuple[_Route, dict[str, Any]] | None:
        for route in self.routes(app):
            m = route.regex.match(path)
            if m and method in route.methods:
                params = {k: route.convertors[k].convert(v) for k, v in m.groupdict().items()}
                return route, params
        return None

    def named_endpoints(self, app: Any) -> dict[str, Any]:
        """The documented endpoints by name: the only ones callable by name."""
        if self._api is None:
            info = app.get_blocks().get_api_info()
            self._api = {k.lstrip("/"): v for k, v in info["named_endpoints"].items()}
        return self._api

    # -- the checks ------------------------------------------------------------------------
    def _own(self, session_hash: Any, user: str) -> None:
        if not isinstance(session_hash, str) or not session_hash:
            raise Refused(400, "A session hash is needed.")
        if not self.owners.claim(session_hash, user):
            raise Refused(403, "This session belongs to someone else.")

    def _own_event(self, app: Any, event_id: str, user: str) -> None:
        """Resolve an event to its session as the framework does, then check both."""
        queue = app.get_blocks()._queue
        event = queue.event_ids_to_events.get(event_id)
        if event is not None:
            if event.username != user:
                raise Refused(403, "This event belongs to someone else.")
            session = event.session_hash
        else:
            session = next(
                (s for s, ids in list(queue.pending_event_ids_session.items()) if event_id in ids),
                event_id,
            )
        self._own(session, user)

    def _cancel(self, app: Any, body: dict[str, Any], user: str) -> None:
        session, event_id, fn_index = (
            body.get("session_hash"),
            body.get("event_id"),
            body.get("fn_index"),
        )
        self._own(session, user)
        queue = app.get_blocks()._queue
        if not isinstance(event_id, str) or event_id not in queue.pending_event_ids_session.get(
            session, set()
        ):
            raise Refused(404, "There is no such event in this session.")
        event = queue.event_ids_to_events.get(event_id)
        if event is not None and (event.username != user or event.fn._id != fn_index):
            raise Refused(404, "There is no such event in this session.")

    def _named(
        self, app: Any, params: dict[str, Any], body: dict[str, Any] | None, rule: Rule
    ) -> None:
        endpoints = self.named_endpoints(app)
        name = params.get("api_name")
        if name not in endpoints:
            raise Refused(404, "There is no such endpoint.")
        if body is None:
            return
        if rule.v2:
            from gradio_client.utils import construct_args

            args = {k: v for k, v in body.items() if k != "oauth_token"}
            try:
                construct_args(endpoints[name]["parameters"], (), args)
            except (TypeError, ValueError) as exc:
                raise Refused(422, str(exc)) from None
            return
        fn_index = body.get("fn_index")
        if fn_index is not None:
            wanted = next(
                (i for i, fn in app.get_blocks().fns.items() if fn.api_name == name), None
            )
            if fn_index != wanted:
                raise Refused(404, "There is no such endpoint.")

    def _file(self, params: dict[str, Any], user: str) -> None:
        path = params.get("path_or_url", params.get("path", ""))
        if self.files is not None and not self.files.may_fetch(path, user):
            raise Refused(404, "File not found.")

    def _own_session(
        self,
        rule: Rule,
        query: QueryParams,
        params: dict[str, Any],
        body: dict[str, Any] | None,
        user: str,
    ) -> None:
        """The session hash, read where the framework reads it for this route, is theirs."""
        if rule.session_in == "query":
            values = query.getlist("session_hash")
            if len(values) != 1:
                raise Refused(400, "Give exactly one session hash.")
            self._own(values[0], user)
        elif rule.session_in == "path":
            self._own(params.get("session_hash"), user)
        elif rule.session_in in ("body", "optional body") and body is not None:
            if rule.session_in == "body" or body.get("session_hash") is not None:
                self._own(body.get("session_hash"), user)

    async def check(
        self, scope: dict[str, Any], receive: Any, user: str | None
    ) -> tuple[Any, Rule | None]:
        """Raise Refused, or return the `receive` to pass on and the rule that applied."""
        app = scope.get("app")
        root = scope.get("root_path", "")
        path = scope.get("path", "")
        if root and path.startswith(root):
            path = path[len(root) :] or "/"
        found = self.match(app, scope.get("method", "GET"), path)
        if found is None:
            return receive, None  # the framework answers 404 or 405: no endpoint runs
        route, params = found
        rule = POLICY.get(route.template)
        if rule is None or rule.refused:
            raise Refused(404, "Not found.")
        query = QueryParams(scope.get("query_string", b""))
        if "deep_link" in query:
            raise Refused(400, "Links to a saved page state are switched off.")
        if rule.public:
            return receive, rule
        if user is None:
            raise Refused(401, "Please sign in first.")
        body: dict[str, Any] | None = None
        if rule.json_body:
            raw, receive = await read_body(receive)
            body = _json_body(raw)
        if rule.template_kind == NAMED:
            self._named(app, params, body, rule)
        self._own_session(rule, query, params, body, user)
        if rule.event_in_path:
            self._own_event(app, params["event_id"], user)
        if rule.cancel and body is not None:
            self._cancel(app, body, user)
        if rule.file:
            self._file(params, user)
        return receive, rule

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope.get("type") != "http":
            await self.app(scope, receive, send)
            return
        user = signed_in_user(scope)
        try:
            receive, rule = await self.check(scope, receive, user)
        except Refused as refused:
            await respond(send, refused.status, refused.detail)
            return
        if rule is not None and user is not None and (rule.claims_event or rule.upload):
            send = self._watch(send, rule, user)
        await self.app(scope, receive, send)

    def _watch(self, send: Any, rule: Rule, user: str) -> Any:
        """Read the framework's answer: an event id it minted, or the files just uploaded,
        become this person's before the answer leaves."""
        chunks: list[bytes] = []
        held: list[dict[str, Any]] = []

        async def watched(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                held.append(message)
                return
            if message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if message.get("more_body", False):
                    return
                body = b"".join(chunks)
                try:
                    answer = json.loads(body) if body else None
                except ValueError:
                    answer = None
                if (
                    rule.claims_event
                    and isinstance(answer, dict)
                    and isinstance(answer.get("event_id"), str)
                ):
                    self.owners.claim(answer["event_id"], user)
                if rule.upload and isinstance(answer, list) and self.files is not None:
                    for path in answer:
                        if isinstance(path, str):
                            self.files.register(path, user)
                for start in held:
                    await send(start)
                held.clear()
                await send({"type": "http.response.body", "body": body, "more_body": False})
                return
            await send(message)

        return watched
