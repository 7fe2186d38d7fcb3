"""Contains all the data models used in inputs/outputs"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .autoresponder_event import AutoresponderEvent
    from .autoresponder_time_unit import AutoresponderTimeUnit
    from .bounce import Bounce
    from .bounce_collection import BounceCollection
    from .bounce_create_request import BounceCreateRequest
    from .bounce_envelope import BounceEnvelope
    from .bounce_page import BouncePage
    from .bounce_record import BounceRecord
    from .bounce_type import BounceType
    from .campaign import Campaign
    from .campaign_collection import CampaignCollection
    from .campaign_create_request import CampaignCreateRequest
    from .campaign_detail import CampaignDetail
    from .campaign_detail_list import CampaignDetailList
    from .campaign_detail_segment_type_0 import CampaignDetailSegmentType0
    from .campaign_envelope import CampaignEnvelope
    from .campaign_group_type_0 import CampaignGroupType0
    from .campaign_page import CampaignPage
    from .campaign_record import CampaignRecord
    from .campaign_stats import CampaignStats
    from .campaign_stats_envelope import CampaignStatsEnvelope
    from .campaign_status_result import CampaignStatusResult
    from .campaign_status_result_campaign import CampaignStatusResultCampaign
    from .campaign_status_setting import CampaignStatusSetting
    from .campaign_type import CampaignType
    from .campaign_uid_result import CampaignUidResult
    from .campaign_update_request import CampaignUpdateRequest
    from .condition_operator import ConditionOperator
    from .condition_operator_collection import ConditionOperatorCollection
    from .condition_operator_page import ConditionOperatorPage
    from .country import Country
    from .country_collection import CountryCollection
    from .country_page import CountryPage
    from .cronjob_enabled import CronjobEnabled
    from .customer_create_request import CustomerCreateRequest
    from .customer_create_result import CustomerCreateResult
    from .customer_create_result_list_subscribe_result import (
        CustomerCreateResultListSubscribeResult,
    )
    from .db_expression import DbExpression
    from .delivery_log import DeliveryLog
    from .delivery_log_campaign import DeliveryLogCampaign
    from .delivery_log_campaign_list import DeliveryLogCampaignList
    from .delivery_log_collection import DeliveryLogCollection
    from .delivery_log_envelope import DeliveryLogEnvelope
    from .delivery_log_page import DeliveryLogPage
    from .delivery_log_record import DeliveryLogRecord
    from .delivery_server import DeliveryServer
    from .delivery_server_collection import DeliveryServerCollection
    from .delivery_server_envelope import DeliveryServerEnvelope
    from .delivery_server_page import DeliveryServerPage
    from .delivery_server_record import DeliveryServerRecord
    from .email_uid_result import EmailUidResult
    from .error_response import ErrorResponse
    from .error_response_error_type_1 import ErrorResponseErrorType1
    from .error_response_error_type_2_item import ErrorResponseErrorType2Item
    from .field import Field
    from .field_collection import FieldCollection
    from .field_create_request import FieldCreateRequest
    from .field_envelope import FieldEnvelope
    from .field_list import FieldList
    from .field_options_type_0 import FieldOptionsType0
    from .field_page import FieldPage
    from .field_record import FieldRecord
    from .field_type import FieldType
    from .field_type_collection import FieldTypeCollection
    from .field_type_page import FieldTypePage
    from .field_update_request import FieldUpdateRequest
    from .field_visibility import FieldVisibility
    from .field_write_result import FieldWriteResult
    from .list_create_request import ListCreateRequest
    from .list_opt_in import ListOptIn
    from .list_uid_result import ListUidResult
    from .list_update_request import ListUpdateRequest
    from .list_visibility import ListVisibility
    from .mailing_list import MailingList
    from .mailing_list_collection import MailingListCollection
    from .mailing_list_company import MailingListCompany
    from .mailing_list_company_country import MailingListCompanyCountry
    from .mailing_list_company_zone import MailingListCompanyZone
    from .mailing_list_defaults import MailingListDefaults
    from .mailing_list_envelope import MailingListEnvelope
    from .mailing_list_general import MailingListGeneral
    from .mailing_list_notifications import MailingListNotifications
    from .mailing_list_page import MailingListPage
    from .mailing_list_record import MailingListRecord
    from .operator_match import OperatorMatch
    from .page_meta import PageMeta
    from .quota import Quota
    from .quota_response import QuotaResponse
    from .search_subscribers_by_custom_fields_custom_fields import (
        SearchSubscribersByCustomFieldsCustomFields,
    )
    from .segment import Segment
    from .segment_campaign_condition import SegmentCampaignCondition
    from .segment_collection import SegmentCollection
    from .segment_condition import SegmentCondition
    from .segment_create_request import SegmentCreateRequest
    from .segment_detail import SegmentDetail
    from .segment_envelope import SegmentEnvelope
    from .segment_page import SegmentPage
    from .segment_record import SegmentRecord
    from .segment_uid_result import SegmentUidResult
    from .segment_update_request import SegmentUpdateRequest
    from .sending_domain import SendingDomain
    from .sending_domain_envelope import SendingDomainEnvelope
    from .sending_domain_record import SendingDomainRecord
    from .status_response import StatusResponse
    from .subscriber import Subscriber
    from .subscriber_bulk_record import SubscriberBulkRecord
    from .subscriber_bulk_record_data import SubscriberBulkRecordData
    from .subscriber_bulk_record_errors import SubscriberBulkRecordErrors
    from .subscriber_by_email import SubscriberByEmail
    from .subscriber_by_email_envelope import SubscriberByEmailEnvelope
    from .subscriber_collection import SubscriberCollection
    from .subscriber_create_request import SubscriberCreateRequest
    from .subscriber_create_status import SubscriberCreateStatus
    from .subscriber_envelope import SubscriberEnvelope
    from .subscriber_page import SubscriberPage
    from .subscriber_record import SubscriberRecord
    from .subscriber_ref import SubscriberRef
    from .subscriber_source import SubscriberSource
    from .subscriber_status import SubscriberStatus
    from .subscriber_update_request import SubscriberUpdateRequest
    from .subscriber_update_status import SubscriberUpdateStatus
    from .subscriber_with_list import SubscriberWithList
    from .subscriber_with_list_collection import SubscriberWithListCollection
    from .subscriber_with_list_list import SubscriberWithListList
    from .subscriber_with_list_page import SubscriberWithListPage
    from .subscriber_write_result import SubscriberWriteResult
    from .subscribers_bulk_request import SubscribersBulkRequest
    from .subscribers_bulk_result import SubscribersBulkResult
    from .subscribers_bulk_result_data import SubscribersBulkResultData
    from .template import Template
    from .template_collection import TemplateCollection
    from .template_create_request import TemplateCreateRequest
    from .template_envelope import TemplateEnvelope
    from .template_page import TemplatePage
    from .template_record import TemplateRecord
    from .template_uid_result import TemplateUidResult
    from .template_update_request import TemplateUpdateRequest
    from .track_opening_result import TrackOpeningResult
    from .track_unsubscribe_request import TrackUnsubscribeRequest
    from .track_url import TrackUrl
    from .track_url_data import TrackUrlData
    from .track_url_envelope import TrackUrlEnvelope
    from .transactional_email import TransactionalEmail
    from .transactional_email_attachment import TransactionalEmailAttachment
    from .transactional_email_collection import TransactionalEmailCollection
    from .transactional_email_envelope import TransactionalEmailEnvelope
    from .transactional_email_page import TransactionalEmailPage
    from .transactional_email_record import TransactionalEmailRecord
    from .transactional_email_request import TransactionalEmailRequest
    from .unsubscribe import Unsubscribe
    from .unsubscribe_by_email_request import UnsubscribeByEmailRequest
    from .unsubscribe_collection import UnsubscribeCollection
    from .unsubscribe_page import UnsubscribePage
    from .yes_no import YesNo
    from .zone import Zone
    from .zone_collection import ZoneCollection
    from .zone_page import ZonePage

_MODULE_OF: dict[str, str] = {
    "AutoresponderEvent": ".autoresponder_event",
    "AutoresponderTimeUnit": ".autoresponder_time_unit",
    "Bounce": ".bounce",
    "BounceCollection": ".bounce_collection",
    "BounceCreateRequest": ".bounce_create_request",
    "BounceEnvelope": ".bounce_envelope",
    "BouncePage": ".bounce_page",
    "BounceRecord": ".bounce_record",
    "BounceType": ".bounce_type",
    "Campaign": ".campaign",
    "CampaignCollection": ".campaign_collection",
    "CampaignCreateRequest": ".campaign_create_request",
    "CampaignDetail": ".campaign_detail",
    "CampaignDetailList": ".campaign_detail_list",
    "CampaignDetailSegmentType0": ".campaign_detail_segment_type_0",
    "CampaignEnvelope": ".campaign_envelope",
    "CampaignGroupType0": ".campaign_group_type_0",
    "CampaignPage": ".campaign_page",
    "CampaignRecord": ".campaign_record",
    "CampaignStats": ".campaign_stats",
    "CampaignStatsEnvelope": ".campaign_stats_envelope",
    "CampaignStatusResult": ".campaign_status_result",
    "CampaignStatusResultCampaign": ".campaign_status_result_campaign",
    "CampaignStatusSetting": ".campaign_status_setting",
    "CampaignType": ".campaign_type",
    "CampaignUidResult": ".campaign_uid_result",
    "CampaignUpdateRequest": ".campaign_update_request",
    "ConditionOperator": ".condition_operator",
    "ConditionOperatorCollection": ".condition_operator_collection",
    "ConditionOperatorPage": ".condition_operator_page",
    "Country": ".country",
    "CountryCollection": ".country_collection",
    "CountryPage": ".country_page",
    "CronjobEnabled": ".cronjob_enabled",
    "CustomerCreateRequest": ".customer_create_request",
    "CustomerCreateResult": ".customer_create_result",
    "CustomerCreateResultListSubscribeResult": ".customer_create_result_list_subscribe_result",
    "DbExpression": ".db_expression",
    "DeliveryLog": ".delivery_log",
    "DeliveryLogCampaign": ".delivery_log_campaign",
    "DeliveryLogCampaignList": ".delivery_log_campaign_list",
    "DeliveryLogCollection": ".delivery_log_collection",
    "DeliveryLogEnvelope": ".delivery_log_envelope",
    "DeliveryLogPage": ".delivery_log_page",
    "DeliveryLogRecord": ".delivery_log_record",
    "DeliveryServer": ".delivery_server",
    "DeliveryServerCollection": ".delivery_server_collection",
    "DeliveryServerEnvelope": ".delivery_server_envelope",
    "DeliveryServerPage": ".delivery_server_page",
    "DeliveryServerRecord": ".delivery_server_record",
    "EmailUidResult": ".email_uid_result",
    "ErrorResponse": ".error_response",
    "ErrorResponseErrorType1": ".error_response_error_type_1",
    "ErrorResponseErrorType2Item": ".error_response_error_type_2_item",
    "Field": ".field",
    "FieldCollection": ".field_collection",
    "FieldCreateRequest": ".field_create_request",
    "FieldEnvelope": ".field_envelope",
    "FieldList": ".field_list",
    "FieldOptionsType0": ".field_options_type_0",
    "FieldPage": ".field_page",
    "FieldRecord": ".field_record",
    "FieldType": ".field_type",
    "FieldTypeCollection": ".field_type_collection",
    "FieldTypePage": ".field_type_page",
    "FieldUpdateRequest": ".field_update_request",
    "FieldVisibility": ".field_visibility",
    "FieldWriteResult": ".field_write_result",
    "ListCreateRequest": ".list_create_request",
    "ListOptIn": ".list_opt_in",
    "ListUidResult": ".list_uid_result",
    "ListUpdateRequest": ".list_update_request",
    "ListVisibility": ".list_visibility",
    "MailingList": ".mailing_list",
    "MailingListCollection": ".mailing_list_collection",
    "MailingListCompany": ".mailing_list_company",
    "MailingListCompanyCountry": ".mailing_list_company_country",
    "MailingListCompanyZone": ".mailing_list_company_zone",
    "MailingListDefaults": ".mailing_list_defaults",
    "MailingListEnvelope": ".mailing_list_envelope",
    "MailingListGeneral": ".mailing_list_general",
    "MailingListNotifications": ".mailing_list_notifications",
    "MailingListPage": ".mailing_list_page",
    "MailingListRecord": ".mailing_list_record",
    "OperatorMatch": ".operator_match",
    "PageMeta": ".page_meta",
    "Quota": ".quota",
    "QuotaResponse": ".quota_response",
    "SearchSubscribersByCustomFieldsCustomFields": ".search_subscribers_by_custom_fields_custom_fields",
    "Segment": ".segment",
    "SegmentCampaignCondition": ".segment_campaign_condition",
    "SegmentCollection": ".segment_collection",
    "SegmentCondition": ".segment_condition",
    "SegmentCreateRequest": ".segment_create_request",
    "SegmentDetail": ".segment_detail",
    "SegmentEnvelope": ".segment_envelope",
    "SegmentPage": ".segment_page",
    "SegmentRecord": ".segment_record",
    "SegmentUidResult": ".segment_uid_result",
    "SegmentUpdateRequest": ".segment_update_request",
    "SendingDomain": ".sending_domain",
    "SendingDomainEnvelope": ".sending_domain_envelope",
    "SendingDomainRecord": ".sending_domain_record",
    "StatusResponse": ".status_response",
    "Subscriber": ".subscriber",
    "SubscriberBulkRecord": ".subscriber_bulk_record",
    "SubscriberBulkRecordData": ".subscriber_bulk_record_data",
    "SubscriberBulkRecordErrors": ".subscriber_bulk_record_errors",
    "SubscriberByEmail": ".subscriber_by_email",
    "SubscriberByEmailEnvelope": ".subscriber_by_email_envelope",
    "SubscriberCollection": ".subscriber_collection",
    "SubscriberCreateRequest": ".subscriber_create_request",
    "SubscriberCreateStatus": ".subscriber_create_status",
    "SubscriberEnvelope": ".subscriber_envelope",
    "SubscriberPage": ".subscriber_page",
    "SubscriberRecord": ".subscriber_record",
    "SubscriberRef": ".subscriber_ref",
    "SubscriberSource": ".subscriber_source",
    "SubscriberStatus": ".subscriber_status",
    "SubscriberUpdateRequest": ".subscriber_update_request",
    "SubscriberUpdateStatus": ".subscriber_update_status",
    "SubscriberWithList": ".subscriber_with_list",
    "SubscriberWithListCollection": ".subscriber_with_list_collection",
    "SubscriberWithListList": ".subscriber_with_list_list",
    "SubscriberWithListPage": ".subscriber_with_list_page",
    "SubscriberWriteResult": ".subscriber_write_result",
    "SubscribersBulkRequest": ".subscribers_bulk_request",
    "SubscribersBulkResult": ".subscribers_bulk_result",
    "SubscribersBulkResultData": ".subscribers_bulk_result_data",
    "Template": ".template",
    "TemplateCollection": ".template_collection",
    "TemplateCreateRequest": ".template_create_request",
    "TemplateEnvelope": ".template_envelope",
    "TemplatePage": ".template_page",
    "TemplateRecord": ".template_record",
    "TemplateUidResult": ".template_uid_result",
    "TemplateUpdateRequest": ".template_update_request",
    "TrackOpeningResult": ".track_opening_result",
    "TrackUnsubscribeRequest": ".track_unsubscribe_request",
    "TrackUrl": ".track_url",
    "TrackUrlData": ".track_url_data",
    "TrackUrlEnvelope": ".track_url_envelope",
    "TransactionalEmail": ".transactional_email",
    "TransactionalEmailAttachment": ".transactional_email_attachment",
    "TransactionalEmailCollection": ".transactional_email_collection",
    "TransactionalEmailEnvelope": ".transactional_email_envelope",
    "TransactionalEmailPage": ".transactional_email_page",
    "TransactionalEmailRecord": ".transactional_email_record",
    "TransactionalEmailRequest": ".transactional_email_request",
    "Unsubscribe": ".unsubscribe",
    "UnsubscribeByEmailRequest": ".unsubscribe_by_email_request",
    "UnsubscribeCollection": ".unsubscribe_collection",
    "UnsubscribePage": ".unsubscribe_page",
    "YesNo": ".yes_no",
    "Zone": ".zone",
    "ZoneCollection": ".zone_collection",
    "ZonePage": ".zone_page",
}

__all__ = (
    "AutoresponderEvent",
    "AutoresponderTimeUnit",
    "Bounce",
    "BounceCollection",
    "BounceCreateRequest",
    "BounceEnvelope",
    "BouncePage",
    "BounceRecord",
    "BounceType",
    "Campaign",
    "CampaignCollection",
    "CampaignCreateRequest",
    "CampaignDetail",
    "CampaignDetailList",
    "CampaignDetailSegmentType0",
    "CampaignEnvelope",
    "CampaignGroupType0",
    "CampaignPage",
    "CampaignRecord",
    "CampaignStats",
    "CampaignStatsEnvelope",
    "CampaignStatusResult",
    "CampaignStatusResultCampaign",
    "CampaignStatusSetting",
    "CampaignType",
    "CampaignUidResult",
    "CampaignUpdateRequest",
    "ConditionOperator",
    "ConditionOperatorCollection",
    "ConditionOperatorPage",
    "Country",
    "CountryCollection",
    "CountryPage",
    "CronjobEnabled",
    "CustomerCreateRequest",
    "CustomerCreateResult",
    "CustomerCreateResultListSubscribeResult",
    "DbExpression",
    "DeliveryLog",
    "DeliveryLogCampaign",
    "DeliveryLogCampaignList",
    "DeliveryLogCollection",
    "DeliveryLogEnvelope",
    "DeliveryLogPage",
    "DeliveryLogRecord",
    "DeliveryServer",
    "DeliveryServerCollection",
    "DeliveryServerEnvelope",
    "DeliveryServerPage",
    "DeliveryServerRecord",
    "EmailUidResult",
    "ErrorResponse",
    "ErrorResponseErrorType1",
    "ErrorResponseErrorType2Item",
    "Field",
    "FieldCollection",
    "FieldCreateRequest",
    "FieldEnvelope",
    "FieldList",
    "FieldOptionsType0",
    "FieldPage",
    "FieldRecord",
    "FieldType",
    "FieldTypeCollection",
    "FieldTypePage",
    "FieldUpdateRequest",
    "FieldVisibility",
    "FieldWriteResult",
    "ListCreateRequest",
    "ListOptIn",
    "ListUidResult",
    "ListUpdateRequest",
    "ListVisibility",
    "MailingList",
    "MailingListCollection",
    "MailingListCompany",
    "MailingListCompanyCountry",
    "MailingListCompanyZone",
    "MailingListDefaults",
    "MailingListEnvelope",
    "MailingListGeneral",
    "MailingListNotifications",
    "MailingListPage",
    "MailingListRecord",
    "OperatorMatch",
    "PageMeta",
    "Quota",
    "QuotaResponse",
    "SearchSubscribersByCustomFieldsCustomFields",
    "Segment",
    "SegmentCampaignCondition",
    "SegmentCollection",
    "SegmentCondition",
    "SegmentCreateRequest",
    "SegmentDetail",
    "SegmentEnvelope",
    "SegmentPage",
    "SegmentRecord",
    "SegmentUidResult",
    "SegmentUpdateRequest",
    "SendingDomain",
    "SendingDomainEnvelope",
    "SendingDomainRecord",
    "StatusResponse",
    "Subscriber",
    "SubscriberBulkRecord",
    "SubscriberBulkRecordData",
    "SubscriberBulkRecordErrors",
    "SubscriberByEmail",
    "SubscriberByEmailEnvelope",
    "SubscriberCollection",
    "SubscriberCreateRequest",
    "SubscriberCreateStatus",
    "SubscriberEnvelope",
    "SubscriberPage",
    "SubscriberRecord",
    "SubscriberRef",
    "SubscriberSource",
    "SubscriberStatus",
    "SubscriberUpdateRequest",
    "SubscriberUpdateStatus",
    "SubscriberWithList",
    "SubscriberWithListCollection",
    "SubscriberWithListList",
    "SubscriberWithListPage",
    "SubscriberWriteResult",
    "SubscribersBulkRequest",
    "SubscribersBulkResult",
    "SubscribersBulkResultData",
    "Template",
    "TemplateCollection",
    "TemplateCreateRequest",
    "TemplateEnvelope",
    "TemplatePage",
    "TemplateRecord",
    "TemplateUidResult",
    "TemplateUpdateRequest",
    "TrackOpeningResult",
    "TrackUnsubscribeRequest",
    "TrackUrl",
    "TrackUrlData",
    "TrackUrlEnvelope",
    "TransactionalEmail",
    "TransactionalEmailAttachment",
    "TransactionalEmailCollection",
    "TransactionalEmailEnvelope",
    "TransactionalEmailPage",
    "TransactionalEmailRecord",
    "TransactionalEmailRequest",
    "Unsubscribe",
    "UnsubscribeByEmailRequest",
    "UnsubscribeCollection",
    "UnsubscribePage",
    "YesNo",
    "Zone",
    "ZoneCollection",
    "ZonePage",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
