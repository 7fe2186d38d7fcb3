from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_detail_list import CampaignDetailList
    from ..models.campaign_detail_segment_type_0 import CampaignDetailSegmentType0
    from ..models.campaign_group_type_0 import CampaignGroupType0


T = TypeVar("T", bound="CampaignDetail")


@_attrs_define
class CampaignDetail:
    """A campaign with its settings, list and segment, as getCampaign answers it. It carries no template, options,
    `campaign_id` or counters.

        Attributes:
            campaign_uid (str | Unset):
            campaign_id (int | str | Unset): Not sent by MailWizz 2.x servers; kept for servers that add it. A whole number,
                possibly as a string.
            type_ (str | Unset): regular or autoresponder.
            name (str | Unset):
            status (str | Unset): The campaign's status. Known values: draft, pending-sending, sending, sent, processing,
                paused, pending-delete, blocked, pending-approve. Servers may add new values.
            group (CampaignGroupType0 | list[Any] | None | Unset): The campaign's group: an object, or an empty array `[]`
                when the campaign has none (never `{}`).
            from_name (str | Unset):
            from_email (str | Unset):
            to_name (str | Unset):
            reply_to (str | Unset):
            subject (str | Unset):
            date_added (str | Unset): When the campaign was created. A display string, not a machine date: converted to the
                account's timezone and written in the short date and time pattern of the account's language, minutes only
                (English `1/15/25, 1:30 PM`; Persian `2025/1/15،‏ 13:30`). Do not parse it.
            send_at (str | Unset): When the campaign is to be sent (now, for a copy not yet scheduled). A display string,
                not a machine date: converted to the account's timezone and written in the short date and time pattern of the
                account's language, minutes only (English `1/15/25, 1:30 PM`; Persian `2025/1/15،‏ 13:30`). Do not parse it.
            list_ (CampaignDetailList | Unset):
            segment (CampaignDetailSegmentType0 | list[Any] | None | Unset): The segment the campaign is sent to: an object,
                or an empty array `[]` without one.
    """

    campaign_uid: str | Unset = UNSET
    campaign_id: int | str | Unset = UNSET
    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    group: CampaignGroupType0 | list[Any] | None | Unset = UNSET
    from_name: str | Unset = UNSET
    from_email: str | Unset = UNSET
    to_name: str | Unset = UNSET
    reply_to: str | Unset = UNSET
    subject: str | Unset = UNSET
    date_added: str | Unset = UNSET
    send_at: str | Unset = UNSET
    list_: CampaignDetailList | Unset = UNSET
    segment: CampaignDetailSegmentType0 | list[Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.campaign_detail_segment_type_0 import CampaignDetailSegmentType0
        from ..models.campaign_group_type_0 import CampaignGroupType0

        campaign_uid = self.campaign_uid

        campaign_id: int | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        type_ = self.type_

        name = self.name

        status = self.status

        group: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        elif isinstance(self.group, CampaignGroupType0):
            group = self.group.to_dict()
        elif isinstance(self.group, list):
            group = self.group

        else:
            group = self.group

        from_name = self.from_name

        from_email = self.from_email

        to_name = self.to_name

        reply_to = self.reply_to

        subject = self.subject

        date_added = self.date_added

        send_at = self.send_at

        list_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = self.list_.to_dict()

        segment: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.segment, Unset):
            segment = UNSET
        elif isinstance(self.segment, CampaignDetailSegmentType0):
            segment = self.segment.to_dict()
        elif isinstance(self.segment, list):
            segment = self.segment

        else:
            segment = self.segment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_uid is not UNSET:
            field_dict["campaign_uid"] = campaign_uid
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if group is not UNSET:
            field_dict["group"] = group
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if from_email is not UNSET:
            field_dict["from_email"] = from_email
        if to_name is not UNSET:
            field_dict["to_name"] = to_name
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if subject is not UNSET:
            field_dict["subject"] = subject
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if send_at is not UNSET:
            field_dict["send_at"] = send_at
        if list_ is not UNSET:
            field_dict["list"] = list_
        if segment is not UNSET:
            field_dict["segment"] = segment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_detail_list import CampaignDetailList
        from ..models.campaign_detail_segment_type_0 import CampaignDetailSegmentType0
        from ..models.campaign_group_type_0 import CampaignGroupType0

        d = dict(src_dict)
        campaign_uid = d.pop("campaign_uid", UNSET)

        def _parse_campaign_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        type_ = d.pop("type", UNSET)

        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        def _parse_group(data: object) -> CampaignGroupType0 | list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                group_type_0 = CampaignGroupType0.from_dict(data)

                return group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                group_type_1 = cast(list[Any], data)

                return group_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignGroupType0 | list[Any] | None | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

        from_name = d.pop("from_name", UNSET)

        from_email = d.pop("from_email", UNSET)

        to_name = d.pop("to_name", UNSET)

        reply_to = d.pop("reply_to", UNSET)

        subject = d.pop("subject", UNSET)

        date_added = d.pop("date_added", UNSET)

        send_at = d.pop("send_at", UNSET)

        _list_ = d.pop("list", UNSET)
        list_: CampaignDetailList | Unset
        if isinstance(_list_, Unset):
            list_ = UNSET
        else:
            list_ = CampaignDetailList.from_dict(_list_)

        def _parse_segment(
            data: object,
        ) -> CampaignDetailSegmentType0 | list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                segment_type_0 = CampaignDetailSegmentType0.from_dict(data)

                return segment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                segment_type_1 = cast(list[Any], data)

                return segment_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignDetailSegmentType0 | list[Any] | None | Unset, data)

        segment = _parse_segment(d.pop("segment", UNSET))

        campaign_detail = cls(
            campaign_uid=campaign_uid,
            campaign_id=campaign_id,
            type_=type_,
            name=name,
            status=status,
            group=group,
            from_name=from_name,
            from_email=from_email,
            to_name=to_name,
            reply_to=reply_to,
            subject=subject,
            date_added=date_added,
            send_at=send_at,
            list_=list_,
            segment=segment,
        )

        campaign_detail.additional_properties = d
        return campaign_detail

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
