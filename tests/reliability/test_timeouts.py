"""What only the async client promises: a transport of the caller's own making is held to the
whole-call deadline even while the head trickles in, since asyncio's own timeout bounds the whole
attempt. A sync client cannot see inside such a transport (the one exception docs/guide/reliability.md names); the
promises both clients keep are tested in tests/_async/reliability/test_timeouts.py.
"""

from __future__ import annotations

import time

import httpx
import pytest

import pakat
from pakat import AsyncPakat
from tests._async.reliability.test_timeouts import AsyncRelay, SlowServer, trickling

__all__ = ["trickling"]  # the fixture of the tests both clients share


async def test_an_own_async_transport_keeps_the_whole_call_deadline(trickling: SlowServer) -> None:
    async with (
        httpx.AsyncClient(transport=AsyncRelay()) as http,
        AsyncPakat(api_key="k", base_url=trickling.url, timeout=1, max_retries=0, http_client=http) as client,
    ):
        started = time.monotonic()
        with pytest.raises(pakat.APITimeoutError):
            await client.lists.get("a")
        elapsed = time.monotonic() - started
    assert elapsed < 1 + 1, elapsed
