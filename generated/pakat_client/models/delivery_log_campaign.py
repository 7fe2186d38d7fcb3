from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_log_campaign_list import DeliveryLogCampaignList


T = TypeVar("T", bound="DeliveryLogCampaign")


@_attrs_define
class DeliveryLogCampaign:
    """The campaign and its list.

    Attributes:
        campaign_uid (str | Unset):
        list_ (DeliveryLogCampaignList | Unset):
    """

    campaign_uid: str | Unset = UNSET
    list_: DeliveryLogCampaignList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_uid = self.campaign_uid

        list_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = self.list_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_uid is not UNSET:
            field_dict["campaign_uid"] = campaign_uid
        if list_ is not UNSET:
            field_dict["list"] = list_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.delivery_log_campaign_list import DeliveryLogCampaignList

        d = dict(src_dict)
        campaign_uid = d.pop("campaign_uid", UNSET)

        _list_ = d.pop("list", UNSET)
        list_: DeliveryLogCampaignList | Unset
        if isinstance(_list_, Unset):
            list_ = UNSET
        else:
            list_ = DeliveryLogCampaignList.from_dict(_list_)

        delivery_log_campaign = cls(
            campaign_uid=campaign_uid,
            list_=list_,
        )

        delivery_log_campaign.additional_properties = d
        return delivery_log_campaign

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
