from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscriber_ref import SubscriberRef


T = TypeVar("T", bound="Unsubscribe")


@_attrs_define
class Unsubscribe:
    """A subscriber's unsubscription from a campaign.

    Attributes:
        ip_address (str | Unset):
        user_agent (str | Unset):
        reason (str | Unset):
        note (str | Unset):
        date_added (str | Unset):
        subscriber (SubscriberRef | Unset): A subscriber named by another record.
    """

    ip_address: str | Unset = UNSET
    user_agent: str | Unset = UNSET
    reason: str | Unset = UNSET
    note: str | Unset = UNSET
    date_added: str | Unset = UNSET
    subscriber: SubscriberRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_address = self.ip_address

        user_agent = self.user_agent

        reason = self.reason

        note = self.note

        date_added = self.date_added

        subscriber: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber, Unset):
            subscriber = self.subscriber.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if reason is not UNSET:
            field_dict["reason"] = reason
        if note is not UNSET:
            field_dict["note"] = note
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if subscriber is not UNSET:
            field_dict["subscriber"] = subscriber

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.subscriber_ref import SubscriberRef

        d = dict(src_dict)
        ip_address = d.pop("ip_address", UNSET)

        user_agent = d.pop("user_agent", UNSET)

        reason = d.pop("reason", UNSET)

        note = d.pop("note", UNSET)

        date_added = d.pop("date_added", UNSET)

        _subscriber = d.pop("subscriber", UNSET)
        subscriber: SubscriberRef | Unset
        if isinstance(_subscriber, Unset):
            subscriber = UNSET
        else:
            subscriber = SubscriberRef.from_dict(_subscriber)

        unsubscribe = cls(
            ip_address=ip_address,
            user_agent=user_agent,
            reason=reason,
            note=note,
            date_added=date_added,
            subscriber=subscriber,
        )

        unsubscribe.additional_properties = d
        return unsubscribe

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
