from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track_url import TrackUrl


T = TypeVar("T", bound="TrackUrlData")


@_attrs_define
class TrackUrlData:
    """The `data` of a track-url answer. MailWizz 2.1.13 to 2.3.x send `track_url` and `destination` here directly;
    MailWizz 2.7.2 wraps them in `record`.

        Attributes:
            track_url (str | Unset): As in TrackUrl.
            destination (str | Unset): As in TrackUrl.
            record (TrackUrl | Unset): A tracked link followed by a subscriber.
    """

    track_url: str | Unset = UNSET
    destination: str | Unset = UNSET
    record: TrackUrl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        track_url = self.track_url

        destination = self.destination

        record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record, Unset):
            record = self.record.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if track_url is not UNSET:
            field_dict["track_url"] = track_url
        if destination is not UNSET:
            field_dict["destination"] = destination
        if record is not UNSET:
            field_dict["record"] = record

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.track_url import TrackUrl

        d = dict(src_dict)
        track_url = d.pop("track_url", UNSET)

        destination = d.pop("destination", UNSET)

        _record = d.pop("record", UNSET)
        record: TrackUrl | Unset
        if isinstance(_record, Unset):
            record = UNSET
        else:
            record = TrackUrl.from_dict(_record)

        track_url_data = cls(
            track_url=track_url,
            destination=destination,
            record=record,
        )

        track_url_data.additional_properties = d
        return track_url_data

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
