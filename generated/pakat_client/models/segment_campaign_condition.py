from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SegmentCampaignCondition")


@_attrs_define
class SegmentCampaignCondition:
    """A rule on how subscribers acted on a campaign.

    Attributes:
        action (str | Unset): What subscribers did with the campaign: open, not_open, click or not_click.
        campaign_id (int | None | str | Unset): The campaign; null for any campaign of the list. A whole number; servers
            may send it as a string.
        time_comparison_operator (str | Unset): How the time is compared: lte, lt, gte, gt or eq.
        time_value (int | str | Unset): A whole number; servers may send it as a string.
        time_unit (str | Unset): day, month or year.
    """

    action: str | Unset = UNSET
    campaign_id: int | None | str | Unset = UNSET
    time_comparison_operator: str | Unset = UNSET
    time_value: int | str | Unset = UNSET
    time_unit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        campaign_id: int | None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        time_comparison_operator = self.time_comparison_operator

        time_value: int | str | Unset
        if isinstance(self.time_value, Unset):
            time_value = UNSET
        else:
            time_value = self.time_value

        time_unit = self.time_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if time_comparison_operator is not UNSET:
            field_dict["time_comparison_operator"] = time_comparison_operator
        if time_value is not UNSET:
            field_dict["time_value"] = time_value
        if time_unit is not UNSET:
            field_dict["time_unit"] = time_unit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = d.pop("action", UNSET)

        def _parse_campaign_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        time_comparison_operator = d.pop("time_comparison_operator", UNSET)

        def _parse_time_value(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        time_value = _parse_time_value(d.pop("time_value", UNSET))

        time_unit = d.pop("time_unit", UNSET)

        segment_campaign_condition = cls(
            action=action,
            campaign_id=campaign_id,
            time_comparison_operator=time_comparison_operator,
            time_value=time_value,
            time_unit=time_unit,
        )

        segment_campaign_condition.additional_properties = d
        return segment_campaign_condition

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
