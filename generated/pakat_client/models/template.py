from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Template")


@_attrs_define
class Template:
    """An email template. listTemplates sends `template_uid`, `name` and `screenshot`; getTemplate sends `name`, `content`
    and `screenshot` (no `template_uid`).

        Attributes:
            template_uid (str | Unset): The template's unique id (in lists only).
            name (str | Unset): The template's name.
            content (str | Unset): The stored HTML as text, not base64 (in getTemplate only).
            screenshot (None | str | Unset): An absolute URL of the template's screenshot; null until the server has made
                one.
    """

    template_uid: str | Unset = UNSET
    name: str | Unset = UNSET
    content: str | Unset = UNSET
    screenshot: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_uid = self.template_uid

        name = self.name

        content = self.content

        screenshot: None | str | Unset
        if isinstance(self.screenshot, Unset):
            screenshot = UNSET
        else:
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

        def _parse_screenshot(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screenshot = _parse_screenshot(d.pop("screenshot", UNSET))

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
