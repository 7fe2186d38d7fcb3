from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mailing_list_company import MailingListCompany
    from ..models.mailing_list_defaults import MailingListDefaults
    from ..models.mailing_list_general import MailingListGeneral
    from ..models.mailing_list_notifications import MailingListNotifications


T = TypeVar("T", bound="MailingList")


@_attrs_define
class MailingList:
    """A mailing list in four groups, each holding exactly the keys shown. Values never set are null. (A group the list
    lacks would come as an empty array `[]`; lists made through the API or the web interface have all four.)

        Example:
            {'general': {'list_uid': 'ab12cd34ef567', 'name': 'خبرنامه فروشگاه', 'display_name': 'خبرنامه فروشگاه',
                'description': 'اخبار هفتگی و تخفیف\\u200cهای فروشگاه'}, 'defaults': {'from_email': 'news@example.com',
                'from_name': 'فروشگاه پاکات', 'reply_to': 'support@example.com', 'subject': None}, 'notifications':
                {'subscribe': 'no', 'unsubscribe': 'no', 'subscribe_to': None, 'unsubscribe_to': None}, 'company': {'name':
                'پاکات', 'address_1': 'خیابان ولیعصر، پلاک ۱۲', 'address_2': None, 'zone_name': None, 'city': 'تهران',
                'zip_code': '1416753955', 'phone': None, 'address_format': '[COMPANY_NAME]\\n[COMPANY_ADDRESS_1]
                [COMPANY_ADDRESS_2]\\n[COMPANY_CITY] [COMPANY_ZONE] [COMPANY_ZIP]\\n[COMPANY_COUNTRY]\\n[COMPANY_WEBSITE]',
                'country': {'country_id': '101', 'name': 'Iran (Islamic Republic of)', 'code': 'IR'}, 'zone': {'zone_id':
                '1538', 'name': 'Tehran', 'code': 'TEH'}}}

        Attributes:
            general (MailingListGeneral | Unset): The list's names. Settings such as opt-in are not sent back.
            defaults (MailingListDefaults | Unset):
            notifications (MailingListNotifications | Unset):
            company (MailingListCompany | Unset):
    """

    general: MailingListGeneral | Unset = UNSET
    defaults: MailingListDefaults | Unset = UNSET
    notifications: MailingListNotifications | Unset = UNSET
    company: MailingListCompany | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        general: dict[str, Any] | Unset = UNSET
        if not isinstance(self.general, Unset):
            general = self.general.to_dict()

        defaults: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defaults, Unset):
            defaults = self.defaults.to_dict()

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = self.notifications.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if general is not UNSET:
            field_dict["general"] = general
        if defaults is not UNSET:
            field_dict["defaults"] = defaults
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if company is not UNSET:
            field_dict["company"] = company

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mailing_list_company import MailingListCompany
        from ..models.mailing_list_defaults import MailingListDefaults
        from ..models.mailing_list_general import MailingListGeneral
        from ..models.mailing_list_notifications import MailingListNotifications

        d = dict(src_dict)
        _general = d.pop("general", UNSET)
        general: MailingListGeneral | Unset
        if isinstance(_general, Unset):
            general = UNSET
        else:
            general = MailingListGeneral.from_dict(_general)

        _defaults = d.pop("defaults", UNSET)
        defaults: MailingListDefaults | Unset
        if isinstance(_defaults, Unset):
            defaults = UNSET
        else:
            defaults = MailingListDefaults.from_dict(_defaults)

        _notifications = d.pop("notifications", UNSET)
        notifications: MailingListNotifications | Unset
        if isinstance(_notifications, Unset):
            notifications = UNSET
        else:
            notifications = MailingListNotifications.from_dict(_notifications)

        _company = d.pop("company", UNSET)
        company: MailingListCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = MailingListCompany.from_dict(_company)

        mailing_list = cls(
            general=general,
            defaults=defaults,
            notifications=notifications,
            company=company,
        )

        mailing_list.additional_properties = d
        return mailing_list

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
