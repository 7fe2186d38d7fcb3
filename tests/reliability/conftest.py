"""Fixtures for the reliability tests: a shared sandbox, recorded retry waits, mock-backed clients.

Hypothesis tests here use the `reliability` settings profile: few enough examples that the whole
folder runs in seconds on a 2-core machine, and no deadline (the sandbox answers over real
sockets, whose timing is noisy).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

from pakat.testing import Sandbox

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
