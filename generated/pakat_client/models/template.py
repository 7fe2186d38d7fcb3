from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Template")


@_attrs_define
class Template:
    """An email template.

    Attributes:
        template_uid (str | Unset):
        name (str | Unset):
        content (str | Unset):
        screenshot (str | Unset):
    """

    template_uid: str | Unset = UNSET
    name: str | Unset = UNSET
    content: str | Unset = UNSET
    screenshot: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_uid = self.template_uid

        name = self.name

        content = self.content

        screenshot = self.screenshot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template_uid is not UNSET:
            field_dict["template_uid"] = template_uid
        if name is not UNSET:
            field_dict["name"] = name
        if content is not UNSET:
            field_dict["content"] = content
        if screenshot is not UNSET:
            field_dict["screenshot"] = screenshot

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        template_uid = d.pop("template_uid", UNSET)

        name = d.pop("name", UNSET)

        content = d.pop("content", UNSET)

        screenshot = d.pop("screenshot", UNSET)

        template = cls(
            template_uid=template_uid,
            name=name,
            content=content,
            screenshot=screenshot,
        )

        template.additional_properties = d
        return template

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
