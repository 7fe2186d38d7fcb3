"""Fixtures of the tests that drive a client, written once here for AsyncPakat and generated into
tests/_sync for Pakat by scripts/unasync.py.

`client` talks to the scripted `server` of tests/conftest.py; retry waits are recorded instead of
slept (`no_sleep`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from pakat import AsyncPakat
from tests.facade.conftest import API_KEY, BASE_URL, MockServer


@pytest.fixture
async def client(server: MockServer, no_sleep: list[float]) -> AsyncIterator[AsyncPakat]:
    http = httpx.AsyncClient(transport=httpx.MockTransport(server.handler))
    async with AsyncPakat(api_key=API_KEY, base_url=BASE_URL, http_client=http) as c:
        yield c
