"""Every item of a collection, page after page, for asyncio (pakat.pagination says how)."""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from pakat._concurrency import AsyncJob, AsyncWorkers

if TYPE_CHECKING:
    from pakat.pagination import Page

__all__ = ["aiterate_items"]

T = TypeVar("T")


def _following(page: Page[Any], seen: set[int]) -> int | None:
    """The next page to fetch, or None when this one is the last (or the server points backwards)."""
    following = page.next_page
    if not page.has_next or following is None or following <= page.page or following in seen:
        return None
    return following


async def aiterate_items(
    fetch: Callable[[int], Awaitable[Page[T]]], *, prefetch: int = 0
) -> AsyncIterator[T]:
    """Every item of every page, fetched lazily with `fetch(page_number)`; with `prefetch`, up to
    that many later pages are fetched concurrently (by `AsyncWorkers`)."""
    if prefetch < 0:
        raise ValueError("prefetch must be 0 or more")
    first = await fetch(1)
    for item in first.items:
        yield item
    seen = {1, first.page}
    if prefetch and first.has_next and first.total_pages > 2:
        async for item in _prefetched(fetch, first, prefetch):
            yield item
        return
    page = first
    while (number := _following(page, seen)) is not None:
        seen.add(number)
        page = await fetch(number)
        for item in page.items:
            yield item


async def _prefetched(
    fetch: Callable[[int], Awaitable[Page[T]]], first: Page[T], prefetch: int
) -> AsyncIterator[T]:
    numbers = iter(range(first.page + 1, first.total_pages + 1))
    async with AsyncWorkers(prefetch, "pakat-page") as workers:
        pending: deque[AsyncJob[Page[T]]] = deque()
        for number in numbers:
            pending.append(workers.submit(fetch, number))
            if len(pending) >= prefetch:
                break
        while pending:
            page = await pending.popleft().result()
            if not page.items:
                return
            following = next(numbers, None)
            if following is not None:
                pending.append(workers.submit(fetch, following))
            for item in page.items:
                yield item
