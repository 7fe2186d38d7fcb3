"""Python SDK for the Pakat email-marketing API (new.pakat.net).

    from pakat import Pakat

    with Pakat() as client:                      # key from PAKAT_API_KEY
        for mailing_list in client.lists.iter():
            print(mailing_list.general.name)

`AsyncPakat` is the same API for asyncio. Errors are `pakat.PakatError` and its subclasses.

Names load on first use (PEP 562), so `import pakat` stays cheap for tools that only need a part
of it, such as the pytest plugin in `pakat.testing`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from pakat._version import __version__

if TYPE_CHECKING:
    from pakat._async.client import AsyncPakat
    from pakat._client import InsecureHTTPWarning
    from pakat._encoding import Attachment
    from pakat._exceptions import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ClientClosedError,
        ConflictError,
        NotFoundError,
        NotModifiedError,
        OutcomeUnknownError,
        OutcomeUnknownResponseTooLargeError,
        OutcomeUnknownTimeoutError,
        PakatError,
        PermissionDeniedError,
        RateLimitError,
        ResponseTooLargeError,
        ServerError,
        ValidationError,
    )
    from pakat._sync.client import Pakat
    from pakat.pagination import Page

_EXCEPTIONS = (
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "NotFoundError",
    "NotModifiedError",
    "OutcomeUnknownError",
    "OutcomeUnknownResponseTooLargeError",
    "OutcomeUnknownTimeoutError",
    "PakatError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ServerError",
    "ValidationError",
)
_MODULE_OF = {
    "AsyncPakat": "pakat._async.client",
    "Attachment": "pakat._encoding",
    "InsecureHTTPWarning": "pakat._client",
    "Page": "pakat.pagination",
    "Pakat": "pakat._sync.client",
    **{name: "pakat._exceptions" for name in _EXCEPTIONS},
}

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AsyncPakat",
    "Attachment",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "InsecureHTTPWarning",
    "NotFoundError",
    "NotModifiedError",
    "OutcomeUnknownError",
    "OutcomeUnknownResponseTooLargeError",
    "OutcomeUnknownTimeoutError",
    "Page",
    "Pakat",
    "PakatError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ServerError",
    "ValidationError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'pakat' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
