"""The limiter's algorithm against simulated servers, in simulated time: the shapes of the five
benchmark cases (`make bench` measures the real thing against the sandbox), asserted with room
for the noise a real run has and this one does not."""

from __future__ import annotations

import pytest

from pakat._limiter import Pacer
from tests.limiter._simulation import Client, Clock, Server


def _rate(client: Client, started: float = 0.0) -> float:
    assert client.finished is not None
    return client.created / (client.finished - started)


@pytest.mark.parametrize("latency", [0.0005, 0.02])
def test_without_a_limit_it_comes_within_a_tenth_of_the_best_fixed_concurrency(latency: float) -> None:
    rates = {}
    for fixed in (1, 4, 16, 64, None):
        clock = Clock()
        server = Server(clock, latency=latency, service=0.0015)
        client = Client(clock, server, 3000 if fixed != 1 else 500, fixed=fixed)
        clock.run(60)
        rates[fixed] = _rate(client)
        assert client.failed == 0 and client.rate_limited == 0
    best = max(rate for fixed, rate in rates.items() if fixed is not None)
    assert rates[None] >= 0.9 * best, rates


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_under_a_rate_limit_it_takes_nine_tenths_of_it_with_few_429s(seed: int) -> None:
    clock = Clock()
    server = Server(clock, latency=0.02, rate=100, seed=seed)
    client = Client(clock, server, 3000)
    clock.run(120)
    # The server's first second's burst aside, the rate it allowed; and what was refused. A row
    # throttled three times (the first try and both repeats) is a failure bulk_create reports.
    assert client.created + client.failed == 3000 and client.failed <= 5
    assert (client.created - 100) / client.finished >= 90
    assert client.throttled_share <= 0.03, client.rate_limited


def test_fixed_concurrency_against_the_same_limit_is_throttled_far_more() -> None:
    clock = Clock()
    server = Server(clock, latency=0.02, rate=100)
    client = Client(clock, server, 1500, fixed=16)
    clock.run(120)
    assert client.throttled_share > 0.05


def _recovery(server: Server, change: float, limit: float, end: float) -> float | None:
    """Seconds from `change` until the next second and the rest to `end` both average 90 % of
    `limit` (as the benchmark measures it, benchmarks/adaptive.py)."""
    start = change
    while end - start >= 1:
        if min(server.served(start, start + 1), server.served(start, end)) >= 0.9 * limit:
            return start - change
        start += 0.25
    return None


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_changing_limit_is_followed_within_five_seconds(seed: int) -> None:
    clock = Clock()
    server = Server(clock, latency=0.02, rate=100, seed=seed)
    client = Client(clock, server, 100_000)
    clock.at(4, lambda: server.limit(30))
    clock.at(12, lambda: server.limit(100))
    clock.run(20)
    down, up = _recovery(server, 4, 30, 12), _recovery(server, 12, 100, 20)
    assert down is not None and down < 5
    assert up is not None and up < 5
    assert client.failed <= 10  # throttled three times in a row while the limit fell


def test_two_processes_sharing_a_limit_share_it() -> None:
    clock = Clock()
    server = Server(clock, latency=0.02, rate=100)
    first = Client(clock, server, 100_000, name="first")
    second = Client(clock, server, 100_000, name="second", start=1.0)
    clock.run(25)
    together = server.served(5, 25)
    assert together >= 85
    for name in ("first", "second"):
        assert server.served(5, 25, name) >= 35, name
    assert first.failed + second.failed <= 10


def test_clients_of_one_process_share_the_pacer() -> None:
    clock = Clock()
    server = Server(clock, latency=0.02, rate=100)
    pacer = Pacer()
    Client(clock, server, 100_000, name="a", pacer=pacer)
    Client(clock, server, 100_000, name="b", pacer=pacer)
    clock.run(20)
    assert server.served(5, 20) >= 85
    refused = sum(1 for when, status, _ in server.log if status == 429 and when >= 5)
    assert refused / len([entry for entry in server.log if entry[0] >= 5]) <= 0.03
