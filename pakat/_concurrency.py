"""Running one call over many items with bounded concurrency: threads for sync, tasks for async."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
U = TypeVar("U")


def check_concurrency(concurrency: int) -> None:
    """Refuse a concurrency that is not a whole number of at least 1."""
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be a whole number, 1 or more, got {concurrency!r}")


def map_concurrently(function: Callable[[T], U], items: Sequence[T], concurrency: int) -> list[U]:
    """`function` over `items`, at most `concurrency` at a time; results in the order of `items`."""
    check_concurrency(concurrency)
    if concurrency == 1 or len(items) <= 1:
        return [function(item) for item in items]
    from concurrent.futures import ThreadPoolExecutor  # kept off the import path of `import pakat`

    with ThreadPoolExecutor(max_workers=min(concurrency, len(items)), thread_name_prefix="pakat") as pool:
        return list(pool.map(function, items))


async def amap_concurrently(
    function: Callable[[T], Awaitable[U]], items: Sequence[T], concurrency: int
) -> list[U]:
    """The async twin of `map_concurrently`."""
    import asyncio

    check_concurrency(concurrency)
    gate = asyncio.Semaphore(concurrency)

    async def run(item: T) -> U:
        async with gate:
            return await function(item)

    return list(await asyncio.gather(*(run(item) for item in items)))
