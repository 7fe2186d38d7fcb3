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
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from pakat._version import __version__

if TYPE_CHECKING:
    from pakat._async.client import AsyncPakat as AsyncPakat
    from pakat._client import InsecureHTTPWarning as InsecureHTTPWarning
    from pakat._encoding import Attachment as Attachment
    from pakat._exceptions import *  # noqa: F403  (the errors: pakat._exceptions.__all__)
    from pakat._sync.client import Pakat as Pakat
    from pakat.pagination import Page as Page

# The public names and the modules that define them, loaded from there on first use. The errors
# stand here a second time, beside pakat._exceptions.__all__, on purpose: reading that list would
# load the module, and httpx with it, at `import pakat`. tests/test_public_names.py holds this
# table to the modules' `__all__`.
_MODULE_OF: dict[str, str] = {
    "AsyncPakat": "pakat._async.client",
    "Attachment": "pakat._encoding",
    "InsecureHTTPWarning": "pakat._client",
    "Page": "pakat.pagination",
    "Pakat": "pakat._sync.client",
    **dict.fromkeys(
        (
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
        ),
        "pakat._exceptions",
    ),
}

__all__ = ["__version__", *_MODULE_OF]


def _loader(namespace: dict[str, Any], table: Mapping[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` (PEP 562) that imports each name of `table` from its module on first
    use and keeps it in `namespace`, the module's globals (`pakat.types` has one too)."""

    def load(name: str) -> Any:
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {namespace['__name__']!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    return load


__getattr__ = _loader(globals(), _MODULE_OF)


def __dir__() -> list[str]:
    return sorted(__all__)
