from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_visibility import FieldVisibility, check_field_visibility
from ..models.yes_no import YesNo, check_yes_no
from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldUpdateRequest")


@_attrs_define
class FieldUpdateRequest:
    """Custom field settings to change. For the EMAIL field, tag, required and visibility are ignored. Send the options of
    a choice field again (see updateField).

        Attributes:
            type_ (str | Unset): The field type's identifier (see listFieldTypes). It cannot change: a different type is
                refused.
            label (str | Unset): The label shown to subscribers; up to 255 characters.
            tag (str | Unset): The tag that names the field: a letter (Latin capitals, or Cyrillic, Arabic or Greek
                letters), then letters, digits and underscores; up to 50 characters, unique in the list, and not one of the
                server's own tags (such as DATE or LIST_NAME, or starting with CCT_).
            required (YesNo | Unset): A yes-or-no setting.
            visibility (FieldVisibility | Unset): Where the field is shown.
            sort_order (int | Unset): Position among the list's fields, -100 to 100; 0 when not given.
            help_text (str | Unset): Help shown beside the field; up to 255 characters.
            default_value (str | Unset): Value used when none is given; up to 255 characters.
            description (str | Unset): What the field holds; up to 255 characters.
    """

    type_: str | Unset = UNSET
    label: str | Unset = UNSET
    tag: str | Unset = UNSET
    required: YesNo | Unset = UNSET
    visibility: FieldVisibility | Unset = UNSET
    sort_order: int | Unset = UNSET
    help_text: str | Unset = UNSET
    default_value: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        label = self.label

        tag = self.tag

        required: str | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility

        sort_order = self.sort_order

        help_text = self.help_text

        default_value = self.default_value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if label is not UNSET:
            field_dict["label"] = label
        if tag is not UNSET:
            field_dict["tag"] = tag
        if required is not UNSET:
            field_dict["required"] = required
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if help_text is not UNSET:
            field_dict["help_text"] = help_text
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        label = d.pop("label", UNSET)

        tag = d.pop("tag", UNSET)

        _required = d.pop("required", UNSET)
        required: YesNo | Unset
        if isinstance(_required, Unset):
            required = UNSET
        else:
            required = check_yes_no(_required)

        _visibility = d.pop("visibility", UNSET)
        visibility: FieldVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = check_field_visibility(_visibility)

        sort_order = d.pop("sort_order", UNSET)

        help_text = d.pop("help_text", UNSET)

        default_value = d.pop("default_value", UNSET)

        description = d.pop("description", UNSET)

        field_update_request = cls(
            type_=type_,
            label=label,
            tag=tag,
            required=required,
            visibility=visibility,
            sort_order=sort_order,
            help_text=help_text,
            default_value=default_value,
            description=description,
        )

        field_update_request.additional_properties = d
        return field_update_request

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
