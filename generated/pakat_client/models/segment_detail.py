from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.segment_campaign_condition import SegmentCampaignCondition
    from ..models.segment_condition import SegmentCondition


T = TypeVar("T", bound="SegmentDetail")


@_attrs_define
class SegmentDetail:
    """A segment with its rules.

    Attributes:
        segment_uid (str | Unset):
        name (str | Unset):
        subscribers_count (int | str | Unset): How many confirmed subscribers match (a JSON number on the servers we
            know).
        segment_id (int | str | Unset): A whole number; servers may send it as a string.
        operator_match (str | Unset): any or all.
        date_added (str | Unset): When the segment was made, formatted for display in the account's time zone and
            language, such as `1/15/25, 1:30 PM`: not a machine-readable date.
        conditions (list[SegmentCondition] | Unset):
        campaign_conditions (list[SegmentCampaignCondition] | Unset):
    """

    segment_uid: str | Unset = UNSET
    name: str | Unset = UNSET
    subscribers_count: int | str | Unset = UNSET
    segment_id: int | str | Unset = UNSET
    operator_match: str | Unset = UNSET
    date_added: str | Unset = UNSET
    conditions: list[SegmentCondition] | Unset = UNSET
    campaign_conditions: list[SegmentCampaignCondition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment_uid = self.segment_uid

        name = self.name

        subscribers_count: int | str | Unset
        if isinstance(self.subscribers_count, Unset):
            subscribers_count = UNSET
        else:
            subscribers_count = self.subscribers_count

        segment_id: int | str | Unset
        if isinstance(self.segment_id, Unset):
            segment_id = UNSET
        else:
            segment_id = self.segment_id

        operator_match = self.operator_match

        date_added = self.date_added

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        campaign_conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.campaign_conditions, Unset):
            campaign_conditions = []
            for campaign_conditions_item_data in self.campaign_conditions:
                campaign_conditions_item = campaign_conditions_item_data.to_dict()
                campaign_conditions.append(campaign_conditions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segment_uid is not UNSET:
            field_dict["segment_uid"] = segment_uid
        if name is not UNSET:
            field_dict["name"] = name
        if subscribers_count is not UNSET:
            field_dict["subscribers_count"] = subscribers_count
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if operator_match is not UNSET:
            field_dict["operator_match"] = operator_match
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if campaign_conditions is not UNSET:
            field_dict["campaign_conditions"] = campaign_conditions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.segment_campaign_condition import SegmentCampaignCondition
        from ..models.segment_condition import SegmentCondition

        d = dict(src_dict)
        segment_uid = d.pop("segment_uid", UNSET)

        name = d.pop("name", UNSET)

        def _parse_subscribers_count(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        subscribers_count = _parse_subscribers_count(d.pop("subscribers_count", UNSET))

        def _parse_segment_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        segment_id = _parse_segment_id(d.pop("segment_id", UNSET))

        operator_match = d.pop("operator_match", UNSET)

        date_added = d.pop("date_added", UNSET)

        _conditions = d.pop("conditions", UNSET)
        conditions: list[SegmentCondition] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = SegmentCondition.from_dict(conditions_item_data)

                conditions.append(conditions_item)

        _campaign_conditions = d.pop("campaign_conditions", UNSET)
        campaign_conditions: list[SegmentCampaignCondition] | Unset = UNSET
        if _campaign_conditions is not UNSET:
            campaign_conditions = []
            for campaign_conditions_item_data in _campaign_conditions:
                campaign_conditions_item = SegmentCampaignCondition.from_dict(
                    campaign_conditions_item_data
                )

                campaign_conditions.append(campaign_conditions_item)

        segment_detail = cls(
            segment_uid=segment_uid,
            name=name,
            subscribers_count=subscribers_count,
            segment_id=segment_id,
            operator_match=operator_match,
            date_added=date_added,
            conditions=conditions,
            campaign_conditions=campaign_conditions,
        )

        segment_detail.additional_properties = d
        return segment_detail

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
