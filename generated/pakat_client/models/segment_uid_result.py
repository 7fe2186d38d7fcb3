from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SegmentUidResult")


@_attrs_define
class SegmentUidResult:
    """The unique id of the segment written.

    Attributes:
        status (str): "success".
        segment_uid (str | Unset): The unique id of the new or changed object.
    """

    status: str
    segment_uid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        segment_uid = self.segment_uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if segment_uid is not UNSET:
            field_dict["segment_uid"] = segment_uid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status")

        segment_uid = d.pop("segment_uid", UNSET)

        segment_uid_result = cls(
            status=status,
            segment_uid=segment_uid,
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
