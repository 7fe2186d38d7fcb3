"""Pages of results, and lazy iteration across them (sync and async).

Iteration asks for page 1, then follows the server's `next_page`, and stops at a null `next_page`,
an empty page, or a `next_page` it has already fetched (a server bug must not loop forever). It
holds one page at a time. With `prefetch=N` it asks for up to N later pages concurrently once the
first page has told it `total_pages`, and still yields every item in order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from pakat import _loader
from pakat._exceptions import APIResponseValidationError

if TYPE_CHECKING:
    from pakat._async.pagination import aiterate_items as aiterate_items
    from pakat._sync.pagination import iterate_items as iterate_items

__all__ = [
    "MAX_PER_PAGE",
    "MIN_PER_PAGE",
    "Page",
    "aiterate_items",
    "iterate_items",
    "page_from_body",
]

# The iteration is written once, for asyncio, and generated for threads (scripts/unasync.py); each
# client imports its own, and these names load the one asked for.
__getattr__ = _loader(
    globals(), {"aiterate_items": "pakat._async.pagination", "iterate_items": "pakat._sync.pagination"}
)

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
