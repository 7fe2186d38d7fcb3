from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryServer")


@_attrs_define
class DeliveryServer:
    """A delivery server the account owns.

    Attributes:
        server_id (int | str | Unset): A whole number; servers may send it as a string.
        type_ (str | Unset): The kind of server. Known values are MailWizz's types (`smtp-greenarrow` from 2.3, `brevo-
            web-api` from Pakat's spec); extensions add more, so others are possible.
        name (None | str | Unset): The server's name; null when it has none.
        hostname (str | Unset):
        status (str | Unset): The server's status: `inactive` until it is validated. Servers may add new values.
    """

    server_id: int | str | Unset = UNSET
    type_: str | Unset = UNSET
    name: None | str | Unset = UNSET
    hostname: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_id: int | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        hostname = self.hostname

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if server_id is not UNSET:
            field_dict["server_id"] = server_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_server_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        server_id = _parse_server_id(d.pop("server_id", UNSET))

        type_ = d.pop("type", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        hostname = d.pop("hostname", UNSET)

        status = d.pop("status", UNSET)

        delivery_server = cls(
            server_id=server_id,
            type_=type_,
            name=name,
            hostname=hostname,
            status=status,
        )

        delivery_server.additional_properties = d
        return delivery_server

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
