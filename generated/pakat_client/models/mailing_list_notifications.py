from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MailingListNotifications")


@_attrs_define
class MailingListNotifications:
    """
    Attributes:
        subscribe (str | Unset): Whether the account is notified: yes or no.
        unsubscribe (str | Unset): Whether the account is notified: yes or no.
        subscribe_to (None | str | Unset): Where the notifications go (one address or several, comma-separated); null
            when not set.
        unsubscribe_to (None | str | Unset): Where the notifications go (one address or several, comma-separated); null
            when not set.
    """

    subscribe: str | Unset = UNSET
    unsubscribe: str | Unset = UNSET
    subscribe_to: None | str | Unset = UNSET
    unsubscribe_to: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscribe = self.subscribe

        unsubscribe = self.unsubscribe

        subscribe_to: None | str | Unset
        if isinstance(self.subscribe_to, Unset):
            subscribe_to = UNSET
        else:
            subscribe_to = self.subscribe_to

        unsubscribe_to: None | str | Unset
        if isinstance(self.unsubscribe_to, Unset):
            unsubscribe_to = UNSET
        else:
            unsubscribe_to = self.unsubscribe_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscribe is not UNSET:
            field_dict["subscribe"] = subscribe
        if unsubscribe is not UNSET:
            field_dict["unsubscribe"] = unsubscribe
        if subscribe_to is not UNSET:
            field_dict["subscribe_to"] = subscribe_to
        if unsubscribe_to is not UNSET:
            field_dict["unsubscribe_to"] = unsubscribe_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subscribe = d.pop("subscribe", UNSET)

        unsubscribe = d.pop("unsubscribe", UNSET)

        def _parse_subscribe_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subscribe_to = _parse_subscribe_to(d.pop("subscribe_to", UNSET))

        def _parse_unsubscribe_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unsubscribe_to = _parse_unsubscribe_to(d.pop("unsubscribe_to", UNSET))

        mailing_list_notifications = cls(
            subscribe=subscribe,
            unsubscribe=unsubscribe,
            subscribe_to=subscribe_to,
            unsubscribe_to=unsubscribe_to,
        )

        mailing_list_notifications.additional_properties = d
        return mailing_list_notifications

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
