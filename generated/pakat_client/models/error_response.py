from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response_error_type_1 import ErrorResponseErrorType1
    from ..models.error_response_error_type_2_item import ErrorResponseErrorType2Item


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The body of a failed call.

    Attributes:
        status (str): Always "error" on a failed call.
        error (ErrorResponseErrorType1 | list[ErrorResponseErrorType2Item] | str): What went wrong: a sentence; an
            object that maps a field (or a group such as `general`) to a message or to a further object of messages; or, for
            list-field validation, an array of such objects.
        data (Any | Unset): Some refusals repeat part of the request: createSegment's refusal of conditions carries the
            field conditions posted (null when none were).
    """

    status: str
    error: ErrorResponseErrorType1 | list[ErrorResponseErrorType2Item] | str
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_response_error_type_1 import ErrorResponseErrorType1

        status = self.status

        error: dict[str, Any] | list[dict[str, Any]] | str
        if isinstance(self.error, ErrorResponseErrorType1):
            error = self.error.to_dict()
        elif isinstance(self.error, list):
            error = []
            for error_type_2_item_data in self.error:
                error_type_2_item = error_type_2_item_data.to_dict()
                error.append(error_type_2_item)

        else:
            error = self.error

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "error": error,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_response_error_type_1 import ErrorResponseErrorType1
        from ..models.error_response_error_type_2_item import (
            ErrorResponseErrorType2Item,
        )

        d = dict(src_dict)
        status = d.pop("status")

        def _parse_error(
            data: object,
        ) -> ErrorResponseErrorType1 | list[ErrorResponseErrorType2Item] | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = ErrorResponseErrorType1.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                error_type_2 = []
                _error_type_2 = data
                for error_type_2_item_data in _error_type_2:
                    error_type_2_item = ErrorResponseErrorType2Item.from_dict(
                        error_type_2_item_data
                    )

                    error_type_2.append(error_type_2_item)

                return error_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ErrorResponseErrorType1 | list[ErrorResponseErrorType2Item] | str, data
            )

        error = _parse_error(d.pop("error"))

        data = d.pop("data", UNSET)

        error_response = cls(
            status=status,
            error=error,
            data=data,
        )

        error_response.additional_properties = d
        return error_response

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
