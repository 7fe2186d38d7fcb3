from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.db_expression import DbExpression


T = TypeVar("T", bound="Subscriber")


@_attrs_define
class Subscriber:
    """A subscriber of a list. Custom fields arrive as extra upper-case keys by tag (EMAIL holds the address; a field with
    several values has them joined with ", "). Which keys come depends on the call: collections send subscriber_uid, the
    tags, status, source, ip_address and date_added; getSubscriber sends subscriber_uid, status, source, ip_address and
    the tags, without date_added; create and update answer with subscriber_uid, email, ip_address, source and date_added
    only.

        Example:
            {'subscriber_uid': 'qw12er34ty567', 'EMAIL': 'ali.rezaei@example.com', 'FNAME': 'علی', 'LNAME': 'رضایی',
                'status': 'confirmed', 'source': 'api', 'ip_address': '5.160.12.34', 'date_added': '2025-03-20 06:30:00'}

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
    """

    subscriber_uid: str | Unset = UNSET
    email: str | Unset = UNSET
    status: str | Unset = UNSET
    source: str | Unset = UNSET
    ip_address: str | Unset = UNSET
    date_added: DbExpression | str | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.db_expression import DbExpression

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

        subscriber = cls(
            subscriber_uid=subscriber_uid,
            email=email,
            status=status,
            source=source,
            ip_address=ip_address,
            date_added=date_added,
        )

        subscriber.additional_properties = d
        return subscriber

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
