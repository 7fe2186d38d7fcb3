from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerCreateRequest")


@_attrs_define
class CustomerCreateRequest:
    """A new customer account. The company fields are required when the server's registration settings require a company
    (Pakat's spec lists them as required; MailWizz's default does not, and then ignores them).

        Attributes:
            customerfirst_name (str): First name, 1 to 100 characters.
            customerlast_name (str): Last name, 1 to 100 characters.
            customeremail (str): Login address, 4 to 100 characters; unique.
            customerconfirm_email (str): The same address again.
            customerpassword (str): Password, 6 to 100 characters.
            customerconfirm_password (str): The same password again.
            customertimezone (str): The account's timezone: a name PHP lists, such as `Asia/Tehran` or `UTC`.
            customerbirth_date (str): Date of birth, `Y-m-d`. The server reads any date text PHP understands (and text it
                does not as 1970-01-01); the customer must be at least 16 by year.
            companyname (str): Company name.
            companycountry (str): The country's exact name as the countries call lists it, such as `Iran (Islamic Republic
                of)` (case does not matter; codes and ids are not understood).
            companycity (str): City.
            companyzip_code (str): Postal code, at most 10 characters.
            companyaddress_1 (str): Address, first line.
            customernewsletter_consent (str | Unset): The consent text the customer agreed to.
            companyzone (str | Unset): A zone's name within that country, as the zones call lists it, such as `Tehran`.
            companyaddress_2 (str | Unset): Address, second line.
    """

    customerfirst_name: str
    customerlast_name: str
    customeremail: str
    customerconfirm_email: str
    customerpassword: str
    customerconfirm_password: str
    customertimezone: str
    customerbirth_date: str
    companyname: str
    companycountry: str
    companycity: str
    companyzip_code: str
    companyaddress_1: str
    customernewsletter_consent: str | Unset = UNSET
    companyzone: str | Unset = UNSET
    companyaddress_2: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customerfirst_name = self.customerfirst_name

        customerlast_name = self.customerlast_name

        customeremail = self.customeremail

        customerconfirm_email = self.customerconfirm_email

        customerpassword = self.customerpassword

        customerconfirm_password = self.customerconfirm_password

        customertimezone = self.customertimezone

        customerbirth_date = self.customerbirth_date

        companyname = self.companyname

        companycountry = self.companycountry

        companycity = self.companycity

        companyzip_code = self.companyzip_code

        companyaddress_1 = self.companyaddress_1

        customernewsletter_consent = self.customernewsletter_consent

        companyzone = self.companyzone

        companyaddress_2 = self.companyaddress_2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer[first_name]": customerfirst_name,
                "customer[last_name]": customerlast_name,
                "customer[email]": customeremail,
                "customer[confirm_email]": customerconfirm_email,
                "customer[password]": customerpassword,
                "customer[confirm_password]": customerconfirm_password,
                "customer[timezone]": customertimezone,
                "customer[birthDate]": customerbirth_date,
                "company[name]": companyname,
                "company[country]": companycountry,
                "company[city]": companycity,
                "company[zip_code]": companyzip_code,
                "company[address_1]": companyaddress_1,
            }
        )
        if customernewsletter_consent is not UNSET:
            field_dict["customer[newsletter_consent]"] = customernewsletter_consent
        if companyzone is not UNSET:
            field_dict["company[zone]"] = companyzone
        if companyaddress_2 is not UNSET:
            field_dict["company[address_2]"] = companyaddress_2

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            (
                "customer[first_name]",
                (None, str(self.customerfirst_name).encode(), "text/plain"),
            )
        )

        files.append(
            (
                "customer[last_name]",
                (None, str(self.customerlast_name).encode(), "text/plain"),
            )
        )

        files.append(
            ("customer[email]", (None, str(self.customeremail).encode(), "text/plain"))
        )

        files.append(
            (
                "customer[confirm_email]",
                (None, str(self.customerconfirm_email).encode(), "text/plain"),
            )
        )

        files.append(
            (
                "customer[password]",
                (None, str(self.customerpassword).encode(), "text/plain"),
            )
        )

        files.append(
            (
                "customer[confirm_password]",
                (None, str(self.customerconfirm_password).encode(), "text/plain"),
            )
        )

        files.append(
            (
                "customer[timezone]",
                (None, str(self.customertimezone).encode(), "text/plain"),
            )
        )

        files.append(
            (
                "customer[birthDate]",
                (None, str(self.customerbirth_date).encode(), "text/plain"),
            )
        )

        files.append(
            ("company[name]", (None, str(self.companyname).encode(), "text/plain"))
        )

        files.append(
            (
                "company[country]",
                (None, str(self.companycountry).encode(), "text/plain"),
            )
        )

        files.append(
            ("company[city]", (None, str(self.companycity).encode(), "text/plain"))
        )

        files.append(
            (
                "company[zip_code]",
                (None, str(self.companyzip_code).encode(), "text/plain"),
            )
        )

        files.append(
            (
                "company[address_1]",
                (None, str(self.companyaddress_1).encode(), "text/plain"),
            )
        )

        if not isinstance(self.customernewsletter_consent, Unset):
            files.append(
                (
                    "customer[newsletter_consent]",
                    (None, str(self.customernewsletter_consent).encode(), "text/plain"),
                )
            )

        if not isinstance(self.companyzone, Unset):
            files.append(
                ("company[zone]", (None, str(self.companyzone).encode(), "text/plain"))
            )

        if not isinstance(self.companyaddress_2, Unset):
            files.append(
                (
                    "company[address_2]",
                    (None, str(self.companyaddress_2).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customerfirst_name = d.pop("customer[first_name]")

        customerlast_name = d.pop("customer[last_name]")

        customeremail = d.pop("customer[email]")

        customerconfirm_email = d.pop("customer[confirm_email]")

        customerpassword = d.pop("customer[password]")

        customerconfirm_password = d.pop("customer[confirm_password]")

        customertimezone = d.pop("customer[timezone]")

        customerbirth_date = d.pop("customer[birthDate]")

        companyname = d.pop("company[name]")

        companycountry = d.pop("company[country]")

        companycity = d.pop("company[city]")

        companyzip_code = d.pop("company[zip_code]")

        companyaddress_1 = d.pop("company[address_1]")

        customernewsletter_consent = d.pop("customer[newsletter_consent]", UNSET)

        companyzone = d.pop("company[zone]", UNSET)

        companyaddress_2 = d.pop("company[address_2]", UNSET)

        customer_create_request = cls(
            customerfirst_name=customerfirst_name,
            customerlast_name=customerlast_name,
            customeremail=customeremail,
            customerconfirm_email=customerconfirm_email,
            customerpassword=customerpassword,
            customerconfirm_password=customerconfirm_password,
            customertimezone=customertimezone,
            customerbirth_date=customerbirth_date,
            companyname=companyname,
            companycountry=companycountry,
            companycity=companycity,
            companyzip_code=companyzip_code,
            companyaddress_1=companyaddress_1,
            customernewsletter_consent=customernewsletter_consent,
            companyzone=companyzone,
            companyaddress_2=companyaddress_2,
        )

        customer_create_request.additional_properties = d
        return customer_create_request

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
