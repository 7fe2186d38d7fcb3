"""Fixtures for the reliability tests: sandboxes, recorded retry waits, a proxy that fails POSTs.

Hypothesis tests here use the `reliability` settings profile: few enough examples that the whole
folder runs in seconds on a 2-core machine, and no deadline (the sandbox answers over real
sockets, whose timing is noisy).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest
from hypothesis import HealthCheck, settings

from pakat.testing import Sandbox
from tests.reliability.hostile import RawRequest, RawServer, forwarding

settings.register_profile(
    "reliability",
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


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
def waits(no_sleep: list[float]) -> list[float]:
    """The waits the retry policy asked for, in order (none is really slept)."""
    return no_sleep


@pytest.fixture
def failing_proxy(fresh_sandbox: Sandbox) -> Iterator[Callable[[list[bytes]], RawServer]]:
    """A proxy in front of the sandbox that answers POSTs with the replies given, in turn, once the
    sandbox has acted on them; when they run out, and for other requests, the sandbox's answer."""
    servers: list[RawServer] = []

    def make(replies: list[bytes]) -> RawServer:
        left = iter(replies)

        def then(request: RawRequest, upstream: httpx.Response) -> bytes | None:
            return next(left, None) if request.method == "POST" else None

        server = RawServer(forwarding(fresh_sandbox.url, then))
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.close()
