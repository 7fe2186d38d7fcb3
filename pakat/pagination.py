"""Pages of results, and lazy iteration across them (sync and async).

Iteration asks for page 1, then follows the server's `next_page`, and stops at a null `next_page`,
an empty page, or a `next_page` it has already fetched (a server bug must not loop forever). It
holds one page at a time. With `prefetch=N` it asks for up to N later pages concurrently once the
first page has told it `total_pages`, and still yields every item in order.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from pakat._exceptions import APIResponseValidationError

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future

__all__ = ["MAX_PER_PAGE", "MIN_PER_PAGE", "Page", "aiterate_items", "iterate_items", "page_from_body"]

T = TypeVar("T")
# The server clamps per_page into this range without a word; pakat refuses what it would change.
MIN_PER_PAGE = 10
MAX_PER_PAGE = 50


@attrs.frozen
class Page(Generic[T]):
    """One page of a collection.

    `count` is the number of records in all pages; `page`, `total_pages` and `count` are ints even
    when the server sends them as strings. Iterating a page iterates its items.
    """

    items: tuple[T, ...]
    page: int
    per_page: int
    total_pages: int
    count: int
    next_page: int | None

    @property
    def has_next(self) -> bool:
        return self.next_page is not None and bool(self.items)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def check_paging(page: int, per_page: int) -> None:
    """Refuse page numbers and sizes the server would silently change, so a page never holds
    other records than the caller asked for."""
    for name, value in (("page", page), ("per_page", per_page)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if page < 1:
        raise ValueError(f"page must be 1 or more, got {page}")
    if not MIN_PER_PAGE <= per_page <= MAX_PER_PAGE:
        raise ValueError(
            f"per_page must be between {MIN_PER_PAGE} and {MAX_PER_PAGE}, got {per_page}: the server "
            f"sends {MIN_PER_PAGE} records a page for anything smaller and {MAX_PER_PAGE} for anything larger"
        )


def _whole(value: Any, default: int | None) -> int | None:
    if value is None or value == "":
        return default
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: an infinite float
        raise APIResponseValidationError(
            f"Expected a whole number in the page information, got {value!r}", status_code=200, body=value
        ) from None


def page_from_body(
    body: Mapping[str, Any], parse: Callable[[Mapping[str, Any]], T], *, page: int, per_page: int
) -> Page[T]:
    """A `Page` from a collection envelope `{"data": {"count": ..., "records": [...]}}`.

    The server answers an empty collection with every paging field null: that is a page of no
    items, 0 pages and a count of 0.
    """
    data = body.get("data")
    if not isinstance(data, Mapping):
        data = {}
    records = data.get("records") or []
    if not isinstance(records, list) or not all(isinstance(r, Mapping) for r in records):
        raise APIResponseValidationError("Expected a list of records", status_code=200, body=body)
    items = tuple(parse(record) for record in records)
    current = _whole(data.get("current_page"), page) or page
    next_page = _whole(data.get("next_page"), None)
    return Page(
        items=items,
        page=current,
        per_page=per_page,
        total_pages=_whole(data.get("total_pages"), current if items else 0) or 0,
        count=_whole(data.get("count"), len(items)) or 0,
        next_page=next_page,
    )


def _following(page: Page[Any], seen: set[int]) -> int | None:
    """The next page to fetch, or None when this one is the last (or the server points backwards)."""
    following = page.next_page
    if not page.has_next or following is None or following <= page.page or following in seen:
        return None
    return following


def iterate_items(fetch: Callable[[int], Page[T]], *, prefetch: int = 0) -> Iterator[T]:
    """Every item of every page, fetched lazily with `fetch(page_number)`."""
    if prefetch < 0:
        raise ValueError("prefetch must be 0 or more")
    first = fetch(1)
    yield from first.items
    seen = {1, first.page}
    if prefetch and first.has_next and first.total_pages > 2:
        yield from _prefetched(fetch, first, prefetch)
        return
    page = first
    while (number := _following(page, seen)) is not None:
        seen.add(number)
        page = fetch(number)
        yield from page.items


def _prefetched(fetch: Callable[[int], Page[T]], first: Page[T], prefetch: int) -> Iterator[T]:
    from concurrent.futures import ThreadPoolExecutor  # only prefetching needs threads

    numbers = iter(range(first.page + 1, first.total_pages + 1))
    with ThreadPoolExecutor(max_workers=prefetch, thread_name_prefix="pakat-page") as pool:
        pending: deque[Future[Page[T]]] = deque()
        try:
            for number in numbers:
                pending.append(pool.submit(fetch, number))
                if len(pending) >= prefetch:
                    break
            while pending:
                page = pending.popleft().result()
                if not page.items:
                    return
                following = next(numbers, None)
                if following is not None:
                    pending.append(pool.submit(fetch, following))
                yield from page.items
        finally:
            for future in pending:
                future.cancel()


async def aiterate_items(
    fetch: Callable[[int], Awaitable[Page[T]]], *, prefetch: int = 0
) -> AsyncIterator[T]:
    """The async twin of `iterate_items`: prefetching runs as tasks instead of threads."""
    if prefetch < 0:
        raise ValueError("prefetch must be 0 or more")
    first = await fetch(1)
    for item in first.items:
        yield item
    seen = {1, first.page}
    if prefetch and first.has_next and first.total_pages > 2:
        async for item in _aprefetched(fetch, first, prefetch):
            yield item
        return
    page = first
    while (number := _following(page, seen)) is not None:
        seen.add(number)
        page = await fetch(number)
        for item in page.items:
            yield item


async def _aprefetched(
    fetch: Callable[[int], Awaitable[Page[T]]], first: Page[T], prefetch: int
) -> AsyncIterator[T]:
    import asyncio

    numbers = iter(range(first.page + 1, first.total_pages + 1))
    pending: deque[asyncio.Task[Page[T]]] = deque()

    async def get(number: int) -> Page[T]:
        return await fetch(number)

    try:
        for number in numbers:
            pending.append(asyncio.ensure_future(get(number)))
            if len(pending) >= prefetch:
                break
        while pending:
            page = await pending.popleft()
            if not page.items:
                return
            following = next(numbers, None)
            if following is not None:
                pending.append(asyncio.ensure_future(get(following)))
            for item in page.items:
                yield item
    finally:
        for task in pending:
            task.cancel()
