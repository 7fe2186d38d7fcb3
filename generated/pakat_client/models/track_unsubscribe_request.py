from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackUnsubscribeRequest")


@_attrs_define
class TrackUnsubscribeRequest:
    """Optional details of an unsubscription recorded through a campaign.

    Attributes:
        ip_address (str | Unset): The IP address the subscriber unsubscribed from.
        user_agent (str | Unset): The browser or mail client that sent the request.
        reason (str | Unset): Why the subscriber left, in their words.
    """

    ip_address: str | Unset = UNSET
    user_agent: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_address = self.ip_address

        user_agent = self.user_agent

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.ip_address, Unset):
            files.append(
                ("ip_address", (None, str(self.ip_address).encode(), "text/plain"))
            )

        if not isinstance(self.user_agent, Unset):
            files.append(
                ("user_agent", (None, str(self.user_agent).encode(), "text/plain"))
            )

        if not isinstance(self.reason, Unset):
            files.append(("reason", (None, str(self.reason).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ip_address = d.pop("ip_address", UNSET)

        user_agent = d.pop("user_agent", UNSET)

        reason = d.pop("reason", UNSET)

        track_unsubscribe_request = cls(
            ip_address=ip_address,
            user_agent=user_agent,
            reason=reason,
        )

        track_unsubscribe_request.additional_properties = d
        return track_unsubscribe_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
