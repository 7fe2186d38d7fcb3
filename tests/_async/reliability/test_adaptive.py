"""The adaptive limiter on real requests: against the sandbox's rate limit and faults, and
against a scripted server for the headers that hold every request (`Retry-After` over a second,
`X-RateLimit-Remaining: 0`). Whatever it decides, each row is sent once. Written once for
AsyncPakat, generated for Pakat (whose runs wait on threads, not tasks)."""

from __future__ import annotations

import threading
import time
from collections import Counter

import httpx
import pytest

from pakat import AsyncPakat
from pakat.testing import Sandbox
from tests.facade.conftest import API_KEY, BASE_URL, MockServer

CREATED = {
    "status": "success",
    "data": {"record": {"subscriber_uid": "ab12cd34ef", "email": "a@example.org"}},
}


def _rows(count: int, tag: str = "row") -> list[dict[str, str]]:
    return [{"EMAIL": f"{tag}{n}@example.org", "FNAME": f"نام {n}"} for n in range(count)]


async def _listed(client: AsyncPakat, list_uid: str) -> Counter[str]:
    return Counter([str(s.email) async for s in client.subscribers.iter(list_uid)])


def _scripted(server: MockServer) -> AsyncPakat:
    """A client of the scripted `server` that sleeps its retry waits for real."""
    http = httpx.AsyncClient(transport=httpx.MockTransport(server.handler))
    return AsyncPakat(api_key=API_KEY, base_url=BASE_URL, http_client=http)


async def test_bulk_create_under_a_rate_limit_sends_each_row_once_and_counts_the_429s(sb: Sandbox) -> None:
    list_uid = sb.create_list()
    sb.faults.latency(0.005)
    sb.faults.rate_limit(60, burst=10)
    async with AsyncPakat(api_key=sb.api_key, base_url=sb.url) as client:
        result = await client.subscribers.bulk_create(list_uid, _rows(150))
        stats = client.concurrency_stats()
        sb.faults.clear()
        listed = await _listed(client, list_uid)
    assert result.ok and len(result.created) == 150
    assert listed == Counter(f"row{n}@example.org" for n in range(150))
    assert sb.processed["createSubscriber"] == 150
    # Every 429 was repeated (never a row twice): requests are the rows plus the 429s.
    assert result.rate_limited > 0 and result.requests == 150 + result.rate_limited
    assert 1 <= result.concurrency <= 64
    assert stats.rate_limited == result.rate_limited and stats.requests == result.requests
    assert stats.requests_per_second is not None and stats.requests_per_second < 120


async def test_a_ceiling_holds_under_a_rate_limit(sb: Sandbox) -> None:
    list_uid = sb.create_list()
    sb.faults.rate_limit(80, burst=10)
    async with AsyncPakat(api_key=sb.api_key, base_url=sb.url) as client:
        result = await client.subscribers.bulk_create(list_uid, _rows(120), max_concurrency=16)
    sb.faults.clear()
    assert result.ok and len(result.created) == 120
    assert sb.processed["createSubscriber"] == 120
    assert result.requests == 120 + result.rate_limited and result.concurrency <= 16


async def test_a_fixed_concurrency_is_kept_and_its_429s_counted(sb: Sandbox) -> None:
    list_uid = sb.create_list()
    sb.faults.fail_next(3, status=429, retry_after=0)
    async with AsyncPakat(api_key=sb.api_key, base_url=sb.url) as client:
        result = await client.subscribers.bulk_create(list_uid, _rows(20), concurrency=3)
    assert result.ok and result.concurrency == 3
    assert (result.requests, result.rate_limited) == (23, 3)


async def test_prefetching_iteration_under_a_rate_limit_yields_every_item_in_order(sb: Sandbox) -> None:
    list_uid = sb.create_list()
    sb.seed_subscribers(list_uid, 1000)
    sb.faults.rate_limit(40, burst=5)
    async with AsyncPakat(api_key=sb.api_key, base_url=sb.url) as client:
        fetched = [s.email async for s in client.subscribers.iter(list_uid, prefetch=8)]
        sb.faults.clear()
        sequential = [s.email async for s in client.subscribers.iter(list_uid)]
        stats = client.concurrency_stats()
    assert fetched == sequential and len(fetched) == 1000
    assert stats.concurrency is not None and stats.concurrency <= 8


def _timed(server: MockServer, first: httpx.Response) -> list[float]:
    """Every create answered 201, except the first, answered `first`; when each came."""
    times: list[float] = []
    lock = threading.Lock()

    def answer(request: httpx.Request) -> httpx.Response:
        with lock:
            times.append(time.monotonic())
            if len(times) == 1:
                return first
        return httpx.Response(201, json=CREATED)

    server.on("POST", "/lists/ab12cd34ef/subscribers", answer)
    return times


async def test_a_retry_after_over_a_second_holds_every_new_request(server: MockServer) -> None:
    times = _timed(server, httpx.Response(429, headers={"Retry-After": "1.5"}, json={"status": "error"}))
    async with _scripted(server) as client:
        result = await client.subscribers.bulk_create("ab12cd34ef", _rows(6))
    assert result.ok and result.rate_limited == 1 and len(times) == 7
    gaps = [later - times[0] for later in times[1:]]
    assert min(gaps) >= 1.45, gaps  # nothing new started before the refused request was due again


async def test_an_exhausted_rate_limit_window_holds_until_it_resets(server: MockServer) -> None:
    done = httpx.Response(
        201, headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1.5"}, json=CREATED
    )
    times = _timed(server, done)
    async with _scripted(server) as client:
        result = await client.subscribers.bulk_create("ab12cd34ef", _rows(4))
    assert result.ok and len(times) == 4
    assert times[1] - times[0] >= 1.45


async def test_a_retry_after_of_a_second_or_less_holds_only_the_request_refused(
    client: AsyncPakat, server: MockServer, no_sleep: list[float]
) -> None:
    _timed(server, httpx.Response(429, headers={"Retry-After": "1"}, json={"status": "error"}))
    started = time.monotonic()
    result = await client.subscribers.bulk_create("ab12cd34ef", _rows(6))
    assert result.ok and no_sleep == [1.0]  # the transport's wait for the refused one (not slept here)
    assert time.monotonic() - started < 0.9


@pytest.mark.parametrize("value", [0, -1, 1.5, "8", True, None])
async def test_bad_concurrency_values_are_refused_before_anything_is_sent(
    client: AsyncPakat, value: object
) -> None:
    called: list[int] = []
    with pytest.raises(ValueError, match='concurrency must be a whole number, 1 or more, or "auto"'):
        await client.subscribers.bulk_create(
            "ab12cd34ef", _rows(2), concurrency=value, on_result=lambda i, u, f: called.append(i)
        )  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_concurrency must be a whole number, 1 or more"):
        await client.subscribers.bulk_create("ab12cd34ef", _rows(2), max_concurrency=value)  # type: ignore[arg-type]
    assert not called
