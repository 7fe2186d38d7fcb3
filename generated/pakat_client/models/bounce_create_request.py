from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.bounce_type import BounceType, check_bounce_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="BounceCreateRequest")


@_attrs_define
class BounceCreateRequest:
    """A bounce to record.

    Attributes:
        bounce_type (BounceType): The kind of bounce.
        subscriber_uid (str): The subscriber that bounced.
        message (str | Unset): The bounce message from the receiving server.
    """

    bounce_type: BounceType
    subscriber_uid: str
    message: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bounce_type: str = self.bounce_type

        subscriber_uid = self.subscriber_uid

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bounce_type": bounce_type,
                "subscriber_uid": subscriber_uid,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            ("bounce_type", (None, str(self.bounce_type).encode(), "text/plain"))
        )

        files.append(
            ("subscriber_uid", (None, str(self.subscriber_uid).encode(), "text/plain"))
        )

        if not isinstance(self.message, Unset):
            files.append(("message", (None, str(self.message).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bounce_type = check_bounce_type(d.pop("bounce_type"))

        subscriber_uid = d.pop("subscriber_uid")

        message = d.pop("message", UNSET)

        bounce_create_request = cls(
            bounce_type=bounce_type,
            subscriber_uid=subscriber_uid,
            message=message,
        )

        bounce_create_request.additional_properties = d
        return bounce_create_request

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
