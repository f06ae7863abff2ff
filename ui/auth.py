"""Sign-in, sign-out and the sign-in cookie, checked against the record on every request.

Gradio's own sign-in keeps cookies in a dict in memory and checks the password on the server's
event loop. `SignInGate` answers `POST /login` itself: it throttles by client address and by
account before any hashing (both counted in the record, so they hold across replicas), checks
the password in a small bounded worker pool (a burst of guesses never stalls other people;
a crowd signing in at once waits its turn in a bounded line rather than being told "busy"),
and on success sets Gradio's cookie and mirrors it into
Gradio's token table. On every other request the cookie is checked again (a cache of a few
seconds at most), so a deactivated or deleted account stops at once; an invalid cookie is
removed from the request and from Gradio's table before any route sees it. Sign-out is a POST:
a stored image pointing at /logout signs no one out.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from http.cookies import SimpleCookie
from typing import Any

import anyio
from starlette.requests import Request

from coach.errors import AccountLocked
from ui.sessions import USER_KEY
from ui.signin import AddressThrottle, RecordAddressThrottle

WORKERS = 2  # password checks at once (argon2 is CPU-bound; the machine may have 2 cores)
# A sign-in waits its turn for a worker (a crowd arriving at 9:00 is not an attack): up to
# MAX_WAITING of them, each for at most WAIT_LIMIT seconds. Past either bound the answer is
# "busy", so a flood costs a bounded line, never unbounded memory or hashing.
MAX_WAITING = 256
WAIT_LIMIT = 60.0
CHECK_TTL = 2.0  # seconds a cookie's check is trusted before the record is asked again
CACHE_SIZE = 10_000
COOKIE_KEY = "signin-cookie-id"  # the record's name for the cookie's per-deployment part


NOTICE_COOKIE = "turntable-signin-notice"
_NOTICES = {
    423: "This account is locked after too many failed sign-ins; try again after {when}.",
    429: "Too many failed sign-ins from this address; try again after {when}.",
    503: "Sign-in is busy; try again in a moment.",
}


def _when(epoch: float) -> str:
    """A time a person can act on, rounded up to the minute."""
    return datetime.fromtimestamp(epoch + 59, UTC).strftime("%H:%M UTC")


def _from_a_page(scope: dict[str, Any]) -> bool:
    """A browser's fetch (it sends Fetch Metadata headers; API clients do not)."""
    return any(k == b"sec-fetch-mode" for k, _ in scope.get("headers", []))


def _notice(scope: dict[str, Any]) -> str | None:
    """The sentence a refused sign-in left for the reloaded sign-in page, if any."""
    jar = SimpleCookie()
    raw = b"; ".join(v for k, v in scope.get("headers", []) if k == b"cookie")
    try:
        jar.load(raw.decode("latin-1"))
    except Exception:  # noqa: BLE001
        return None
    if NOTICE_COOKIE not in jar:
        return None
    status, _, until = jar[NOTICE_COOKIE].value.partition(".")
    if not (status.isdigit() and until.isdigit()) or int(status) not in _NOTICES:
        return None
    return _NOTICES[int(status)].format(when=_when(float(until)))


def _with_notice(send: Any, app: Any, notice: str) -> Any:
    """The sign-in page with the notice before its usual message (and the notice cleared)."""
    from gradio.routes import toorjson

    message = app.get_blocks().auth_message or ""
    old = str(toorjson(message)).encode()
    new = str(toorjson(f"**{notice}** {message}")).encode()
    start: dict[str, Any] = {}
    chunks: list[bytes] = []

    async def sending(event: dict[str, Any]) -> None:
        if event["type"] == "http.response.start":
            start.update(event)
            return
        if event["type"] != "http.response.body":
            await send(event)
            return
        chunks.append(event.get("body", b""))
        if event.get("more_body", False):
            return
        body = b"".join(chunks).replace(old, new, 1)
        headers = [(k, v) for k, v in start.get("headers", []) if k != b"content-length"]
        headers += [
            (b"content-length", str(len(body)).encode()),
            (b"set-cookie", f"{NOTICE_COOKIE}=; Max-Age=0; Path=/".encode()),
        ]
        await send({**start, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return sending


class SignInGate:
    """ASGI middleware in front of `OwnerGuard`: who is signed in, decided by the record."""

    def __init__(
        self,
        app: Any,
        deps: Any,
        throttle: AddressThrottle | RecordAddressThrottle | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.app = app
        self.deps = deps
        self.throttle = throttle or RecordAddressThrottle(deps.record)
        self.clock = clock
        self.workers = anyio.CapacityLimiter(WORKERS)
        self._in_line = 0  # sign-ins checking or waiting for a worker
        # Gradio names its cookie after a random id of each process, so a browser moved to
        # another replica would have to sign in again: every process of the deployment takes
        # the id the record holds instead.
        self.cookie_id = deps.record.deployment_value(COOKIE_KEY)
        self._checked: dict[str, tuple[str | None, float]] = {}
        self._lock = threading.Lock()
        self.hashed = 0  # password checks run (a test reads it)

    # -- cookies -------------------------------------------------------------------------
    @staticmethod
    def _cookie_names(app: Any) -> tuple[str, str]:
        return f"access-token-{app.cookie_id}", f"access-token-unsecure-{app.cookie_id}"

    def _token(self, scope: dict[str, Any]) -> str | None:
        raw = b"; ".join(v for k, v in scope.get("headers", []) if k == b"cookie")
        jar = SimpleCookie()
        try:
            jar.load(raw.decode("latin-1"))
        except Exception:  # noqa: BLE001 - a malformed cookie header signs no one in
            return None
        for name in self._cookie_names(scope["app"]):
            if name in jar and jar[name].value:
                return jar[name].value
        return None

    @staticmethod
    def _strip_cookies(scope: dict[str, Any]) -> None:
        scope["headers"] = [(k, v) for k, v in scope.get("headers", []) if k != b"cookie"]

    # -- checking a cookie ---------------------------------------------------------------
    def _lookup(self, app: Any, token: str) -> str | None:
        """The email this token signs in, if the record still says so (not revoked, not idle
        or too old, the person active); mirrored into Gradio's table for its own checks."""
        person = self.deps.record.signed_in(token)
        if person is None:
            return None
        app.tokens[token] = person.email
        return person.email

    async def user(self, scope: dict[str, Any]) -> str | None:
        app = scope["app"]
        token = self._token(scope)
        if token is None:
            return None
        now = self.clock()
        with self._lock:
            cached = self._checked.get(token)
        if cached is not None and now - cached[1] < CHECK_TTL:
            email = cached[0]
        else:
            email = await anyio.to_thread.run_sync(self._lookup, app, token)
            with self._lock:
                if len(self._checked) >= CACHE_SIZE:
                    self._checked.clear()
                self._checked[token] = (email, now)
        if email is None:
            app.tokens.pop(token, None)
            self._strip_cookies(scope)
        return email

    def forget(self, token: str) -> None:
        with self._lock:
            self._checked.pop(token, None)

    # -- sign-in and sign-out --------------------------------------------------------------
    def _refusal(self, client: str) -> tuple[int, str, float] | None:
        """Why this attempt is turned away before any hashing, if it is."""
        until = self.throttle.blocked_until(client)
        if until is not None:
            return 429, _NOTICES[429].format(when=_when(until)), until
        return None

    def _attempt(self, client: str, email: str, password: str) -> Any:
        """In a worker: check the address again (many attempts may have waited together),
        then let the record refuse a locked account before hashing, or sign in."""
        refused = self._refusal(client)
        if refused is not None:
            return refused
        self.hashed += 1
        try:
            signin = self.deps.record.sign_in(email, password, client=client)
        except AccountLocked as locked:
            return 423, str(locked), locked.until.timestamp()
        if signin is None:
            self.throttle.failed(client)
            return 400, "Incorrect credentials.", 0.0
        return signin

    async def _check(self, client: str, username: str, password: str) -> Any:
        """A sign-in (a `SignIn`), or why not: (status, sentence, until)."""
        refused = await anyio.to_thread.run_sync(self._refusal, client)  # asks the record
        if refused is not None:
            return refused
        if self._in_line >= WORKERS + MAX_WAITING:  # counted here, on the loop: no race
            return 503, _NOTICES[503], 0.0
        self._in_line += 1
        try:
            acquired = False
            with anyio.move_on_after(WAIT_LIMIT):
                await self.workers.acquire()
                acquired = True
            if not acquired:
                return 503, _NOTICES[503], 0.0  # waited the whole limit
            try:
                return await anyio.to_thread.run_sync(self._attempt, client, username, password)
            finally:
                self.workers.release()
        finally:
            self._in_line -= 1

    async def login(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        request = Request(scope, receive)
        try:
            form = await request.form(max_files=0, max_fields=10)
        except Exception:  # noqa: BLE001 - whatever was sent, it is not a sign-in form
            await _json(send, 400, {"detail": "Send a username and a password."})
            return
        username, password = str(form.get("username") or ""), str(form.get("password") or "")
        client = (scope.get("client") or ("unknown", 0))[0]
        found = await self._check(client, username, password)
        if isinstance(found, tuple):
            await self._refuse(scope, send, found)
            return
        app = scope["app"]
        app.tokens[found.token] = found.person.email
        secure, plain = self._cookie_names(app)
        await _json(
            send,
            200,
            {"success": True},
            cookies=[
                f"{secure}={found.token}; HttpOnly; Path=/; SameSite=none; Secure",
                f"{plain}={found.token}; HttpOnly; Path=/; SameSite=lax",
            ],
        )

    @staticmethod
    async def _refuse(scope: dict[str, Any], send: Any, refused: tuple[int, str, float]) -> None:
        status, detail, until = refused
        if status != 400 and _from_a_page(scope):
            # The sign-in page shows "Incorrect credentials" for any 400 and nothing for
            # other refusals; it reloads on 200, and the reloaded page says what happened.
            notice = (
                f"{NOTICE_COOKIE}={status}.{int(until)}; Max-Age=120; Path=/; "
                "HttpOnly; SameSite=strict"
            )
            await _json(send, 200, {"success": False, "detail": detail}, cookies=[notice])
            return
        await _json(send, status, {"detail": detail})

    async def logout(self, scope: dict[str, Any], send: Any) -> None:
        app = scope["app"]
        token = self._token(scope)
        if token is not None:
            app.tokens.pop(token, None)
            self.forget(token)
            await anyio.to_thread.run_sync(self.deps.record.sign_out, token)
        expired = "=; Max-Age=0; Path=/; HttpOnly"
        secure, plain = self._cookie_names(app)
        await _json(
            send,
            200,
            {"success": True},
            cookies=[f"{secure}{expired}; SameSite=none; Secure", f"{plain}{expired}"],
        )

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope.get("type") != "http" or not hasattr(scope.get("app"), "tokens"):
            await self.app(scope, receive, send)
            return
        if scope["app"].cookie_id != self.cookie_id:
            scope["app"].cookie_id = self.cookie_id  # before any route reads the cookie
        path = scope.get("path", "").rstrip("/")
        method = scope.get("method")
        if path == "/login" and method == "POST":
            await self.login(scope, receive, send)
            return
        if path == "/logout" and method == "POST":
            await self.logout(scope, send)
            return
        scope[USER_KEY] = await self.user(scope)
        notice = _notice(scope) if path == "" and method == "GET" and not scope[USER_KEY] else None
        if notice is not None:
            send = _with_notice(send, scope["app"], notice)
        await self.app(scope, receive, send)


async def _json(
    send: Any, status: int, content: dict[str, Any], cookies: list[str] | None = None
) -> None:
    body = json.dumps(content).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"cache-control", b"no-store"),
    ]
    headers += [(b"set-cookie", c.encode("latin-1")) for c in cookies or []]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
