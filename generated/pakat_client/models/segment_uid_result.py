from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.segment_record import SegmentRecord


T = TypeVar("T", bound="SegmentUidResult")


@_attrs_define
class SegmentUidResult:
    """The segment written. The server's code sends the whole segment under data.record; Pakat's documents show its
    segment_uid beside status instead.

        Attributes:
            status (str): "success".
            segment_uid (str | Unset): The unique id of the new or changed segment.
            data (SegmentRecord | Unset): Holds a segment.
    """

    status: str
    segment_uid: str | Unset = UNSET
    data: SegmentRecord | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        segment_uid = self.segment_uid

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if segment_uid is not UNSET:
            field_dict["segment_uid"] = segment_uid
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.segment_record import SegmentRecord

        d = dict(src_dict)
        status = d.pop("status")

        segment_uid = d.pop("segment_uid", UNSET)

        _data = d.pop("data", UNSET)
        data: SegmentRecord | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = SegmentRecord.from_dict(_data)

        segment_uid_result = cls(
            status=status,
            segment_uid=segment_uid,
            data=data,
        )

        segment_uid_result.additional_properties = d
        return segment_uid_result

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
