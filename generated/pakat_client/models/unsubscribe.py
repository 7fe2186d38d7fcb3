from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
        ip_address (None | str | Unset): The address the unsubscription came from (at most 45 bytes); may be null.
        user_agent (None | str | Unset): The browser or mail client that sent it (at most 255 bytes); may be null.
        reason (None | str | Unset): Why the subscriber left (at most 255 bytes); "Unsubscribed via API!" when recorded
            through the API without a reason; may be null.
        note (None | str | Unset): A note; nothing the API does sets it, so it is usually null.
        date_added (str | Unset): When the subscriber unsubscribed: UTC, `Y-m-d H:i:s` (not the account's timezone).
        subscriber (SubscriberRef | Unset): A subscriber named by another record.
    """

    ip_address: None | str | Unset = UNSET
    user_agent: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    date_added: str | Unset = UNSET
    subscriber: SubscriberRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        user_agent: None | str | Unset
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        else:
            user_agent = self.user_agent

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
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

        def _parse_ip_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_address = _parse_ip_address(d.pop("ip_address", UNSET))

        def _parse_user_agent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_agent = _parse_user_agent(d.pop("user_agent", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

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
