"""The account's sending domains: the domains its From addresses may use."""

from __future__ import annotations

from pakat import _parse
from pakat._async.resources._base import AsyncResource
from pakat._validate import require_uid
from pakat_client.api.sending_domains import get_sending_domain
from pakat_client.models import SendingDomain


def _domain_name(domain: str) -> str:
    name = require_uid(domain, "domain")
    if "@" in name or "/" in name or any(c.isspace() for c in name):
        raise ValueError(f"domain must be a domain name such as 'example.com', not {name!r}")
    return name


class AsyncSendingDomains(AsyncResource):
    """Sending domains: `client.sending_domains`."""

    async def get(self, domain: str) -> SendingDomain:
        """A sending domain by name (such as 'example.com'), with whether it is verified.

        Raises `NotFoundError` if the account has no such sending domain.
        """
        return await self._client._request(
            get_sending_domain._get_kwargs(_domain_name(domain)), _parse.record(SendingDomain)
        )
