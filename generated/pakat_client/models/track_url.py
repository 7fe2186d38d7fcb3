from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackUrl")


@_attrs_define
class TrackUrl:
    """A tracked link followed by a subscriber.

    Attributes:
        track_url (str | Unset): The public tracking address of the link for this subscriber (on the site, not under
            /api).
        destination (str | Unset): Where the link leads, with personalisation tags filled for the subscriber.
    """

    track_url: str | Unset = UNSET
    destination: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        track_url = self.track_url

        destination = self.destination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if track_url is not UNSET:
            field_dict["track_url"] = track_url
        if destination is not UNSET:
            field_dict["destination"] = destination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        track_url = d.pop("track_url", UNSET)

        destination = d.pop("destination", UNSET)

        track_url = cls(
            track_url=track_url,
            destination=destination,
        )

        track_url.additional_properties = d
        return track_url

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
