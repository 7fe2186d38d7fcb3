from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignDetailList")


@_attrs_define
class CampaignDetailList:
    """
    Attributes:
        list_uid (str | Unset):
        name (str | Unset):
        subscribers_count (int | str | Unset): How many confirmed subscribers the list has (a JSON integer).
    """

    list_uid: str | Unset = UNSET
    name: str | Unset = UNSET
    subscribers_count: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_uid = self.list_uid

        name = self.name

        subscribers_count: int | str | Unset
        if isinstance(self.subscribers_count, Unset):
            subscribers_count = UNSET
        else:
            subscribers_count = self.subscribers_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_uid is not UNSET:
            field_dict["list_uid"] = list_uid
        if name is not UNSET:
            field_dict["name"] = name
        if subscribers_count is not UNSET:
            field_dict["subscribers_count"] = subscribers_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        list_uid = d.pop("list_uid", UNSET)

        name = d.pop("name", UNSET)

        def _parse_subscribers_count(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        subscribers_count = _parse_subscribers_count(d.pop("subscribers_count", UNSET))

        campaign_detail_list = cls(
            list_uid=list_uid,
            name=name,
            subscribers_count=subscribers_count,
        )

        campaign_detail_list.additional_properties = d
        return campaign_detail_list

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
