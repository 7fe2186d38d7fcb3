"""Fixtures for the reliability tests: a shared sandbox, recorded retry waits, mock-backed clients.

Hypothesis tests here use the `reliability` settings profile: few enough examples that the whole
folder runs in seconds on a 2-core machine, and no deadline (the sandbox answers over real
sockets, whose timing is noisy).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from hypothesis import HealthCheck, settings

import pakat._transport
from pakat import AsyncPakat, Pakat
from pakat.testing import Sandbox
from tests.facade.conftest import MockServer

settings.register_profile(
    "reliability",
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

API_KEY = "sk-reliability-5f1d3a9c7e2b4d6f"
MOCK_URL = "http://127.0.0.1:9/api"


@pytest.fixture(scope="module")
def shared_sandbox() -> Iterator[Sandbox]:
    """One sandbox per module (starting one costs ~0.1 s); `sb` resets its knobs for each test."""
    with Sandbox(verified_domains=["pakat.example"]) as sb:
        yield sb


@pytest.fixture
def sb(shared_sandbox: Sandbox) -> Iterator[Sandbox]:
    shared_sandbox.faults.clear()
    shared_sandbox.reset_counters()
    yield shared_sandbox
    shared_sandbox.faults.clear()


@pytest.fixture
def fresh_sandbox() -> Iterator[Sandbox]:
    """A sandbox of its own, for tests that look at everything it holds (its outbox, all lists)."""
    with Sandbox(verified_domains=["pakat.example"]) as sb:
        yield sb


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retries wait no real time; the waits the retry policy asked for are recorded in order."""
    recorded: list[float] = []

    async def asleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(pakat._transport, "_sleep", recorded.append)
    monkeypatch.setattr(pakat._transport, "_asleep", asleep)
    return recorded


@pytest.fixture
def server() -> MockServer:
    return MockServer()


@pytest.fixture
def client(server: MockServer, waits: list[float]) -> Iterator[Pakat]:
    http = httpx.Client(transport=httpx.MockTransport(server.handler))
    with Pakat(api_key=API_KEY, base_url=MOCK_URL, http_client=http) as c:
        yield c


@pytest.fixture
async def aclient(server: MockServer, waits: list[float]) -> AsyncIterator[AsyncPakat]:
    http = httpx.AsyncClient(transport=httpx.MockTransport(server.handler))
    async with AsyncPakat(api_key=API_KEY, base_url=MOCK_URL, http_client=http) as c:
        yield c
