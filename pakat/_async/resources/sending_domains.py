"""The account's sending domains: the domains its From addresses may use."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pakat._async.resources._base import AsyncResource
from pakat._validate import require_uid
from pakat_client.api.sending_domains import get_sending_domain
from pakat_client.models import SendingDomain


def _domain(body: dict[str, Any]) -> SendingDomain:
    """Whatever the answer holds: `data.record`, else `data`, else the fields beside `status`.

    No public source shows this call's answer (Pakat's spec types it only as
    `{"status": "success"}`), so a shape other than the assumed record is kept, not refused: the
    fields pakat does not know stay readable through `to_dict()`."""
    data = body.get("data")
    if isinstance(data, Mapping):
        record = data.get("record")
        return SendingDomain.from_dict(record if isinstance(record, Mapping) else data)
    return SendingDomain.from_dict({key: value for key, value in body.items() if key != "status"})


class AsyncSendingDomains(AsyncResource):
    """Sending domains: `client.sending_domains`."""

    async def get(self, domain: str) -> SendingDomain:
        """A sending domain by name (such as 'example.com'), with whether it is verified.

        Pakat's own call, absent from public MailWizz sources: the record's shape (`domain_id`,
        `name`, `verified`) is assumed, and any other shape is returned as it came (read it with
        `to_dict()`). Raises `NotFoundError` if the server answers 404 for the domain.
        """
        return await self._client._request(
            get_sending_domain._get_kwargs(require_uid(domain, "domain")), _domain
        )
