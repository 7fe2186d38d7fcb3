from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendingDomain")


@_attrs_define
class SendingDomain:
    """A sending domain of the account. The shape is not confirmed: no public source of Pakat's route exists, and its own
    spec types the answer only as `{"status": "success"}`.

        Attributes:
            domain_id (int | str | Unset): A whole number; servers may send it as a string.
            name (str | Unset):
            verified (str | Unset): yes or no.
    """

    domain_id: int | str | Unset = UNSET
    name: str | Unset = UNSET
    verified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_id: int | str | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        else:
            domain_id = self.domain_id

        name = self.name

        verified = self.verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if name is not UNSET:
            field_dict["name"] = name
        if verified is not UNSET:
            field_dict["verified"] = verified

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_domain_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        domain_id = _parse_domain_id(d.pop("domain_id", UNSET))

        name = d.pop("name", UNSET)

        verified = d.pop("verified", UNSET)

        sending_domain = cls(
            domain_id=domain_id,
            name=name,
            verified=verified,
        )

        sending_domain.additional_properties = d
        return sending_domain

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
