"""The pager's own parts, without a client (iteration through both clients is tested in
tests/_async/facade/test_pagination.py)."""

from __future__ import annotations

import threading
import time

from pakat.pagination import Page, iterate_items, page_from_body


def test_prefetch_is_bounded() -> None:
    in_flight = 0
    peak = 0
    lock = threading.Lock()

    def fetch(number: int) -> Page[int]:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        time.sleep(0.01)
        with lock:
            in_flight -= 1
        return Page(items=(number,), page=number, per_page=11, total_pages=20, count=20, next_page=number + 1)

    assert list(iterate_items(fetch, prefetch=3)) == list(range(1, 21))
    assert peak <= 3


def test_page_from_body_tolerates_missing_meta() -> None:
    page = page_from_body({"data": {"records": [{"a": 1}]}}, dict, page=2, per_page=15)
    assert (page.items, page.page, page.count, page.next_page, page.has_next) == (
        ({"a": 1},),
        2,
        1,
        None,
        False,
    )


class _Item:
    """An item whose live copies are counted: a page the pager still holds keeps its items."""

    live = 0

    def __init__(self) -> None:
        _Item.live += 1

    def __del__(self) -> None:
        _Item.live -= 1


def _counted_page(number: int) -> Page[_Item]:
    return Page(
        items=tuple(_Item() for _ in range(50)), page=number, per_page=50, total_pages=400, count=20_000,
        next_page=number + 1 if number < 400 else None,
    )  # fmt: skip


def test_prefetching_holds_only_the_pages_in_flight() -> None:
    # Memory stays bounded however long the collection: every page handed out is let go.
    most = 0
    for _item in iterate_items(_counted_page, prefetch=8):
        most = max(most, _Item.live)
    del _item
    assert _Item.live == 0
    assert most <= (8 + 2) * 50, most  # the pages in flight and the one being read, not 400


def test_async_prefetching_holds_only_the_pages_in_flight() -> None:
    import asyncio

    from pakat.pagination import aiterate_items

    async def fetch(number: int) -> Page[_Item]:
        return _counted_page(number)

    async def run() -> int:
        most = 0
        async for _item in aiterate_items(fetch, prefetch=8):
            most = max(most, _Item.live)
        del _item
        return most

    most = asyncio.run(run())
    assert _Item.live == 0
    assert most <= (8 + 2) * 50, most
