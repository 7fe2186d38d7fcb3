from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transactional_email_attachment import TransactionalEmailAttachment


T = TypeVar("T", bound="TransactionalEmail")


@_attrs_define
class TransactionalEmail:
    """A transactional email as stored by the server. List records and views have the same fields; only a view has
    `attachments`.

        Attributes:
            email_uid (str | Unset): The email's unique id (13 lower-case letters and digits).
            customer_id (int | str | Unset): The account's internal numeric id; servers send it as a string.
            customer_uid (str | Unset): Named by Pakat's spec; MailWizz sends `customer_id` instead.
            to_name (str | Unset):
            to_email (str | Unset):
            from_name (str | Unset):
            from_email (str | Unset): Empty when the email was sent without one.
            reply_to_name (None | str | Unset): null when not given.
            reply_to_email (None | str | Unset): null when not given.
            subject (str | Unset):
            body (str | Unset): The HTML as stored: already base64-decoded, so not base64. A body that is not UTF-8 makes
                the server answer with an empty body instead.
            plain_text (str | Unset): The plain-text version (made from the body unless given).
            priority (int | str | Unset): A whole number; servers may send it as a string.
            retries (int | str | Unset): A whole number; servers may send it as a string.
            max_retries (int | str | Unset): A whole number; servers may send it as a string.
            send_at (str | Unset): When it is (or was) due, UTC, `Y-m-d H:i:s`; empty when the date given did not exist
                (such as month 13), which sends it at the next run.
            fallback_system_servers (str | Unset): Whether the system's servers may send it when the account's cannot.
            status (str | Unset): `unsent` until the send job delivers it, then `sent` (also when it gave up after
                max_retries). Pakat's spec also lists `failed`. Servers may add new values.
            date_added (str | Unset): UTC, `Y-m-d H:i:s`.
            last_updated (str | Unset): UTC, `Y-m-d H:i:s`.
            attachments (list[TransactionalEmailAttachment] | Unset): Only in a view, and always there (empty when none).
    """

    email_uid: str | Unset = UNSET
    customer_id: int | str | Unset = UNSET
    customer_uid: str | Unset = UNSET
    to_name: str | Unset = UNSET
    to_email: str | Unset = UNSET
    from_name: str | Unset = UNSET
    from_email: str | Unset = UNSET
    reply_to_name: None | str | Unset = UNSET
    reply_to_email: None | str | Unset = UNSET
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    plain_text: str | Unset = UNSET
    priority: int | str | Unset = UNSET
    retries: int | str | Unset = UNSET
    max_retries: int | str | Unset = UNSET
    send_at: str | Unset = UNSET
    fallback_system_servers: str | Unset = UNSET
    status: str | Unset = UNSET
    date_added: str | Unset = UNSET
    last_updated: str | Unset = UNSET
    attachments: list[TransactionalEmailAttachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_uid = self.email_uid

        customer_id: int | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_uid = self.customer_uid

        to_name = self.to_name

        to_email = self.to_email

        from_name = self.from_name

        from_email = self.from_email

        reply_to_name: None | str | Unset
        if isinstance(self.reply_to_name, Unset):
            reply_to_name = UNSET
        else:
            reply_to_name = self.reply_to_name

        reply_to_email: None | str | Unset
        if isinstance(self.reply_to_email, Unset):
            reply_to_email = UNSET
        else:
            reply_to_email = self.reply_to_email

        subject = self.subject

        body = self.body

        plain_text = self.plain_text

        priority: int | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        retries: int | str | Unset
        if isinstance(self.retries, Unset):
            retries = UNSET
        else:
            retries = self.retries

        max_retries: int | str | Unset
        if isinstance(self.max_retries, Unset):
            max_retries = UNSET
        else:
            max_retries = self.max_retries

        send_at = self.send_at

        fallback_system_servers = self.fallback_system_servers

        status = self.status

        date_added = self.date_added

        last_updated = self.last_updated

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_uid is not UNSET:
            field_dict["email_uid"] = email_uid
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_uid is not UNSET:
            field_dict["customer_uid"] = customer_uid
        if to_name is not UNSET:
            field_dict["to_name"] = to_name
        if to_email is not UNSET:
            field_dict["to_email"] = to_email
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if from_email is not UNSET:
            field_dict["from_email"] = from_email
        if reply_to_name is not UNSET:
            field_dict["reply_to_name"] = reply_to_name
        if reply_to_email is not UNSET:
            field_dict["reply_to_email"] = reply_to_email
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if plain_text is not UNSET:
            field_dict["plain_text"] = plain_text
        if priority is not UNSET:
            field_dict["priority"] = priority
        if retries is not UNSET:
            field_dict["retries"] = retries
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if send_at is not UNSET:
            field_dict["send_at"] = send_at
        if fallback_system_servers is not UNSET:
            field_dict["fallback_system_servers"] = fallback_system_servers
        if status is not UNSET:
            field_dict["status"] = status
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transactional_email_attachment import TransactionalEmailAttachment

        d = dict(src_dict)
        email_uid = d.pop("email_uid", UNSET)

        def _parse_customer_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        customer_uid = d.pop("customer_uid", UNSET)

        to_name = d.pop("to_name", UNSET)

        to_email = d.pop("to_email", UNSET)

        from_name = d.pop("from_name", UNSET)

        from_email = d.pop("from_email", UNSET)

        def _parse_reply_to_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reply_to_name = _parse_reply_to_name(d.pop("reply_to_name", UNSET))

        def _parse_reply_to_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reply_to_email = _parse_reply_to_email(d.pop("reply_to_email", UNSET))

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        plain_text = d.pop("plain_text", UNSET)

        def _parse_priority(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_retries(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        retries = _parse_retries(d.pop("retries", UNSET))

        def _parse_max_retries(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        max_retries = _parse_max_retries(d.pop("max_retries", UNSET))

        send_at = d.pop("send_at", UNSET)

        fallback_system_servers = d.pop("fallback_system_servers", UNSET)

        status = d.pop("status", UNSET)

        date_added = d.pop("date_added", UNSET)

        last_updated = d.pop("last_updated", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[TransactionalEmailAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = TransactionalEmailAttachment.from_dict(
                    attachments_item_data
                )

                attachments.append(attachments_item)

        transactional_email = cls(
            email_uid=email_uid,
            customer_id=customer_id,
            customer_uid=customer_uid,
            to_name=to_name,
            to_email=to_email,
            from_name=from_name,
            from_email=from_email,
            reply_to_name=reply_to_name,
            reply_to_email=reply_to_email,
            subject=subject,
            body=body,
            plain_text=plain_text,
            priority=priority,
            retries=retries,
            max_retries=max_retries,
            send_at=send_at,
            fallback_system_servers=fallback_system_servers,
            status=status,
            date_added=date_added,
            last_updated=last_updated,
            attachments=attachments,
        )

        transactional_email.additional_properties = d
        return transactional_email

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
