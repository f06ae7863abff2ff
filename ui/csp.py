"""A Content-Security-Policy on every answer: the page loads and connects only to the app.

Stored text is rendered inert before it reaches the page; this is the second wall. Should a
spelling ever get past the sanitiser, the browser itself refuses to fetch an image, a font, a
frame or a connection from anywhere but the app (``data:`` and ``blob:`` stay allowed for
images, because Gradio draws its own icons and previews with them). Gradio's page carries
inline scripts and styles (its config, Svelte's styles) and its frontend evaluates strings as
script (it stops at "Loading..." without 'unsafe-eval'), so those stay allowed; scripts still
come only from the app.
"""

from __future__ import annotations

from typing import Any

POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "media-src 'self' data: blob:",
        "frame-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    )
)


class ContentSecurityPolicy:
    """ASGI middleware: adds the policy (and nosniff) to every HTTP response."""

    def __init__(self, app: Any, policy: str = POLICY) -> None:
        self.app = app
        self.header = (b"content-security-policy", policy.encode("ascii"))

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope.get("type") != "http":
            await self.app(scope, receive, send)
            return

        async def with_policy(message: dict) -> None:
            if message.get("type") == "http.response.start":
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.lower() not in (b"content-security-policy", b"x-content-type-options")
                ]
                headers += [self.header, (b"x-content-type-options", b"nosniff")]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_policy)
