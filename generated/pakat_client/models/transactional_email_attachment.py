from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionalEmailAttachment")


@_attrs_define
class TransactionalEmailAttachment:
    """A file attached to a transactional email, as a view returns it.

    Attributes:
        type_ (str | Unset): The MIME type as sent (not checked against the content; cut to 50 characters).
        name (str | Unset): The file name (cut to 100 characters).
        content (str | Unset): The file's bytes, base64-encoded; empty when the file is gone from the server.
    """

    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        name = d.pop("name", UNSET)

        content = d.pop("content", UNSET)

        transactional_email_attachment = cls(
            type_=type_,
            name=name,
            content=content,
        )

        transactional_email_attachment.additional_properties = d
        return transactional_email_attachment

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
