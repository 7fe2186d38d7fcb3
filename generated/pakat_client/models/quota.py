from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Quota")


@_attrs_define
class Quota:
    """How much of the sending quota is used.

    Attributes:
        percentage (float | str | Unset): The share used, such as "25%": rounded to 2 decimals, at most "100%", and "0%"
            when the quota is unlimited. Possibly in the account's locale (Persian digits, `٪`).
        used (int | str | Unset): Emails counted against the quota: a whole number, possibly sent as a string with
            thousands separators.
        allowed (int | str | Unset): The limit as a whole number, or, when there is none, the infinity sign `∞` (Pakat's
            spec) or the HTML entity `&infin;` (what MailWizz's usage display writes).
    """

    percentage: float | str | Unset = UNSET
    used: int | str | Unset = UNSET
    allowed: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        percentage: float | str | Unset
        if isinstance(self.percentage, Unset):
            percentage = UNSET
        else:
            percentage = self.percentage

        used: int | str | Unset
        if isinstance(self.used, Unset):
            used = UNSET
        else:
            used = self.used

        allowed: int | str | Unset
        if isinstance(self.allowed, Unset):
            allowed = UNSET
        else:
            allowed = self.allowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if used is not UNSET:
            field_dict["used"] = used
        if allowed is not UNSET:
            field_dict["allowed"] = allowed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_percentage(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        percentage = _parse_percentage(d.pop("percentage", UNSET))

        def _parse_used(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        used = _parse_used(d.pop("used", UNSET))

        def _parse_allowed(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        allowed = _parse_allowed(d.pop("allowed", UNSET))

        quota = cls(
            percentage=percentage,
            used=used,
            allowed=allowed,
        )

        quota.additional_properties = d
        return quota

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
