"""Raw-socket servers on 127.0.0.1 that answer what a hostile or broken server (or proxy) would.

`RawServer(answer)` reads each request (head and `Content-Length` body) and writes back the exact
bytes `answer(request)` returns, then closes the connection: bodies no real server would send,
broken gzip, nesting a parser recurses into, numbers a float cannot hold. `forwarding(upstream,
then)` is a proxy: it passes the request on to the upstream (the sandbox, which acts on it) and
answers the client with `then(upstream_status)` instead of the upstream's answer, as a proxy that
timed out or failed after forwarding does.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus

import httpx


@dataclass
class RawRequest:
    """One request as the server read it."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes


@dataclass
class RawServer:
    """Answers every request on 127.0.0.1 with the bytes `answer` makes of it."""

    answer: Callable[[RawRequest], bytes]
    requests: list[RawRequest] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._stop = threading.Event()
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}/api"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        self._sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(10)
            try:
                request = _read_request(conn)
                if request is None:
                    return
                self.requests.append(request)
                conn.sendall(self.answer(request))
                conn.shutdown(socket.SHUT_WR)
            except OSError:
                return

    def close(self) -> None:
        self._stop.set()
        self._sock.close()

    def __enter__(self) -> RawServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _read_request(conn: socket.socket) -> RawRequest | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, body = data.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return RawRequest(method, target, headers, body)


def http_response(
    status: int,
    body: bytes = b"",
    *,
    content_type: str = "application/json; charset=UTF-8",
    headers: dict[str, str] | None = None,
) -> bytes:
    """The raw bytes of an HTTP/1.1 answer with this status and body (and `Connection: close`)."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Unknown"
    lines = [
        f"HTTP/1.1 {status} {phrase}",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(body)}",
        "Connection: close",
        *(f"{name}: {value}" for name, value in (headers or {}).items()),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def canned(status: int, body: bytes, **options: object) -> Callable[[RawRequest], bytes]:
    """An `answer` that gives every request the same reply."""
    reply = http_response(status, body, **options)  # type: ignore[arg-type]
    return lambda request: reply


# What proxies in front of an API answer when the upstream failed or was too slow, after they had
# forwarded the request: nginx's 502 and 504 pages, and Envoy's 503 for a reset upstream.
PROXY_PAGES: dict[int, tuple[bytes, str]] = {
    502: (
        b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
        b"Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
        "text/html",
    ),
    503: (
        b"upstream connect error or disconnect/reset before headers. reset reason: connection termination",
        "text/plain",
    ),
    504: (
        b"<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 "
        b"Gateway Time-out</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
        "text/html",
    ),
}


def forwarding(
    upstream: str, then: Callable[[RawRequest, httpx.Response], bytes | None]
) -> Callable[[RawRequest], bytes]:
    """An `answer` that forwards the request to `upstream` (a base URL such as the sandbox's), which
    acts on it, then replies `then(request, upstream's answer)`, or the upstream's own answer when
    that is None."""

    def answer(request: RawRequest) -> bytes:
        path = request.target.split("/api", 1)[1] if "/api" in request.target else request.target
        dropped = ("host", "content-length", "connection", "accept-encoding")
        headers = {k: v for k, v in request.headers.items() if k not in dropped}
        with httpx.Client() as client:
            got = client.request(
                request.method, upstream.rstrip("/") + path, headers=headers, content=request.body
            )
        reply = then(request, got)
        if reply is None:
            content_type = got.headers.get("content-type", "application/json; charset=UTF-8")
            return http_response(got.status_code, got.content, content_type=content_type)
        return reply

    return answer


def proxy_page(status: int) -> bytes:
    """What a proxy sends instead of the upstream's answer: its own page for `status`."""
    body, content_type = PROXY_PAGES[status]
    return http_response(status, body, content_type=content_type)
