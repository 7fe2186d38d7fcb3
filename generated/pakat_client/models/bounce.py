from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscriber_ref import SubscriberRef


T = TypeVar("T", bound="Bounce")


@_attrs_define
class Bounce:
    """A bounce recorded for a campaign: who bounced, how and what the receiving server said. Bounces carry no date.

    Attributes:
        message (None | str | Unset): What the receiving server answered ("BOUNCED BACK" when the bounce was recorded
            through the API without a message).
        processed (str | Unset): Whether the server's bounce processing has handled the bounce yet. Known values: yes,
            no.
        bounce_type (str | Unset): The kind of bounce. Known values: internal, soft, hard. Servers may add new values.
        subscriber (SubscriberRef | Unset): A subscriber named by another record.
    """

    message: None | str | Unset = UNSET
    processed: str | Unset = UNSET
    bounce_type: str | Unset = UNSET
    subscriber: SubscriberRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        processed = self.processed

        bounce_type = self.bounce_type

        subscriber: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber, Unset):
            subscriber = self.subscriber.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if processed is not UNSET:
            field_dict["processed"] = processed
        if bounce_type is not UNSET:
            field_dict["bounce_type"] = bounce_type
        if subscriber is not UNSET:
            field_dict["subscriber"] = subscriber

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.subscriber_ref import SubscriberRef

        d = dict(src_dict)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        processed = d.pop("processed", UNSET)

        bounce_type = d.pop("bounce_type", UNSET)

        _subscriber = d.pop("subscriber", UNSET)
        subscriber: SubscriberRef | Unset
        if isinstance(_subscriber, Unset):
            subscriber = UNSET
        else:
            subscriber = SubscriberRef.from_dict(_subscriber)

        bounce = cls(
            message=message,
            processed=processed,
            bounce_type=bounce_type,
            subscriber=subscriber,
        )

        bounce.additional_properties = d
        return bounce

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
