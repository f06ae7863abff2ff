"""A local OpenAI-compatible chat server with scripted answers, for tests over real HTTP.

The real ``openai`` client (through langchain-openai) talks to it on 127.0.0.1, so requests,
streaming, timeouts, status codes and malformed bodies are exercised for real. Each request
takes the next scripted reply from a queue; a request with nothing scripted is recorded as
unexpected and answered with HTTP 599 so the test fails loudly rather than passing by luck.
"""

from __future__ import annotations

import json
import socket
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    content: str = ""
    status: int = 200
    delay: float = 0.0  # seconds before answering (held on an event, released at stop)
    raw_body: str | None = None  # sent as is, instead of a chat completion
    headers: dict[str, str] = field(default_factory=dict)
    make: Callable[[dict], str | list[str]] | None = None  # the content (or its pieces) from
    # the request
    stall_after: int | None = None  # stream this many tokens, then hang (until stop)
    token_delay: float = 0.0  # seconds between streamed tokens
    pieces: list[str] | None = None  # streamed as these chunks exactly, instead of by word


class LLMServer:
    def __init__(self) -> None:
        self.replies: deque[Reply] = deque()
        self.requests: list[dict] = []
        self.unexpected: list[dict] = []
        self.disconnects = 0  # streams the client closed before the end
        self._release = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # scripting -------------------------------------------------------------
    def reply(self, content: str | dict) -> LLMServer:
        text = content if isinstance(content, str) else json.dumps(content)
        self.replies.append(Reply(content=text))
        return self

    def respond(self, make: Callable[[dict], str | list[str]]) -> LLMServer:
        """Answer with content computed from the request (e.g. citing ids it was sent); a
        list is streamed as exactly those chunks."""
        self.replies.append(Reply(make=make))
        return self

    def fail(self, status: int, times: int = 1) -> LLMServer:
        for _ in range(times):
            self.replies.append(
                Reply(
                    status=status,
                    raw_body=json.dumps(
                        {"error": {"message": f"scripted {status}", "type": "server_error"}}
                    ),
                )
            )
        return self

    def slow(self, delay: float, content: str = "{}") -> LLMServer:
        self.replies.append(Reply(content=content, delay=delay))
        return self

    def stall(self, content: str, after_tokens: int) -> LLMServer:
        """Send the headers and the first tokens of a stream, then go silent."""
        self.replies.append(Reply(content=content, stall_after=after_tokens, delay=60))
        return self

    def trickle(self, content: str, token_delay: float) -> LLMServer:
        """Stream slowly, like a small model on a busy machine."""
        self.replies.append(Reply(content=content, token_delay=token_delay))
        return self

    def chunks(self, pieces: list[str]) -> LLMServer:
        """Stream the answer cut exactly at these places (a marker split across chunks)."""
        self.replies.append(Reply(content="".join(pieces), pieces=list(pieces)))
        return self

    def raw(self, body: str, status: int = 200) -> LLMServer:
        self.replies.append(Reply(raw_body=body, status=status))
        return self

    # lifecycle -------------------------------------------------------------
    @property
    def url(self) -> str:
        assert self._httpd is not None
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> LLMServer:
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._release.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> LLMServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def user_prompts(self) -> list[str]:
        """The text of every message sent, request by request (for prompt assertions)."""
        return [
            "\n".join(str(m.get("content", "")) for m in r.get("messages", []))
            for r in self.requests
        ]


def closed_port() -> int:
    """A loopback port nobody listens on: connecting to it is refused."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def _completion(model: str, content: str) -> dict:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {"role": "assistant", "content": content},
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _chunk(model: str, delta: dict, finish: str | None = None) -> bytes:
    body = {
        "id": "chatcmpl-test",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(body)}\n\n".encode()


def _tokens(text: str) -> list[str]:
    """Split like a tokenizer would, roughly: words with their leading space."""
    out, word = [], ""
    for ch in text:
        if ch in " \n" and word:
            out.append(word)
            word = ""
        word += ch
    return [*out, word] if word else out


class _Handler(BaseHTTPRequestHandler):
    server_state: LLMServer  # set on the subclass _handler makes

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, status: int, body: bytes, ctype: str, headers: dict[str, str]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        server = self.server_state
        length = int(self.headers.get("Content-Length") or 0)
        request = json.loads(self.rfile.read(length) or b"{}")
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._send(404, b'{"error": {"message": "not found"}}', "application/json", {})
            return
        server.requests.append(request)
        if not server.replies:
            server.unexpected.append(request)
            self._send(599, b'{"error": {"message": "nothing scripted"}}', "application/json", {})
            return
        reply = server.replies.popleft()
        if reply.delay and reply.stall_after is None and server._release.wait(reply.delay):
            return  # server stopping: drop the connection
        try:
            self._answer(request, reply)
        except (BrokenPipeError, ConnectionResetError):
            server.disconnects += 1  # the client gave up (a timeout test)

    def _answer(self, request: dict, reply: Reply) -> None:
        model = str(request.get("model", "test-model"))
        if reply.make is not None:
            made = reply.make(request)
            reply.pieces = made if isinstance(made, list) else None
            reply.content = "".join(made)
        if reply.raw_body is not None:
            self._send(reply.status, reply.raw_body.encode(), "application/json", reply.headers)
            return
        if not request.get("stream"):
            body = json.dumps(_completion(model, reply.content)).encode()
            self._send(reply.status, body, "application/json", reply.headers)
            return
        self._stream(request, reply, model)

    def _stream(self, request: dict, reply: Reply, model: str) -> None:
        release = self.server_state._release
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(_chunk(model, {"role": "assistant", "content": ""}))
        tool = (request.get("tools") or [{}])[0].get("function", {}).get("name")
        for i, token in enumerate(reply.pieces or _tokens(reply.content)):
            if i == reply.stall_after:
                self.wfile.flush()
                release.wait(reply.delay)
                return
            if reply.token_delay and release.wait(reply.token_delay):
                return
            delta = (
                {"content": token}
                if not tool
                else {
                    "tool_calls": [
                        {
                            "index": 0,
                            "id": "call_0",
                            "type": "function",
                            "function": {"name": tool, "arguments": token},
                        }
                    ]
                }
            )
            self.wfile.write(_chunk(model, delta))
            self.wfile.flush()
        self.wfile.write(_chunk(model, {}, "stop"))
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()
        self.close_connection = True


def _handler(server: LLMServer) -> type[BaseHTTPRequestHandler]:
    return type("Handler", (_Handler,), {"server_state": server})
