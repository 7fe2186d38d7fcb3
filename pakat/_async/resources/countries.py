"""countries (being written)."""

from __future__ import annotations

from pakat._async.resources._base import AsyncResource


class AsyncCountries(AsyncResource):
    """`client.countries`."""
