from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriberByEmail")


@_attrs_define
class SubscriberByEmail:
    """The subscriber found by an email search.

    Attributes:
        subscriber_uid (str | Unset):
        status (str | Unset): The subscriber's status. Known values: unconfirmed, confirmed, blacklisted, unsubscribed,
            unapproved, disabled, moved. Servers may add new values.
        date_added (str | Unset):
    """

    subscriber_uid: str | Unset = UNSET
    status: str | Unset = UNSET
    date_added: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_uid = self.subscriber_uid

        status = self.status

        date_added = self.date_added

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscriber_uid is not UNSET:
            field_dict["subscriber_uid"] = subscriber_uid
        if status is not UNSET:
            field_dict["status"] = status
        if date_added is not UNSET:
            field_dict["date_added"] = date_added

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subscriber_uid = d.pop("subscriber_uid", UNSET)

        status = d.pop("status", UNSET)

        date_added = d.pop("date_added", UNSET)

        subscriber_by_email = cls(
            subscriber_uid=subscriber_uid,
            status=status,
            date_added=date_added,
        )

        subscriber_by_email.additional_properties = d
        return subscriber_by_email

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
