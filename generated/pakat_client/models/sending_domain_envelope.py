from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sending_domain_record import SendingDomainRecord


T = TypeVar("T", bound="SendingDomainEnvelope")


@_attrs_define
class SendingDomainEnvelope:
    """A sending domain in the success envelope; `data.record` is what pakat assumes, not confirmed.

    Attributes:
        status (str): "success".
        data (SendingDomainRecord | Unset): Holds a sending domain.
    """

    status: str
    data: SendingDomainRecord | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sending_domain_record import SendingDomainRecord

        d = dict(src_dict)
        status = d.pop("status")

        _data = d.pop("data", UNSET)
        data: SendingDomainRecord | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = SendingDomainRecord.from_dict(_data)

        sending_domain_envelope = cls(
            status=status,
            data=data,
        )

        sending_domain_envelope.additional_properties = d
        return sending_domain_envelope

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
