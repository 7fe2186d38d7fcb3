"""What every resource holds (its client) and does alike (read one page, iterate every page).

The resources' methods look alike where the API is alike: a page method and an iterator for
each collection, a create and an update that take the same settings. Each method writes its
parameters out in its signature, because the signature is the API (the reference, IDEs and the
MCP tools read it), and hands them to one encoder per area and to `_page`, `_every` or
`_client._request`; those signatures are the near-copies the duplicates tool still finds
between the resource modules, on purpose.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from pakat import _parse
from pakat.pagination import Page, check_paging

if TYPE_CHECKING:
    from pakat._async.client import AsyncPakat

T = TypeVar("T")


class AsyncResource:
    """One API area of an `AsyncPakat` client."""

    def __init__(self, client: AsyncPakat) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

    async def _page(
        self,
        kwargs_of: Callable[..., dict[str, Any]],
        model: _parse.Model[T],
        page: int,
        per_page: int,
        *path: str,
        **query: Any,
    ) -> Page[T]:
        """Page `page` of `per_page` records of a collection, read as `model`s: `kwargs_of` is a
        generated endpoint's `_get_kwargs`, given the (checked) `path` ids and `query`."""
        check_paging(page, per_page)
        return await self._client._request(
            kwargs_of(*path, page=page, per_page=per_page, **query), _parse.page(model, page, per_page)
        )

    def _every(
        self,
        page_of: Callable[..., Awaitable[Page[T]]],
        *args: Any,
        per_page: int,
        prefetch: int,
        **kwargs: Any,
    ) -> AsyncIterator[T]:
        """Every item of the pages `page_of(*args, page=N, per_page=per_page, **kwargs)` returns,
        fetched as they are iterated; `per_page` is checked at once, not at the first page."""
        check_paging(1, per_page)
        return self._client._paginate(
            lambda number: page_of(*args, page=number, per_page=per_page, **kwargs), prefetch
        )
