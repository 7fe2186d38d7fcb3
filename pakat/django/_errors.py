"""The errors the Django backend raises: anymail's families, carrying what Pakat said.

Each is an `AnymailError`, so `fail_silently` swallows it and code written for anymail catches it;
the Pakat error behind it is its `__cause__`.
"""

from __future__ import annotations

from typing import Any

from anymail.exceptions import AnymailAPIError, AnymailError

import pakat

__all__ = ["InvalidMessageError", "OutcomeUnknownError", "PakatAPIError"]


class _Described:
    """The message says what Pakat answered: no `requests` response to describe, and the Pakat
    error behind it stays `__cause__` (shown by tracebacks) rather than repeated in the text."""

    def describe_response(self) -> None:
        return None

    def describe_cause(self) -> None:
        return None


class PakatAPIError(_Described, AnymailAPIError):
    """Pakat refused an email, or could not be reached: that email was not queued.

    `recipient` is its `to` address and `status_code` the HTTP status of Pakat's answer (None when
    there was no answer); the message carries the server's own words.
    """

    def __init__(self, message: str, *, recipient: str, status_code: int | None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.recipient = recipient
        self.status_code = status_code


class OutcomeUnknownError(_Described, AnymailAPIError, pakat.OutcomeUnknownError):
    """The email to `recipient` may or may not have been queued: Pakat's answer was lost or
    unreadable, or the server failed (5xx) after the request reached it.

    It was not sent again. Look it up (`client.transactional_emails.list()` shows the newest
    first) before sending it again. Also a `pakat.OutcomeUnknownError`.
    """

    def __init__(self, message: str, *, recipient: str, status_code: int | None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.recipient = recipient
        self.status_code = status_code


class InvalidMessageError(_Described, AnymailError, ValueError):
    """pakat refused the message before sending it: a value Pakat cannot take (no subject, an
    address or attachment the server would refuse, a fourth attachment, ...). Also a ValueError."""

    def __init__(self, message: str, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
