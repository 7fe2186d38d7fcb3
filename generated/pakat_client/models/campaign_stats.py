from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignStats")


@_attrs_define
class CampaignStats:
    """Delivery and engagement figures, in this key order. subscribers_count: confirmed subscribers the campaign targets
    (list or segment); processed_count: delivery attempts logged; delivery_success_count: attempts that succeeded;
    delivery_error_count: attempts with status `error` only. Rates: delivery, bounces, unsubscribes and complaints are
    percentages of processed_count; opens and clicks of (delivery_success_count - bounces_count), 0 when that is 0 or
    less, click rates capped at 100; hard, soft and internal bounce rates are shares of all bounces. A zero base gives
    0. While a campaign is not sent, the server caches counts for up to 60 seconds.

        Attributes:
            campaign_status (str | Unset): The campaign's status. Known values: draft, pending-sending, sending, sent,
                processing, paused, pending-delete, blocked, pending-approve. Servers may add new values.
            subscribers_count (float | str | Unset): Confirmed subscribers the campaign targets (an integer).
            processed_count (float | str | Unset): A count: a JSON integer, or a numeric string for a campaign that finished
                sending (its figures are then read from the frozen totals).
            delivery_success_count (float | str | Unset): A count: a JSON integer, or a numeric string for a campaign that
                finished sending (its figures are then read from the frozen totals).
            delivery_success_rate (float | str | Unset): A percentage as an unrounded JSON number (`33.333333333333336`,
                whole values as `50`).
            delivery_error_count (float | str | Unset): A count: a JSON integer, or a numeric string for a campaign that
                finished sending (its figures are then read from the frozen totals).
            delivery_error_rate (float | str | Unset): A percentage as an unrounded JSON number (`33.333333333333336`, whole
                values as `50`).
            opens_count (float | str | Unset): A count: a JSON integer, or a numeric string for a campaign that finished
                sending (its figures are then read from the frozen totals).
            opens_rate (float | str | Unset): A percentage as an unrounded JSON number (`33.333333333333336`, whole values
                as `50`).
            unique_opens_count (float | str | Unset): A count: a JSON integer, or a numeric string for a campaign that
                finished sending (its figures are then read from the frozen totals).
            unique_opens_rate (float | str | Unset): A percentage as an unrounded JSON number (`33.333333333333336`, whole
                values as `50`).
            clicks_count (float | str | Unset): A count: a JSON integer, or a numeric string for a campaign that finished
                sending (its figures are then read from the frozen totals).
            clicks_rate (float | str | Unset): A percentage as an unrounded JSON number (`33.333333333333336`, whole values
                as `50`).
            unique_clicks_count (float | str | Unset): A count: a JSON integer, or a numeric string for a campaign that
                finished sending (its figures are then read from the frozen totals).
            unique_clicks_rate (float | str | Unset): A percentage as an unrounded JSON number (`33.333333333333336`, whole
                values as `50`).
            unsubscribes_count (float | str | Unset): A count: a JSON integer, or a numeric string for a campaign that
                finished sending (its figures are then read from the frozen totals).
            unsubscribes_rate (float | str | Unset): A percentage as an unrounded JSON number (`33.333333333333336`, whole
                values as `50`).
            complaints_count (float | str | Unset): A count: a JSON integer, or a numeric string for a campaign that
                finished sending (its figures are then read from the frozen totals).
            complaints_rate (float | str | Unset): A percentage as an unrounded JSON number (`33.333333333333336`, whole
                values as `50`).
            bounces_count (float | str | Unset): All bounces (a JSON integer).
            bounces_rate (float | str | Unset): A percentage as an unrounded JSON number (`33.333333333333336`, whole values
                as `50`).
            hard_bounces_count (float | str | Unset): A count: a JSON integer, or a numeric string for a campaign that
                finished sending (its figures are then read from the frozen totals).
            hard_bounces_rate (float | str | Unset): A percentage as an unrounded JSON number (`33.333333333333336`, whole
                values as `50`).
            soft_bounces_count (float | str | Unset): A count: a JSON integer, or a numeric string for a campaign that
                finished sending (its figures are then read from the frozen totals).
            soft_bounces_rate (float | str | Unset): A percentage as an unrounded JSON number (`33.333333333333336`, whole
                values as `50`).
            internal_bounces_count (float | str | Unset): A count: a JSON integer, or a numeric string for a campaign that
                finished sending (its figures are then read from the frozen totals).
            internal_bounces_rate (float | str | Unset): A percentage as an unrounded JSON number (`33.333333333333336`,
                whole values as `50`).
    """

    campaign_status: str | Unset = UNSET
    subscribers_count: float | str | Unset = UNSET
    processed_count: float | str | Unset = UNSET
    delivery_success_count: float | str | Unset = UNSET
    delivery_success_rate: float | str | Unset = UNSET
    delivery_error_count: float | str | Unset = UNSET
    delivery_error_rate: float | str | Unset = UNSET
    opens_count: float | str | Unset = UNSET
    opens_rate: float | str | Unset = UNSET
    unique_opens_count: float | str | Unset = UNSET
    unique_opens_rate: float | str | Unset = UNSET
    clicks_count: float | str | Unset = UNSET
    clicks_rate: float | str | Unset = UNSET
    unique_clicks_count: float | str | Unset = UNSET
    unique_clicks_rate: float | str | Unset = UNSET
    unsubscribes_count: float | str | Unset = UNSET
    unsubscribes_rate: float | str | Unset = UNSET
    complaints_count: float | str | Unset = UNSET
    complaints_rate: float | str | Unset = UNSET
    bounces_count: float | str | Unset = UNSET
    bounces_rate: float | str | Unset = UNSET
    hard_bounces_count: float | str | Unset = UNSET
    hard_bounces_rate: float | str | Unset = UNSET
    soft_bounces_count: float | str | Unset = UNSET
    soft_bounces_rate: float | str | Unset = UNSET
    internal_bounces_count: float | str | Unset = UNSET
    internal_bounces_rate: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_status = self.campaign_status

        subscribers_count: float | str | Unset
        if isinstance(self.subscribers_count, Unset):
            subscribers_count = UNSET
        else:
            subscribers_count = self.subscribers_count

        processed_count: float | str | Unset
        if isinstance(self.processed_count, Unset):
            processed_count = UNSET
        else:
            processed_count = self.processed_count

        delivery_success_count: float | str | Unset
        if isinstance(self.delivery_success_count, Unset):
            delivery_success_count = UNSET
        else:
            delivery_success_count = self.delivery_success_count

        delivery_success_rate: float | str | Unset
        if isinstance(self.delivery_success_rate, Unset):
            delivery_success_rate = UNSET
        else:
            delivery_success_rate = self.delivery_success_rate

        delivery_error_count: float | str | Unset
        if isinstance(self.delivery_error_count, Unset):
            delivery_error_count = UNSET
        else:
            delivery_error_count = self.delivery_error_count

        delivery_error_rate: float | str | Unset
        if isinstance(self.delivery_error_rate, Unset):
            delivery_error_rate = UNSET
        else:
            delivery_error_rate = self.delivery_error_rate

        opens_count: float | str | Unset
        if isinstance(self.opens_count, Unset):
            opens_count = UNSET
        else:
            opens_count = self.opens_count

        opens_rate: float | str | Unset
        if isinstance(self.opens_rate, Unset):
            opens_rate = UNSET
        else:
            opens_rate = self.opens_rate

        unique_opens_count: float | str | Unset
        if isinstance(self.unique_opens_count, Unset):
            unique_opens_count = UNSET
        else:
            unique_opens_count = self.unique_opens_count

        unique_opens_rate: float | str | Unset
        if isinstance(self.unique_opens_rate, Unset):
            unique_opens_rate = UNSET
        else:
            unique_opens_rate = self.unique_opens_rate

        clicks_count: float | str | Unset
        if isinstance(self.clicks_count, Unset):
            clicks_count = UNSET
        else:
            clicks_count = self.clicks_count

        clicks_rate: float | str | Unset
        if isinstance(self.clicks_rate, Unset):
            clicks_rate = UNSET
        else:
            clicks_rate = self.clicks_rate

        unique_clicks_count: float | str | Unset
        if isinstance(self.unique_clicks_count, Unset):
            unique_clicks_count = UNSET
        else:
            unique_clicks_count = self.unique_clicks_count

        unique_clicks_rate: float | str | Unset
        if isinstance(self.unique_clicks_rate, Unset):
            unique_clicks_rate = UNSET
        else:
            unique_clicks_rate = self.unique_clicks_rate

        unsubscribes_count: float | str | Unset
        if isinstance(self.unsubscribes_count, Unset):
            unsubscribes_count = UNSET
        else:
            unsubscribes_count = self.unsubscribes_count

        unsubscribes_rate: float | str | Unset
        if isinstance(self.unsubscribes_rate, Unset):
            unsubscribes_rate = UNSET
        else:
            unsubscribes_rate = self.unsubscribes_rate

        complaints_count: float | str | Unset
        if isinstance(self.complaints_count, Unset):
            complaints_count = UNSET
        else:
            complaints_count = self.complaints_count

        complaints_rate: float | str | Unset
        if isinstance(self.complaints_rate, Unset):
            complaints_rate = UNSET
        else:
            complaints_rate = self.complaints_rate

        bounces_count: float | str | Unset
        if isinstance(self.bounces_count, Unset):
            bounces_count = UNSET
        else:
            bounces_count = self.bounces_count

        bounces_rate: float | str | Unset
        if isinstance(self.bounces_rate, Unset):
            bounces_rate = UNSET
        else:
            bounces_rate = self.bounces_rate

        hard_bounces_count: float | str | Unset
        if isinstance(self.hard_bounces_count, Unset):
            hard_bounces_count = UNSET
        else:
            hard_bounces_count = self.hard_bounces_count

        hard_bounces_rate: float | str | Unset
        if isinstance(self.hard_bounces_rate, Unset):
            hard_bounces_rate = UNSET
        else:
            hard_bounces_rate = self.hard_bounces_rate

        soft_bounces_count: float | str | Unset
        if isinstance(self.soft_bounces_count, Unset):
            soft_bounces_count = UNSET
        else:
            soft_bounces_count = self.soft_bounces_count

        soft_bounces_rate: float | str | Unset
        if isinstance(self.soft_bounces_rate, Unset):
            soft_bounces_rate = UNSET
        else:
            soft_bounces_rate = self.soft_bounces_rate

        internal_bounces_count: float | str | Unset
        if isinstance(self.internal_bounces_count, Unset):
            internal_bounces_count = UNSET
        else:
            internal_bounces_count = self.internal_bounces_count

        internal_bounces_rate: float | str | Unset
        if isinstance(self.internal_bounces_rate, Unset):
            internal_bounces_rate = UNSET
        else:
            internal_bounces_rate = self.internal_bounces_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_status is not UNSET:
            field_dict["campaign_status"] = campaign_status
        if subscribers_count is not UNSET:
            field_dict["subscribers_count"] = subscribers_count
        if processed_count is not UNSET:
            field_dict["processed_count"] = processed_count
        if delivery_success_count is not UNSET:
            field_dict["delivery_success_count"] = delivery_success_count
        if delivery_success_rate is not UNSET:
            field_dict["delivery_success_rate"] = delivery_success_rate
        if delivery_error_count is not UNSET:
            field_dict["delivery_error_count"] = delivery_error_count
        if delivery_error_rate is not UNSET:
            field_dict["delivery_error_rate"] = delivery_error_rate
        if opens_count is not UNSET:
            field_dict["opens_count"] = opens_count
        if opens_rate is not UNSET:
            field_dict["opens_rate"] = opens_rate
        if unique_opens_count is not UNSET:
            field_dict["unique_opens_count"] = unique_opens_count
        if unique_opens_rate is not UNSET:
            field_dict["unique_opens_rate"] = unique_opens_rate
        if clicks_count is not UNSET:
            field_dict["clicks_count"] = clicks_count
        if clicks_rate is not UNSET:
            field_dict["clicks_rate"] = clicks_rate
        if unique_clicks_count is not UNSET:
            field_dict["unique_clicks_count"] = unique_clicks_count
        if unique_clicks_rate is not UNSET:
            field_dict["unique_clicks_rate"] = unique_clicks_rate
        if unsubscribes_count is not UNSET:
            field_dict["unsubscribes_count"] = unsubscribes_count
        if unsubscribes_rate is not UNSET:
            field_dict["unsubscribes_rate"] = unsubscribes_rate
        if complaints_count is not UNSET:
            field_dict["complaints_count"] = complaints_count
        if complaints_rate is not UNSET:
            field_dict["complaints_rate"] = complaints_rate
        if bounces_count is not UNSET:
            field_dict["bounces_count"] = bounces_count
        if bounces_rate is not UNSET:
            field_dict["bounces_rate"] = bounces_rate
        if hard_bounces_count is not UNSET:
            field_dict["hard_bounces_count"] = hard_bounces_count
        if hard_bounces_rate is not UNSET:
            field_dict["hard_bounces_rate"] = hard_bounces_rate
        if soft_bounces_count is not UNSET:
            field_dict["soft_bounces_count"] = soft_bounces_count
        if soft_bounces_rate is not UNSET:
            field_dict["soft_bounces_rate"] = soft_bounces_rate
        if internal_bounces_count is not UNSET:
            field_dict["internal_bounces_count"] = internal_bounces_count
        if internal_bounces_rate is not UNSET:
            field_dict["internal_bounces_rate"] = internal_bounces_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        campaign_status = d.pop("campaign_status", UNSET)

        def _parse_subscribers_count(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        subscribers_count = _parse_subscribers_count(d.pop("subscribers_count", UNSET))

        def _parse_processed_count(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        processed_count = _parse_processed_count(d.pop("processed_count", UNSET))

        def _parse_delivery_success_count(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        delivery_success_count = _parse_delivery_success_count(
            d.pop("delivery_success_count", UNSET)
        )

        def _parse_delivery_success_rate(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        delivery_success_rate = _parse_delivery_success_rate(
            d.pop("delivery_success_rate", UNSET)
        )

        def _parse_delivery_error_count(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        delivery_error_count = _parse_delivery_error_count(
            d.pop("delivery_error_count", UNSET)
        )

        def _parse_delivery_error_rate(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        delivery_error_rate = _parse_delivery_error_rate(
            d.pop("delivery_error_rate", UNSET)
        )

        def _parse_opens_count(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        opens_count = _parse_opens_count(d.pop("opens_count", UNSET))

        def _parse_opens_rate(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        opens_rate = _parse_opens_rate(d.pop("opens_rate", UNSET))

        def _parse_unique_opens_count(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        unique_opens_count = _parse_unique_opens_count(
            d.pop("unique_opens_count", UNSET)
        )

        def _parse_unique_opens_rate(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        unique_opens_rate = _parse_unique_opens_rate(d.pop("unique_opens_rate", UNSET))

        def _parse_clicks_count(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        clicks_count = _parse_clicks_count(d.pop("clicks_count", UNSET))

        def _parse_clicks_rate(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        clicks_rate = _parse_clicks_rate(d.pop("clicks_rate", UNSET))

        def _parse_unique_clicks_count(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        unique_clicks_count = _parse_unique_clicks_count(
            d.pop("unique_clicks_count", UNSET)
        )

        def _parse_unique_clicks_rate(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        unique_clicks_rate = _parse_unique_clicks_rate(
            d.pop("unique_clicks_rate", UNSET)
        )

        def _parse_unsubscribes_count(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        unsubscribes_count = _parse_unsubscribes_count(
            d.pop("unsubscribes_count", UNSET)
        )

        def _parse_unsubscribes_rate(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        unsubscribes_rate = _parse_unsubscribes_rate(d.pop("unsubscribes_rate", UNSET))

        def _parse_complaints_count(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        complaints_count = _parse_complaints_count(d.pop("complaints_count", UNSET))

        def _parse_complaints_rate(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        complaints_rate = _parse_complaints_rate(d.pop("complaints_rate", UNSET))

        def _parse_bounces_count(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        bounces_count = _parse_bounces_count(d.pop("bounces_count", UNSET))

        def _parse_bounces_rate(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        bounces_rate = _parse_bounces_rate(d.pop("bounces_rate", UNSET))

        def _parse_hard_bounces_count(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        hard_bounces_count = _parse_hard_bounces_count(
            d.pop("hard_bounces_count", UNSET)
        )

        def _parse_hard_bounces_rate(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        hard_bounces_rate = _parse_hard_bounces_rate(d.pop("hard_bounces_rate", UNSET))

        def _parse_soft_bounces_count(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        soft_bounces_count = _parse_soft_bounces_count(
            d.pop("soft_bounces_count", UNSET)
        )

        def _parse_soft_bounces_rate(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        soft_bounces_rate = _parse_soft_bounces_rate(d.pop("soft_bounces_rate", UNSET))

        def _parse_internal_bounces_count(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        internal_bounces_count = _parse_internal_bounces_count(
            d.pop("internal_bounces_count", UNSET)
        )

        def _parse_internal_bounces_rate(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        internal_bounces_rate = _parse_internal_bounces_rate(
            d.pop("internal_bounces_rate", UNSET)
        )

        campaign_stats = cls(
            campaign_status=campaign_status,
            subscribers_count=subscribers_count,
            processed_count=processed_count,
            delivery_success_count=delivery_success_count,
            delivery_success_rate=delivery_success_rate,
            delivery_error_count=delivery_error_count,
            delivery_error_rate=delivery_error_rate,
            opens_count=opens_count,
            opens_rate=opens_rate,
            unique_opens_count=unique_opens_count,
            unique_opens_rate=unique_opens_rate,
            clicks_count=clicks_count,
            clicks_rate=clicks_rate,
            unique_clicks_count=unique_clicks_count,
            unique_clicks_rate=unique_clicks_rate,
            unsubscribes_count=unsubscribes_count,
            unsubscribes_rate=unsubscribes_rate,
            complaints_count=complaints_count,
            complaints_rate=complaints_rate,
            bounces_count=bounces_count,
            bounces_rate=bounces_rate,
            hard_bounces_count=hard_bounces_count,
            hard_bounces_rate=hard_bounces_rate,
            soft_bounces_count=soft_bounces_count,
            soft_bounces_rate=soft_bounces_rate,
            internal_bounces_count=internal_bounces_count,
            internal_bounces_rate=internal_bounces_rate,
        )

        campaign_stats.additional_properties = d
        return campaign_stats

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
