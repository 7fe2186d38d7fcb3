"""`EmailBackend`: Django's mail through Pakat's transactional emails, on anymail's base backend.

anymail's `AnymailBaseBackend` is not tied to `requests` (its Amazon SES backend drives boto3
through it): it gives the settings, `send_messages` with `fail_silently`, the pre_send and
post_send signals, `anymail_status` and the unsupported-feature errors. This module adds the
connection (one `pakat.Pakat` per opened connection) and the sending: one email per `to`
address, through the facade, which owns the wire format and the retry policy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from anymail.backends.base import AnymailBaseBackend
from anymail.exceptions import AnymailConfigurationError
from anymail.message import AnymailRecipientStatus, AnymailStatus
from anymail.utils import get_anymail_setting
from django.core.mail import EmailMessage

import pakat
from pakat import _server_messages as said
from pakat.django._errors import InvalidMessageError, OutcomeUnknownError, PakatAPIError
from pakat.django._payload import PakatPayload

__all__ = ["EmailBackend", "Outcome"]

# Settings (ANYMAIL = {"PAKAT_<NAME>": ...}, ANYMAIL_PAKAT_<NAME> or PAKAT_<NAME>, or a keyword of
# get_connection(name=...)) -> the keyword of pakat.Pakat they set. Unset ones keep the client's
# default, which for the key and the base URL is the environment (PAKAT_API_KEY, PAKAT_BASE_URL).
SETTINGS = {
    "api_key": "api_key",
    "base_url": "base_url",
    "timezone": "customer_timezone",
    "timeout": "timeout",
    "max_retries": "max_retries",
}
# Answers after which the email may exist: pakat says so with OutcomeUnknownError (the answer was
# lost, was a 2xx it could not read, or was a 5xx that may follow a write: the rule for a POST
# answered 5xx in docs/guide/reliability.md), and an answer that is not Pakat's stays in doubt
# too. A ServerError to a POST is only Pakat's offline 503, sent before anything is done: that
# email was not queued.
_MAYBE_QUEUED = (pakat.OutcomeUnknownError, pakat.APIResponseValidationError)


@dataclass(frozen=True)
class Outcome:
    """What became of the email to one `to` address: `status` is anymail's ("queued",
    "rejected", "failed" or "unknown"), `email_uid` Pakat's uid when queued, `error` what was
    raised, if anything (None for an address not tried after an earlier failure)."""

    address: str
    status: Literal["queued", "rejected", "failed", "unknown"]
    email_uid: str | None = None
    error: Exception | None = field(default=None, repr=False)


@dataclass(frozen=True)
class _Options:
    """The client's keywords from the settings; the key stays out of every repr."""

    values: dict[str, Any] = field(repr=False)


class EmailBackend(AnymailBaseBackend):
    """Sends Django email through Pakat's transactional emails (`pakat[django]`).

    Each `to` address gets its own transactional email and its own entry in
    `message.anymail_status.recipients` (status "queued" and Pakat's `email_uid` as message_id).
    The addresses are sent in order; a blacklisted one is "rejected" and the next follows. Any
    other failure stops the message there: that address is "unknown" if the email may have been
    queued (lost or unreadable answer, a 5xx other than Pakat's offline 503) and "failed" if it was
    refused (or the API was offline), the addresses after it
    are "failed" (not sent), and after the post_send signal `send_messages` raises
    `OutcomeUnknownError` or `PakatAPIError`, unless `fail_silently`. Nothing is ever sent twice.
    A message pakat refuses before sending anything raises `InvalidMessageError`.
    """

    esp_name = "Pakat"

    def __init__(self, **kwargs: Any) -> None:
        options = {
            keyword: get_anymail_setting(
                name, esp_name=self.esp_name, kwargs=kwargs, allow_bare=True, default=None
            )
            for name, keyword in SETTINGS.items()
        }
        self._options = _Options({keyword: value for keyword, value in options.items() if value is not None})
        super().__init__(**kwargs)
        self.client: pakat.Pakat | None = None

    def open(self) -> bool:
        """Make the connection's client, unless it has one; True if this call made it."""
        if self.client is not None:
            return False
        try:
            self.client = pakat.Pakat(**self._options.values)
        except (pakat.PakatError, ValueError, TypeError) as exc:
            # Settings are not a sending failure: fail_silently does not hide them (anymail's rule).
            raise AnymailConfigurationError(f"Pakat email backend: {exc}") from None
        return True

    def close(self) -> None:
        client, self.client = self.client, None
        if client is not None:
            client.close()

    def _send(self, message: EmailMessage) -> bool:
        if self.client is None:
            raise RuntimeError("EmailBackend._send needs an open connection: use send_messages()")
        sent: bool = super()._send(message)
        # A message left with no address to send to (cc or bcc only, dropped under
        # IGNORE_UNSUPPORTED_FEATURES) sent nothing, so it does not count.
        return sent and bool(message.anymail_status.recipients)

    def build_message_payload(self, message: EmailMessage, defaults: dict[str, Any]) -> PakatPayload:
        return PakatPayload(message, defaults, self)

    def post_to_esp(self, payload: PakatPayload, message: EmailMessage) -> tuple[Outcome, ...]:
        """Send one email per `to` address, in order; see the class docstring for failures."""
        assert self.client is not None
        outcomes: list[Outcome] = []
        for to, kwargs in payload.emails():
            if outcomes and outcomes[-1].status not in ("queued", "rejected"):
                outcomes.append(Outcome(to, "failed"))
                continue
            outcomes.append(self._send_one(self.client, to, kwargs, payload, message, first=not outcomes))
        return tuple(outcomes)

    def _send_one(
        self,
        client: pakat.Pakat,
        to: str,
        kwargs: dict[str, Any],
        payload: PakatPayload,
        message: EmailMessage,
        *,
        first: bool,
    ) -> Outcome:
        try:
            uid = client.transactional_emails.send(**kwargs)
        except (ValueError, TypeError) as exc:
            if first:
                # Refused before anything was sent: nothing to report per recipient.
                raise InvalidMessageError(
                    f"Pakat cannot send this message: {_sentence(exc)}",
                    email_message=message,
                    payload=payload,
                    backend=self,
                ) from exc
            return Outcome(to, "failed", error=exc)
        except pakat.APIError as exc:
            if isinstance(exc, _MAYBE_QUEUED):
                return Outcome(to, "unknown", error=exc)
            # A blacklisted recipient is "rejected" (anymail's status for a suppressed address),
            # and the next address is still sent; the server's words are the only sign of it.
            blacklisted = exc.message == said.TRANSACTIONAL_BLACKLISTED
            return Outcome(to, "rejected" if blacklisted else "failed", error=exc)
        except pakat.PakatError as exc:
            return Outcome(to, "unknown" if isinstance(exc, _MAYBE_QUEUED) else "failed", error=exc)
        return Outcome(to, "queued", email_uid=uid)

    def parse_recipient_status(
        self, response: tuple[Outcome, ...], payload: PakatPayload, message: EmailMessage
    ) -> dict[str, AnymailRecipientStatus]:
        return {
            outcome.address: AnymailRecipientStatus(outcome.email_uid, outcome.status) for outcome in response
        }

    def raise_for_recipient_status(
        self,
        anymail_status: AnymailStatus,
        response: tuple[Outcome, ...],
        payload: PakatPayload,
        message: EmailMessage,
    ) -> None:
        """After post_send: the failure that stopped the message, if any; then anymail's own check
        (every recipient rejected raises `AnymailRecipientsRefused` unless IGNORE_RECIPIENT_STATUS)."""
        stopped = next(
            (o for o in response if o.status in ("failed", "unknown") and o.error is not None), None
        )
        if stopped is not None:
            raise self._failure(stopped, response, payload, message)
        if response:
            super().raise_for_recipient_status(anymail_status, response, payload, message)

    def _failure(
        self, stopped: Outcome, response: tuple[Outcome, ...], payload: PakatPayload, message: EmailMessage
    ) -> Exception:
        error = stopped.error
        status_code = getattr(error, "status_code", None)
        queued = [o.address for o in response if o.status == "queued"]
        not_sent = [o.address for o in response if o.error is None and o.status == "failed"]
        others = "".join(
            (
                f" Queued before it: {', '.join(queued)}." if queued else "",
                f" Not sent: {', '.join(not_sent)}." if not_sent else "",
            )
        )
        to = stopped.address
        context: dict[str, Any] = {"email_message": message, "payload": payload, "backend": self}
        exc: Exception
        if stopped.status == "unknown":
            if status_code is None:
                why = "its answer was lost"
            elif status_code >= 500:
                why = (
                    f"the server or a proxy failed (HTTP {status_code}) after the request may have reached it"
                )
            elif 200 <= status_code < 300:
                why = f"its answer (HTTP {status_code}) could not be read"
            else:
                why = f"its answer (HTTP {status_code}) was not one of Pakat's"
            exc = OutcomeUnknownError(
                f"The outcome is unknown for the email to {to}: {why}, so Pakat may have queued it. "
                f"It was not sent again; look it up in Pakat before sending it again.{others}",
                recipient=to,
                status_code=status_code,
                **context,
            )
        elif isinstance(error, ValueError | TypeError):
            exc = InvalidMessageError(
                f"Pakat cannot send the email to {to}: {_sentence(error)}{others}", **context
            )
        elif isinstance(error, pakat.APIError):
            exc = PakatAPIError(
                f"Pakat refused the email to {to} (HTTP {status_code}): {_sentence(error.message)}{others}",
                recipient=to,
                status_code=status_code,
                **context,
            )
        else:
            exc = PakatAPIError(
                f"Pakat could not be reached for the email to {to}: {_sentence(error)}{others}",
                recipient=to,
                status_code=None,
                **context,
            )
        exc.__cause__ = error
        return exc


def _sentence(text: object) -> str:
    line = str(text).strip()
    return line if line.endswith((".", "!", "?")) else f"{line}."
