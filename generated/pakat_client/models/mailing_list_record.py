from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mailing_list import MailingList


T = TypeVar("T", bound="MailingListRecord")


@_attrs_define
class MailingListRecord:
    """Holds a mailing list.

    Attributes:
        record (MailingList): A mailing list in four groups, each holding exactly the keys shown. Values never set are
            null. (A group the list lacks would come as an empty array `[]`; lists made through the API or the web interface
            have all four.) Example: {'general': {'list_uid': 'ab12cd34ef567', 'name': 'خبرنامه فروشگاه', 'display_name':
            'خبرنامه فروشگاه', 'description': 'اخبار هفتگی و تخفیف\\u200cهای فروشگاه'}, 'defaults': {'from_email':
            'news@example.com', 'from_name': 'فروشگاه پاکات', 'reply_to': 'support@example.com', 'subject': None},
            'notifications': {'subscribe': 'no', 'unsubscribe': 'no', 'subscribe_to': None, 'unsubscribe_to': None},
            'company': {'name': 'پاکات', 'address_1': 'خیابان ولیعصر، پلاک ۱۲', 'address_2': None, 'zone_name': None,
            'city': 'تهران', 'zip_code': '1416753955', 'phone': None, 'address_format':
            '[COMPANY_NAME]\\n[COMPANY_ADDRESS_1] [COMPANY_ADDRESS_2]\\n[COMPANY_CITY] [COMPANY_ZONE]
            [COMPANY_ZIP]\\n[COMPANY_COUNTRY]\\n[COMPANY_WEBSITE]', 'country': {'country_id': '101', 'name': 'Iran (Islamic
            Republic of)', 'code': 'IR'}, 'zone': {'zone_id': '1538', 'name': 'Tehran', 'code': 'TEH'}}}.
    """

    record: MailingList
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record = self.record.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record": record,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mailing_list import MailingList

        d = dict(src_dict)
        record = MailingList.from_dict(d.pop("record"))

        mailing_list_record = cls(
            record=record,
        )

        mailing_list_record.additional_properties = d
        return mailing_list_record

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
