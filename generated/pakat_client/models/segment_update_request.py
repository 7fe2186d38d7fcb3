from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operator_match import OperatorMatch, check_operator_match
from ..types import UNSET, Unset

T = TypeVar("T", bound="SegmentUpdateRequest")


@_attrs_define
class SegmentUpdateRequest:
    """The segment's new settings and its complete rules: the conditions and campaign conditions sent replace all the
    stored ones, so rules that are not sent are deleted.

        Attributes:
            name (str | Unset): The segment's name; up to 255 characters.
            operator_match (OperatorMatch | Unset): any joins the conditions with OR, all with AND.
    """

    name: str | Unset = UNSET
    operator_match: OperatorMatch | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        operator_match: str | Unset = UNSET
        if not isinstance(self.operator_match, Unset):
            operator_match = self.operator_match

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if operator_match is not UNSET:
            field_dict["operator_match"] = operator_match

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _operator_match = d.pop("operator_match", UNSET)
        operator_match: OperatorMatch | Unset
        if isinstance(_operator_match, Unset):
            operator_match = UNSET
        else:
            operator_match = check_operator_match(_operator_match)

        segment_update_request = cls(
            name=name,
            operator_match=operator_match,
        )

        segment_update_request.additional_properties = d
        return segment_update_request

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
