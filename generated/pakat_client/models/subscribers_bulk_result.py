from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subscribers_bulk_result_data import SubscribersBulkResultData


T = TypeVar("T", bound="SubscribersBulkResult")


@_attrs_define
class SubscribersBulkResult:
    """One record per row read, in the order sent; sent with 201 even when every row failed.

    Attributes:
        status (str): "success".
        data (SubscribersBulkResultData):
    """

    status: str
    data: SubscribersBulkResultData
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
        from ..models.subscribers_bulk_result_data import SubscribersBulkResultData

        d = dict(src_dict)
        status = d.pop("status")

        data = SubscribersBulkResultData.from_dict(d.pop("data"))

        subscribers_bulk_result = cls(
            status=status,
            data=data,
        )

        subscribers_bulk_result.additional_properties = d
        return subscribers_bulk_result

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
