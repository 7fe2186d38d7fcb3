from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
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

T = TypeVar("T", bound="CampaignCreateRequest")


@_attrs_define
class CampaignCreateRequest:
    """A new campaign. The content is one of template_uid, content or archive (in that order of precedence).
    `campaign[options][NAME]` sets any column of the options record; unknown names are ignored.

        Attributes:
            campaignname (str): The campaign's name, at most 255 characters.
            campaignfrom_name (str): Sender name, at most 100 characters.
            campaignfrom_email (str): Sender address, at most 100 characters. An address holding `[TAGS]` is refused on
                create ("Please associate a list first!").
            campaignsubject (str): Subject line, at most 255 characters after trimming.
            campaignreply_to (str): Reply-to address, at most 100 characters.
            campaignlist_uid (str): The list to send to. Missing: 422 "Please provide a list for this campaign."; unknown:
                422 "Provided list does not exist."
            campaigntype (CampaignType | Unset): The kind of campaign.
            campaignstatus (CampaignStatusSetting | Unset): Status to set: pending-sending (the default on create), draft or
                paused. Any other value is silently ignored by the server.
            campaignsend_at (str | Unset): When to send: exactly `Y-m-d H:i:s` (`2025-03-21 09:00:00`), wall-clock time in
                the account's timezone; anything else is refused with 422. A time in the past starts sending at once. Left out,
                the server takes its own UTC clock reading as account-local time (3h30 in the past for Asia/Tehran): send it.
            campaignsegment_uid (str | Unset): A segment of that list to send to; else 422 "Provided list segment does not
                exist."
            campaigngroup_uid (str | Unset): A campaign group's uid; an unknown one is silently ignored.
            campaigntemplatearchive (str | Unset): A zip of the template (index.html and its images), base64-encoded. Used
                when neither template_uid nor content is given.
            campaigntemplatetemplate_uid (str | Unset): A stored template whose HTML (and, on create, name) is copied. Wins
                over content and archive. Unknown: 422 "Provided template does not exist."
            campaigntemplatecontent (str | Unset): The HTML, base64-encoded (decoded leniently: characters outside the
                alphabet are skipped). Used when no template_uid is given. The HTML must hold the tags the account requires: on
                a stock server `[UNSUBSCRIBE_URL]` (or `[UNSUBSCRIBE_LINK]`, `[DIRECT_UNSUBSCRIBE_URL]`,
                `[DIRECT_UNSUBSCRIBE_LINK]`) and `[COMPANY_FULL_ADDRESS]`, else 422 `{"content": "The following tags are
                required but were not found in your content: ..."}`.
            campaigntemplateinline_css (YesNo | Unset): A yes-or-no setting.
            campaigntemplateplain_text (str | Unset): The plain-text version, base64-encoded like the HTML. Used only while
                option plain_text_email is yes; when empty it is made from the HTML unless auto_plain_text is no.
            campaigntemplateauto_plain_text (YesNo | Unset): A yes-or-no setting.
            campaignoptionsurl_tracking (YesNo | Unset): A yes-or-no setting.
            campaignoptionstracking_domain_id (int | Unset): A tracking domain of the account; an unknown id is refused with
                422.
            campaignoptionsjson_feed (YesNo | Unset): A yes-or-no setting.
            campaignoptionsxml_feed (YesNo | Unset): A yes-or-no setting.
            campaignoptionsplain_text_email (YesNo | Unset): A yes-or-no setting.
            campaignoptionsemail_stats (str | Unset): Addresses (comma-separated, at most 255 characters) that receive the
                campaign's figures.
            campaignoptionsautoresponder_event (AutoresponderEvent | Unset): What starts an autoresponder. AFTER-CAMPAIGN-
                OPEN needs `campaign[options][autoresponder_open_campaign_id]`, AFTER-CAMPAIGN-SENT
                `campaign[options][autoresponder_sent_campaign_id]`, else 422 `{"autoresponder_open_campaign_id": "Please select
                a campaign for this autoresponder!"}`.
            campaignoptionsautoresponder_time_unit (AutoresponderTimeUnit | Unset): Unit of the autoresponder's delay.
            campaignoptionsautoresponder_time_value (int | Unset): The autoresponder's delay, 0 to 3650.
            campaignoptionsautoresponder_open_campaign_id (int | Unset): For AFTER-CAMPAIGN-OPEN: the campaign whose opening
                starts it.
            campaignoptionscronjob_enabled (CronjobEnabled | Unset): 1 repeats a regular campaign on a schedule.
            campaignoptionscronjob (str | Unset): The repeat schedule, in cron syntax.
            campaignto_name (str | Unset): The To name, at most 255 characters; tags allowed. Default `[EMAIL]`.
            campaigntemplatename (str | Unset): A name for the campaign's template.
            campaignoptionsopen_tracking (YesNo | Unset): A yes-or-no setting.
            campaignoptionsembed_images (YesNo | Unset): A yes-or-no setting.
            campaignoptionsautoresponder_sent_campaign_id (int | Unset): For AFTER-CAMPAIGN-SENT: the campaign whose sending
                starts it.
            campaignoptionsautoresponder_include_imported (YesNo | Unset): A yes-or-no setting.
            campaignoptionsautoresponder_include_current (YesNo | Unset): A yes-or-no setting.
            campaignoptionsemail_stats_delay_days (int | Unset): Days to wait before the figures are mailed to email_stats.
            campaignoptionsmax_send_count (int | Unset): Send to at most this many subscribers (0: all).
            campaignoptionspreheader (str | Unset): The preview text shown after the subject.
            campaigndelivery_servers (str | Unset): Delivery server ids, comma-separated; used only when the account's group
                may choose servers, unknown ids dropped silently.
    """

    campaignname: str
    campaignfrom_name: str
    campaignfrom_email: str
    campaignsubject: str
    campaignreply_to: str
    campaignlist_uid: str
    campaigntype: CampaignType | Unset = UNSET
    campaignstatus: CampaignStatusSetting | Unset = UNSET
    campaignsend_at: str | Unset = UNSET
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
    campaignto_name: str | Unset = UNSET
    campaigntemplatename: str | Unset = UNSET
    campaignoptionsopen_tracking: YesNo | Unset = UNSET
    campaignoptionsembed_images: YesNo | Unset = UNSET
    campaignoptionsautoresponder_sent_campaign_id: int | Unset = UNSET
    campaignoptionsautoresponder_include_imported: YesNo | Unset = UNSET
    campaignoptionsautoresponder_include_current: YesNo | Unset = UNSET
    campaignoptionsemail_stats_delay_days: int | Unset = UNSET
    campaignoptionsmax_send_count: int | Unset = UNSET
    campaignoptionspreheader: str | Unset = UNSET
    campaigndelivery_servers: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaignname = self.campaignname

        campaignfrom_name = self.campaignfrom_name

        campaignfrom_email = self.campaignfrom_email

        campaignsubject = self.campaignsubject

        campaignreply_to = self.campaignreply_to

        campaignlist_uid = self.campaignlist_uid

        campaigntype: str | Unset = UNSET
        if not isinstance(self.campaigntype, Unset):
            campaigntype = self.campaigntype

        campaignstatus: str | Unset = UNSET
        if not isinstance(self.campaignstatus, Unset):
            campaignstatus = self.campaignstatus

        campaignsend_at = self.campaignsend_at

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

        campaignto_name = self.campaignto_name

        campaigntemplatename = self.campaigntemplatename

        campaignoptionsopen_tracking: str | Unset = UNSET
        if not isinstance(self.campaignoptionsopen_tracking, Unset):
            campaignoptionsopen_tracking = self.campaignoptionsopen_tracking

        campaignoptionsembed_images: str | Unset = UNSET
        if not isinstance(self.campaignoptionsembed_images, Unset):
            campaignoptionsembed_images = self.campaignoptionsembed_images

        campaignoptionsautoresponder_sent_campaign_id = (
            self.campaignoptionsautoresponder_sent_campaign_id
        )

        campaignoptionsautoresponder_include_imported: str | Unset = UNSET
        if not isinstance(self.campaignoptionsautoresponder_include_imported, Unset):
            campaignoptionsautoresponder_include_imported = (
                self.campaignoptionsautoresponder_include_imported
            )

        campaignoptionsautoresponder_include_current: str | Unset = UNSET
        if not isinstance(self.campaignoptionsautoresponder_include_current, Unset):
            campaignoptionsautoresponder_include_current = (
                self.campaignoptionsautoresponder_include_current
            )

        campaignoptionsemail_stats_delay_days = (
            self.campaignoptionsemail_stats_delay_days
        )

        campaignoptionsmax_send_count = self.campaignoptionsmax_send_count

        campaignoptionspreheader = self.campaignoptionspreheader

        campaigndelivery_servers = self.campaigndelivery_servers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign[name]": campaignname,
                "campaign[from_name]": campaignfrom_name,
                "campaign[from_email]": campaignfrom_email,
                "campaign[subject]": campaignsubject,
                "campaign[reply_to]": campaignreply_to,
                "campaign[list_uid]": campaignlist_uid,
            }
        )
        if campaigntype is not UNSET:
            field_dict["campaign[type]"] = campaigntype
        if campaignstatus is not UNSET:
            field_dict["campaign[status]"] = campaignstatus
        if campaignsend_at is not UNSET:
            field_dict["campaign[send_at]"] = campaignsend_at
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
        if campaignto_name is not UNSET:
            field_dict["campaign[to_name]"] = campaignto_name
        if campaigntemplatename is not UNSET:
            field_dict["campaign[template][name]"] = campaigntemplatename
        if campaignoptionsopen_tracking is not UNSET:
            field_dict["campaign[options][open_tracking]"] = (
                campaignoptionsopen_tracking
            )
        if campaignoptionsembed_images is not UNSET:
            field_dict["campaign[options][embed_images]"] = campaignoptionsembed_images
        if campaignoptionsautoresponder_sent_campaign_id is not UNSET:
            field_dict["campaign[options][autoresponder_sent_campaign_id]"] = (
                campaignoptionsautoresponder_sent_campaign_id
            )
        if campaignoptionsautoresponder_include_imported is not UNSET:
            field_dict["campaign[options][autoresponder_include_imported]"] = (
                campaignoptionsautoresponder_include_imported
            )
        if campaignoptionsautoresponder_include_current is not UNSET:
            field_dict["campaign[options][autoresponder_include_current]"] = (
                campaignoptionsautoresponder_include_current
            )
        if campaignoptionsemail_stats_delay_days is not UNSET:
            field_dict["campaign[options][email_stats_delay_days]"] = (
                campaignoptionsemail_stats_delay_days
            )
        if campaignoptionsmax_send_count is not UNSET:
            field_dict["campaign[options][max_send_count]"] = (
                campaignoptionsmax_send_count
            )
        if campaignoptionspreheader is not UNSET:
            field_dict["campaign[options][preheader]"] = campaignoptionspreheader
        if campaigndelivery_servers is not UNSET:
            field_dict["campaign[delivery_servers]"] = campaigndelivery_servers

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            ("campaign[name]", (None, str(self.campaignname).encode(), "text/plain"))
        )

        files.append(
            (
                "campaign[from_name]",
                (None, str(self.campaignfrom_name).encode(), "text/plain"),
            )
        )

        files.append(
            (
                "campaign[from_email]",
                (None, str(self.campaignfrom_email).encode(), "text/plain"),
            )
        )

        files.append(
            (
                "campaign[subject]",
                (None, str(self.campaignsubject).encode(), "text/plain"),
            )
        )

        files.append(
            (
                "campaign[reply_to]",
                (None, str(self.campaignreply_to).encode(), "text/plain"),
            )
        )

        files.append(
            (
                "campaign[list_uid]",
                (None, str(self.campaignlist_uid).encode(), "text/plain"),
            )
        )

        if not isinstance(self.campaigntype, Unset):
            files.append(
                (
                    "campaign[type]",
                    (None, str(self.campaigntype).encode(), "text/plain"),
                )
            )

        if not isinstance(self.campaignstatus, Unset):
            files.append(
                (
                    "campaign[status]",
                    (None, str(self.campaignstatus).encode(), "text/plain"),
                )
            )

        if not isinstance(self.campaignsend_at, Unset):
            files.append(
                (
                    "campaign[send_at]",
                    (None, str(self.campaignsend_at).encode(), "text/plain"),
                )
            )

        if not isinstance(self.campaignsegment_uid, Unset):
            files.append(
                (
                    "campaign[segment_uid]",
                    (None, str(self.campaignsegment_uid).encode(), "text/plain"),
                )
            )

        if not isinstance(self.campaigngroup_uid, Unset):
            files.append(
                (
                    "campaign[group_uid]",
                    (None, str(self.campaigngroup_uid).encode(), "text/plain"),
                )
            )

        if not isinstance(self.campaigntemplatearchive, Unset):
            files.append(
                (
                    "campaign[template][archive]",
                    (None, str(self.campaigntemplatearchive).encode(), "text/plain"),
                )
            )

        if not isinstance(self.campaigntemplatetemplate_uid, Unset):
            files.append(
                (
                    "campaign[template][template_uid]",
                    (
                        None,
                        str(self.campaigntemplatetemplate_uid).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.campaigntemplatecontent, Unset):
            files.append(
                (
                    "campaign[template][content]",
                    (None, str(self.campaigntemplatecontent).encode(), "text/plain"),
                )
            )

        if not isinstance(self.campaigntemplateinline_css, Unset):
            files.append(
                (
                    "campaign[template][inline_css]",
                    (None, str(self.campaigntemplateinline_css).encode(), "text/plain"),
                )
            )

        if not isinstance(self.campaigntemplateplain_text, Unset):
            files.append(
                (
                    "campaign[template][plain_text]",
                    (None, str(self.campaigntemplateplain_text).encode(), "text/plain"),
                )
            )

        if not isinstance(self.campaigntemplateauto_plain_text, Unset):
            files.append(
                (
                    "campaign[template][auto_plain_text]",
                    (
                        None,
                        str(self.campaigntemplateauto_plain_text).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.campaignoptionsurl_tracking, Unset):
            files.append(
                (
                    "campaign[options][url_tracking]",
                    (
                        None,
                        str(self.campaignoptionsurl_tracking).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.campaignoptionstracking_domain_id, Unset):
            files.append(
                (
                    "campaign[options][tracking_domain_id]",
                    (
                        None,
                        str(self.campaignoptionstracking_domain_id).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.campaignoptionsjson_feed, Unset):
            files.append(
                (
                    "campaign[options][json_feed]",
                    (None, str(self.campaignoptionsjson_feed).encode(), "text/plain"),
                )
            )

        if not isinstance(self.campaignoptionsxml_feed, Unset):
            files.append(
                (
                    "campaign[options][xml_feed]",
                    (None, str(self.campaignoptionsxml_feed).encode(), "text/plain"),
                )
            )

        if not isinstance(self.campaignoptionsplain_text_email, Unset):
            files.append(
                (
                    "campaign[options][plain_text_email]",
                    (
                        None,
                        str(self.campaignoptionsplain_text_email).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.campaignoptionsemail_stats, Unset):
            files.append(
                (
                    "campaign[options][email_stats]",
                    (None, str(self.campaignoptionsemail_stats).encode(), "text/plain"),
                )
            )

        if not isinstance(self.campaignoptionsautoresponder_event, Unset):
            files.append(
                (
                    "campaign[options][autoresponder_event]",
                    (
                        None,
                        str(self.campaignoptionsautoresponder_event).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.campaignoptionsautoresponder_time_unit, Unset):
            files.append(
                (
                    "campaign[options][autoresponder_time_unit]",
                    (
                        None,
                        str(self.campaignoptionsautoresponder_time_unit).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.campaignoptionsautoresponder_time_value, Unset):
            files.append(
                (
                    "campaign[options][autoresponder_time_value]",
                    (
                        None,
                        str(self.campaignoptionsautoresponder_time_value).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.campaignoptionsautoresponder_open_campaign_id, Unset):
            files.append(
                (
                    "campaign[options][autoresponder_open_campaign_id]",
                    (
                        None,
                        str(
                            self.campaignoptionsautoresponder_open_campaign_id
                        ).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.campaignoptionscronjob_enabled, Unset):
            files.append(
                (
                    "campaign[options][cronjob_enabled]",
                    (
                        None,
                        str(self.campaignoptionscronjob_enabled).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.campaignoptionscronjob, Unset):
            files.append(
                (
                    "campaign[options][cronjob]",
                    (None, str(self.campaignoptionscronjob).encode(), "text/plain"),
                )
            )

        if not isinstance(self.campaignto_name, Unset):
            files.append(
                (
                    "campaign[to_name]",
                    (None, str(self.campaignto_name).encode(), "text/plain"),
                )
            )

        if not isinstance(self.campaigntemplatename, Unset):
            files.append(
                (
                    "campaign[template][name]",
                    (None, str(self.campaigntemplatename).encode(), "text/plain"),
                )
            )

        if not isinstance(self.campaignoptionsopen_tracking, Unset):
            files.append(
                (
                    "campaign[options][open_tracking]",
                    (
                        None,
                        str(self.campaignoptionsopen_tracking).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.campaignoptionsembed_images, Unset):
            files.append(
                (
                    "campaign[options][embed_images]",
                    (
                        None,
                        str(self.campaignoptionsembed_images).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.campaignoptionsautoresponder_sent_campaign_id, Unset):
            files.append(
                (
                    "campaign[options][autoresponder_sent_campaign_id]",
                    (
                        None,
                        str(
                            self.campaignoptionsautoresponder_sent_campaign_id
                        ).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.campaignoptionsautoresponder_include_imported, Unset):
            files.append(
                (
                    "campaign[options][autoresponder_include_imported]",
                    (
                        None,
                        str(
                            self.campaignoptionsautoresponder_include_imported
                        ).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.campaignoptionsautoresponder_include_current, Unset):
            files.append(
                (
                    "campaign[options][autoresponder_include_current]",
                    (
                        None,
                        str(self.campaignoptionsautoresponder_include_current).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.campaignoptionsemail_stats_delay_days, Unset):
            files.append(
                (
                    "campaign[options][email_stats_delay_days]",
                    (
                        None,
                        str(self.campaignoptionsemail_stats_delay_days).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.campaignoptionsmax_send_count, Unset):
            files.append(
                (
                    "campaign[options][max_send_count]",
                    (
                        None,
                        str(self.campaignoptionsmax_send_count).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.campaignoptionspreheader, Unset):
            files.append(
                (
                    "campaign[options][preheader]",
                    (None, str(self.campaignoptionspreheader).encode(), "text/plain"),
                )
            )

        if not isinstance(self.campaigndelivery_servers, Unset):
            files.append(
                (
                    "campaign[delivery_servers]",
                    (None, str(self.campaigndelivery_servers).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        campaignname = d.pop("campaign[name]")

        campaignfrom_name = d.pop("campaign[from_name]")

        campaignfrom_email = d.pop("campaign[from_email]")

        campaignsubject = d.pop("campaign[subject]")

        campaignreply_to = d.pop("campaign[reply_to]")

        campaignlist_uid = d.pop("campaign[list_uid]")

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

        campaignsend_at = d.pop("campaign[send_at]", UNSET)

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

        campaignto_name = d.pop("campaign[to_name]", UNSET)

        campaigntemplatename = d.pop("campaign[template][name]", UNSET)

        _campaignoptionsopen_tracking = d.pop("campaign[options][open_tracking]", UNSET)
        campaignoptionsopen_tracking: YesNo | Unset
        if isinstance(_campaignoptionsopen_tracking, Unset):
            campaignoptionsopen_tracking = UNSET
        else:
            campaignoptionsopen_tracking = check_yes_no(_campaignoptionsopen_tracking)

        _campaignoptionsembed_images = d.pop("campaign[options][embed_images]", UNSET)
        campaignoptionsembed_images: YesNo | Unset
        if isinstance(_campaignoptionsembed_images, Unset):
            campaignoptionsembed_images = UNSET
        else:
            campaignoptionsembed_images = check_yes_no(_campaignoptionsembed_images)

        campaignoptionsautoresponder_sent_campaign_id = d.pop(
            "campaign[options][autoresponder_sent_campaign_id]", UNSET
        )

        _campaignoptionsautoresponder_include_imported = d.pop(
            "campaign[options][autoresponder_include_imported]", UNSET
        )
        campaignoptionsautoresponder_include_imported: YesNo | Unset
        if isinstance(_campaignoptionsautoresponder_include_imported, Unset):
            campaignoptionsautoresponder_include_imported = UNSET
        else:
            campaignoptionsautoresponder_include_imported = check_yes_no(
                _campaignoptionsautoresponder_include_imported
            )

        _campaignoptionsautoresponder_include_current = d.pop(
            "campaign[options][autoresponder_include_current]", UNSET
        )
        campaignoptionsautoresponder_include_current: YesNo | Unset
        if isinstance(_campaignoptionsautoresponder_include_current, Unset):
            campaignoptionsautoresponder_include_current = UNSET
        else:
            campaignoptionsautoresponder_include_current = check_yes_no(
                _campaignoptionsautoresponder_include_current
            )

        campaignoptionsemail_stats_delay_days = d.pop(
            "campaign[options][email_stats_delay_days]", UNSET
        )

        campaignoptionsmax_send_count = d.pop(
            "campaign[options][max_send_count]", UNSET
        )

        campaignoptionspreheader = d.pop("campaign[options][preheader]", UNSET)

        campaigndelivery_servers = d.pop("campaign[delivery_servers]", UNSET)

        campaign_create_request = cls(
            campaignname=campaignname,
            campaignfrom_name=campaignfrom_name,
            campaignfrom_email=campaignfrom_email,
            campaignsubject=campaignsubject,
            campaignreply_to=campaignreply_to,
            campaignlist_uid=campaignlist_uid,
            campaigntype=campaigntype,
            campaignstatus=campaignstatus,
            campaignsend_at=campaignsend_at,
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
            campaignto_name=campaignto_name,
            campaigntemplatename=campaigntemplatename,
            campaignoptionsopen_tracking=campaignoptionsopen_tracking,
            campaignoptionsembed_images=campaignoptionsembed_images,
            campaignoptionsautoresponder_sent_campaign_id=campaignoptionsautoresponder_sent_campaign_id,
            campaignoptionsautoresponder_include_imported=campaignoptionsautoresponder_include_imported,
            campaignoptionsautoresponder_include_current=campaignoptionsautoresponder_include_current,
            campaignoptionsemail_stats_delay_days=campaignoptionsemail_stats_delay_days,
            campaignoptionsmax_send_count=campaignoptionsmax_send_count,
            campaignoptionspreheader=campaignoptionspreheader,
            campaigndelivery_servers=campaigndelivery_servers,
        )

        campaign_create_request.additional_properties = d
        return campaign_create_request

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
