"""The servers that deliver the account's email."""

from __future__ import annotations

from collections.abc import AsyncIterator

from pakat import _parse
from pakat._async.resources._base import AsyncResource
from pakat._validate import require_uid
from pakat.pagination import Page
from pakat_client.api.delivery_servers import get_delivery_server, list_delivery_servers
from pakat_client.models import DeliveryServer


class AsyncDeliveryServers(AsyncResource):
    """Delivery servers: `client.delivery_servers`."""

    async def list(self, *, page: int = 1, per_page: int = 10) -> Page[DeliveryServer]:
        """One page of the delivery servers the account owns, ordered by name. The system's servers,
        which deliver most accounts' mail, are not listed, so this is usually empty."""
        return await self._page(list_delivery_servers._get_kwargs, DeliveryServer, page, per_page)

    def iter(self, *, per_page: int = 50, prefetch: int = 0) -> AsyncIterator[DeliveryServer]:
        """Every delivery server the account owns, fetched page by page as you iterate."""
        return self._every(self.list, per_page=per_page, prefetch=prefetch)

    async def get(self, server_id: int | str) -> DeliveryServer:
        """One delivery server the account owns, by its numeric id. Raises `NotFoundError` if the
        account owns none with this id (system servers included), and ValueError before sending
        for an id that is not a number."""
        return await self._client._request(
            get_delivery_server._get_kwargs(require_uid(server_id, "server_id", "delivery_servers.list()")),
            _parse.record(DeliveryServer),
        )
