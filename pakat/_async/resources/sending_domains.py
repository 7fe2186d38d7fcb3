"""sending domains (being written)."""

from __future__ import annotations

from pakat._async.resources._base import AsyncResource


class AsyncSendingDomains(AsyncResource):
    """`client.sending_domains`."""
