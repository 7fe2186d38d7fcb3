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
    """A transactional email to queue. The content is `email[body]` (base64 HTML) or, on Pakat, `email[template_uid]` (a
    stored template whose content replaces the body, filled from `email[params][KEY]` and `email[contact][KEY]`); either
    one is required. Stock MailWizz ignores `email[template_uid]`, `email[params]` and `email[contact]` and requires the
    body. Fields the server does not know are ignored.

        Attributes:
            emailto_name (str): Recipient's name.
            emailto_email (str): Recipient's address.
            emailfrom_name (str): Sender's name.
            emailsubject (str): Subject line.
            emailfrom_email (str | Unset): Sender's address. Optional for the server (the delivery server's own address is
                used without it); Pakat says it must be on a domain verified in the account.
            emailreply_to_name (str | Unset): Reply-to name.
            emailreply_to_email (str | Unset): Reply-to address.
            emailbody (str | Unset): The HTML, base64-encoded (UTF-8 before encoding). The server decodes it leniently
                (characters outside the base64 alphabet are skipped), so raw HTML is not refused but stored as garbage; a body
                that decodes to blanks counts as missing.
            emailplain_text (str | Unset): The plain-text version, base64-encoded like the body: a server that reads it
                base64-decodes it. MailWizz 2.1.13 and 2.3.9 ignore it and make the text from the body.
            emailsend_at (str | Unset): When to send: UTC, `Y-m-d H:i:s` with two digits per part (no `T`, no offset).
                Optional: now when left out. A past time is sent at the next run.
            emailtemplate_uid (str | Unset): Pakat: a stored template whose content replaces `email[body]`.
            emailattachments0name (str | Unset): The first attachment's file name, with an extension the server allows; goes
                with its type and data. Pakat takes at most three attachments. Limits are server settings: MailWizz's defaults
                are 5 files of at most 1 MiB with the extensions png, jpg, jpeg, gif, pdf, doc, docx, xls, xlsx, ppt, pptx; with
                attachments switched off (MailWizz's default) they are silently dropped.
            emailattachments0type (str | Unset): The first attachment's MIME type, such as application/pdf.
            emailattachments0data (str | Unset): The first attachment's bytes, base64-encoded.
            emailattachments1name (str | Unset): The second attachment's file name, with an extension the server allows;
                goes with its type and data.
            emailattachments1type (str | Unset): The second attachment's MIME type, such as application/pdf.
            emailattachments1data (str | Unset): The second attachment's bytes, base64-encoded.
            emailattachments2name (str | Unset): The third attachment's file name, with an extension the server allows; goes
                with its type and data.
            emailattachments2type (str | Unset): The third attachment's MIME type, such as application/pdf.
            emailattachments2data (str | Unset): The third attachment's bytes, base64-encoded.
    """

    emailto_name: str
    emailto_email: str
    emailfrom_name: str
    emailsubject: str
    emailfrom_email: str | Unset = UNSET
    emailreply_to_name: str | Unset = UNSET
    emailreply_to_email: str | Unset = UNSET
    emailbody: str | Unset = UNSET
    emailplain_text: str | Unset = UNSET
    emailsend_at: str | Unset = UNSET
    emailtemplate_uid: str | Unset = UNSET
    emailattachments0name: str | Unset = UNSET
    emailattachments0type: str | Unset = UNSET
    emailattachments0data: str | Unset = UNSET
    emailattachments1name: str | Unset = UNSET
    emailattachments1type: str | Unset = UNSET
    emailattachments1data: str | Unset = UNSET
    emailattachments2name: str | Unset = UNSET
    emailattachments2type: str | Unset = UNSET
    emailattachments2data: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emailto_name = self.emailto_name

        emailto_email = self.emailto_email

        emailfrom_name = self.emailfrom_name

        emailsubject = self.emailsubject

        emailfrom_email = self.emailfrom_email

        emailreply_to_name = self.emailreply_to_name

        emailreply_to_email = self.emailreply_to_email

        emailbody = self.emailbody

        emailplain_text = self.emailplain_text

        emailsend_at = self.emailsend_at

        emailtemplate_uid = self.emailtemplate_uid

        emailattachments0name = self.emailattachments0name

        emailattachments0type = self.emailattachments0type

        emailattachments0data = self.emailattachments0data

        emailattachments1name = self.emailattachments1name

        emailattachments1type = self.emailattachments1type

        emailattachments1data = self.emailattachments1data

        emailattachments2name = self.emailattachments2name

        emailattachments2type = self.emailattachments2type

        emailattachments2data = self.emailattachments2data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email[to_name]": emailto_name,
                "email[to_email]": emailto_email,
                "email[from_name]": emailfrom_name,
                "email[subject]": emailsubject,
            }
        )
        if emailfrom_email is not UNSET:
            field_dict["email[from_email]"] = emailfrom_email
        if emailreply_to_name is not UNSET:
            field_dict["email[reply_to_name]"] = emailreply_to_name
        if emailreply_to_email is not UNSET:
            field_dict["email[reply_to_email]"] = emailreply_to_email
        if emailbody is not UNSET:
            field_dict["email[body]"] = emailbody
        if emailplain_text is not UNSET:
            field_dict["email[plain_text]"] = emailplain_text
        if emailsend_at is not UNSET:
            field_dict["email[send_at]"] = emailsend_at
        if emailtemplate_uid is not UNSET:
            field_dict["email[template_uid]"] = emailtemplate_uid
        if emailattachments0name is not UNSET:
            field_dict["email[attachments][0][name]"] = emailattachments0name
        if emailattachments0type is not UNSET:
            field_dict["email[attachments][0][type]"] = emailattachments0type
        if emailattachments0data is not UNSET:
            field_dict["email[attachments][0][data]"] = emailattachments0data
        if emailattachments1name is not UNSET:
            field_dict["email[attachments][1][name]"] = emailattachments1name
        if emailattachments1type is not UNSET:
            field_dict["email[attachments][1][type]"] = emailattachments1type
        if emailattachments1data is not UNSET:
            field_dict["email[attachments][1][data]"] = emailattachments1data
        if emailattachments2name is not UNSET:
            field_dict["email[attachments][2][name]"] = emailattachments2name
        if emailattachments2type is not UNSET:
            field_dict["email[attachments][2][type]"] = emailattachments2type
        if emailattachments2data is not UNSET:
            field_dict["email[attachments][2][data]"] = emailattachments2data

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

        if not isinstance(self.emailbody, Unset):
            files.append(
                ("email[body]", (None, str(self.emailbody).encode(), "text/plain"))
            )

        if not isinstance(self.emailplain_text, Unset):
            files.append(
                (
                    "email[plain_text]",
                    (None, str(self.emailplain_text).encode(), "text/plain"),
                )
            )

        if not isinstance(self.emailsend_at, Unset):
            files.append(
                (
                    "email[send_at]",
                    (None, str(self.emailsend_at).encode(), "text/plain"),
                )
            )

        if not isinstance(self.emailtemplate_uid, Unset):
            files.append(
                (
                    "email[template_uid]",
                    (None, str(self.emailtemplate_uid).encode(), "text/plain"),
                )
            )

        if not isinstance(self.emailattachments0name, Unset):
            files.append(
                (
                    "email[attachments][0][name]",
                    (None, str(self.emailattachments0name).encode(), "text/plain"),
                )
            )

        if not isinstance(self.emailattachments0type, Unset):
            files.append(
                (
                    "email[attachments][0][type]",
                    (None, str(self.emailattachments0type).encode(), "text/plain"),
                )
            )

        if not isinstance(self.emailattachments0data, Unset):
            files.append(
                (
                    "email[attachments][0][data]",
                    (None, str(self.emailattachments0data).encode(), "text/plain"),
                )
            )

        if not isinstance(self.emailattachments1name, Unset):
            files.append(
                (
                    "email[attachments][1][name]",
                    (None, str(self.emailattachments1name).encode(), "text/plain"),
                )
            )

        if not isinstance(self.emailattachments1type, Unset):
            files.append(
                (
                    "email[attachments][1][type]",
                    (None, str(self.emailattachments1type).encode(), "text/plain"),
                )
            )

        if not isinstance(self.emailattachments1data, Unset):
            files.append(
                (
                    "email[attachments][1][data]",
                    (None, str(self.emailattachments1data).encode(), "text/plain"),
                )
            )

        if not isinstance(self.emailattachments2name, Unset):
            files.append(
                (
                    "email[attachments][2][name]",
                    (None, str(self.emailattachments2name).encode(), "text/plain"),
                )
            )

        if not isinstance(self.emailattachments2type, Unset):
            files.append(
                (
                    "email[attachments][2][type]",
                    (None, str(self.emailattachments2type).encode(), "text/plain"),
                )
            )

        if not isinstance(self.emailattachments2data, Unset):
            files.append(
                (
                    "email[attachments][2][data]",
                    (None, str(self.emailattachments2data).encode(), "text/plain"),
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

        emailfrom_email = d.pop("email[from_email]", UNSET)

        emailreply_to_name = d.pop("email[reply_to_name]", UNSET)

        emailreply_to_email = d.pop("email[reply_to_email]", UNSET)

        emailbody = d.pop("email[body]", UNSET)

        emailplain_text = d.pop("email[plain_text]", UNSET)

        emailsend_at = d.pop("email[send_at]", UNSET)

        emailtemplate_uid = d.pop("email[template_uid]", UNSET)

        emailattachments0name = d.pop("email[attachments][0][name]", UNSET)

        emailattachments0type = d.pop("email[attachments][0][type]", UNSET)

        emailattachments0data = d.pop("email[attachments][0][data]", UNSET)

        emailattachments1name = d.pop("email[attachments][1][name]", UNSET)

        emailattachments1type = d.pop("email[attachments][1][type]", UNSET)

        emailattachments1data = d.pop("email[attachments][1][data]", UNSET)

        emailattachments2name = d.pop("email[attachments][2][name]", UNSET)

        emailattachments2type = d.pop("email[attachments][2][type]", UNSET)

        emailattachments2data = d.pop("email[attachments][2][data]", UNSET)

        transactional_email_request = cls(
            emailto_name=emailto_name,
            emailto_email=emailto_email,
            emailfrom_name=emailfrom_name,
            emailsubject=emailsubject,
            emailfrom_email=emailfrom_email,
            emailreply_to_name=emailreply_to_name,
            emailreply_to_email=emailreply_to_email,
            emailbody=emailbody,
            emailplain_text=emailplain_text,
            emailsend_at=emailsend_at,
            emailtemplate_uid=emailtemplate_uid,
            emailattachments0name=emailattachments0name,
            emailattachments0type=emailattachments0type,
            emailattachments0data=emailattachments0data,
            emailattachments1name=emailattachments1name,
            emailattachments1type=emailattachments1type,
            emailattachments1data=emailattachments1data,
            emailattachments2name=emailattachments2name,
            emailattachments2type=emailattachments2type,
            emailattachments2data=emailattachments2data,
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
