from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.condition_operator_page import ConditionOperatorPage


T = TypeVar("T", bound="ConditionOperatorCollection")


@_attrs_define
class ConditionOperatorCollection:
    """Every condition operator in the success envelope.

    Attributes:
        status (str): "success".
        data (ConditionOperatorPage): Every condition operator at once: `count` and `records`, no paging keys.
    """

    status: str
    data: ConditionOperatorPage
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
        from ..models.condition_operator_page import ConditionOperatorPage

        d = dict(src_dict)
        status = d.pop("status")

        data = ConditionOperatorPage.from_dict(d.pop("data"))

        condition_operator_collection = cls(
            status=status,
            data=data,
        )

        condition_operator_collection.additional_properties = d
        return condition_operator_collection

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
