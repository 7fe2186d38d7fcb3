from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.autoresponder_event import AutoresponderEvent, check_autoresponder_event
from ..models.autoresponder_time_unit import (
    AutoresponderTimeUnit,
    check_autoresponder_time_unit,
)
from ..models.campaign_status_setting import (
    CampaignStatusSetting,
    check_campaign_status_setting,
)
from ..models.campaign_type import CampaignType, check_campaign_type
from ..models.cronjob_enabled import CronjobEnabled, check_cronjob_enabled
from ..models.yes_no import YesNo, check_yes_no
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignUpdateRequest")


@_attrs_define
class CampaignUpdateRequest:
    """Campaign settings to change.

    Attributes:
        campaignname (str | Unset): The campaign's name.
        campaigntype (CampaignType | Unset): The kind of campaign.
        campaignstatus (CampaignStatusSetting | Unset): Status to set; pending-sending when left out.
        campaignfrom_name (str | Unset): Sender name.
        campaignfrom_email (str | Unset): Sender address.
        campaignsubject (str | Unset): Subject line.
        campaignreply_to (str | Unset): Reply-to address.
        campaignsend_at (str | Unset): When to send, Y-m-d H:i:s in the account's timezone.
        campaignlist_uid (str | Unset): The list to send to.
        campaignsegment_uid (str | Unset): A segment of that list to send to.
        campaigngroup_uid (str | Unset): The campaign group.
        campaigntemplatearchive (str | Unset): A zip of the template, base64-encoded.
        campaigntemplatetemplate_uid (str | Unset): A stored template to use.
        campaigntemplatecontent (str | Unset): The HTML, base64-encoded.
        campaigntemplateinline_css (YesNo | Unset): A yes-or-no setting.
        campaigntemplateplain_text (str | Unset): The plain-text version; made from the HTML when empty.
        campaigntemplateauto_plain_text (YesNo | Unset): A yes-or-no setting.
        campaignoptionsurl_tracking (YesNo | Unset): A yes-or-no setting.
        campaignoptionstracking_domain_id (int | Unset): Tracking domain to use.
        campaignoptionsjson_feed (YesNo | Unset): A yes-or-no setting.
        campaignoptionsxml_feed (YesNo | Unset): A yes-or-no setting.
        campaignoptionsplain_text_email (YesNo | Unset): A yes-or-no setting.
        campaignoptionsemail_stats (str | Unset): An address that receives the campaign's figures.
        campaignoptionsautoresponder_event (AutoresponderEvent | Unset): What starts an autoresponder.
        campaignoptionsautoresponder_time_unit (AutoresponderTimeUnit | Unset): Unit of the autoresponder's delay.
        campaignoptionsautoresponder_time_value (int | Unset): The autoresponder's delay.
        campaignoptionsautoresponder_open_campaign_id (int | Unset): For AFTER-CAMPAIGN-OPEN: the campaign whose opening
            starts it.
        campaignoptionscronjob_enabled (CronjobEnabled | Unset): 1 repeats a regular campaign on a schedule.
        campaignoptionscronjob (str | Unset): The repeat schedule, in cron syntax.
        campaigndelivery_servers (str | Unset): Delivery server ids, comma-separated.
    """

    campaignname: str | Unset = UNSET
    campaigntype: CampaignType | Unset = UNSET
    campaignstatus: CampaignStatusSetting | Unset = UNSET
    campaignfrom_name: str | Unset = UNSET
    campaignfrom_email: str | Unset = UNSET
    campaignsubject: str | Unset = UNSET
    campaignreply_to: str | Unset = UNSET
    campaignsend_at: str | Unset = UNSET
    campaignlist_uid: str | Unset = UNSET
    campaignsegment_uid: str | Unset = UNSET
    campaigngroup_uid: str | Unset = UNSET
    campaigntemplatearchive: str | Unset = UNSET
    campaigntemplatetemplate_uid: str | Unset = UNSET
    campaigntemplatecontent: str | Unset = UNSET
    campaigntemplateinline_css: YesNo | Unset = UNSET
    campaigntemplateplain_text: str | Unset = UNSET
    campaigntemplateauto_plain_text: YesNo | Unset = UNSET
    campaignoptionsurl_tracking: YesNo | Unset = UNSET
    campaignoptionstracking_domain_id: int | Unset = UNSET
    campaignoptionsjson_feed: YesNo | Unset = UNSET
    campaignoptionsxml_feed: YesNo | Unset = UNSET
    campaignoptionsplain_text_email: YesNo | Unset = UNSET
    campaignoptionsemail_stats: str | Unset = UNSET
    campaignoptionsautoresponder_event: AutoresponderEvent | Unset = UNSET
    campaignoptionsautoresponder_time_unit: AutoresponderTimeUnit | Unset = UNSET
    campaignoptionsautoresponder_time_value: int | Unset = UNSET
    campaignoptionsautoresponder_open_campaign_id: int | Unset = UNSET
    campaignoptionscronjob_enabled: CronjobEnabled | Unset = UNSET
    campaignoptionscronjob: str | Unset = UNSET
    campaigndelivery_servers: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaignname = self.campaignname

        campaigntype: str | Unset = UNSET
        if not isinstance(self.campaigntype, Unset):
            campaigntype = self.campaigntype

        campaignstatus: str | Unset = UNSET
        if not isinstance(self.campaignstatus, Unset):
            campaignstatus = self.campaignstatus

        campaignfrom_name = self.campaignfrom_name

        campaignfrom_email = self.campaignfrom_email

        campaignsubject = self.campaignsubject

        campaignreply_to = self.campaignreply_to

        campaignsend_at = self.campaignsend_at

        campaignlist_uid = self.campaignlist_uid

        campaignsegment_uid = self.campaignsegment_uid

        campaigngroup_uid = self.campaigngroup_uid

        campaigntemplatearchive = self.campaigntemplatearchive

        campaigntemplatetemplate_uid = self.campaigntemplatetemplate_uid

        campaigntemplatecontent = self.campaigntemplatecontent

        campaigntemplateinline_css: str | Unset = UNSET
        if not isinstance(self.campaigntemplateinline_css, Unset):
            campaigntemplateinline_css = self.campaigntemplateinline_css

        campaigntemplateplain_text = self.campaigntemplateplain_text

        campaigntemplateauto_plain_text: str | Unset = UNSET
        if not isinstance(self.campaigntemplateauto_plain_text, Unset):
            campaigntemplateauto_plain_text = self.campaigntemplateauto_plain_text

        campaignoptionsurl_tracking: str | Unset = UNSET
        if not isinstance(self.campaignoptionsurl_tracking, Unset):
            campaignoptionsurl_tracking = self.campaignoptionsurl_tracking

        campaignoptionstracking_domain_id = self.campaignoptionstracking_domain_id

        campaignoptionsjson_feed: str | Unset = UNSET
        if not isinstance(self.campaignoptionsjson_feed, Unset):
            campaignoptionsjson_feed = self.campaignoptionsjson_feed

        campaignoptionsxml_feed: str | Unset = UNSET
        if not isinstance(self.campaignoptionsxml_feed, Unset):
            campaignoptionsxml_feed = self.campaignoptionsxml_feed

        campaignoptionsplain_text_email: str | Unset = UNSET
        if not isinstance(self.campaignoptionsplain_text_email, Unset):
            campaignoptionsplain_text_email = self.campaignoptionsplain_text_email

        campaignoptionsemail_stats = self.campaignoptionsemail_stats

        campaignoptionsautoresponder_event: str | Unset = UNSET
        if not isinstance(self.campaignoptionsautoresponder_event, Unset):
            campaignoptionsautoresponder_event = self.campaignoptionsautoresponder_event

        campaignoptionsautoresponder_time_unit: str | Unset = UNSET
        if not isinstance(self.campaignoptionsautoresponder_time_unit, Unset):
            campaignoptionsautoresponder_time_unit = (
                self.campaignoptionsautoresponder_time_unit
            )

        campaignoptionsautoresponder_time_value = (
            self.campaignoptionsautoresponder_time_value
        )

        campaignoptionsautoresponder_open_campaign_id = (
            self.campaignoptionsautoresponder_open_campaign_id
        )

        campaignoptionscronjob_enabled: int | Unset = UNSET
        if not isinstance(self.campaignoptionscronjob_enabled, Unset):
            campaignoptionscronjob_enabled = self.campaignoptionscronjob_enabled

        campaignoptionscronjob = self.campaignoptionscronjob

        campaigndelivery_servers = self.campaigndelivery_servers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaignname is not UNSET:
            field_dict["campaign[name]"] = campaignname
        if campaigntype is not UNSET:
            field_dict["campaign[type]"] = campaigntype
        if campaignstatus is not UNSET:
            field_dict["campaign[status]"] = campaignstatus
        if campaignfrom_name is not UNSET:
            field_dict["campaign[from_name]"] = campaignfrom_name
        if campaignfrom_email is not UNSET:
            field_dict["campaign[from_email]"] = campaignfrom_email
        if campaignsubject is not UNSET:
            field_dict["campaign[subject]"] = campaignsubject
        if campaignreply_to is not UNSET:
            field_dict["campaign[reply_to]"] = campaignreply_to
        if campaignsend_at is not UNSET:
            field_dict["campaign[send_at]"] = campaignsend_at
        if campaignlist_uid is not UNSET:
            field_dict["campaign[list_uid]"] = campaignlist_uid
        if campaignsegment_uid is not UNSET:
            field_dict["campaign[segment_uid]"] = campaignsegment_uid
        if campaigngroup_uid is not UNSET:
            field_dict["campaign[group_uid]"] = campaigngroup_uid
        if campaigntemplatearchive is not UNSET:
            field_dict["campaign[template][archive]"] = campaigntemplatearchive
        if campaigntemplatetemplate_uid is not UNSET:
            field_dict["campaign[template][template_uid]"] = (
                campaigntemplatetemplate_uid
            )
        if campaigntemplatecontent is not UNSET:
            field_dict["campaign[template][content]"] = campaigntemplatecontent
        if campaigntemplateinline_css is not UNSET:
            field_dict["campaign[template][inline_css]"] = campaigntemplateinline_css
        if campaigntemplateplain_text is not UNSET:
            field_dict["campaign[template][plain_text]"] = campaigntemplateplain_text
        if campaigntemplateauto_plain_text is not UNSET:
            field_dict["campaign[template][auto_plain_text]"] = (
                campaigntemplateauto_plain_text
            )
        if campaignoptionsurl_tracking is not UNSET:
            field_dict["campaign[options][url_tracking]"] = campaignoptionsurl_tracking
        if campaignoptionstracking_domain_id is not UNSET:
            field_dict["campaign[options][tracking_domain_id]"] = (
                campaignoptionstracking_domain_id
            )
        if campaignoptionsjson_feed is not UNSET:
            field_dict["campaign[options][json_feed]"] = campaignoptionsjson_feed
        if campaignoptionsxml_feed is not UNSET:
            field_dict["campaign[options][xml_feed]"] = campaignoptionsxml_feed
        if campaignoptionsplain_text_email is not UNSET:
            field_dict["campaign[options][plain_text_email]"] = (
                campaignoptionsplain_text_email
            )
        if campaignoptionsemail_stats is not UNSET:
            field_dict["campaign[options][email_stats]"] = campaignoptionsemail_stats
        if campaignoptionsautoresponder_event is not UNSET:
            field_dict["campaign[options][autoresponder_event]"] = (
                campaignoptionsautoresponder_event
            )
        if campaignoptionsautoresponder_time_unit is not UNSET:
            field_dict["campaign[options][autoresponder_time_unit]"] = (
                campaignoptionsautoresponder_time_unit
            )
        if campaignoptionsautoresponder_time_value is not UNSET:
            field_dict["campaign[options][autoresponder_time_value]"] = (
                campaignoptionsautoresponder_time_value
            )
        if campaignoptionsautoresponder_open_campaign_id is not UNSET:
            field_dict["campaign[options][autoresponder_open_campaign_id]"] = (
                campaignoptionsautoresponder_open_campaign_id
            )
        if campaignoptionscronjob_enabled is not UNSET:
            field_dict["campaign[options][cronjob_enabled]"] = (
                campaignoptionscronjob_enabled
            )
        if campaignoptionscronjob is not UNSET:
            field_dict["campaign[options][cronjob]"] = campaignoptionscronjob
        if campaigndelivery_servers is not UNSET:
            field_dict["campaign[delivery_servers]"] = campaigndelivery_servers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        campaignname = d.pop("campaign[name]", UNSET)

        _campaigntype = d.pop("campaign[type]", UNSET)
        campaigntype: CampaignType | Unset
        if isinstance(_campaigntype, Unset):
            campaigntype = UNSET
        else:
            campaigntype = check_campaign_type(_campaigntype)

        _campaignstatus = d.pop("campaign[status]", UNSET)
        campaignstatus: CampaignStatusSetting | Unset
        if isinstance(_campaignstatus, Unset):
            campaignstatus = UNSET
        else:
            campaignstatus = check_campaign_status_setting(_campaignstatus)

        campaignfrom_name = d.pop("campaign[from_name]", UNSET)

        campaignfrom_email = d.pop("campaign[from_email]", UNSET)

        campaignsubject = d.pop("campaign[subject]", UNSET)

        campaignreply_to = d.pop("campaign[reply_to]", UNSET)

        campaignsend_at = d.pop("campaign[send_at]", UNSET)

        campaignlist_uid = d.pop("campaign[list_uid]", UNSET)

        campaignsegment_uid = d.pop("campaign[segment_uid]", UNSET)

        campaigngroup_uid = d.pop("campaign[group_uid]", UNSET)

        campaigntemplatearchive = d.pop("campaign[template][archive]", UNSET)

        campaigntemplatetemplate_uid = d.pop("campaign[template][template_uid]", UNSET)

        campaigntemplatecontent = d.pop("campaign[template][content]", UNSET)

        _campaigntemplateinline_css = d.pop("campaign[template][inline_css]", UNSET)
        campaigntemplateinline_css: YesNo | Unset
        if isinstance(_campaigntemplateinline_css, Unset):
            campaigntemplateinline_css = UNSET
        else:
            campaigntemplateinline_css = check_yes_no(_campaigntemplateinline_css)

        campaigntemplateplain_text = d.pop("campaign[template][plain_text]", UNSET)

        _campaigntemplateauto_plain_text = d.pop(
            "campaign[template][auto_plain_text]", UNSET
        )
        campaigntemplateauto_plain_text: YesNo | Unset
        if isinstance(_campaigntemplateauto_plain_text, Unset):
            campaigntemplateauto_plain_text = UNSET
        else:
            campaigntemplateauto_plain_text = check_yes_no(
                _campaigntemplateauto_plain_text
            )

        _campaignoptionsurl_tracking = d.pop("campaign[options][url_tracking]", UNSET)
        campaignoptionsurl_tracking: YesNo | Unset
        if isinstance(_campaignoptionsurl_tracking, Unset):
            campaignoptionsurl_tracking = UNSET
        else:
            campaignoptionsurl_tracking = check_yes_no(_campaignoptionsurl_tracking)

        campaignoptionstracking_domain_id = d.pop(
            "campaign[options][tracking_domain_id]", UNSET
        )

        _campaignoptionsjson_feed = d.pop("campaign[options][json_feed]", UNSET)
        campaignoptionsjson_feed: YesNo | Unset
        if isinstance(_campaignoptionsjson_feed, Unset):
            campaignoptionsjson_feed = UNSET
        else:
            campaignoptionsjson_feed = check_yes_no(_campaignoptionsjson_feed)

        _campaignoptionsxml_feed = d.pop("campaign[options][xml_feed]", UNSET)
        campaignoptionsxml_feed: YesNo | Unset
        if isinstance(_campaignoptionsxml_feed, Unset):
            campaignoptionsxml_feed = UNSET
        else:
            campaignoptionsxml_feed = check_yes_no(_campaignoptionsxml_feed)

        _campaignoptionsplain_text_email = d.pop(
            "campaign[options][plain_text_email]", UNSET
        )
        campaignoptionsplain_text_email: YesNo | Unset
        if isinstance(_campaignoptionsplain_text_email, Unset):
            campaignoptionsplain_text_email = UNSET
        else:
            campaignoptionsplain_text_email = check_yes_no(
                _campaignoptionsplain_text_email
            )

        campaignoptionsemail_stats = d.pop("campaign[options][email_stats]", UNSET)

        _campaignoptionsautoresponder_event = d.pop(
            "campaign[options][autoresponder_event]", UNSET
        )
        campaignoptionsautoresponder_event: AutoresponderEvent | Unset
        if isinstance(_campaignoptionsautoresponder_event, Unset):
            campaignoptionsautoresponder_event = UNSET
        else:
            campaignoptionsautoresponder_event = check_autoresponder_event(
                _campaignoptionsautoresponder_event
            )

        _campaignoptionsautoresponder_time_unit = d.pop(
            "campaign[options][autoresponder_time_unit]", UNSET
        )
        campaignoptionsautoresponder_time_unit: AutoresponderTimeUnit | Unset
        if isinstance(_campaignoptionsautoresponder_time_unit, Unset):
            campaignoptionsautoresponder_time_unit = UNSET
        else:
            campaignoptionsautoresponder_time_unit = check_autoresponder_time_unit(
                _campaignoptionsautoresponder_time_unit
            )

        campaignoptionsautoresponder_time_value = d.pop(
            "campaign[options][autoresponder_time_value]", UNSET
        )

        campaignoptionsautoresponder_open_campaign_id = d.pop(
            "campaign[options][autoresponder_open_campaign_id]", UNSET
        )

        _campaignoptionscronjob_enabled = d.pop(
            "campaign[options][cronjob_enabled]", UNSET
        )
        campaignoptionscronjob_enabled: CronjobEnabled | Unset
        if isinstance(_campaignoptionscronjob_enabled, Unset):
            campaignoptionscronjob_enabled = UNSET
        else:
            campaignoptionscronjob_enabled = check_cronjob_enabled(
                _campaignoptionscronjob_enabled
            )

        campaignoptionscronjob = d.pop("campaign[options][cronjob]", UNSET)

        campaigndelivery_servers = d.pop("campaign[delivery_servers]", UNSET)

        campaign_update_request = cls(
            campaignname=campaignname,
            campaigntype=campaigntype,
            campaignstatus=campaignstatus,
            campaignfrom_name=campaignfrom_name,
            campaignfrom_email=campaignfrom_email,
            campaignsubject=campaignsubject,
            campaignreply_to=campaignreply_to,
            campaignsend_at=campaignsend_at,
            campaignlist_uid=campaignlist_uid,
            campaignsegment_uid=campaignsegment_uid,
            campaigngroup_uid=campaigngroup_uid,
            campaigntemplatearchive=campaigntemplatearchive,
            campaigntemplatetemplate_uid=campaigntemplatetemplate_uid,
            campaigntemplatecontent=campaigntemplatecontent,
            campaigntemplateinline_css=campaigntemplateinline_css,
            campaigntemplateplain_text=campaigntemplateplain_text,
            campaigntemplateauto_plain_text=campaigntemplateauto_plain_text,
            campaignoptionsurl_tracking=campaignoptionsurl_tracking,
            campaignoptionstracking_domain_id=campaignoptionstracking_domain_id,
            campaignoptionsjson_feed=campaignoptionsjson_feed,
            campaignoptionsxml_feed=campaignoptionsxml_feed,
            campaignoptionsplain_text_email=campaignoptionsplain_text_email,
            campaignoptionsemail_stats=campaignoptionsemail_stats,
            campaignoptionsautoresponder_event=campaignoptionsautoresponder_event,
            campaignoptionsautoresponder_time_unit=campaignoptionsautoresponder_time_unit,
            campaignoptionsautoresponder_time_value=campaignoptionsautoresponder_time_value,
            campaignoptionsautoresponder_open_campaign_id=campaignoptionsautoresponder_open_campaign_id,
            campaignoptionscronjob_enabled=campaignoptionscronjob_enabled,
            campaignoptionscronjob=campaignoptionscronjob,
            campaigndelivery_servers=campaigndelivery_servers,
        )

        campaign_update_request.additional_properties = d
        return campaign_update_request

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
