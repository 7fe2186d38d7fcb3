from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_list import FieldList
    from ..models.field_options_type_0 import FieldOptionsType0
    from ..models.field_type import FieldType


T = TypeVar("T", bound="Field")


@_attrs_define
class Field:
    """A custom field of a list. Ids and `sort_order` arrive as strings; text the field never had is null.

    Attributes:
        field_id (int | str | Unset): A whole number; servers may send it as a string.
        label (str | Unset):
        tag (str | Unset): The name subscribers' values travel under, such as FNAME.
        help_text (None | str | Unset):
        description (None | str | Unset):
        default_value (None | str | Unset):
        required (str | Unset): yes or no.
        visibility (str | Unset): visible, hidden or none.
        sort_order (int | str | Unset): A whole number; servers may send it as a string.
        type_ (FieldType | Unset): A kind of custom field.
        list_ (FieldList | Unset): The field's list; only in the answers of createField and updateField.
        options (FieldOptionsType0 | list[str] | Unset): The choices of a choice field (absent on other fields): each
            option's value mapped to its name. When the values are exactly 0, 1, 2, ... in order, the server writes the
            names as a JSON array instead.
    """

    field_id: int | str | Unset = UNSET
    label: str | Unset = UNSET
    tag: str | Unset = UNSET
    help_text: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    default_value: None | str | Unset = UNSET
    required: str | Unset = UNSET
    visibility: str | Unset = UNSET
    sort_order: int | str | Unset = UNSET
    type_: FieldType | Unset = UNSET
    list_: FieldList | Unset = UNSET
    options: FieldOptionsType0 | list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.field_options_type_0 import FieldOptionsType0

        field_id: int | str | Unset
        if isinstance(self.field_id, Unset):
            field_id = UNSET
        else:
            field_id = self.field_id

        label = self.label

        tag = self.tag

        help_text: None | str | Unset
        if isinstance(self.help_text, Unset):
            help_text = UNSET
        else:
            help_text = self.help_text

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        default_value: None | str | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        else:
            default_value = self.default_value

        required = self.required

        visibility = self.visibility

        sort_order: int | str | Unset
        if isinstance(self.sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = self.sort_order

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        list_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = self.list_.to_dict()

        options: dict[str, Any] | list[str] | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, FieldOptionsType0):
            options = self.options.to_dict()
        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_id is not UNSET:
            field_dict["field_id"] = field_id
        if label is not UNSET:
            field_dict["label"] = label
        if tag is not UNSET:
            field_dict["tag"] = tag
        if help_text is not UNSET:
            field_dict["help_text"] = help_text
        if description is not UNSET:
            field_dict["description"] = description
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if required is not UNSET:
            field_dict["required"] = required
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if type_ is not UNSET:
            field_dict["type"] = type_
        if list_ is not UNSET:
            field_dict["list"] = list_
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.field_list import FieldList
        from ..models.field_options_type_0 import FieldOptionsType0
        from ..models.field_type import FieldType

        d = dict(src_dict)

        def _parse_field_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        field_id = _parse_field_id(d.pop("field_id", UNSET))

        label = d.pop("label", UNSET)

        tag = d.pop("tag", UNSET)

        def _parse_help_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        help_text = _parse_help_text(d.pop("help_text", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_default_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_value = _parse_default_value(d.pop("default_value", UNSET))

        required = d.pop("required", UNSET)

        visibility = d.pop("visibility", UNSET)

        def _parse_sort_order(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        sort_order = _parse_sort_order(d.pop("sort_order", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: FieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FieldType.from_dict(_type_)

        _list_ = d.pop("list", UNSET)
        list_: FieldList | Unset
        if isinstance(_list_, Unset):
            list_ = UNSET
        else:
            list_ = FieldList.from_dict(_list_)

        def _parse_options(data: object) -> FieldOptionsType0 | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                options_type_0 = FieldOptionsType0.from_dict(data)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            options_type_1 = cast(list[str], data)

            return options_type_1

        options = _parse_options(d.pop("options", UNSET))

        field = cls(
            field_id=field_id,
            label=label,
            tag=tag,
            help_text=help_text,
            description=description,
            default_value=default_value,
            required=required,
            visibility=visibility,
            sort_order=sort_order,
            type_=type_,
            list_=list_,
            options=options,
        )

        field.additional_properties = d
        return field

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
