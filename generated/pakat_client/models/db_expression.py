from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DbExpression")


@_attrs_define
class DbExpression:
    """A value the server computed in SQL, sent as the expression itself. MailWizz 2.1.13 answers a subscriber create with
    `date_added` as `{"expression": "NOW()", "params": []}` (the row's time is set by the database); newer versions send
    the date string.

        Example:
            {'expression': 'NOW()', 'params': []}

        Attributes:
            expression (str): The SQL expression, such as `NOW()`.
            params (list[Any] | Unset): Its bound parameters (none for NOW()).
    """

    expression: str
    params: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expression = self.expression

        params: list[Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expression": expression,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        expression = d.pop("expression")

        params = cast(list[Any], d.pop("params", UNSET))

        db_expression = cls(
            expression=expression,
            params=params,
        )

        db_expression.additional_properties = d
        return db_expression

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
