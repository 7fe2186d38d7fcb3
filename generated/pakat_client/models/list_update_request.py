from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.yes_no import YesNo, check_yes_no
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListUpdateRequest")


@_attrs_define
class ListUpdateRequest:
    """Fields of a list to change.

    Attributes:
        generalname (str | Unset): The list's name.
        generaldescription (str | Unset): What the list is for.
        defaultsfrom_name (str | Unset): Default sender name of the list's campaigns.
        defaultsfrom_email (str | Unset): Default sender address.
        defaultsreply_to (str | Unset): Default reply-to address.
        defaultssubject (str | Unset): Default subject.
        notificationssubscribe (YesNo | Unset): A yes-or-no setting.
        notificationsunsubscribe (YesNo | Unset): A yes-or-no setting.
        notificationssubscribe_to (str | Unset): Where subscribe notifications go.
        notificationsunsubscribe_to (str | Unset): Where unsubscribe notifications go.
        companyname (str | Unset): Company name shown in the footer.
        companycountry (str | Unset): Company country.
        companyaddress_1 (str | Unset): Address, first line.
        companyaddress_2 (str | Unset): Address, second line.
        companyzone_name (str | Unset): State or province.
        companycity (str | Unset): City.
        companyzip_code (str | Unset): Postal code.
        companyphone (str | Unset): Phone number.
        companyaddress_format (str | Unset): How the address is laid out, with [COMPANY_*] tags.
    """

    generalname: str | Unset = UNSET
    generaldescription: str | Unset = UNSET
    defaultsfrom_name: str | Unset = UNSET
    defaultsfrom_email: str | Unset = UNSET
    defaultsreply_to: str | Unset = UNSET
    defaultssubject: str | Unset = UNSET
    notificationssubscribe: YesNo | Unset = UNSET
    notificationsunsubscribe: YesNo | Unset = UNSET
    notificationssubscribe_to: str | Unset = UNSET
    notificationsunsubscribe_to: str | Unset = UNSET
    companyname: str | Unset = UNSET
    companycountry: str | Unset = UNSET
    companyaddress_1: str | Unset = UNSET
    companyaddress_2: str | Unset = UNSET
    companyzone_name: str | Unset = UNSET
    companycity: str | Unset = UNSET
    companyzip_code: str | Unset = UNSET
    companyphone: str | Unset = UNSET
    companyaddress_format: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generalname = self.generalname

        generaldescription = self.generaldescription

        defaultsfrom_name = self.defaultsfrom_name

        defaultsfrom_email = self.defaultsfrom_email

        defaultsreply_to = self.defaultsreply_to

        defaultssubject = self.defaultssubject

        notificationssubscribe: str | Unset = UNSET
        if not isinstance(self.notificationssubscribe, Unset):
            notificationssubscribe = self.notificationssubscribe

        notificationsunsubscribe: str | Unset = UNSET
        if not isinstance(self.notificationsunsubscribe, Unset):
            notificationsunsubscribe = self.notificationsunsubscribe

        notificationssubscribe_to = self.notificationssubscribe_to

        notificationsunsubscribe_to = self.notificationsunsubscribe_to

        companyname = self.companyname

        companycountry = self.companycountry

        companyaddress_1 = self.companyaddress_1

        companyaddress_2 = self.companyaddress_2

        companyzone_name = self.companyzone_name

        companycity = self.companycity

        companyzip_code = self.companyzip_code

        companyphone = self.companyphone

        companyaddress_format = self.companyaddress_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if generalname is not UNSET:
            field_dict["general[name]"] = generalname
        if generaldescription is not UNSET:
            field_dict["general[description]"] = generaldescription
        if defaultsfrom_name is not UNSET:
            field_dict["defaults[from_name]"] = defaultsfrom_name
        if defaultsfrom_email is not UNSET:
            field_dict["defaults[from_email]"] = defaultsfrom_email
        if defaultsreply_to is not UNSET:
            field_dict["defaults[reply_to]"] = defaultsreply_to
        if defaultssubject is not UNSET:
            field_dict["defaults[subject]"] = defaultssubject
        if notificationssubscribe is not UNSET:
            field_dict["notifications[subscribe]"] = notificationssubscribe
        if notificationsunsubscribe is not UNSET:
            field_dict["notifications[unsubscribe]"] = notificationsunsubscribe
        if notificationssubscribe_to is not UNSET:
            field_dict["notifications[subscribe_to]"] = notificationssubscribe_to
        if notificationsunsubscribe_to is not UNSET:
            field_dict["notifications[unsubscribe_to]"] = notificationsunsubscribe_to
        if companyname is not UNSET:
            field_dict["company[name]"] = companyname
        if companycountry is not UNSET:
            field_dict["company[country]"] = companycountry
        if companyaddress_1 is not UNSET:
            field_dict["company[address_1]"] = companyaddress_1
        if companyaddress_2 is not UNSET:
            field_dict["company[address_2]"] = companyaddress_2
        if companyzone_name is not UNSET:
            field_dict["company[zone_name]"] = companyzone_name
        if companycity is not UNSET:
            field_dict["company[city]"] = companycity
        if companyzip_code is not UNSET:
            field_dict["company[zip_code]"] = companyzip_code
        if companyphone is not UNSET:
            field_dict["company[phone]"] = companyphone
        if companyaddress_format is not UNSET:
            field_dict["company[address_format]"] = companyaddress_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        generalname = d.pop("general[name]", UNSET)

        generaldescription = d.pop("general[description]", UNSET)

        defaultsfrom_name = d.pop("defaults[from_name]", UNSET)

        defaultsfrom_email = d.pop("defaults[from_email]", UNSET)

        defaultsreply_to = d.pop("defaults[reply_to]", UNSET)

        defaultssubject = d.pop("defaults[subject]", UNSET)

        _notificationssubscribe = d.pop("notifications[subscribe]", UNSET)
        notificationssubscribe: YesNo | Unset
        if isinstance(_notificationssubscribe, Unset):
            notificationssubscribe = UNSET
        else:
            notificationssubscribe = check_yes_no(_notificationssubscribe)

        _notificationsunsubscribe = d.pop("notifications[unsubscribe]", UNSET)
        notificationsunsubscribe: YesNo | Unset
        if isinstance(_notificationsunsubscribe, Unset):
            notificationsunsubscribe = UNSET
        else:
            notificationsunsubscribe = check_yes_no(_notificationsunsubscribe)

        notificationssubscribe_to = d.pop("notifications[subscribe_to]", UNSET)

        notificationsunsubscribe_to = d.pop("notifications[unsubscribe_to]", UNSET)

        companyname = d.pop("company[name]", UNSET)

        companycountry = d.pop("company[country]", UNSET)

        companyaddress_1 = d.pop("company[address_1]", UNSET)

        companyaddress_2 = d.pop("company[address_2]", UNSET)

        companyzone_name = d.pop("company[zone_name]", UNSET)

        companycity = d.pop("company[city]", UNSET)

        companyzip_code = d.pop("company[zip_code]", UNSET)

        companyphone = d.pop("company[phone]", UNSET)

        companyaddress_format = d.pop("company[address_format]", UNSET)

        list_update_request = cls(
            generalname=generalname,
            generaldescription=generaldescription,
            defaultsfrom_name=defaultsfrom_name,
            defaultsfrom_email=defaultsfrom_email,
            defaultsreply_to=defaultsreply_to,
            defaultssubject=defaultssubject,
            notificationssubscribe=notificationssubscribe,
            notificationsunsubscribe=notificationsunsubscribe,
            notificationssubscribe_to=notificationssubscribe_to,
            notificationsunsubscribe_to=notificationsunsubscribe_to,
            companyname=companyname,
            companycountry=companycountry,
            companyaddress_1=companyaddress_1,
            companyaddress_2=companyaddress_2,
            companyzone_name=companyzone_name,
            companycity=companycity,
            companyzip_code=companyzip_code,
            companyphone=companyphone,
            companyaddress_format=companyaddress_format,
        )

        list_update_request.additional_properties = d
        return list_update_request

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
