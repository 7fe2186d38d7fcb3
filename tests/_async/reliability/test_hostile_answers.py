"""Hostile answers: bodies too large to hold, on the wire or once decompressed.

Each server here is a raw socket on 127.0.0.1 (tests/reliability/_raw_servers.py) answering as an
attacker, or a broken proxy, would: a 1 MB gzip (or deflate, or brotli) body that expands to
1 GiB, a chunked body that never ends, a `Content-Length` of a terabyte. pakat must refuse each
with `ResponseTooLargeError` within the call's timeout, stop reading, and never repeat a POST so
answered. Memory under these attacks is measured by `python -m benchmarks.hostile`, not here.
"""

from __future__ import annotations

import gzip
import json
import socket
import time
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import brotli
import httpx
import pytest

import pakat
from pakat import AsyncPakat
from tests.reliability._raw_servers import (
    GIB,
    MIB,
    HostileServer,
    RawServer,
    bomb_server,
    endless_server,
    head,
)

DEFAULT_CAP = 32 * MIB
OK_BODY = json.dumps({"status": "success", "data": {"record": {"general": {"list_uid": "a"}}}}).encode()


@pytest.fixture
def servers() -> Iterator[list[RawServer]]:
    made: list[RawServer] = []
    yield made
    for server in made:
        server.close()


async def _failure(call: Callable[[], Any]) -> tuple[pakat.PakatError, float]:
    started = time.monotonic()
    with pytest.raises(pakat.PakatError) as caught:
        await call()
    return caught.value, time.monotonic() - started


# The attacks ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br"])
async def test_a_compression_bomb_is_refused_within_the_timeout(
    encoding: str, servers: list[RawServer]
) -> None:
    server = bomb_server(encoding)
    servers.append(server)
    async with AsyncPakat(api_key="k", base_url=server.url, timeout=3, max_retries=0) as client:
        error, elapsed = await _failure(lambda: client.lists.get("a"))
    assert isinstance(error, pakat.ResponseTooLargeError), (error, elapsed)
    assert elapsed < 3, elapsed
    assert "32 MiB" in str(error) and "max_response_bytes" in str(error)


async def test_an_endless_body_is_refused_and_no_longer_read(servers: list[RawServer]) -> None:
    server = endless_server()
    servers.append(server)
    async with AsyncPakat(api_key="k", base_url=server.url, timeout=2, max_retries=2) as client:
        error, elapsed = await _failure(lambda: client.lists.get("a"))
    assert isinstance(error, pakat.ResponseTooLargeError), (error, elapsed, server.sent)
    assert elapsed < 2, elapsed
    # The cap, plus what the sockets' buffers held when pakat hung up; and asked only once:
    # the same request would get the same answer.
    assert server.sent < DEFAULT_CAP + 16 * MIB, server.sent
    assert server.requests == 1


async def test_a_huge_content_length_is_refused_before_reading(servers: list[RawServer]) -> None:
    # The server announces a terabyte and sends nothing: pakat need not wait to refuse it.
    server = HostileServer(head(f"Content-Length: {2**40}"))
    servers.append(server)
    async with AsyncPakat(api_key="k", base_url=server.url, timeout=5, max_retries=0) as client:
        error, _ = await _failure(lambda: client.lists.get("a"))
    assert isinstance(error, pakat.ResponseTooLargeError), error
    assert "1 TiB" in str(error) or str(2**40) in str(error)


@pytest.mark.parametrize("attack", ["endless", "gzip", "length"])
async def test_a_post_cut_off_this_way_has_an_unknown_outcome_and_is_not_repeated(
    attack: str, servers: list[RawServer]
) -> None:
    # The server may have acted (copied the list, sent the email) before its answer overflowed.
    server = {
        "endless": endless_server,
        "gzip": lambda: bomb_server("gzip"),
        "length": lambda: HostileServer(head(f"Content-Length: {2**40}")),
    }[attack]()
    servers.append(server)
    async with AsyncPakat(api_key="k", base_url=server.url, timeout=3, max_retries=3) as client:
        error, elapsed = await _failure(lambda: client.lists.copy("a"))
    assert isinstance(error, pakat.ResponseTooLargeError), (error, elapsed)
    assert isinstance(error, pakat.OutcomeUnknownError)
    assert isinstance(error, pakat.OutcomeUnknownResponseTooLargeError)
    assert "outcome is unknown" in str(error)
    assert server.requests == 1


async def test_a_get_or_put_cut_off_is_too_large_but_not_of_unknown_outcome(servers: list[RawServer]) -> None:
    server = endless_server()
    servers.append(server)
    async with AsyncPakat(api_key="k", base_url=server.url, timeout=3, max_retries=0) as client:
        for call in (lambda: client.lists.get("a"), lambda: client.lists.update("a", name="n")):
            error, _ = await _failure(call)
            assert isinstance(error, pakat.ResponseTooLargeError), error
            assert not isinstance(error, pakat.OutcomeUnknownError)


async def test_decompression_stops_at_the_deadline_when_the_cap_allows_more(servers: list[RawServer]) -> None:
    # With the cap raised above the bomb, only the deadline stops the decompression (it used to
    # run after the deadline, to the end: 11 s at timeout=3). The decoded bytes so far are held,
    # so keep the timeout short.
    server = bomb_server("gzip")
    servers.append(server)
    async with AsyncPakat(
        api_key="k", base_url=server.url, timeout=0.3, max_retries=0, max_response_bytes=2 * GIB
    ) as client:
        error, elapsed = await _failure(lambda: client.lists.get("a"))
    assert isinstance(error, pakat.APITimeoutError), (error, elapsed)
    assert elapsed < 0.3 + 1, elapsed


# The cap itself --------------------------------------------------------------------------------------


class SizedServer(RawServer):
    """Answers a valid Pakat body of `size` bytes (or more), encoded as asked."""

    def __init__(self, size: int, encoding: str = "identity") -> None:
        padding = max(0, size - len(OK_BODY) - len(', "padding": ""'))
        body = json.dumps(
            {
                "status": "success",
                "data": {"record": {"general": {"list_uid": "a"}}},
                "padding": "x" * padding,
            }
        ).encode()
        self.decoded_size = len(body)
        encoded = {
            "identity": lambda b: b,
            "gzip": gzip.compress,
            "deflate": zlib.compress,
            "raw-deflate": lambda b: zlib.compress(b, wbits=-zlib.MAX_WBITS),
            "br": brotli.compress,
            "gzip, br": lambda b: brotli.compress(gzip.compress(b)),
        }[encoding](body)
        header = "" if encoding == "identity" else f"Content-Encoding: {encoding.replace('raw-', '')}\r\n"
        self.response = (
            # RawServer closes each connection after one answer: say so, or the client may reuse
            # it for the next call and meet a reset.
            f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n{header}"
            f"Content-Length: {len(encoded)}\r\n\r\n"
        ).encode() + encoded
        super().__init__()

    def answer(self, conn: socket.socket) -> None:
        conn.sendall(self.response)


@pytest.mark.parametrize("encoding", ["identity", "gzip", "deflate", "raw-deflate", "br", "gzip, br"])
async def test_compressed_answers_are_decoded(encoding: str, servers: list[RawServer]) -> None:
    server = SizedServer(3 * MIB, encoding)  # about what a 10,000-row bulk answer weighs
    servers.append(server)
    async with AsyncPakat(api_key="k", base_url=server.url, max_retries=0) as client:
        assert (await client.lists.get("a")).general.list_uid == "a"


async def test_the_default_cap_is_32_mib_and_holds_a_large_answer(servers: list[RawServer]) -> None:
    server = SizedServer(DEFAULT_CAP - 1024, "gzip")
    servers.append(server)
    async with AsyncPakat(api_key="k", base_url=server.url, max_retries=0) as client:
        assert client.max_response_bytes == DEFAULT_CAP
        assert (await client.lists.get("a")).general.list_uid == "a"


@pytest.mark.parametrize("encoding", ["identity", "gzip"])
async def test_the_cap_is_configurable_and_counts_decoded_bytes(
    encoding: str, servers: list[RawServer]
) -> None:
    server = SizedServer(20_000, encoding)
    servers.append(server)
    async with AsyncPakat(
        api_key="k", base_url=server.url, max_retries=0, max_response_bytes=10_000
    ) as small:
        assert small.max_response_bytes == 10_000
        error, _ = await _failure(lambda: small.lists.get("a"))
        assert isinstance(error, pakat.ResponseTooLargeError), error
        assert (error.limit, error.status_code) == (10_000, 200)
        roomy = small.with_options(max_response_bytes=server.decoded_size)
        assert roomy.max_response_bytes == server.decoded_size
        assert (await roomy.lists.get("a")).general.list_uid == "a"
        tight = roomy.with_options(max_response_bytes=server.decoded_size - 1)
        error, _ = await _failure(lambda: tight.lists.get("a"))
        assert isinstance(error, pakat.ResponseTooLargeError)
        assert roomy.with_options(timeout=5).max_response_bytes == server.decoded_size


@pytest.mark.parametrize("value", [0, -1, True, 1.5, "32MiB", None])
async def test_a_cap_that_is_not_a_positive_whole_number_is_refused(value: Any) -> None:
    with pytest.raises(ValueError, match="max_response_bytes"):
        AsyncPakat(api_key="k", base_url="http://127.0.0.1:1/api", max_response_bytes=value)
    async with AsyncPakat(api_key="k", base_url="http://127.0.0.1:1/api") as client:
        with pytest.raises(ValueError):
            client.with_options(max_response_bytes=value if value is not None else 0)


async def test_pakat_asks_only_for_encodings_it_can_decode_within_the_cap(servers: list[RawServer]) -> None:
    server = SizedServer(100)
    servers.append(server)
    async with httpx.AsyncClient() as http:
        for http_client in (None, http):
            async with AsyncPakat(api_key="k", base_url=server.url, http_client=http_client) as client:
                await client.lists.get("a")
    for request_head in server.heads:
        headers = dict(line.split(": ", 1) for line in request_head.decode().lower().split("\r\n")[1:])
        assert headers["accept-encoding"] == "gzip, deflate, br"
    assert len(server.heads) == 2


async def test_a_304_may_state_a_length_it_does_not_carry(servers: list[RawServer]) -> None:
    # RFC 9110 lets a 304 give the length of the representation it stands for; it has no body.
    server = HostileServer(b"HTTP/1.1 304 Not Modified\r\nContent-Length: %d\r\n\r\n" % 2**40)
    servers.append(server)
    async with AsyncPakat(api_key="k", base_url=server.url, max_retries=0) as client:
        with pytest.raises(pakat.NotModifiedError):
            await client.lists.get("a")
