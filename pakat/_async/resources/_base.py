"""What every resource holds: its client."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pakat._async.client import AsyncPakat


class AsyncResource:
    """One API area of an `AsyncPakat` client."""

    def __init__(self, client: AsyncPakat) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"
