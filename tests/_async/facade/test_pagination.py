"""Lazy iteration across pages: what is fetched, in what order, and when it stops."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

import pakat
from pakat import AsyncPakat
from pakat.pagination import Page
from tests.facade.conftest import MockServer, collection


def pages(
    total: int, per_page: int, count: int, *, delay: float = 0.0
) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        if delay:
            time.sleep(delay)
        page = int(request.url.params["page"])
        first = (page - 1) * per_page
        records = [{"general": {"name": str(i)}} for i in range(first, min(first + per_page, count))]
        return httpx.Response(200, json=collection(records, page=page, total_pages=total, count=count))

    return answer


async def names(items: AsyncIterator[Any]) -> list[str]:
    return [x.general.name async for x in items]


async def test_iter_sends_page_and_per_page_and_stops_at_null_next_page(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("GET", "/lists", pages(3, 4, 10))
    assert await names(client.lists.iter(per_page=14)) == [str(i) for i in range(10)]
    assert [server.query(i) for i in range(3)] == [{"page": str(p), "per_page": "14"} for p in (1, 2, 3)]


async def test_iter_is_lazy(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/lists", pages(3, 4, 10))
    iterator = client.lists.iter(per_page=14)
    assert server.requests == []
    assert (await anext(iterator)).general.name == "0"
    assert len(server.requests) == 1


async def test_empty_page_ends_iteration_even_if_next_page_is_set(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("GET", "/lists", httpx.Response(200, json=collection([], page=1, total_pages=5, count=40)))
    assert [x async for x in client.lists.iter()] == []
    assert len(server.requests) == 1


async def test_next_page_pointing_back_does_not_refetch(client: AsyncPakat, server: MockServer) -> None:
    body = collection([{"general": {"name": "x"}}], page=1, total_pages=1)
    body["data"]["next_page"] = 1
    server.on("GET", "/lists", body)
    assert await names(client.lists.iter()) == ["x"]
    assert len(server.requests) == 1


async def test_page_numbers_sent_as_strings_become_ints(client: AsyncPakat, server: MockServer) -> None:
    body = collection([{"general": {"name": "x"}}], page=1, total_pages=2)
    body["data"].update(total_pages="2", current_page="1", next_page="2", count="11")
    server.on("GET", "/lists", body)
    page = await client.lists.list()
    assert (page.count, page.total_pages, page.page, page.next_page) == (11, 2, 1, 2)
    assert isinstance(page, Page) and len(page) == 1 and [x.general.name for x in page] == ["x"]  # type: ignore[union-attr]


async def test_bad_page_numbers_are_pakat_errors(client: AsyncPakat, server: MockServer) -> None:
    body = collection([], page=1)
    body["data"]["count"] = "many"
    server.on("GET", "/lists", body)
    with pytest.raises(pakat.APIResponseValidationError):
        await client.lists.list()


@pytest.mark.parametrize(("page", "per_page"), [(0, 10), (1, 0), (1, 51), (-1, 10)])
async def test_paging_out_of_range_is_refused(
    client: AsyncPakat, server: MockServer, page: int, per_page: int
) -> None:
    with pytest.raises(ValueError):
        await client.lists.list(page=page, per_page=per_page)
    assert server.requests == []


async def test_prefetch_keeps_order_and_fetches_each_page_once(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("GET", "/lists", pages(9, 3, 26, delay=0.01))
    assert await names(client.lists.iter(per_page=13, prefetch=4)) == [str(i) for i in range(26)]
    fetched = sorted(int(server.query(i)["page"]) for i in range(len(server.requests)))
    assert fetched == list(range(1, 10))


async def test_next_page_not_after_the_current_one_ends_iteration(
    client: AsyncPakat, server: MockServer
) -> None:
    body = collection([{"general": {"name": "x"}}], page=3, total_pages=0)
    body["data"]["next_page"] = 0
    server.on("GET", "/lists", body)
    assert await names(client.lists.iter()) == ["x"]
    assert len(server.requests) == 1


EMPTY = {
    "status": "success",
    "data": {
        "count": None,
        "total_pages": None,
        "current_page": None,
        "next_page": None,
        "prev_page": None,
        "records": [],
    },
}


async def test_an_empty_collection_is_a_page_of_nothing(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/lists", EMPTY)
    page = await client.lists.list(page=3)
    assert (page.items, page.page, page.count, page.total_pages, page.next_page, page.has_next) == (
        (),
        3,
        0,
        0,
        None,
        False,
    )
    assert [x async for x in client.lists.iter(prefetch=4)] == []
    assert len(server.requests) == 2


@pytest.mark.parametrize("per_page", [9, 51, 1])
async def test_per_page_the_server_would_change_is_refused_before_sending(
    client: AsyncPakat, server: MockServer, per_page: int
) -> None:
    with pytest.raises(ValueError, match=r"per_page must be between 10 and 50, got -?\d+: the server sends"):
        await client.lists.list(per_page=per_page)
    with pytest.raises(ValueError, match="between 10 and 50"):
        client.subscribers.iter("ab123", per_page=per_page)
    assert server.requests == []


@pytest.mark.parametrize("per_page", [10, 50])
async def test_per_page_at_the_bounds_is_sent_as_given(
    client: AsyncPakat, server: MockServer, per_page: int
) -> None:
    server.on("GET", "/lists", EMPTY)
    await client.lists.list(per_page=per_page)
    assert server.query() == {"page": "1", "per_page": str(per_page)}
