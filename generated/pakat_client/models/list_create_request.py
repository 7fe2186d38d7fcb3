from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.list_opt_in import ListOptIn, check_list_opt_in
from ..models.list_visibility import ListVisibility, check_list_visibility
from ..models.yes_no import YesNo, check_yes_no
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListCreateRequest")


@_attrs_define
class ListCreateRequest:
    """Fields of a new list. Company fields are optional while the account has company details of its own: the server
    copies those into every list it creates or updates, then applies company[...]. Keys the server does not know are
    ignored.

        Attributes:
            generalname (str): The list's name, 2 to 255 characters.
            generaldescription (str): What the list is for, 2 to 255 characters.
            defaultsfrom_name (str): Default sender name of the list's campaigns, 2 to 255 characters.
            defaultsfrom_email (str): Default sender address, 5 to 100 characters.
            defaultsreply_to (str): Default reply-to address, 5 to 100 characters.
            generaldisplay_name (str | Unset): The name subscribers see; the name when empty.
            generalopt_in (ListOptIn | Unset): double: a new subscriber is unconfirmed until it confirms by email; single:
                confirmed at once.
            generalopt_out (ListOptIn | Unset): double: a new subscriber is unconfirmed until it confirms by email; single:
                confirmed at once.
            generalvisibility (ListVisibility | Unset): Whether the list is public or private.
            generalwelcome_email (YesNo | Unset): A yes-or-no setting.
            generalsubscriber_require_approval (YesNo | Unset): A yes-or-no setting.
            generalsubscriber_404_redirect (str | Unset): Where an unknown subscriber's links lead (an http or https URL).
            generalsubscriber_exists_redirect (str | Unset): Where a form submitted by an existing subscriber leads (an http
                or https URL).
            defaultssubject (str | Unset): Default subject.
            notificationssubscribe (YesNo | Unset): A yes-or-no setting.
            notificationsunsubscribe (YesNo | Unset): A yes-or-no setting.
            notificationssubscribe_to (str | Unset): Where subscribe notifications go. Not checked as an address; several
                may be given, comma-separated.
            notificationsunsubscribe_to (str | Unset): Where unsubscribe notifications go. Not checked as an address;
                several may be given, comma-separated.
            notificationsdaily (YesNo | Unset): A yes-or-no setting.
            notificationsdaily_to (str | Unset): Where the daily report goes.
            companyname (str | Unset): Company name shown in the footer.
            companywebsite (str | Unset): Company website.
            companytype_id (int | Unset): Industry: the id of one of the server's company types.
            companycountry (str | Unset): Company country by its exact name (as listCountries names it); an unknown name is
                ignored.
            companycountry_id (int | Unset): Country id (see listCountries); wins over company[country].
            companyzone (str | Unset): A zone (state, province) by name, looked up in the country of company[country_id].
            companyzone_id (int | Unset): Zone id (see listCountryZones).
            companyaddress_1 (str | Unset): Address, first line.
            companyaddress_2 (str | Unset): Address, second line.
            companyzone_name (str | Unset): State or province.
            companycity (str | Unset): City.
            companyzip_code (str | Unset): Postal code.
            companyphone (str | Unset): Phone number.
            companyaddress_format (str | Unset): How the address is laid out, with [COMPANY_*] tags.
    """

    generalname: str
    generaldescription: str
    defaultsfrom_name: str
    defaultsfrom_email: str
    defaultsreply_to: str
    generaldisplay_name: str | Unset = UNSET
    generalopt_in: ListOptIn | Unset = UNSET
    generalopt_out: ListOptIn | Unset = UNSET
    generalvisibility: ListVisibility | Unset = UNSET
    generalwelcome_email: YesNo | Unset = UNSET
    generalsubscriber_require_approval: YesNo | Unset = UNSET
    generalsubscriber_404_redirect: str | Unset = UNSET
    generalsubscriber_exists_redirect: str | Unset = UNSET
    defaultssubject: str | Unset = UNSET
    notificationssubscribe: YesNo | Unset = UNSET
    notificationsunsubscribe: YesNo | Unset = UNSET
    notificationssubscribe_to: str | Unset = UNSET
    notificationsunsubscribe_to: str | Unset = UNSET
    notificationsdaily: YesNo | Unset = UNSET
    notificationsdaily_to: str | Unset = UNSET
    companyname: str | Unset = UNSET
    companywebsite: str | Unset = UNSET
    companytype_id: int | Unset = UNSET
    companycountry: str | Unset = UNSET
    companycountry_id: int | Unset = UNSET
    companyzone: str | Unset = UNSET
    companyzone_id: int | Unset = UNSET
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

        generaldisplay_name = self.generaldisplay_name

        generalopt_in: str | Unset = UNSET
        if not isinstance(self.generalopt_in, Unset):
            generalopt_in = self.generalopt_in

        generalopt_out: str | Unset = UNSET
        if not isinstance(self.generalopt_out, Unset):
            generalopt_out = self.generalopt_out

        generalvisibility: str | Unset = UNSET
        if not isinstance(self.generalvisibility, Unset):
            generalvisibility = self.generalvisibility

        generalwelcome_email: str | Unset = UNSET
        if not isinstance(self.generalwelcome_email, Unset):
            generalwelcome_email = self.generalwelcome_email

        generalsubscriber_require_approval: str | Unset = UNSET
        if not isinstance(self.generalsubscriber_require_approval, Unset):
            generalsubscriber_require_approval = self.generalsubscriber_require_approval

        generalsubscriber_404_redirect = self.generalsubscriber_404_redirect

        generalsubscriber_exists_redirect = self.generalsubscriber_exists_redirect

        defaultssubject = self.defaultssubject

        notificationssubscribe: str | Unset = UNSET
        if not isinstance(self.notificationssubscribe, Unset):
            notificationssubscribe = self.notificationssubscribe

        notificationsunsubscribe: str | Unset = UNSET
        if not isinstance(self.notificationsunsubscribe, Unset):
            notificationsunsubscribe = self.notificationsunsubscribe

        notificationssubscribe_to = self.notificationssubscribe_to

        notificationsunsubscribe_to = self.notificationsunsubscribe_to

        notificationsdaily: str | Unset = UNSET
        if not isinstance(self.notificationsdaily, Unset):
            notificationsdaily = self.notificationsdaily

        notificationsdaily_to = self.notificationsdaily_to

        companyname = self.companyname

        companywebsite = self.companywebsite

        companytype_id = self.companytype_id

        companycountry = self.companycountry

        companycountry_id = self.companycountry_id

        companyzone = self.companyzone

        companyzone_id = self.companyzone_id

        companyaddress_1 = self.companyaddress_1

        companyaddress_2 = self.companyaddress_2

        companyzone_name = self.companyzone_name

        companycity = self.companycity

        companyzip_code = self.companyzip_code

        companyphone = self.companyphone

        companyaddress_format = self.companyaddress_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "general[name]": generalname,
                "general[description]": generaldescription,
                "defaults[from_name]": defaultsfrom_name,
                "defaults[from_email]": defaultsfrom_email,
                "defaults[reply_to]": defaultsreply_to,
            }
        )
        if generaldisplay_name is not UNSET:
            field_dict["general[display_name]"] = generaldisplay_name
        if generalopt_in is not UNSET:
            field_dict["general[opt_in]"] = generalopt_in
        if generalopt_out is not UNSET:
            field_dict["general[opt_out]"] = generalopt_out
        if generalvisibility is not UNSET:
            field_dict["general[visibility]"] = generalvisibility
        if generalwelcome_email is not UNSET:
            field_dict["general[welcome_email]"] = generalwelcome_email
        if generalsubscriber_require_approval is not UNSET:
            field_dict["general[subscriber_require_approval]"] = (
                generalsubscriber_require_approval
            )
        if generalsubscriber_404_redirect is not UNSET:
            field_dict["general[subscriber_404_redirect]"] = (
                generalsubscriber_404_redirect
            )
        if generalsubscriber_exists_redirect is not UNSET:
            field_dict["general[subscriber_exists_redirect]"] = (
                generalsubscriber_exists_redirect
            )
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
        if notificationsdaily is not UNSET:
            field_dict["notifications[daily]"] = notificationsdaily
        if notificationsdaily_to is not UNSET:
            field_dict["notifications[daily_to]"] = notificationsdaily_to
        if companyname is not UNSET:
            field_dict["company[name]"] = companyname
        if companywebsite is not UNSET:
            field_dict["company[website]"] = companywebsite
        if companytype_id is not UNSET:
            field_dict["company[type_id]"] = companytype_id
        if companycountry is not UNSET:
            field_dict["company[country]"] = companycountry
        if companycountry_id is not UNSET:
            field_dict["company[country_id]"] = companycountry_id
        if companyzone is not UNSET:
            field_dict["company[zone]"] = companyzone
        if companyzone_id is not UNSET:
            field_dict["company[zone_id]"] = companyzone_id
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

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            ("general[name]", (None, str(self.generalname).encode(), "text/plain"))
        )

        files.append(
            (
                "general[description]",
                (None, str(self.generaldescription).encode(), "text/plain"),
            )
        )

        files.append(
            (
                "defaults[from_name]",
                (None, str(self.defaultsfrom_name).encode(), "text/plain"),
            )
        )

        files.append(
            (
                "defaults[from_email]",
                (None, str(self.defaultsfrom_email).encode(), "text/plain"),
            )
        )

        files.append(
            (
                "defaults[reply_to]",
                (None, str(self.defaultsreply_to).encode(), "text/plain"),
            )
        )

        if not isinstance(self.generaldisplay_name, Unset):
            files.append(
                (
                    "general[display_name]",
                    (None, str(self.generaldisplay_name).encode(), "text/plain"),
                )
            )

        if not isinstance(self.generalopt_in, Unset):
            files.append(
                (
                    "general[opt_in]",
                    (None, str(self.generalopt_in).encode(), "text/plain"),
                )
            )

        if not isinstance(self.generalopt_out, Unset):
            files.append(
                (
                    "general[opt_out]",
                    (None, str(self.generalopt_out).encode(), "text/plain"),
                )
            )

        if not isinstance(self.generalvisibility, Unset):
            files.append(
                (
                    "general[visibility]",
                    (None, str(self.generalvisibility).encode(), "text/plain"),
                )
            )

        if not isinstance(self.generalwelcome_email, Unset):
            files.append(
                (
                    "general[welcome_email]",
                    (None, str(self.generalwelcome_email).encode(), "text/plain"),
                )
            )

        if not isinstance(self.generalsubscriber_require_approval, Unset):
            files.append(
                (
                    "general[subscriber_require_approval]",
                    (
                        None,
                        str(self.generalsubscriber_require_approval).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.generalsubscriber_404_redirect, Unset):
            files.append(
                (
                    "general[subscriber_404_redirect]",
                    (
                        None,
                        str(self.generalsubscriber_404_redirect).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.generalsubscriber_exists_redirect, Unset):
            files.append(
                (
                    "general[subscriber_exists_redirect]",
                    (
                        None,
                        str(self.generalsubscriber_exists_redirect).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.defaultssubject, Unset):
            files.append(
                (
                    "defaults[subject]",
                    (None, str(self.defaultssubject).encode(), "text/plain"),
                )
            )

        if not isinstance(self.notificationssubscribe, Unset):
            files.append(
                (
                    "notifications[subscribe]",
                    (None, str(self.notificationssubscribe).encode(), "text/plain"),
                )
            )

        if not isinstance(self.notificationsunsubscribe, Unset):
            files.append(
                (
                    "notifications[unsubscribe]",
                    (None, str(self.notificationsunsubscribe).encode(), "text/plain"),
                )
            )

        if not isinstance(self.notificationssubscribe_to, Unset):
            files.append(
                (
                    "notifications[subscribe_to]",
                    (None, str(self.notificationssubscribe_to).encode(), "text/plain"),
                )
            )

        if not isinstance(self.notificationsunsubscribe_to, Unset):
            files.append(
                (
                    "notifications[unsubscribe_to]",
                    (
                        None,
                        str(self.notificationsunsubscribe_to).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.notificationsdaily, Unset):
            files.append(
                (
                    "notifications[daily]",
                    (None, str(self.notificationsdaily).encode(), "text/plain"),
                )
            )

        if not isinstance(self.notificationsdaily_to, Unset):
            files.append(
                (
                    "notifications[daily_to]",
                    (None, str(self.notificationsdaily_to).encode(), "text/plain"),
                )
            )

        if not isinstance(self.companyname, Unset):
            files.append(
                ("company[name]", (None, str(self.companyname).encode(), "text/plain"))
            )

        if not isinstance(self.companywebsite, Unset):
            files.append(
                (
                    "company[website]",
                    (None, str(self.companywebsite).encode(), "text/plain"),
                )
            )

        if not isinstance(self.companytype_id, Unset):
            files.append(
                (
                    "company[type_id]",
                    (None, str(self.companytype_id).encode(), "text/plain"),
                )
            )

        if not isinstance(self.companycountry, Unset):
            files.append(
                (
                    "company[country]",
                    (None, str(self.companycountry).encode(), "text/plain"),
                )
            )

        if not isinstance(self.companycountry_id, Unset):
            files.append(
                (
                    "company[country_id]",
                    (None, str(self.companycountry_id).encode(), "text/plain"),
                )
            )

        if not isinstance(self.companyzone, Unset):
            files.append(
                ("company[zone]", (None, str(self.companyzone).encode(), "text/plain"))
            )

        if not isinstance(self.companyzone_id, Unset):
            files.append(
                (
                    "company[zone_id]",
                    (None, str(self.companyzone_id).encode(), "text/plain"),
                )
            )

        if not isinstance(self.companyaddress_1, Unset):
            files.append(
                (
                    "company[address_1]",
                    (None, str(self.companyaddress_1).encode(), "text/plain"),
                )
            )

        if not isinstance(self.companyaddress_2, Unset):
            files.append(
                (
                    "company[address_2]",
                    (None, str(self.companyaddress_2).encode(), "text/plain"),
                )
            )

        if not isinstance(self.companyzone_name, Unset):
            files.append(
                (
                    "company[zone_name]",
                    (None, str(self.companyzone_name).encode(), "text/plain"),
                )
            )

        if not isinstance(self.companycity, Unset):
            files.append(
                ("company[city]", (None, str(self.companycity).encode(), "text/plain"))
            )

        if not isinstance(self.companyzip_code, Unset):
            files.append(
                (
                    "company[zip_code]",
                    (None, str(self.companyzip_code).encode(), "text/plain"),
                )
            )

        if not isinstance(self.companyphone, Unset):
            files.append(
                (
                    "company[phone]",
                    (None, str(self.companyphone).encode(), "text/plain"),
                )
            )

        if not isinstance(self.companyaddress_format, Unset):
            files.append(
                (
                    "company[address_format]",
                    (None, str(self.companyaddress_format).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        generalname = d.pop("general[name]")

        generaldescription = d.pop("general[description]")

        defaultsfrom_name = d.pop("defaults[from_name]")

        defaultsfrom_email = d.pop("defaults[from_email]")

        defaultsreply_to = d.pop("defaults[reply_to]")

        generaldisplay_name = d.pop("general[display_name]", UNSET)

        _generalopt_in = d.pop("general[opt_in]", UNSET)
        generalopt_in: ListOptIn | Unset
        if isinstance(_generalopt_in, Unset):
            generalopt_in = UNSET
        else:
            generalopt_in = check_list_opt_in(_generalopt_in)

        _generalopt_out = d.pop("general[opt_out]", UNSET)
        generalopt_out: ListOptIn | Unset
        if isinstance(_generalopt_out, Unset):
            generalopt_out = UNSET
        else:
            generalopt_out = check_list_opt_in(_generalopt_out)

        _generalvisibility = d.pop("general[visibility]", UNSET)
        generalvisibility: ListVisibility | Unset
        if isinstance(_generalvisibility, Unset):
            generalvisibility = UNSET
        else:
            generalvisibility = check_list_visibility(_generalvisibility)

        _generalwelcome_email = d.pop("general[welcome_email]", UNSET)
        generalwelcome_email: YesNo | Unset
        if isinstance(_generalwelcome_email, Unset):
            generalwelcome_email = UNSET
        else:
            generalwelcome_email = check_yes_no(_generalwelcome_email)

        _generalsubscriber_require_approval = d.pop(
            "general[subscriber_require_approval]", UNSET
        )
        generalsubscriber_require_approval: YesNo | Unset
        if isinstance(_generalsubscriber_require_approval, Unset):
            generalsubscriber_require_approval = UNSET
        else:
            generalsubscriber_require_approval = check_yes_no(
                _generalsubscriber_require_approval
            )

        generalsubscriber_404_redirect = d.pop(
            "general[subscriber_404_redirect]", UNSET
        )

        generalsubscriber_exists_redirect = d.pop(
            "general[subscriber_exists_redirect]", UNSET
        )

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

        _notificationsdaily = d.pop("notifications[daily]", UNSET)
        notificationsdaily: YesNo | Unset
        if isinstance(_notificationsdaily, Unset):
            notificationsdaily = UNSET
        else:
            notificationsdaily = check_yes_no(_notificationsdaily)

        notificationsdaily_to = d.pop("notifications[daily_to]", UNSET)

        companyname = d.pop("company[name]", UNSET)

        companywebsite = d.pop("company[website]", UNSET)

        companytype_id = d.pop("company[type_id]", UNSET)

        companycountry = d.pop("company[country]", UNSET)

        companycountry_id = d.pop("company[country_id]", UNSET)

        companyzone = d.pop("company[zone]", UNSET)

        companyzone_id = d.pop("company[zone_id]", UNSET)

        companyaddress_1 = d.pop("company[address_1]", UNSET)

        companyaddress_2 = d.pop("company[address_2]", UNSET)

        companyzone_name = d.pop("company[zone_name]", UNSET)

        companycity = d.pop("company[city]", UNSET)

        companyzip_code = d.pop("company[zip_code]", UNSET)

        companyphone = d.pop("company[phone]", UNSET)

        companyaddress_format = d.pop("company[address_format]", UNSET)

        list_create_request = cls(
            generalname=generalname,
            generaldescription=generaldescription,
            defaultsfrom_name=defaultsfrom_name,
            defaultsfrom_email=defaultsfrom_email,
            defaultsreply_to=defaultsreply_to,
            generaldisplay_name=generaldisplay_name,
            generalopt_in=generalopt_in,
            generalopt_out=generalopt_out,
            generalvisibility=generalvisibility,
            generalwelcome_email=generalwelcome_email,
            generalsubscriber_require_approval=generalsubscriber_require_approval,
            generalsubscriber_404_redirect=generalsubscriber_404_redirect,
            generalsubscriber_exists_redirect=generalsubscriber_exists_redirect,
            defaultssubject=defaultssubject,
            notificationssubscribe=notificationssubscribe,
            notificationsunsubscribe=notificationsunsubscribe,
            notificationssubscribe_to=notificationssubscribe_to,
            notificationsunsubscribe_to=notificationsunsubscribe_to,
            notificationsdaily=notificationsdaily,
            notificationsdaily_to=notificationsdaily_to,
            companyname=companyname,
            companywebsite=companywebsite,
            companytype_id=companytype_id,
            companycountry=companycountry,
            companycountry_id=companycountry_id,
            companyzone=companyzone,
            companyzone_id=companyzone_id,
            companyaddress_1=companyaddress_1,
            companyaddress_2=companyaddress_2,
            companyzone_name=companyzone_name,
            companycity=companycity,
            companyzip_code=companyzip_code,
            companyphone=companyphone,
            companyaddress_format=companyaddress_format,
        )

        list_create_request.additional_properties = d
        return list_create_request

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
