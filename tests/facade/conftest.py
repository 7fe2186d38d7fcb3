"""A scripted server behind httpx.MockTransport, and sync and async clients pointed at it."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import httpx

from tests._wire import parse_form

API_KEY = "sk-test-0123456789abcdef"
BASE_URL = "http://127.0.0.1:9/api"
Reply = httpx.Response | dict[str, Any] | Exception | Callable[[httpx.Request], httpx.Response]


class MockServer:
    """Answers requests by (method, path) with queued replies; records every request it sees.

    `on("GET", "/lists/abc", {...})` answers that route with a JSON body (status 200; 201 for
    POST), an `httpx.Response`, an exception to raise, or a callable of the request. Several
    replies are used in turn, the last one repeating. Paths are relative to /api.
    """

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._routes: list[tuple[str, re.Pattern[str], list[Reply]]] = []

    def on(self, method: str, path: str, *replies: Reply) -> None:
        self._routes.append((method.upper(), re.compile(re.escape(path) + r"$"), list(replies)))

    def handler(self, request: httpx.Request) -> httpx.Response:
        # A copy, as a server keeps what it received: pakat masks the key in its own request
        # object once the exchange is over.
        self.requests.append(
            httpx.Request(
                request.method, request.url, headers=request.headers.copy(), content=request.content
            )
        )
        path = request.url.path.removeprefix("/api")
        for method, pattern, replies in reversed(self._routes):
            if method == request.method and pattern.match(path):
                reply = replies.pop(0) if len(replies) > 1 else replies[0]
                if isinstance(reply, Exception):
                    raise reply
                if isinstance(reply, httpx.Response):
                    return reply
                if callable(reply):
                    return reply(request)
                return httpx.Response(201 if method == "POST" else 200, json=reply)
        return httpx.Response(404, json={"status": "error", "error": f"no route for {request.method} {path}"})

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def form(self, index: int = -1) -> dict[str, str]:
        """The form fields of a recorded request (the last by default)."""
        return dict(parse_form(self.requests[index]))

    def query(self, index: int = -1) -> dict[str, str]:
        return dict(self.requests[index].url.params)

    def json_of(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


def collection(
    records: list[dict[str, Any]], *, page: int = 1, total_pages: int = 1, count: Any = None
) -> dict[str, Any]:
    """A collection envelope as Pakat sends it (count as a string)."""
    return {
        "status": "success",
        "data": {
            "count": str(len(records) if count is None else count),
            "total_pages": total_pages,
            "current_page": page,
            "next_page": page + 1 if page < total_pages else None,
            "prev_page": page - 1 if page > 1 else None,
            "records": records,
        },
    }


def record(value: dict[str, Any]) -> dict[str, Any]:
    return {"status": "success", "data": {"record": value}}


OK = {"status": "success"}
