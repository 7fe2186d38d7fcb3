from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscriber_source import SubscriberSource, check_subscriber_source
from ..models.subscriber_update_status import (
    SubscriberUpdateStatus,
    check_subscriber_update_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriberUpdateRequest")


@_attrs_define
class SubscriberUpdateRequest:
    """Subscriber fields to change: only the tags sent are replaced. Every required custom field (other than EMAIL) must be
    sent on every update, even unchanged.

        Attributes:
            email (str | Unset): A new address; empty or absent keeps the current one.
            fname (str | Unset): First name.
            lname (str | Unset): Last name.
            detailsstatus (SubscriberUpdateStatus | Unset): A status an update may set; the server ignores any other value
                (unapproved, disabled, moved) silently.
            detailssource (SubscriberSource | Unset): Where the subscriber came from.
            detailsip_address (str | Unset): The subscriber's IP address; ignored unless a valid IPv4 or IPv6 address.
                Without it the server takes the X-MW-REMOTE-ADDR or X-REMOTE-ADDR header, else the caller's address.
    """

    email: str | Unset = UNSET
    fname: str | Unset = UNSET
    lname: str | Unset = UNSET
    detailsstatus: SubscriberUpdateStatus | Unset = UNSET
    detailssource: SubscriberSource | Unset = UNSET
    detailsip_address: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        fname = self.fname

        lname = self.lname

        detailsstatus: str | Unset = UNSET
        if not isinstance(self.detailsstatus, Unset):
            detailsstatus = self.detailsstatus

        detailssource: str | Unset = UNSET
        if not isinstance(self.detailssource, Unset):
            detailssource = self.detailssource

        detailsip_address = self.detailsip_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["EMAIL"] = email
        if fname is not UNSET:
            field_dict["FNAME"] = fname
        if lname is not UNSET:
            field_dict["LNAME"] = lname
        if detailsstatus is not UNSET:
            field_dict["details[status]"] = detailsstatus
        if detailssource is not UNSET:
            field_dict["details[source]"] = detailssource
        if detailsip_address is not UNSET:
            field_dict["details[ip_address]"] = detailsip_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("EMAIL", UNSET)

        fname = d.pop("FNAME", UNSET)

        lname = d.pop("LNAME", UNSET)

        _detailsstatus = d.pop("details[status]", UNSET)
        detailsstatus: SubscriberUpdateStatus | Unset
        if isinstance(_detailsstatus, Unset):
            detailsstatus = UNSET
        else:
            detailsstatus = check_subscriber_update_status(_detailsstatus)

        _detailssource = d.pop("details[source]", UNSET)
        detailssource: SubscriberSource | Unset
        if isinstance(_detailssource, Unset):
            detailssource = UNSET
        else:
            detailssource = check_subscriber_source(_detailssource)

        detailsip_address = d.pop("details[ip_address]", UNSET)

        subscriber_update_request = cls(
            email=email,
            fname=fname,
            lname=lname,
            detailsstatus=detailsstatus,
            detailssource=detailssource,
            detailsip_address=detailsip_address,
        )

        subscriber_update_request.additional_properties = d
        return subscriber_update_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
