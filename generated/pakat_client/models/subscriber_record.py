from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subscriber import Subscriber


T = TypeVar("T", bound="SubscriberRecord")


@_attrs_define
class SubscriberRecord:
    """Holds a subscriber.

    Attributes:
        record (Subscriber): A subscriber of a list. Custom fields arrive as extra upper-case keys by tag (EMAIL holds
            the address; a field with several values has them joined with ", "). Which keys come depends on the call:
            collections send subscriber_uid, the tags, status, source, ip_address and date_added; getSubscriber sends
            subscriber_uid, status, source, ip_address and the tags, without date_added; create and update answer with
            subscriber_uid, email, ip_address, source and date_added only. Example: {'subscriber_uid': 'qw12er34ty567',
            'EMAIL': 'ali.rezaei@example.com', 'FNAME': 'علی', 'LNAME': 'رضایی', 'status': 'confirmed', 'source': 'api',
            'ip_address': '5.160.12.34', 'date_added': '2025-03-20 06:30:00'}.
    """

    record: Subscriber
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
        from ..models.subscriber import Subscriber

        d = dict(src_dict)
        record = Subscriber.from_dict(d.pop("record"))

        subscriber_record = cls(
            record=record,
        )

        subscriber_record.additional_properties = d
        return subscriber_record

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
