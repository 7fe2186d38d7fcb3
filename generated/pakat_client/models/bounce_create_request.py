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
        subscriber_uid (str): The subscriber that bounced, in any list. Missing, empty or unknown: 404 "The subscriber
            does not exist!".
        message (str | Unset): What the receiving server answered. Default "BOUNCED BACK"; an empty value is stored
            empty. Special characters are decoded and tags removed, and a message of 253 characters or more is cut to its
            first 250 followed by "...".
        bounce_type (BounceType | Unset): The kind of bounce a client may record; the server refuses any other value
            with 422 "Invalid bounce type!".
    """

    subscriber_uid: str
    message: str | Unset = UNSET
    bounce_type: BounceType | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_uid = self.subscriber_uid

        message = self.message

        bounce_type: str | Unset = UNSET
        if not isinstance(self.bounce_type, Unset):
            bounce_type = self.bounce_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriber_uid": subscriber_uid,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if bounce_type is not UNSET:
            field_dict["bounce_type"] = bounce_type

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            ("subscriber_uid", (None, str(self.subscriber_uid).encode(), "text/plain"))
        )

        if not isinstance(self.message, Unset):
            files.append(("message", (None, str(self.message).encode(), "text/plain")))

        if not isinstance(self.bounce_type, Unset):
            files.append(
                ("bounce_type", (None, str(self.bounce_type).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subscriber_uid = d.pop("subscriber_uid")

        message = d.pop("message", UNSET)

        _bounce_type = d.pop("bounce_type", UNSET)
        bounce_type: BounceType | Unset
        if isinstance(_bounce_type, Unset):
            bounce_type = UNSET
        else:
            bounce_type = check_bounce_type(_bounce_type)

        bounce_create_request = cls(
            subscriber_uid=subscriber_uid,
            message=message,
            bounce_type=bounce_type,
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
