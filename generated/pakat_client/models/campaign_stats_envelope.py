from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.campaign_stats import CampaignStats


T = TypeVar("T", bound="CampaignStatsEnvelope")


@_attrs_define
class CampaignStatsEnvelope:
    """Campaign figures in the success envelope.

    Attributes:
        status (str): "success".
        data (CampaignStats): Delivery and engagement figures, in this key order. subscribers_count: confirmed
            subscribers the campaign targets (list or segment); processed_count: delivery attempts logged;
            delivery_success_count: attempts that succeeded; delivery_error_count: attempts with status `error` only. Rates:
            delivery, bounces, unsubscribes and complaints are percentages of processed_count; opens and clicks of
            (delivery_success_count - bounces_count), 0 when that is 0 or less, click rates capped at 100; hard, soft and
            internal bounce rates are shares of all bounces. A zero base gives 0. While a campaign is not sent, the server
            caches counts for up to 60 seconds.
    """

    status: str
    data: CampaignStats
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_stats import CampaignStats

        d = dict(src_dict)
        status = d.pop("status")

        data = CampaignStats.from_dict(d.pop("data"))

        campaign_stats_envelope = cls(
            status=status,
            data=data,
        )

        campaign_stats_envelope.additional_properties = d
        return campaign_stats_envelope

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
