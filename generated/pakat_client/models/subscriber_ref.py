from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriberRef")


@_attrs_define
class SubscriberRef:
    """A subscriber named by another record.

    Attributes:
        subscriber_uid (str | Unset):
        email (str | Unset):
    """

    subscriber_uid: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_uid = self.subscriber_uid

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscriber_uid is not UNSET:
            field_dict["subscriber_uid"] = subscriber_uid
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subscriber_uid = d.pop("subscriber_uid", UNSET)

        email = d.pop("email", UNSET)

        subscriber_ref = cls(
            subscriber_uid=subscriber_uid,
            email=email,
        )

        subscriber_ref.additional_properties = d
        return subscriber_ref

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
