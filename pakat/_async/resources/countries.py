"""Countries and their zones, as the server names them (for customer and company addresses)."""

from __future__ import annotations

from collections.abc import AsyncIterator

from pakat._async.resources._base import AsyncResource
from pakat._validate import require_uid
from pakat.pagination import Page
from pakat_client.api.countries import list_countries, list_country_zones
from pakat_client.models import Country, Zone


class AsyncCountries(AsyncResource):
    """Countries and zones: `client.countries`."""

    async def list(self, *, page: int = 1, per_page: int = 10) -> Page[Country]:
        """One page of the server's countries, ordered by name (240 on a stock server; Iran is
        `country_id` 101, named "Iran (Islamic Republic of)"). Their names are what customer and
        list company fields take as `country`."""
        return await self._page(list_countries._get_kwargs, Country, page, per_page)

    def iter(self, *, per_page: int = 50, prefetch: int = 0) -> AsyncIterator[Country]:
        """Every country, fetched page by page as you iterate."""
        return self._every(self.list, per_page=per_page, prefetch=prefetch)

    async def zones(self, country_id: int | str, *, page: int = 1, per_page: int = 10) -> Page[Zone]:
        """One page of the zones (states, provinces) of a country, by its numeric `country_id`,
        ordered by name. An id that names no country gives an empty page, not an error. Raises
        ValueError before sending for an id that is not a number (such as the code "IR")."""
        country = require_uid(country_id, "country_id", "countries.list()")
        return await self._page(list_country_zones._get_kwargs, Zone, page, per_page, country)

    def iter_zones(
        self, country_id: int | str, *, per_page: int = 50, prefetch: int = 0
    ) -> AsyncIterator[Zone]:
        """Every zone of a country, fetched page by page as you iterate."""
        country = require_uid(country_id, "country_id", "countries.list()")
        return self._every(self.zones, country, per_page=per_page, prefetch=prefetch)
