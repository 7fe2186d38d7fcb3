from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_expression import DbExpression
    from ..models.subscriber_with_list_list import SubscriberWithListList


T = TypeVar("T", bound="SubscriberWithList")


@_attrs_define
class SubscriberWithList:
    """A subscriber of one of the account's lists: subscriber_uid, email, status, source, ip_address, the list (list_uid,
    display_name, name) and date_added; no custom fields.

        Attributes:
            subscriber_uid (str | Unset):
            email (str | Unset): The address; sent only by create, update and the search in all lists (collections send it
                as EMAIL).
            status (str | Unset): The subscriber's status. Known values: unconfirmed, confirmed, blacklisted, unsubscribed,
                unapproved, disabled, moved. Servers may add new values.
            source (str | Unset): Where the subscriber came from. Servers may add new values.
            ip_address (str | Unset): The IP address the subscriber came from (may be empty).
            date_added (DbExpression | str | Unset): When the subscriber was added, `Y-m-d H:i:s` in UTC. In the answer to a
                create of a new subscriber, MailWizz 2.1.13 sends the expression object instead.
            list_ (SubscriberWithListList | Unset):
    """

    subscriber_uid: str | Unset = UNSET
    email: str | Unset = UNSET
    status: str | Unset = UNSET
    source: str | Unset = UNSET
    ip_address: str | Unset = UNSET
    date_added: DbExpression | str | Unset = UNSET
    list_: SubscriberWithListList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.db_expression import DbExpression

        subscriber_uid = self.subscriber_uid

        email = self.email

        status = self.status

        source = self.source

        ip_address = self.ip_address

        date_added: dict[str, Any] | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        elif isinstance(self.date_added, DbExpression):
            date_added = self.date_added.to_dict()
        else:
            date_added = self.date_added

        list_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = self.list_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscriber_uid is not UNSET:
            field_dict["subscriber_uid"] = subscriber_uid
        if email is not UNSET:
            field_dict["email"] = email
        if status is not UNSET:
            field_dict["status"] = status
        if source is not UNSET:
            field_dict["source"] = source
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if list_ is not UNSET:
            field_dict["list"] = list_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.db_expression import DbExpression
        from ..models.subscriber_with_list_list import SubscriberWithListList

        d = dict(src_dict)
        subscriber_uid = d.pop("subscriber_uid", UNSET)

        email = d.pop("email", UNSET)

        status = d.pop("status", UNSET)

        source = d.pop("source", UNSET)

        ip_address = d.pop("ip_address", UNSET)

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

        _list_ = d.pop("list", UNSET)
        list_: SubscriberWithListList | Unset
        if isinstance(_list_, Unset):
            list_ = UNSET
        else:
            list_ = SubscriberWithListList.from_dict(_list_)

        subscriber_with_list = cls(
            subscriber_uid=subscriber_uid,
            email=email,
            status=status,
            source=source,
            ip_address=ip_address,
            date_added=date_added,
            list_=list_,
        )

        subscriber_with_list.additional_properties = d
        return subscriber_with_list

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
