"""Which facade method performs each operation of openapi.json, with arguments that make a valid call.

The completeness test fails when an operation of openapi.json has no row here; the contract tests
call every row against a mock server that checks each request against openapi.json.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from pakat import Attachment
from pakat.types import CampaignCondition, FieldOption, SegmentCondition

TOMORROW = datetime.now(UTC) + timedelta(days=1)
HTML = (
    "<html><body><h1>سلام</h1><p>خبرنامهٔ این هفته</p>"
    '<p>[COMPANY_FULL_ADDRESS]</p><a href="[UNSUBSCRIBE_URL]">لغو</a></body></html>'
)

# operationId -> (resource attribute, method name, positional args, keyword args)
OPERATIONS: dict[str, tuple[str, str, tuple[Any, ...], dict[str, Any]]] = {
    # lists
    "listLists": ("lists", "list", (), {"page": 1, "per_page": 10}),
    "createList": (
        "lists",
        "create",
        (),
        {
            "name": "خبرنامه",
            "description": "Weekly news",
            "from_name": "Pakat",
            "from_email": "news@example.com",
            "reply_to": "reply@example.com",
            "subject": "سلام",
            "notify_subscribe": True,
            "company": {"name": "Pakat", "city": "Tehran"},
        },
    ),
    "getList": ("lists", "get", ("ab123",), {}),
    "updateList": ("lists", "update", ("ab123",), {"name": "New name", "notify_unsubscribe": False}),
    "deleteList": ("lists", "delete", ("ab123",), {}),
    "copyList": ("lists", "copy", ("ab123",), {}),
    # subscribers
    "listSubscribers": (
        "subscribers",
        "list",
        ("ab123",),
        {"status": "confirmed", "page": 2, "per_page": 15},
    ),
    "createSubscriber": (
        "subscribers",
        "create",
        ("ab123", "ali@example.com"),
        {"fields": {"FNAME": "علی", "CITY": "Tehran"}, "status": "confirmed", "source": "api"},
    ),
    "createSubscribersBulk": (
        "subscribers",
        "create_batch",
        ("ab123", [{"EMAIL": "ali@example.com", "FNAME": "علی"}, {"EMAIL": "sara@example.com"}]),
        {},
    ),
    "getSubscriber": ("subscribers", "get", ("ab123", "sub1"), {}),
    "updateSubscriber": ("subscribers", "update", ("ab123", "sub1"), {"fields": {"LNAME": "رضایی"}}),
    "deleteSubscriber": ("subscribers", "delete", ("ab123", "sub1"), {}),
    "findSubscriberByEmail": ("subscribers", "find_by_email", ("ab123", "ali@example.com"), {}),
    "findSubscriberByEmailInAllLists": (
        "subscribers",
        "find_by_email_in_all_lists",
        ("ali@example.com",),
        {},
    ),
    "searchSubscribersByCustomFields": (
        "subscribers",
        "search_by_custom_fields",
        ("ab123", {"FNAME": "علی"}),
        {},
    ),
    "unsubscribeSubscriber": ("subscribers", "unsubscribe", ("ab123", "sub1"), {}),
    "unsubscribeByEmailFromAllLists": ("subscribers", "unsubscribe_from_all_lists", ("ali@example.com",), {}),
    # fields
    "listFields": ("fields", "list", ("ab123",), {}),
    "createField": (
        "fields",
        "create",
        ("ab123",),
        {
            "type": "dropdown",
            "label": "Colour",
            "tag": "COLOUR",
            "required": False,
            "options": [FieldOption("Red", "red"), FieldOption("Blue", "blue")],
        },
    ),
    "getField": ("fields", "get", ("ab123", "12"), {}),
    "updateField": ("fields", "update", ("ab123", "12"), {"label": "Favourite colour"}),
    "deleteField": ("fields", "delete", ("ab123", "12"), {}),
    "listFieldTypes": ("fields", "types", (), {}),
    # segments
    "listSegments": ("segments", "list", ("ab123",), {}),
    "createSegment": (
        "segments",
        "create",
        ("ab123",),
        {
            "name": "Tehran openers",
            "operator_match": "all",
            "conditions": [SegmentCondition(field_id=3, operator_id=1, value="Tehran")],
            "campaign_conditions": [CampaignCondition("open", 7, "gte", 30, "day")],
        },
    ),
    "getSegment": ("segments", "get", ("ab123", "seg1"), {}),
    "updateSegment": ("segments", "update", ("ab123", "seg1"), {"name": "Renamed"}),
    "deleteSegment": ("segments", "delete", ("ab123", "seg1"), {}),
    "listSegmentConditionOperators": ("segments", "condition_operators", (), {}),
    # campaigns
    "listCampaigns": ("campaigns", "list", (), {}),
    "createCampaign": (
        "campaigns",
        "create",
        (),
        {
            "name": "Weekly",
            "list_uid": "ab123",
            "subject": "خبرنامهٔ هفتگی",
            "from_name": "Pakat",
            "from_email": "news@example.com",
            "reply_to": "reply@example.com",
            "send_at": TOMORROW,
            "html": HTML,
            "options": {"url_tracking": True},
        },
    ),
    "getCampaign": ("campaigns", "get", ("camp1",), {}),
    "updateCampaign": ("campaigns", "update", ("camp1",), {"subject": "New subject"}),
    "deleteCampaign": ("campaigns", "delete", ("camp1",), {}),
    "copyCampaign": ("campaigns", "copy", ("camp1",), {}),
    "pauseUnpauseCampaign": ("campaigns", "pause_unpause", ("camp1",), {}),
    "markCampaignSent": ("campaigns", "mark_sent", ("camp1",), {}),
    "getCampaignStats": ("campaigns", "stats", ("camp1",), {}),
    "listCampaignBounces": ("campaigns", "bounces", ("camp1",), {}),
    "createCampaignBounce": (
        "campaigns",
        "create_bounce",
        ("camp1",),
        {"subscriber_uid": "sub1", "bounce_type": "hard", "message": "550 No such user"},
    ),
    "listCampaignDeliveryLogs": ("campaigns", "delivery_logs", ("camp1",), {}),
    "getDeliveryLogByEmailMessageId": ("campaigns", "delivery_log", ("msg-1@example.com",), {}),
    "listCampaignUnsubscribes": ("campaigns", "unsubscribes", ("camp1",), {}),
    "trackCampaignUrl": ("campaigns", "track_url", ("camp1", "sub1", "hash1"), {}),
    "trackCampaignOpening": ("campaigns", "track_opening", ("camp1", "sub1"), {}),
    "trackCampaignUnsubscribe": ("campaigns", "track_unsubscribe", ("camp1", "sub1"), {}),
    # templates
    "listTemplates": ("templates", "list", (), {}),
    "createTemplate": ("templates", "create", ("Welcome",), {"html": HTML, "inline_css": True}),
    "getTemplate": ("templates", "get", ("tpl1",), {}),
    "updateTemplate": ("templates", "update", ("tpl1",), {"name": "Welcome v2"}),
    "deleteTemplate": ("templates", "delete", ("tpl1",), {}),
    # transactional emails
    "listTransactionalEmails": ("transactional_emails", "list", (), {}),
    "sendTransactionalEmail": (
        "transactional_emails",
        "send",
        (),
        {
            "to_email": "ali@example.com",
            "to_name": "علی",
            "from_name": "Pakat",
            "from_email": "noreply@example.com",
            "subject": "رسید سفارش",
            "html": HTML,
            "params": {"order_id": "1001"},
            "send_at": TOMORROW,
            "attachments": [Attachment("receipt.txt", "رسید".encode())],
        },
    ),
    "getTransactionalEmail": ("transactional_emails", "get", ("em1",), {}),
    "deleteTransactionalEmail": ("transactional_emails", "delete", ("em1",), {}),
    # the rest
    "listCountries": ("countries", "list", (), {}),
    "listCountryZones": ("countries", "zones", ("103",), {}),
    "createCustomer": (
        "customers",
        "create",
        (),
        {
            "first_name": "Ali",
            "last_name": "Rezaei",
            "email": "ali@example.com",
            "password": "correct horse battery staple",
            "timezone": "Asia/Tehran",
            "birth_date": "1990-03-21",
            "company_name": "Pakat",
            "country": "Iran",
            "city": "Tehran",
            "zip_code": "1234567890",
            "address_1": "Valiasr St.",
        },
    ),
    "listDeliveryServers": ("delivery_servers", "list", (), {}),
    "getDeliveryServer": ("delivery_servers", "get", ("1",), {}),
    "getSendingDomain": ("sending_domains", "get", ("example.com",), {}),
    "getQuota": ("quota", "get", (), {}),
}
