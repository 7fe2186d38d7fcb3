"""Django's mail through Pakat's transactional emails, on django-anymail's conventions.

    pip install 'pakat[django]'

    # settings.py
    EMAIL_BACKEND = "pakat.django.EmailBackend"
    ANYMAIL = {"PAKAT_API_KEY": "..."}   # or the PAKAT_API_KEY environment variable

Settings, each `ANYMAIL = {"PAKAT_<NAME>": ...}`, `ANYMAIL_PAKAT_<NAME>`, `PAKAT_<NAME>` or a
keyword of `get_connection()`: `API_KEY`, `BASE_URL`, `TIMEZONE` (the account's, for
`pakat.Pakat(customer_timezone=...)`), `TIMEOUT`, `MAX_RETRIES`; unset ones are the client's
defaults (the key and base URL from the environment). anymail's own settings apply too
(`IGNORE_UNSUPPORTED_FEATURES`, `IGNORE_RECIPIENT_STATUS`, `SEND_DEFAULTS`).

What a message becomes, one Pakat transactional email per `to` address:

| Django / anymail                          | Pakat (`client.transactional_emails.send`)          |
| ----------------------------------------- | --------------------------------------------------- |
| `from_email` (one; its display name)       | `from_email`, `from_name` (the address if no name)  |
| each `to` address (its display name)       | one email each: `to_email`, `to_name`               |
| `subject`                                 | `subject`                                           |
| `reply_to` (one), `Reply-To` header        | `reply_to_email`, `reply_to_name`                   |
| HTML body or `text/html` alternative       | `html`                                              |
| text body                                 | `plain_text`; alone, also `html` made from it       |
| `attachments` (at most 3, server's types)  | `attachments`                                       |
| `send_at` (naive: Django's time zone)      | `send_at` (sent in UTC)                             |
| `template_id`                             | `template_uid` (the template replaces the body)     |
| `merge_global_data` + `merge_data[to]`     | `params` of that recipient's email                  |
| `esp_extra` (wire name -> str)             | raw wire fields (`extra`), e.g. `email[contact][X]` |

Refused with `AnymailUnsupportedFeature` (dropped under `IGNORE_UNSUPPORTED_FEATURES`): `cc`,
`bcc`, several `from` or `reply_to` addresses, custom headers (`extra_headers`, `To`/`From`
overrides), inline images, alternatives other than one HTML part, `tags`, `metadata`,
`merge_metadata`, `merge_headers`, `track_clicks`, `track_opens`, `envelope_sender`, a body
together with `template_id`, and merge data without `template_id`.

`message.anymail_status.recipients[address]` is "queued" with Pakat's `email_uid` as
`message_id`; "rejected" for a blacklisted address; "unknown" when the email may have been
queued but its answer was lost (never sent again); "failed" when it was refused or not tried.
`anymail_status.esp_response` holds one `Outcome` per address.
"""

from __future__ import annotations

try:
    import anymail  # noqa: F401
    import django  # noqa: F401
except ImportError:
    raise ImportError("pakat.django needs Django and django-anymail: pip install 'pakat[django]'") from None

from pakat.django._backend import EmailBackend, Outcome
from pakat.django._errors import InvalidMessageError, OutcomeUnknownError, PakatAPIError

__all__ = ["EmailBackend", "InvalidMessageError", "Outcome", "OutcomeUnknownError", "PakatAPIError"]
