from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_log_campaign import DeliveryLogCampaign
    from ..models.subscriber_ref import SubscriberRef


T = TypeVar("T", bound="DeliveryLog")


@_attrs_define
class DeliveryLog:
    """One delivery attempt of a campaign to a subscriber.

    Attributes:
        campaign (DeliveryLogCampaign | Unset): The campaign and its list.
        subscriber (SubscriberRef | Unset): A subscriber named by another record.
        message (None | str | Unset): What the delivery server answered ("OK" on success); may be null.
        retries (int | str | Unset): How many times delivery was retried: a whole number, sent as a string.
        max_retries (int | str | Unset): How many retries are allowed: a whole number, sent as a string.
        email_message_id (None | str | Unset): The Message-ID of the email sent, without angle brackets; may be null.
        delivery_confirmed (str | Unset): Whether the delivery server confirmed the delivery. Known values: yes, no.
        status (str | Unset): The outcome of the attempt. Known values: success, error, fatal-error, temporary-error,
            blacklisted, suppressed, giveup, blocked, ds-dp-reject, hdl-by-sg-cmp. Servers may add new values.
        date_added (str | Unset): When the attempt was logged: UTC, `Y-m-d H:i:s` (not the account's timezone).
    """

    campaign: DeliveryLogCampaign | Unset = UNSET
    subscriber: SubscriberRef | Unset = UNSET
    message: None | str | Unset = UNSET
    retries: int | str | Unset = UNSET
    max_retries: int | str | Unset = UNSET
    email_message_id: None | str | Unset = UNSET
    delivery_confirmed: str | Unset = UNSET
    status: str | Unset = UNSET
    date_added: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        subscriber: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber, Unset):
            subscriber = self.subscriber.to_dict()

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        retries: int | str | Unset
        if isinstance(self.retries, Unset):
            retries = UNSET
        else:
            retries = self.retries

        max_retries: int | str | Unset
        if isinstance(self.max_retries, Unset):
            max_retries = UNSET
        else:
            max_retries = self.max_retries

        email_message_id: None | str | Unset
        if isinstance(self.email_message_id, Unset):
            email_message_id = UNSET
        else:
            email_message_id = self.email_message_id

        delivery_confirmed = self.delivery_confirmed

        status = self.status

        date_added = self.date_added

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if subscriber is not UNSET:
            field_dict["subscriber"] = subscriber
        if message is not UNSET:
            field_dict["message"] = message
        if retries is not UNSET:
            field_dict["retries"] = retries
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if email_message_id is not UNSET:
            field_dict["email_message_id"] = email_message_id
        if delivery_confirmed is not UNSET:
            field_dict["delivery_confirmed"] = delivery_confirmed
        if status is not UNSET:
            field_dict["status"] = status
        if date_added is not UNSET:
            field_dict["date_added"] = date_added

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.delivery_log_campaign import DeliveryLogCampaign
        from ..models.subscriber_ref import SubscriberRef

        d = dict(src_dict)
        _campaign = d.pop("campaign", UNSET)
        campaign: DeliveryLogCampaign | Unset
        if isinstance(_campaign, Unset):
            campaign = UNSET
        else:
            campaign = DeliveryLogCampaign.from_dict(_campaign)

        _subscriber = d.pop("subscriber", UNSET)
        subscriber: SubscriberRef | Unset
        if isinstance(_subscriber, Unset):
            subscriber = UNSET
        else:
            subscriber = SubscriberRef.from_dict(_subscriber)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_retries(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        retries = _parse_retries(d.pop("retries", UNSET))

        def _parse_max_retries(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        max_retries = _parse_max_retries(d.pop("max_retries", UNSET))

        def _parse_email_message_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_message_id = _parse_email_message_id(d.pop("email_message_id", UNSET))

        delivery_confirmed = d.pop("delivery_confirmed", UNSET)

        status = d.pop("status", UNSET)

        date_added = d.pop("date_added", UNSET)

        delivery_log = cls(
            campaign=campaign,
            subscriber=subscriber,
            message=message,
            retries=retries,
            max_retries=max_retries,
            email_message_id=email_message_id,
            delivery_confirmed=delivery_confirmed,
            status=status,
            date_added=date_added,
        )

        delivery_log.additional_properties = d
        return delivery_log

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
