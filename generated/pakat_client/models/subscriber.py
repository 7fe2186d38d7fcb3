from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Subscriber")


@_attrs_define
class Subscriber:
    """A subscriber of a list. Custom fields arrive as extra upper-case keys.

    Attributes:
        subscriber_uid (str | Unset):
        email (str | Unset):
        status (str | Unset): The subscriber's status. Known values: unconfirmed, confirmed, blacklisted, unsubscribed,
            unapproved, disabled, moved. Servers may add new values.
        source (str | Unset): Where the subscriber came from: web, api or import.
        ip_address (str | Unset):
        date_added (str | Unset):
    """

    subscriber_uid: str | Unset = UNSET
    email: str | Unset = UNSET
    status: str | Unset = UNSET
    source: str | Unset = UNSET
    ip_address: str | Unset = UNSET
    date_added: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_uid = self.subscriber_uid

        email = self.email

        status = self.status

        source = self.source

        ip_address = self.ip_address

        date_added = self.date_added

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscriber_uid is not UNSET:
            field_dict["subscriber_uid"] = subscriber_uid
        if email is not UNSET:
            field_dict["email"] = email
        if status is not UNSET:
            field_dict["status"] = status
        if source is not UNSET:
            field_dict["source"] = source
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if date_added is not UNSET:
            field_dict["date_added"] = date_added

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subscriber_uid = d.pop("subscriber_uid", UNSET)

        email = d.pop("email", UNSET)

        status = d.pop("status", UNSET)

        source = d.pop("source", UNSET)

        ip_address = d.pop("ip_address", UNSET)

        date_added = d.pop("date_added", UNSET)

        subscriber = cls(
            subscriber_uid=subscriber_uid,
            email=email,
            status=status,
            source=source,
            ip_address=ip_address,
            date_added=date_added,
        )

        subscriber.additional_properties = d
        return subscriber

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
