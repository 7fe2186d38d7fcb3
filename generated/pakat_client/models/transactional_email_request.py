from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionalEmailRequest")


@_attrs_define
class TransactionalEmailRequest:
    """A transactional email to send.

    Attributes:
        emailto_name (str): Recipient's name.
        emailto_email (str): Recipient's address.
        emailfrom_name (str): Sender's name.
        emailsubject (str): Subject line.
        emailbody (str): The HTML, base64-encoded.
        emailsend_at (str): When to send, UTC, Y-m-d H:i:s.
        emailfrom_email (str | Unset): Sender's address, on a domain verified in the account.
        emailreply_to_name (str | Unset): Reply-to name.
        emailreply_to_email (str | Unset): Reply-to address.
        emailplain_text (str | Unset): The plain-text version.
        emailtemplate_uid (str | Unset): A stored template whose content replaces email[body].
    """

    emailto_name: str
    emailto_email: str
    emailfrom_name: str
    emailsubject: str
    emailbody: str
    emailsend_at: str
    emailfrom_email: str | Unset = UNSET
    emailreply_to_name: str | Unset = UNSET
    emailreply_to_email: str | Unset = UNSET
    emailplain_text: str | Unset = UNSET
    emailtemplate_uid: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emailto_name = self.emailto_name

        emailto_email = self.emailto_email

        emailfrom_name = self.emailfrom_name

        emailsubject = self.emailsubject

        emailbody = self.emailbody

        emailsend_at = self.emailsend_at

        emailfrom_email = self.emailfrom_email

        emailreply_to_name = self.emailreply_to_name

        emailreply_to_email = self.emailreply_to_email

        emailplain_text = self.emailplain_text

        emailtemplate_uid = self.emailtemplate_uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email[to_name]": emailto_name,
                "email[to_email]": emailto_email,
                "email[from_name]": emailfrom_name,
                "email[subject]": emailsubject,
                "email[body]": emailbody,
                "email[send_at]": emailsend_at,
            }
        )
        if emailfrom_email is not UNSET:
            field_dict["email[from_email]"] = emailfrom_email
        if emailreply_to_name is not UNSET:
            field_dict["email[reply_to_name]"] = emailreply_to_name
        if emailreply_to_email is not UNSET:
            field_dict["email[reply_to_email]"] = emailreply_to_email
        if emailplain_text is not UNSET:
            field_dict["email[plain_text]"] = emailplain_text
        if emailtemplate_uid is not UNSET:
            field_dict["email[template_uid]"] = emailtemplate_uid

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            ("email[to_name]", (None, str(self.emailto_name).encode(), "text/plain"))
        )

        files.append(
            ("email[to_email]", (None, str(self.emailto_email).encode(), "text/plain"))
        )

        files.append(
            (
                "email[from_name]",
                (None, str(self.emailfrom_name).encode(), "text/plain"),
            )
        )

        files.append(
            ("email[subject]", (None, str(self.emailsubject).encode(), "text/plain"))
        )

        files.append(
            ("email[body]", (None, str(self.emailbody).encode(), "text/plain"))
        )

        files.append(
            ("email[send_at]", (None, str(self.emailsend_at).encode(), "text/plain"))
        )

        if not isinstance(self.emailfrom_email, Unset):
            files.append(
                (
                    "email[from_email]",
                    (None, str(self.emailfrom_email).encode(), "text/plain"),
                )
            )

        if not isinstance(self.emailreply_to_name, Unset):
            files.append(
                (
                    "email[reply_to_name]",
                    (None, str(self.emailreply_to_name).encode(), "text/plain"),
                )
            )

        if not isinstance(self.emailreply_to_email, Unset):
            files.append(
                (
                    "email[reply_to_email]",
                    (None, str(self.emailreply_to_email).encode(), "text/plain"),
                )
            )

        if not isinstance(self.emailplain_text, Unset):
            files.append(
                (
                    "email[plain_text]",
                    (None, str(self.emailplain_text).encode(), "text/plain"),
                )
            )

        if not isinstance(self.emailtemplate_uid, Unset):
            files.append(
                (
                    "email[template_uid]",
                    (None, str(self.emailtemplate_uid).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        emailto_name = d.pop("email[to_name]")

        emailto_email = d.pop("email[to_email]")

        emailfrom_name = d.pop("email[from_name]")

        emailsubject = d.pop("email[subject]")

        emailbody = d.pop("email[body]")

        emailsend_at = d.pop("email[send_at]")

        emailfrom_email = d.pop("email[from_email]", UNSET)

        emailreply_to_name = d.pop("email[reply_to_name]", UNSET)

        emailreply_to_email = d.pop("email[reply_to_email]", UNSET)

        emailplain_text = d.pop("email[plain_text]", UNSET)

        emailtemplate_uid = d.pop("email[template_uid]", UNSET)

        transactional_email_request = cls(
            emailto_name=emailto_name,
            emailto_email=emailto_email,
            emailfrom_name=emailfrom_name,
            emailsubject=emailsubject,
            emailbody=emailbody,
            emailsend_at=emailsend_at,
            emailfrom_email=emailfrom_email,
            emailreply_to_name=emailreply_to_name,
            emailreply_to_email=emailreply_to_email,
            emailplain_text=emailplain_text,
            emailtemplate_uid=emailtemplate_uid,
        )

        transactional_email_request.additional_properties = d
        return transactional_email_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
