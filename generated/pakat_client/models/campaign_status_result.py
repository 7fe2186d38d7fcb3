from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_status_result_campaign import CampaignStatusResultCampaign


T = TypeVar("T", bound="CampaignStatusResult")


@_attrs_define
class CampaignStatusResult:
    """The campaign's status after the change.

    Attributes:
        status (str): "success".
        campaign (CampaignStatusResultCampaign | Unset):
    """

    status: str
    campaign: CampaignStatusResultCampaign | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if campaign is not UNSET:
            field_dict["campaign"] = campaign

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_status_result_campaign import (
            CampaignStatusResultCampaign,
        )

        d = dict(src_dict)
        status = d.pop("status")

        _campaign = d.pop("campaign", UNSET)
        campaign: CampaignStatusResultCampaign | Unset
        if isinstance(_campaign, Unset):
            campaign = UNSET
        else:
            campaign = CampaignStatusResultCampaign.from_dict(_campaign)

        campaign_status_result = cls(
            status=status,
            campaign=campaign,
        )

        campaign_status_result.additional_properties = d
        return campaign_status_result

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
