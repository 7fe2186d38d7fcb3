"""Fixtures every test folder may use: a scripted mock server and clients pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

import pakat._transport
from pakat import AsyncPakat, Pakat
from tests.facade.conftest import API_KEY, BASE_URL, MockServer


@pytest.fixture
def server() -> MockServer:
    return MockServer()


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retries wait no real time; the waits they asked for are recorded."""
    waits: list[float] = []

    async def asleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(pakat._transport, "_sleep", waits.append)
    monkeypatch.setattr(pakat._transport, "_asleep", asleep)
    return waits


@pytest.fixture
def client(server: MockServer, no_sleep: list[float]) -> Iterator[Pakat]:
    http = httpx.Client(transport=httpx.MockTransport(server.handler))
    with Pakat(api_key=API_KEY, base_url=BASE_URL, http_client=http) as c:
        yield c


@pytest.fixture
async def aclient(server: MockServer, no_sleep: list[float]) -> AsyncIterator[AsyncPakat]:
    http = httpx.AsyncClient(transport=httpx.MockTransport(server.handler))
    async with AsyncPakat(api_key=API_KEY, base_url=BASE_URL, http_client=http) as c:
        yield c
