from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_expression import DbExpression
    from ..models.subscriber_record import SubscriberRecord


T = TypeVar("T", bound="SubscriberWriteResult")


@_attrs_define
class SubscriberWriteResult:
    """The subscriber written, under data.record: subscriber_uid, email, ip_address, source and date_added (no status, no
    custom fields). Some servers send these fields beside status instead.

        Attributes:
            status (str): "success".
            data (SubscriberRecord | Unset): Holds a subscriber.
            subscriber_uid (str | Unset):
            email (str | Unset):
            ip_address (str | Unset):
            source (str | Unset):
            date_added (DbExpression | str | Unset):
    """

    status: str
    data: SubscriberRecord | Unset = UNSET
    subscriber_uid: str | Unset = UNSET
    email: str | Unset = UNSET
    ip_address: str | Unset = UNSET
    source: str | Unset = UNSET
    date_added: DbExpression | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.db_expression import DbExpression

        status = self.status

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        subscriber_uid = self.subscriber_uid

        email = self.email

        ip_address = self.ip_address

        source = self.source

        date_added: dict[str, Any] | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        elif isinstance(self.date_added, DbExpression):
            date_added = self.date_added.to_dict()
        else:
            date_added = self.date_added

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if subscriber_uid is not UNSET:
            field_dict["subscriber_uid"] = subscriber_uid
        if email is not UNSET:
            field_dict["email"] = email
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if source is not UNSET:
            field_dict["source"] = source
        if date_added is not UNSET:
            field_dict["date_added"] = date_added

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.db_expression import DbExpression
        from ..models.subscriber_record import SubscriberRecord

        d = dict(src_dict)
        status = d.pop("status")

        _data = d.pop("data", UNSET)
        data: SubscriberRecord | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = SubscriberRecord.from_dict(_data)

        subscriber_uid = d.pop("subscriber_uid", UNSET)

        email = d.pop("email", UNSET)

        ip_address = d.pop("ip_address", UNSET)

        source = d.pop("source", UNSET)

        def _parse_date_added(data: object) -> DbExpression | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                date_added_type_1 = DbExpression.from_dict(data)

                return date_added_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DbExpression | str | Unset, data)

        date_added = _parse_date_added(d.pop("date_added", UNSET))

        subscriber_write_result = cls(
            status=status,
            data=data,
            subscriber_uid=subscriber_uid,
            email=email,
            ip_address=ip_address,
            source=source,
            date_added=date_added,
        )

        subscriber_write_result.additional_properties = d
        return subscriber_write_result

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
