"""A compressed answer damaged on its way is a PakatError; after a POST, an unknown outcome.

pakat decodes gzip, deflate and brotli itself, a bounded piece at a time (pakat/_body.py), and
raises `httpx.DecodingError` where the stream is damaged. That error is no `httpx.TransportError`,
so it must be caught where the answer is read, not only where the connection is: here each answer
comes from a raw-socket server with a damaged body (a flipped byte deep in a large gzip, a gzip
whose checksum is wrong, brotli that is not brotli, a gzip broken inside brotli). A GET gets a
`PakatError`; a POST gets `OutcomeUnknownError` (the server answered 2xx, so it acted), which is
not an `APIError` and is sent once.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import brotli
import pytest

import pakat
from pakat import AsyncPakat
from tests._async.reliability.test_lost_answers import SEND
from tests.reliability.hostile import RawServer, canned

KEY = "sk-damaged"
# A list record padded to about 2 MB, so that its gzip spans many of pakat's decoding pieces.
RECORD = (
    b'{"status":"success","data":{"record":{"general":{"list_uid":"ab12","name":"N","description":"'
    + b"".join(b"row %d of a long description; " % n for n in range(70_000))
    + b'"}}}}'
)
SENT = b'{"status":"success","email_uid":"ab12cd34ef"}'


def _flip_middle(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :]


def _bad_crc(data: bytes) -> bytes:
    packed = gzip.compress(data)
    return packed[:-8] + bytes(b ^ 0xFF for b in packed[-8:-4]) + packed[-4:]


def _zlib_bad_checksum(data: bytes) -> bytes:
    packed = zlib.compress(data)
    return packed[:-4] + bytes(b ^ 0xFF for b in packed[-4:])


# name -> (Content-Encoding, what the body becomes)
DAMAGE: dict[str, tuple[str, Callable[[bytes], bytes]]] = {
    "gzip-byte-flipped-midway": ("gzip", lambda body: _flip_middle(gzip.compress(body))),
    "gzip-wrong-crc": ("gzip", _bad_crc),
    "deflate-wrong-adler32": ("deflate", _zlib_bad_checksum),
    "brotli-not-brotli": ("br", lambda body: b"not brotli at all: " + body[:100]),
    "brotli-byte-flipped-midway": ("br", lambda body: _flip_middle(brotli.compress(body))),
    "gzip-broken-inside-brotli": ("gzip, br", lambda body: brotli.compress(_bad_crc(body))),
}


@pytest.fixture
def served() -> Iterator[Callable[..., RawServer]]:
    servers: list[RawServer] = []

    def serve(status: int, body: bytes, encoding: str) -> RawServer:
        server = RawServer(canned(status, body, headers={"Content-Encoding": encoding}))
        servers.append(server)
        return server

    yield serve
    for server in servers:
        server.close()


async def _call(url: str, call: Callable[[Any], Any]) -> BaseException | None:
    """The exception `call` raised, of whatever kind, or None."""
    try:
        async with AsyncPakat(api_key=KEY, base_url=url, max_retries=2) as client:
            await call(client)
    except BaseException as exc:  # the attack is on whatever escapes
        return exc
    return None


@pytest.mark.parametrize("damage", sorted(DAMAGE))
async def test_a_damaged_compressed_answer_is_a_pakat_error(
    served: Callable[..., RawServer], damage: str
) -> None:
    encoding, spoil = DAMAGE[damage]
    server = served(200, spoil(RECORD), encoding)
    error = await _call(server.url, lambda client: client.lists.get("ab12"))
    assert isinstance(error, pakat.PakatError), f"{type(error).__module__}.{type(error).__name__}: {error}"
    assert "could not be read" in str(error) or isinstance(error, pakat.APIResponseValidationError), error


@pytest.mark.parametrize("damage", sorted(DAMAGE))
async def test_a_damaged_compressed_answer_to_a_post_is_outcome_unknown(
    served: Callable[..., RawServer], damage: str
) -> None:
    encoding, spoil = DAMAGE[damage]
    server = served(201, spoil(SENT + b" " * 200_000), encoding)
    error = await _call(server.url, lambda client: client.transactional_emails.send(**SEND))
    assert isinstance(error, pakat.OutcomeUnknownError), (
        f"{type(error).__module__}.{type(error).__name__}: {error}"
    )
    assert not isinstance(error, pakat.APIError)
    assert "outcome is unknown" in str(error)
    assert len(server.requests) == 1  # sent once, never repeated
