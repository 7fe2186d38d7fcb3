from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sending_domain import SendingDomain


T = TypeVar("T", bound="SendingDomainRecord")


@_attrs_define
class SendingDomainRecord:
    """Holds a sending domain.

    Attributes:
        record (SendingDomain | Unset): A sending domain of the account. The shape is not confirmed: no public source of
            Pakat's route exists, and its own spec types the answer only as `{"status": "success"}`.
    """

    record: SendingDomain | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record, Unset):
            record = self.record.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if record is not UNSET:
            field_dict["record"] = record

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sending_domain import SendingDomain

        d = dict(src_dict)
        _record = d.pop("record", UNSET)
        record: SendingDomain | Unset
        if isinstance(_record, Unset):
            record = UNSET
        else:
            record = SendingDomain.from_dict(_record)

        sending_domain_record = cls(
            record=record,
        )

        sending_domain_record.additional_properties = d
        return sending_domain_record

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
