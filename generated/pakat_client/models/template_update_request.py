from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.yes_no import YesNo, check_yes_no
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateUpdateRequest")


@_attrs_define
class TemplateUpdateRequest:
    """Template parts to change; what is left out keeps its value.

    Attributes:
        templatename (str | Unset): The template's name, at most 255 characters.
        templatecontent (str | Unset): The HTML, base64-encoded (decoded leniently, stored as given: no required tags,
            no UTF-8 check; HTML that is not UTF-8 can then not be read back).
        templatearchive (str | Unset): A zip of the template (index.html and its images), base64-encoded; wins over
            content. The answer is then 201 with the uid.
        templateinline_css (YesNo | Unset): A yes-or-no setting.
    """

    templatename: str | Unset = UNSET
    templatecontent: str | Unset = UNSET
    templatearchive: str | Unset = UNSET
    templateinline_css: YesNo | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        templatename = self.templatename

        templatecontent = self.templatecontent

        templatearchive = self.templatearchive

        templateinline_css: str | Unset = UNSET
        if not isinstance(self.templateinline_css, Unset):
            templateinline_css = self.templateinline_css

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if templatename is not UNSET:
            field_dict["template[name]"] = templatename
        if templatecontent is not UNSET:
            field_dict["template[content]"] = templatecontent
        if templatearchive is not UNSET:
            field_dict["template[archive]"] = templatearchive
        if templateinline_css is not UNSET:
            field_dict["template[inline_css]"] = templateinline_css

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        templatename = d.pop("template[name]", UNSET)

        templatecontent = d.pop("template[content]", UNSET)

        templatearchive = d.pop("template[archive]", UNSET)

        _templateinline_css = d.pop("template[inline_css]", UNSET)
        templateinline_css: YesNo | Unset
        if isinstance(_templateinline_css, Unset):
            templateinline_css = UNSET
        else:
            templateinline_css = check_yes_no(_templateinline_css)

        template_update_request = cls(
            templatename=templatename,
            templatecontent=templatecontent,
            templatearchive=templatearchive,
            templateinline_css=templateinline_css,
        )

        template_update_request.additional_properties = d
        return template_update_request

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
