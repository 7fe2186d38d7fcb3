from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.transactional_email import TransactionalEmail


T = TypeVar("T", bound="TransactionalEmailRecord")


@_attrs_define
class TransactionalEmailRecord:
    """Holds a transactional email.

    Attributes:
        record (TransactionalEmail): A transactional email as stored by the server. List records and views have the same
            fields; only a view has `attachments`.
    """

    record: TransactionalEmail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record = self.record.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record": record,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transactional_email import TransactionalEmail

        d = dict(src_dict)
        record = TransactionalEmail.from_dict(d.pop("record"))

        transactional_email_record = cls(
            record=record,
        )

        transactional_email_record.additional_properties = d
        return transactional_email_record

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
