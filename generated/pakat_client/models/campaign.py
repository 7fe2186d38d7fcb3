from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_group_type_0 import CampaignGroupType0


T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """A campaign as listed: `campaign_uid`, `type`, `name`, `status` and `group`, nothing else.

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
    """

    campaign_uid: str | Unset = UNSET
    campaign_id: int | str | Unset = UNSET
    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    group: CampaignGroupType0 | list[Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        campaign = cls(
            campaign_uid=campaign_uid,
            campaign_id=campaign_id,
            type_=type_,
            name=name,
            status=status,
            group=group,
        )

        campaign.additional_properties = d
        return campaign

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
