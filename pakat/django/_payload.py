"""What a Django message becomes in Pakat: one `transactional_emails.send` per `to` address.

The table of what maps where is the module docstring of `pakat.django`; each `set_*` method below
is one of its rows. Whatever Pakat's transactional endpoint cannot carry goes through anymail's
`unsupported_feature`, which raises `AnymailUnsupportedFeature` unless the project sets
`ANYMAIL = {"IGNORE_UNSUPPORTED_FEATURES": True}` (then the feature is dropped).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from anymail.backends.base import BasePayload
from anymail.exceptions import AnymailSerializationError
from anymail.utils import Attachment as DjangoAttachment
from anymail.utils import EmailAddress

import pakat

__all__ = ["PakatPayload", "text_as_html"]


def text_as_html(text: str) -> str:
    """A plain-text body as the HTML Pakat requires: escaped, line breaks kept, direction taken
    from the text itself (`dir="auto"`, so Persian reads right to left)."""
    escaped = html.escape(text.replace("\r\n", "\n"), quote=False)
    return '<div dir="auto">' + escaped.replace("\n", "<br>\n") + "</div>"


def _display_name(address: EmailAddress) -> str:
    # Pakat requires a name for the sender and each recipient; without one the address stands in.
    return str(address.display_name or address.addr_spec)


class PakatPayload(BasePayload):
    """The facade's keyword arguments for one Django message, shared by all its `to` addresses."""

    def init_payload(self) -> None:
        self.common: dict[str, Any] = {}
        self.to: list[EmailAddress] = []
        self.text: str | None = None
        self.html: str | None = None
        self.attachments: list[pakat.Attachment] = []
        self.template_uid: str | None = None
        self.merge_global_data: Mapping[str, Any] = {}
        self.merge_data: Mapping[str, Mapping[str, Any]] = {}
        self.extra: dict[str, str] = {}

    # Django's own message attributes -------------------------------------------------------

    def set_from_email(self, email: EmailAddress) -> None:
        self.common["from_email"] = email.addr_spec
        self.common["from_name"] = _display_name(email)

    def add_recipient(self, recipient_type: str, email: EmailAddress) -> None:
        if recipient_type != "to":
            # Every Pakat email has exactly one recipient: a copy would be a separate email
            # addressed to the copied person, which is not what cc or bcc mean.
            self.unsupported_feature(recipient_type)
            return
        if all(email.addr_spec.lower() != seen.addr_spec.lower() for seen in self.to):
            self.to.append(email)

    def set_subject(self, subject: str) -> None:
        self.common["subject"] = subject

    def set_reply_to(self, emails: list[EmailAddress]) -> None:
        if len(emails) > 1:
            self.unsupported_feature("multiple reply_to addresses")
        if emails:
            self.common["reply_to_email"] = emails[0].addr_spec
            self.common["reply_to_name"] = emails[0].display_name or None

    def set_text_body(self, body: str) -> None:
        self.text = body or None

    def set_html_body(self, body: str) -> None:
        if self.html is not None:
            self.unsupported_feature("multiple html parts")
            return
        self.html = body

    def add_attachment(self, attachment: DjangoAttachment) -> None:
        if attachment.inline:
            self.unsupported_feature("inline attachments")
            return
        self.attachments.append(
            pakat.Attachment(
                name=attachment.name or "", data=attachment.content_bytes, type=attachment.mimetype
            )
        )

    # anymail's additions -------------------------------------------------------------------

    def set_send_at(self, send_at: datetime | str | None) -> None:
        # anymail has made it an aware datetime (a naive one is read in Django's current time
        # zone); the facade sends it in UTC, and refuses what it cannot read.
        self.common["send_at"] = send_at

    def set_template_id(self, template_id: str) -> None:
        self.template_uid = template_id

    def set_merge_global_data(self, merge_global_data: Mapping[str, Any]) -> None:
        self.merge_global_data = merge_global_data

    def set_merge_data(self, merge_data: Mapping[str, Mapping[str, Any]]) -> None:
        self.merge_data = merge_data

    def set_esp_extra(self, extra: Mapping[str, str]) -> None:
        # Raw wire fields, sent as given (the facade's `extra=`), such as
        # {"email[contact][FNAME]": "علی"} for a template's {{ contact.FNAME }}.
        self.extra.update(extra)

    # What the backend sends ----------------------------------------------------------------

    def content(self) -> dict[str, Any]:
        """The content keywords: a stored template, or HTML (made from the text if need be)."""
        merging = bool(self.merge_global_data or self.merge_data)
        if self.template_uid is not None:
            if self.html is not None or self.text is not None:
                self.unsupported_feature(
                    "a body together with template_id (Pakat's template replaces the body)"
                )
            return {"template_uid": self.template_uid}
        if merging:
            self.unsupported_feature("merge_data or merge_global_data without template_id")
        if self.html is not None:
            return {"html": self.html, "plain_text": self.text}
        if self.text is not None:
            return {"html": text_as_html(self.text), "plain_text": self.text}
        # Django allows an empty message; Pakat does not. The facade names what is missing.
        return {}

    def params_for(self, address: EmailAddress) -> dict[str, Any] | None:
        """`merge_global_data` overlaid with this recipient's `merge_data`, as template params."""
        if self.template_uid is None:
            return None
        params = {**self.merge_global_data, **self.merge_data.get(address.addr_spec, {})}
        for key, value in params.items():
            if isinstance(value, Mapping | list | tuple | set):
                raise AnymailSerializationError(
                    f"Pakat's template params are text: {key!r} holds a {type(value).__name__}",
                    email_message=self.message,
                    payload=self,
                    backend=self.backend,
                )
        return params or None

    def emails(self) -> list[tuple[str, dict[str, Any]]]:
        """Each `to` address with the keywords of its `transactional_emails.send`, all built
        before the first is sent, so that what anymail refuses refuses the whole message."""
        shared = {
            **self.common,
            **self.content(),
            "attachments": self.attachments or None,
            "extra": self.extra or None,
        }
        return [
            (
                address.addr_spec,
                {
                    **shared,
                    "to_email": address.addr_spec,
                    "to_name": _display_name(address),
                    "params": self.params_for(address),
                },
            )
            for address in self.to
        ]
