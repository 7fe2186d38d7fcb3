from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscriber_bulk_record_data import SubscriberBulkRecordData
    from ..models.subscriber_bulk_record_errors import SubscriberBulkRecordErrors


T = TypeVar("T", bound="SubscriberBulkRecord")


@_attrs_define
class SubscriberBulkRecord:
    """The outcome of one row, in the order the rows were sent. `data` holds every field of the list by tag with the value
    sent (null when not sent) and, when the row was added, its subscriber_uid; for a row whose EMAIL is missing or
    invalid it holds the row as sent. `errors` is present only on a row that was not added: tag (or `_common`) to
    message.

        Attributes:
            data (SubscriberBulkRecordData):
            errors (SubscriberBulkRecordErrors | Unset):
    """

    data: SubscriberBulkRecordData
    errors: SubscriberBulkRecordErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.subscriber_bulk_record_data import SubscriberBulkRecordData
        from ..models.subscriber_bulk_record_errors import SubscriberBulkRecordErrors

        d = dict(src_dict)
        data = SubscriberBulkRecordData.from_dict(d.pop("data"))

        _errors = d.pop("errors", UNSET)
        errors: SubscriberBulkRecordErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = SubscriberBulkRecordErrors.from_dict(_errors)

        subscriber_bulk_record = cls(
            data=data,
            errors=errors,
        )

        subscriber_bulk_record.additional_properties = d
        return subscriber_bulk_record

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
