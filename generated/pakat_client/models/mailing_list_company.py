from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mailing_list_company_country import MailingListCompanyCountry
    from ..models.mailing_list_company_zone import MailingListCompanyZone


T = TypeVar("T", bound="MailingListCompany")


@_attrs_define
class MailingListCompany:
    """
    Attributes:
        name (str | Unset):
        address_1 (str | Unset):
        address_2 (None | str | Unset): Null when not set.
        zone_name (None | str | Unset): Null when not set.
        city (str | Unset):
        zip_code (str | Unset):
        phone (None | str | Unset): Null when not set.
        address_format (str | Unset):
        country (MailingListCompanyCountry | Unset): Present only when the company's country is set.
        zone (MailingListCompanyZone | Unset): Present only when the company's zone (state, province) is set.
    """

    name: str | Unset = UNSET
    address_1: str | Unset = UNSET
    address_2: None | str | Unset = UNSET
    zone_name: None | str | Unset = UNSET
    city: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    phone: None | str | Unset = UNSET
    address_format: str | Unset = UNSET
    country: MailingListCompanyCountry | Unset = UNSET
    zone: MailingListCompanyZone | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        address_1 = self.address_1

        address_2: None | str | Unset
        if isinstance(self.address_2, Unset):
            address_2 = UNSET
        else:
            address_2 = self.address_2

        zone_name: None | str | Unset
        if isinstance(self.zone_name, Unset):
            zone_name = UNSET
        else:
            zone_name = self.zone_name

        city = self.city

        zip_code = self.zip_code

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        address_format = self.address_format

        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.zone, Unset):
            zone = self.zone.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if zone_name is not UNSET:
            field_dict["zone_name"] = zone_name
        if city is not UNSET:
            field_dict["city"] = city
        if zip_code is not UNSET:
            field_dict["zip_code"] = zip_code
        if phone is not UNSET:
            field_dict["phone"] = phone
        if address_format is not UNSET:
            field_dict["address_format"] = address_format
        if country is not UNSET:
            field_dict["country"] = country
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mailing_list_company_country import MailingListCompanyCountry
        from ..models.mailing_list_company_zone import MailingListCompanyZone

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        address_1 = d.pop("address_1", UNSET)

        def _parse_address_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_2 = _parse_address_2(d.pop("address_2", UNSET))

        def _parse_zone_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zone_name = _parse_zone_name(d.pop("zone_name", UNSET))

        city = d.pop("city", UNSET)

        zip_code = d.pop("zip_code", UNSET)

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        address_format = d.pop("address_format", UNSET)

        _country = d.pop("country", UNSET)
        country: MailingListCompanyCountry | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = MailingListCompanyCountry.from_dict(_country)

        _zone = d.pop("zone", UNSET)
        zone: MailingListCompanyZone | Unset
        if isinstance(_zone, Unset):
            zone = UNSET
        else:
            zone = MailingListCompanyZone.from_dict(_zone)

        mailing_list_company = cls(
            name=name,
            address_1=address_1,
            address_2=address_2,
            zone_name=zone_name,
            city=city,
            zip_code=zip_code,
            phone=phone,
            address_format=address_format,
            country=country,
            zone=zone,
        )

        mailing_list_company.additional_properties = d
        return mailing_list_company

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
