"""Python SDK for the Pakat email-marketing API (new.pakat.net).

    from pakat import Pakat

    with Pakat() as client:                      # key from PAKAT_API_KEY
        for mailing_list in client.lists.iter():
            print(mailing_list.general.name)

`AsyncPakat` is the same API for asyncio. Errors are `pakat.PakatError` and its subclasses.
"""

from pakat._async.client import AsyncPakat
from pakat._encoding import Attachment
from pakat._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    OutcomeUnknownError,
    OutcomeUnknownTimeoutError,
    PakatError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    ValidationError,
)
from pakat._sync.client import Pakat
from pakat._version import __version__
from pakat.pagination import Page

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AsyncPakat",
    "Attachment",
    "AuthenticationError",
    "BadRequestError",
    "NotFoundError",
    "OutcomeUnknownError",
    "OutcomeUnknownTimeoutError",
    "Page",
    "Pakat",
    "PakatError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "ValidationError",
    "__version__",
]
