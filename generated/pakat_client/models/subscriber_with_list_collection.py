from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subscriber_with_list_page import SubscriberWithListPage


T = TypeVar("T", bound="SubscriberWithListCollection")


@_attrs_define
class SubscriberWithListCollection:
    """Every subscriber with the address (at most 100) in the success envelope. Not paged: always page 1 of 1, `count` an
    integer (0 when none).

        Attributes:
            status (str): "success".
            data (SubscriberWithListPage): All the subscribers found, as one page.
    """

    status: str
    data: SubscriberWithListPage
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
        from ..models.subscriber_with_list_page import SubscriberWithListPage

        d = dict(src_dict)
        status = d.pop("status")

        data = SubscriberWithListPage.from_dict(d.pop("data"))

        subscriber_with_list_collection = cls(
            status=status,
            data=data,
        )

        subscriber_with_list_collection.additional_properties = d
        return subscriber_with_list_collection

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
