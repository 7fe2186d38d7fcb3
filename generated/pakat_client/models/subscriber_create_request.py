from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.subscriber_create_status import (
    SubscriberCreateStatus,
    check_subscriber_create_status,
)
from ..models.subscriber_source import SubscriberSource, check_subscriber_source
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriberCreateRequest")


@_attrs_define
class SubscriberCreateRequest:
    """A new subscriber: EMAIL, any custom field by its upper-case tag (several values as TAG[]), and details. A field not
    sent takes its default value; values are cut to 255 characters; unknown tags are ignored.

        Attributes:
            email (str): The subscriber's email address.
            fname (str | Unset): First name.
            lname (str | Unset): Last name.
            detailsstatus (SubscriberCreateStatus | Unset): A status a create may set; the server ignores any other value
                (disabled, moved) silently.
            detailssource (SubscriberSource | Unset): Where the subscriber came from.
            detailsip_address (str | Unset): The subscriber's IP address; ignored unless a valid IPv4 or IPv6 address.
                Without it the server takes the X-MW-REMOTE-ADDR or X-REMOTE-ADDR header, else the caller's address.
    """

    email: str
    fname: str | Unset = UNSET
    lname: str | Unset = UNSET
    detailsstatus: SubscriberCreateStatus | Unset = UNSET
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
        field_dict.update(
            {
                "EMAIL": email,
            }
        )
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

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("EMAIL", (None, str(self.email).encode(), "text/plain")))

        if not isinstance(self.fname, Unset):
            files.append(("FNAME", (None, str(self.fname).encode(), "text/plain")))

        if not isinstance(self.lname, Unset):
            files.append(("LNAME", (None, str(self.lname).encode(), "text/plain")))

        if not isinstance(self.detailsstatus, Unset):
            files.append(
                (
                    "details[status]",
                    (None, str(self.detailsstatus).encode(), "text/plain"),
                )
            )

        if not isinstance(self.detailssource, Unset):
            files.append(
                (
                    "details[source]",
                    (None, str(self.detailssource).encode(), "text/plain"),
                )
            )

        if not isinstance(self.detailsip_address, Unset):
            files.append(
                (
                    "details[ip_address]",
                    (None, str(self.detailsip_address).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("EMAIL")

        fname = d.pop("FNAME", UNSET)

        lname = d.pop("LNAME", UNSET)

        _detailsstatus = d.pop("details[status]", UNSET)
        detailsstatus: SubscriberCreateStatus | Unset
        if isinstance(_detailsstatus, Unset):
            detailsstatus = UNSET
        else:
            detailsstatus = check_subscriber_create_status(_detailsstatus)

        _detailssource = d.pop("details[source]", UNSET)
        detailssource: SubscriberSource | Unset
        if isinstance(_detailssource, Unset):
            detailssource = UNSET
        else:
            detailssource = check_subscriber_source(_detailssource)

        detailsip_address = d.pop("details[ip_address]", UNSET)

        subscriber_create_request = cls(
            email=email,
            fname=fname,
            lname=lname,
            detailsstatus=detailsstatus,
            detailssource=detailssource,
            detailsip_address=detailsip_address,
        )

        subscriber_create_request.additional_properties = d
        return subscriber_create_request

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
