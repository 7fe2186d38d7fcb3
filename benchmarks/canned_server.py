"""A fast HTTP/1.1 keep-alive server that answers canned Pakat responses, for per-call timings.

    python -m benchmarks.canned_server        # prints "PORT <n>", serves until stdin closes

It answers every request from precomputed bytes, so the benchmark measures the clients, not the
server: `GET /api/lists/<uid>` with a mailing list, `POST /api/lists/<uid>/subscribers` with a
new subscriber (201). Anything else gets Pakat's 404 envelope. Two control routes: `GET /__stats`
answers the connections and requests it has seen, `PUT /__latency?seconds=S` makes API answers
wait S seconds (without blocking other connections), as a server across a network would.

It reads any body a client sends (multipart, urlencoded, after an `Expect: 100-continue`
handshake from curl) and ignores authentication and signatures, so pakat, raw httpx, the MailWizz
SDK and curl can all be pointed at it.

It runs in its own process (the benchmark starts it), so it does not share the clients' GIL, and
stops when its standard input closes, which also happens when the benchmark dies.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
import threading
from dataclasses import dataclass

LIST_UID = "ab123cd456efg"
SUBSCRIBER_UID = "zx987yw654vut"

LIST_BODY = {
    "status": "success",
    "data": {
        "record": {
            "general": {
                "list_uid": LIST_UID,
                "name": "خبرنامه پاکات",
                "description": "Weekly news",
                "display_name": "خبرنامه پاکات",
            },
            "defaults": {
                "from_name": "Pakat",
                "from_email": "news@example.com",
                "reply_to": "news@example.com",
                "subject": "",
            },
            "notifications": {
                "subscribe": "no",
                "unsubscribe": "no",
                "subscribe_to": "",
                "unsubscribe_to": "",
            },
            "company": {
                "name": "Pakat",
                "address_1": "",
                "address_2": "",
                "zone_name": "",
                "city": "Tehran",
                "zip_code": "",
                "phone": "",
                "address_format": "",
            },
        }
    },
}

SUBSCRIBER_BODY = {
    "status": "success",
    "data": {
        "record": {
            "subscriber_uid": SUBSCRIBER_UID,
            "email": "ali@example.com",
            "status": "confirmed",
            "source": "api",
            "ip_address": "",
            "date_added": "2025-01-15 10:00:00",
            "EMAIL": "ali@example.com",
            "FNAME": "علی",
            "LNAME": "",
        }
    },
}

NOT_FOUND_BODY = {"status": "error", "error": "The requested page does not exist."}

_LIST_PATH = re.compile(rb"^/api/lists/[^/?]+$")
_SUBSCRIBERS_PATH = re.compile(rb"^/api/lists/[^/?]+/subscribers$")
_CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"


def _response(status: str, body: object, *, close: bool = False) -> bytes:
    payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
    head = (
        f"HTTP/1.1 {status}\r\n"
        "Server: pakat-bench\r\n"
        "Content-Type: application/json; charset=utf-8\r\n"
        f"Content-Length: {len(payload)}\r\n" + ("Connection: close\r\n" if close else "") + "\r\n"
    )
    return head.encode("latin-1") + payload


LIST_RESPONSE = _response("200 OK", LIST_BODY)
SUBSCRIBER_RESPONSE = _response("201 Created", SUBSCRIBER_BODY)
NOT_FOUND_RESPONSE = _response("404 Not Found", NOT_FOUND_BODY)
BAD_REQUEST_RESPONSE = _response("400 Bad Request", {"status": "error", "error": "bad request"}, close=True)


class State:
    """What the server has seen since it started, and how long it waits before answering."""

    connections = 0
    requests = 0
    latency = 0.0


def answer(method: bytes, target: bytes) -> tuple[bytes, bool]:
    """The canned response for a request line, and whether it is an API answer (which waits)."""
    path, _, query = target.partition(b"?")
    if method == b"GET" and _LIST_PATH.match(path):
        return LIST_RESPONSE, True
    if method == b"POST" and _SUBSCRIBERS_PATH.match(path):
        return SUBSCRIBER_RESPONSE, True
    if method == b"GET" and path == b"/__stats":
        return _response("200 OK", {"connections": State.connections, "requests": State.requests}), False
    if method == b"PUT" and path == b"/__latency":
        State.latency = float(query.decode("ascii").removeprefix("seconds="))
        return _response("200 OK", {"latency": State.latency}), False
    return NOT_FOUND_RESPONSE, True


@dataclass
class _Pending:
    """A request whose head has been read and whose body may still be arriving."""

    response: bytes
    waits: bool
    length: int
    close: bool


class CannedProtocol(asyncio.Protocol):
    """One keep-alive connection: parse each request from the buffer and answer it."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None
        self._pending: _Pending | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        State.connections += 1

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while self._step():
            pass

    def _refuse(self) -> bool:
        assert self._transport is not None
        self._transport.write(BAD_REQUEST_RESPONSE)
        self._transport.close()
        return False

    def _read_head(self) -> _Pending | None:
        """The next request's head from the buffer, or None until it has all arrived."""
        end = self._buffer.find(b"\r\n\r\n")
        if end < 0:
            return None
        lines = bytes(self._buffer[:end]).split(b"\r\n")
        del self._buffer[: end + 4]
        parts = lines[0].split(b" ")
        if len(parts) != 3:
            raise ValueError("bad request line")
        length, close, expect = 0, False, False
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            name, value = name.strip().lower(), value.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"connection":
                close = value == b"close"
            elif name == b"expect":
                expect = value == b"100-continue"
            elif name == b"transfer-encoding" and value != b"identity":
                # None of the benchmarked clients chunks a request body; refuse rather than guess.
                raise ValueError("chunked request body")
        if expect:
            assert self._transport is not None
            self._transport.write(_CONTINUE)
        response, waits = answer(parts[0], parts[1])
        return _Pending(response, waits, length, close)

    def _step(self) -> bool:
        """Handle what the buffer holds of the next request; True when another may follow."""
        if self._pending is None:
            try:
                self._pending = self._read_head()
            except ValueError:
                return self._refuse()
            if self._pending is None:
                return False
        pending = self._pending
        if len(self._buffer) < pending.length:
            return False
        del self._buffer[: pending.length]
        self._pending = None
        State.requests += 1
        if pending.waits and State.latency:
            # Answer later without blocking the loop: other connections are served meanwhile.
            asyncio.get_running_loop().call_later(State.latency, self._answer, pending)
        else:
            self._answer(pending)
        return not pending.close

    def _answer(self, pending: _Pending) -> None:
        transport = self._transport
        if transport is None or transport.is_closing():
            return
        transport.write(pending.response)
        if pending.close:
            transport.close()


async def serve(host: str = "127.0.0.1", port: int = 0) -> None:
    """Serve until standard input closes; print the port first."""
    loop = asyncio.get_running_loop()
    server = await loop.create_server(CannedProtocol, host, port, backlog=256)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    stopped = asyncio.Event()

    def wait_for_stdin_to_close() -> None:
        sys.stdin.read()
        loop.call_soon_threadsafe(stopped.set)

    threading.Thread(target=wait_for_stdin_to_close, daemon=True).start()
    async with server:
        await stopped.wait()


if __name__ == "__main__":
    asyncio.run(serve())
