from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_record import FieldRecord


T = TypeVar("T", bound="FieldWriteResult")


@_attrs_define
class FieldWriteResult:
    """The field written. Servers send it under data.record; some send its fields beside status.

    Attributes:
        status (str): "success".
        data (FieldRecord | Unset): Holds a custom field.
        field_id (int | str | Unset): A whole number; servers may send it as a string.
    """

    status: str
    data: FieldRecord | Unset = UNSET
    field_id: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_id: int | str | Unset
        if isinstance(self.field_id, Unset):
            field_id = UNSET
        else:
            field_id = self.field_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if field_id is not UNSET:
            field_dict["field_id"] = field_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.field_record import FieldRecord

        d = dict(src_dict)
        status = d.pop("status")

        _data = d.pop("data", UNSET)
        data: FieldRecord | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = FieldRecord.from_dict(_data)

        def _parse_field_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        field_id = _parse_field_id(d.pop("field_id", UNSET))

        field_write_result = cls(
            status=status,
            data=data,
            field_id=field_id,
        )

        field_write_result.additional_properties = d
        return field_write_result

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
