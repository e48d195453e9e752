"""A local HTTP server on 127.0.0.1 answering like the networks' APIs (no internet).

Routes are registered per path; each route is a queue of responses (the last one
repeats), or a function of the request. Every request is recorded.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Reply:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None


@dataclass(frozen=True)
class Seen:
    path: str
    query: dict[str, str]
    raw_url: str
    headers: dict[str, str]


Route = list[Reply] | Callable[[Seen], Reply]


class FakeApiServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        self.base_url = ""

    def route(self, path: str, *replies: Reply | Callable[[Seen], Reply]) -> None:
        if len(replies) == 1 and callable(replies[0]):
            self.routes[path] = replies[0]
        else:
            self.routes[path] = list(replies)  # type: ignore[arg-type]

    def answer(self, seen: Seen) -> Reply:
        self.requests.append(seen)
        route = self.routes.get(seen.path)
        if route is None:
            return Reply(404, {"error": {"message": f"no route {seen.path}", "code": 803}})
        if callable(route):
            return route(seen)
        return route.pop(0) if len(route) > 1 else route[0]

    def paths(self) -> list[str]:
        return [seen.path for seen in self.requests]


@contextmanager
def running() -> Iterator[FakeApiServer]:
    server_state = FakeApiServer()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
            seen = Seen(
                parts.path, query, self.path, {k.lower(): v for k, v in self.headers.items()}
            )
            reply = server_state.answer(seen)
            payload = reply.raw if reply.raw is not None else json.dumps(reply.body).encode()
            self.send_response(reply.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            for key, value in reply.headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep test output quiet

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server_state.base_url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server_state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)
