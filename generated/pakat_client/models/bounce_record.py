from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bounce import Bounce


T = TypeVar("T", bound="BounceRecord")


@_attrs_define
class BounceRecord:
    """Holds a bounce.

    Attributes:
        record (Bounce): A bounce recorded for a campaign: who bounced, how and what the receiving server said. Bounces
            carry no date.
    """

    record: Bounce
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record = self.record.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record": record,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bounce import Bounce

        d = dict(src_dict)
        record = Bounce.from_dict(d.pop("record"))

        bounce_record = cls(
            record=record,
        )

        bounce_record.additional_properties = d
        return bounce_record

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
