"""Slow servers: a call fails with APITimeoutError within its timeout (plus retries), never hangs."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest

import pakat
from pakat import AsyncPakat, Pakat
from tests.reliability._raw_servers import RawServer

BODY = b'{"status": "success", "data": {"record": {"general": {"list_uid": "a"}}}}'
RESPONSE = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (
    len(BODY),
    BODY,
)


class SlowServer(RawServer):
    """Answers each request slowly (or never).

    `mode` is "silent" (never answers), "trickle-head" (the whole response, one byte per
    `interval`) or "trickle-body" (headers at once, then the body one byte per `interval`).
    """

    def __init__(self, mode: str, interval: float = 0.2) -> None:
        self.mode = mode
        self.interval = interval
        super().__init__()

    def answer(self, conn: socket.socket) -> None:
        if self.mode == "silent":
            self._stop.wait(10)
            return
        head, body = RESPONSE.split(b"\r\n\r\n", 1)
        if self.mode == "trickle-body":
            conn.sendall(head + b"\r\n\r\n")
            payload = body
        else:
            payload = RESPONSE
        for byte in payload:
            if self.stopping:
                return
            conn.sendall(bytes([byte]))
            time.sleep(self.interval)


@pytest.fixture(params=["silent", "trickle-head", "trickle-body"])
def slow(request: pytest.FixtureRequest) -> Iterator[SlowServer]:
    server = SlowServer(request.param)
    yield server
    server.close()


def _no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pakat._transport._sleep", lambda seconds: None)

    async def asleep(seconds: float) -> None:
        return None

    monkeypatch.setattr("pakat._transport._asleep", asleep)


def test_get_gives_up_within_its_timeout_per_attempt(
    slow: SlowServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_backoff(monkeypatch)
    with Pakat(api_key="k", base_url=slow.url, timeout=0.6, max_retries=1) as client:
        started = time.monotonic()
        with pytest.raises(pakat.APITimeoutError):
            client.lists.get("a")
        elapsed = time.monotonic() - started
    # Two attempts of at most 0.6 s each; without the whole-call deadline a trickle takes ~15 s.
    assert elapsed < 2 * 0.6 + 0.6, elapsed
    assert slow.requests == 2


def test_post_times_out_once_and_says_the_outcome_is_unknown(slow: SlowServer) -> None:
    with Pakat(api_key="k", base_url=slow.url, timeout=0.6, max_retries=3) as client:
        started = time.monotonic()
        with pytest.raises(pakat.OutcomeUnknownTimeoutError, match="outcome is unknown"):
            client.lists.copy("a")
        elapsed = time.monotonic() - started
    assert elapsed < 0.6 + 0.6, elapsed
    assert slow.requests == 1


async def test_async_client_gives_up_too(slow: SlowServer) -> None:
    async with AsyncPakat(api_key="k", base_url=slow.url, timeout=0.6, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(pakat.APITimeoutError):
            await client.lists.get("a")
        elapsed = time.monotonic() - started
    assert elapsed < 0.6 + 0.6, elapsed


def test_a_slow_but_timely_answer_still_succeeds(monkeypatch: pytest.MonkeyPatch) -> None:
    server = SlowServer("trickle-body", interval=0.002)
    try:
        with Pakat(api_key="k", base_url=server.url, timeout=5, max_retries=0) as client:
            assert client.lists.get("a").general.list_uid == "a"
    finally:
        server.close()


@pytest.mark.parametrize(("method", "attempts"), [("GET", 2), ("PUT", 2), ("DELETE", 2), ("POST", 1)])
def test_read_timeout_follows_the_retry_policy_per_method(
    method: str, attempts: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_backoff(monkeypatch)
    server = SlowServer("silent")
    calls = {
        "GET": lambda c: c.lists.get("a"),
        "PUT": lambda c: c.lists.update("a", name="n"),
        "DELETE": lambda c: c.lists.delete("a"),
        "POST": lambda c: c.lists.copy("a"),
    }
    try:
        with (
            Pakat(api_key="k", base_url=server.url, timeout=0.4, max_retries=1) as client,
            pytest.raises(pakat.APITimeoutError) as caught,
        ):
            calls[method](client)
    finally:
        server.close()
    assert server.requests == attempts
    assert isinstance(caught.value, pakat.OutcomeUnknownError) == (method == "POST")
