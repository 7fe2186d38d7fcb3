"""The account's sending quota."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from pakat import types  # qualified: the sync twin of AsyncQuota is itself named Quota
from pakat._async.resources._base import AsyncResource
from pakat._exceptions import APIResponseValidationError
from pakat_client.api.quota import get_quota

# What the server sends as `allowed` for an account without a limit: the infinity sign (Pakat's
# spec), or the HTML entity MailWizz's own usage display writes.
UNLIMITED = "∞"
UNLIMITED_SPELLINGS = frozenset((UNLIMITED, "&infin;", "&#8734;", "&#x221e;", "&#x221E;", ""))


def _bad(message: str, body: Any) -> APIResponseValidationError:
    return APIResponseValidationError(message, status_code=200, body=body)


def _text(value: Any, field: str, body: Any) -> str | int | float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise _bad(f"Expected a number for quota.{field}, got {value!r}", body)
    return value.strip() if isinstance(value, str) else value


def _whole(value: Any, field: str, body: Any) -> int:
    """A count sent as an int, a float such as 2500.0, or text such as "2500", "2,500" or "۲٬۵۰۰"."""
    number = _text(value, field, body)
    if isinstance(number, int):
        return number
    if isinstance(number, str):
        text = number.replace(",", "").replace("\u066c", "")
        try:
            return int(text)
        except ValueError:
            pass
        try:
            number = float(text)
        except ValueError:
            number = math.nan
    if not number.is_integer():
        raise _bad(f"Expected a whole number for quota.{field}, got {value!r}", body)
    return int(number)


def _quota(body: dict[str, Any]) -> types.Quota:
    # Not in the usual envelope: {"status": "ok", "quota": {"percentage": "25%", "used": .., "allowed": ..}}.
    quota = body.get("quota")
    if not isinstance(quota, Mapping):
        raise _bad("The response has no quota object", body)
    used = _whole(quota.get("used"), "used", body)
    raw_allowed = quota.get("allowed")
    if raw_allowed is None or (isinstance(raw_allowed, str) and raw_allowed.strip() in UNLIMITED_SPELLINGS):
        allowed = None
    else:
        # MailWizz stores "no limit" as -1; a server that leaks it means the same as the infinity sign.
        allowed = _whole(raw_allowed, "allowed", body)
        if allowed < 0:
            allowed = None
    return types.Quota(
        used=used, allowed=allowed, percentage=_percentage(quota.get("percentage"), used, allowed)
    )


def _percentage(value: Any, used: int, allowed: int | None) -> float:
    """The server's share used, such as "25%", "25٪" or 25; worked out from the counts when unreadable.

    The share is derived data: `used` and `allowed` are authoritative and already checked, so a
    share the server wrote in some other way (or left out) is computed as the server would have,
    rather than failing the call.
    """
    if isinstance(value, str):
        value = value.strip().rstrip("%\u066a").strip().replace("\u066b", ".")
    if not isinstance(value, bool) and isinstance(value, int | float | str):
        try:
            share = float(value)
        except ValueError:
            share = math.nan
        if math.isfinite(share):
            return share
    return 0.0 if not allowed else used * 100 / allowed


class AsyncQuota(AsyncResource):
    """The sending quota: `client.quota`."""

    async def get(self) -> types.Quota:
        """How much of the sending quota is used.

        Returns `pakat.types.Quota`: `used` and `allowed` emails (`allowed` None when the account
        has no limit, sent as "∞" or "&infin;") and the `percentage` of the quota used (computed
        from the counts if the server's is missing or unreadable). Numbers sent as text with
        thousands separators or Persian digits are read. Raises `APIResponseValidationError` if
        the answer has no quota object or its `used` or `allowed` is not a whole number.
        """
        return await self._client._request(get_quota._get_kwargs(), _quota)
