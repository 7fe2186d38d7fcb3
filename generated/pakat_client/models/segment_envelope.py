from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.segment_record import SegmentRecord


T = TypeVar("T", bound="SegmentEnvelope")


@_attrs_define
class SegmentEnvelope:
    """A segment in the success envelope.

    Attributes:
        status (str): "success".
        data (SegmentRecord): Holds a segment.
    """

    status: str
    data: SegmentRecord
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.segment_record import SegmentRecord

        d = dict(src_dict)
        status = d.pop("status")

        data = SegmentRecord.from_dict(d.pop("data"))

        segment_envelope = cls(
            status=status,
            data=data,
        )

        segment_envelope.additional_properties = d
        return segment_envelope

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
