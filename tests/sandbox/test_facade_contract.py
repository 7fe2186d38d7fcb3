"""Every operation of openapi.json, called through the facade on the sandbox: each answer the
client received is checked against the spec's schema for that operation and status code."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import httpx

from pakat import AsyncPakat, Attachment, Pakat
from pakat.testing import Sandbox, url_hash
from pakat.types import FieldOption, SegmentCondition
from tests._contract import operation_index, schema_errors, success_response

T = TypeVar("T")

OFFER = "https://shop.pakat.example/nowruz?id=1"
HTML = (
    f'<html><body><h1>سلام {{{{FNAME}}}}</h1><a href="{OFFER}">حراج نوروز</a>'
    '<p>[COMPANY_FULL_ADDRESS]</p><a href="[UNSUBSCRIBE_URL]">لغو</a></body></html>'
)
RECEIPT = "رسید سفارش ۱۰۰۱\n".encode()
TOMORROW = datetime.now(UTC) + timedelta(days=1)
PEOPLE = [
    ("ali@example.org", "علی", "رضایی", "tehran"),
    ("sara@example.org", "سارا", "احمدی", "tehran"),
    ("maryam@example.org", "مریم", "کریمی", "shiraz"),
    ("reza@example.org", "رضا", "محمدی", "shiraz"),
]


class Recorder:
    """Labels each answer the client received with the operation the sandbox counted for it."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.received: list[httpx.Response] = []
        self.calls: list[tuple[str, httpx.Response]] = []

    def hook(self, response: httpx.Response) -> None:
        response.read()
        self.received.append(response)

    async def ahook(self, response: httpx.Response) -> None:
        await response.aread()
        self.received.append(response)

    def _label(self, operation_id: str, first: int, counted_before: Counter[str]) -> None:
        new = self.received[first:]
        counted = self.sandbox.counters - counted_before
        assert (len(new), dict(counted)) == (1, {operation_id: 1}), (operation_id, new, counted)
        self.calls.append((operation_id, new[0]))

    def __call__(self, operation_id: str, method: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Call one facade method, which must send exactly one request, of ``operation_id``."""
        first, before = len(self.received), self.sandbox.counters
        result = method(*args, **kwargs)
        self._label(operation_id, first, before)
        return result

    async def call_async(
        self, operation_id: str, method: Callable[..., Any], *args: Any, **kwargs: Any
    ) -> Any:
        first, before = len(self.received), self.sandbox.counters
        result = await method(*args, **kwargs)
        self._label(operation_id, first, before)
        return result

    def violations(self) -> list[tuple[str, int, Any]]:
        """(operationId, status, errors) for each answer that is not the documented success."""
        found = []
        for operation_id, response in self.calls:
            code, ref = success_response(operation_id)
            if response.status_code != code:
                found.append((operation_id, response.status_code, response.text))
            elif not response.headers["content-type"].startswith("application/json"):
                found.append((operation_id, code, response.headers["content-type"]))
            elif errors := schema_errors(ref, response.json()):
                found.append((operation_id, code, errors))
        return found


def test_every_operation_through_the_facade_matches_openapi(sandbox: Sandbox) -> None:
    rec = Recorder(sandbox)
    http = httpx.Client(event_hooks={"response": [rec.hook]})
    # No retries: a retried call would hide a failed answer behind a good one.
    with http, Pakat(api_key=sandbox.api_key, base_url=sandbox.url, http_client=http, max_retries=0) as c:
        _drive(c, rec, sandbox)

    assert set(sandbox.counters) == set(operation_index())
    assert len(operation_index()) == 62
    assert sandbox.processed == sandbox.counters  # the server refused nothing
    assert len(rec.received) == len(rec.calls) == sandbox.counters.total()
    assert rec.violations() == []


def _drive(c: Pakat, rec: Recorder, sb: Sandbox) -> None:
    # Account and reference data.
    assert rec("getQuota", c.quota.get).used == 0
    iran = next(x for x in rec("listCountries", c.countries.list, page=3, per_page=50) if x.code == "IR")
    zones = rec("listCountryZones", c.countries.zones, iran.country_id, per_page=50)
    assert "Tehran" in {z.name for z in zones}
    servers = rec("listDeliveryServers", c.delivery_servers.list)
    assert (
        rec("getDeliveryServer", c.delivery_servers.get, servers.items[0].server_id).name
        == servers.items[0].name
    )
    assert rec("getSendingDomain", c.sending_domains.get, "pakat.example").verified == "yes"

    # A list, its copy, and a custom field.
    list_uid = rec(
        "createList",
        c.lists.create,
        name="خبرنامه پاکات",
        description="خبرهای هفته",
        from_name="پاکات",
        from_email="news@pakat.example",
        reply_to="reply@pakat.example",
        opt_in="single",
        company={"name": "پاکات", "country": "Iran", "city": "تهران"},
    )
    rec("updateList", c.lists.update, list_uid, subject="سلام از پاکات")
    assert rec("getList", c.lists.get, list_uid).defaults.subject == "سلام از پاکات"
    copy_uid = rec("copyList", c.lists.copy, list_uid)
    assert rec("listLists", c.lists.list).count == 2
    assert "dropdown" in {t.identifier for t in rec("listFieldTypes", c.fields.types)}
    city = rec(
        "createField",
        c.fields.create,
        list_uid,
        type="dropdown",
        label="شهر",
        tag="CITY",
        options=[FieldOption("تهران", "tehran"), FieldOption("شیراز", "shiraz")],
    )
    # With its options given, an update is one request (without them the facade reads them first).
    rec(
        "updateField",
        c.fields.update,
        list_uid,
        city.field_id,
        help_text="شهر محل زندگی",
        options=[FieldOption("تهران", "tehran"), FieldOption("شیراز", "shiraz")],
    )
    assert rec("getField", c.fields.get, list_uid, city.field_id).help_text == "شهر محل زندگی"
    assert [f.tag for f in rec("listFields", c.fields.list, list_uid)] == ["EMAIL", "FNAME", "LNAME", "CITY"]

    # Subscribers with Persian names; one of them also on the copy.
    uids = [
        rec(
            "createSubscriber",
            c.subscribers.create,
            list_uid,
            email,
            fields={"FNAME": first, "LNAME": last, "CITY": town},
        ).subscriber_uid
        for email, first, last, town in PEOPLE
    ]
    rec("createSubscriber", c.subscribers.create, copy_uid, "sara@example.org", fields={"FNAME": "سارا"})
    batch = rec(
        "createSubscribersBulk",
        c.subscribers.create_batch,
        copy_uid,
        [{"EMAIL": "nima@example.org", "FNAME": "نیما"}, {"EMAIL": "sara@example.org"}, {"EMAIL": "bad"}],
    )
    assert (list(batch.created), batch.existing, [f.index for f in batch.failed]) == (
        [0],
        {1: "sara@example.org"},
        [2],
    )
    rec("updateSubscriber", c.subscribers.update, list_uid, uids[0], fields={"LNAME": "رضایی‌نژاد"})
    assert rec("getSubscriber", c.subscribers.get, list_uid, uids[0])["LNAME"] == "رضایی‌نژاد"
    assert rec("listSubscribers", c.subscribers.list, list_uid, "confirmed").count == 4
    found = rec("findSubscriberByEmail", c.subscribers.find_by_email, list_uid, "reza@example.org")
    assert found is not None and found.subscriber_uid == uids[3]
    everywhere = rec(
        "findSubscriberByEmailInAllLists", c.subscribers.find_by_email_in_all_lists, "sara@example.org"
    )
    assert len(everywhere) == 2
    in_tehran = rec(
        "searchSubscribersByCustomFields", c.subscribers.search_by_custom_fields, list_uid, {"CITY": "tehran"}
    )
    assert {s.subscriber_uid for s in in_tehran} == set(uids[:2])

    # A segment of the Tehran subscribers.
    operators = rec("listSegmentConditionOperators", c.segments.condition_operators)
    is_op = next(o.operator_id for o in operators if o.slug == "is")
    segment_uid = rec(
        "createSegment",
        c.segments.create,
        list_uid,
        name="تهرانی‌ها",
        operator_match="all",
        conditions=[SegmentCondition(field_id=int(city.field_id), operator_id=int(is_op), value="tehran")],
    )
    # With all its rules given, an update is one request (without them the facade reads them first).
    rec(
        "updateSegment",
        c.segments.update,
        list_uid,
        segment_uid,
        name="مشترکان تهران",
        conditions=[SegmentCondition(field_id=int(city.field_id), operator_id=int(is_op), value="tehran")],
        campaign_conditions=[],
    )
    assert rec("getSegment", c.segments.get, list_uid, segment_uid).subscribers_count == 2
    assert [s.name for s in rec("listSegments", c.segments.list, list_uid)] == ["مشترکان تهران"]

    # A template and a campaign built on it, sent, and what its readers did.
    template_uid = rec("createTemplate", c.templates.create, "خوش‌آمد", html=HTML)
    rec("updateTemplate", c.templates.update, template_uid, name="خوش‌آمد نوروز")
    assert rec("getTemplate", c.templates.get, template_uid).name == "خوش‌آمد نوروز"
    assert rec("listTemplates", c.templates.list).count == 1
    campaign_uid = rec(
        "createCampaign",
        c.campaigns.create,
        name="نوروز",
        list_uid=list_uid,
        subject="نوروز مبارک",
        from_name="پاکات",
        from_email="news@pakat.example",
        reply_to="reply@pakat.example",
        template_uid=template_uid,
        send_at=TOMORROW,
        options={"url_tracking": True},
    )
    rec("updateCampaign", c.campaigns.update, campaign_uid, subject="نوروزتان پیروز")
    assert rec("getCampaign", c.campaigns.get, campaign_uid).subject == "نوروزتان پیروز"
    copy_campaign = rec("copyCampaign", c.campaigns.copy, campaign_uid)
    assert rec("listCampaigns", c.campaigns.list).count == 2
    assert rec("pauseUnpauseCampaign", c.campaigns.pause_unpause, campaign_uid) == "paused"
    assert rec("pauseUnpauseCampaign", c.campaigns.pause_unpause, campaign_uid) == "sending"
    # A sending campaign cannot be marked sent: pause it first.
    assert rec("pauseUnpauseCampaign", c.campaigns.pause_unpause, campaign_uid) == "paused"
    assert rec("markCampaignSent", c.campaigns.mark_sent, campaign_uid) == "sent"
    logs = rec("listCampaignDeliveryLogs", c.campaigns.delivery_logs, campaign_uid)
    assert logs.count == 4
    message_id = logs.items[0].email_message_id
    log = rec("getDeliveryLogByEmailMessageId", c.campaigns.delivery_log, message_id)
    assert log.email_message_id == message_id
    (link_hash,) = sb.campaign_urls(campaign_uid)
    assert link_hash == url_hash(campaign_uid, OFFER)
    click = rec("trackCampaignUrl", c.campaigns.track_url, campaign_uid, uids[0], link_hash)
    assert click.destination == OFFER
    rec("trackCampaignOpening", c.campaigns.track_opening, campaign_uid, uids[1])
    rec("trackCampaignUnsubscribe", c.campaigns.track_unsubscribe, campaign_uid, uids[2], reason="زیاد است")
    assert [u.reason for u in rec("listCampaignUnsubscribes", c.campaigns.unsubscribes, campaign_uid)] == [
        "زیاد است"
    ]
    bounce = rec(
        "createCampaignBounce",
        c.campaigns.create_bounce,
        campaign_uid,
        subscriber_uid=uids[3],
        bounce_type="hard",
        message="550 No such user",
    )
    assert bounce.bounce_type == "hard"
    assert rec("listCampaignBounces", c.campaigns.bounces, campaign_uid).count == 1
    stats = rec("getCampaignStats", c.campaigns.stats, campaign_uid)
    # The click counts as the first subscriber's open too.
    assert (stats.campaign_status, stats.opens_count, stats.clicks_count) == ("sent", 2, 1)
    assert (stats.unsubscribes_count, stats.hard_bounces_count) == (1, 1)

    # A transactional email with an attachment, recorded by the sandbox rather than sent.
    email_uid = rec(
        "sendTransactionalEmail",
        c.transactional_emails.send,
        to_email="ali@example.org",
        to_name="علی رضایی",
        from_name="فروشگاه پاکات",
        from_email="orders@pakat.example",
        subject="رسید سفارش ۱۰۰۱",
        html="<p>سفارش {{ params.order }} ثبت شد.</p>",
        params={"order": "۱۰۰۱"},
        attachments=[Attachment("رسید.pdf", RECEIPT)],
    )
    assert rec("getTransactionalEmail", c.transactional_emails.get, email_uid).subject == "رسید سفارش ۱۰۰۱"
    assert rec("listTransactionalEmails", c.transactional_emails.list).count == 1
    (sent,) = sb.outbox()
    assert sent["attachments"][0]["data"] == RECEIPT
    result = rec(
        "createCustomer",
        c.customers.create,
        first_name="سارا",
        last_name="احمدی",
        email="sara@example.org",
        password="correct horse battery staple",
        timezone="Asia/Tehran",
        birth_date="1990-03-21",
        company_name="پاکات",
        country="Iran (Islamic Republic of)",
        city="Tehran",
        zip_code="1234567890",
        address_1="خیابان ولیعصر",
    )
    assert result.customer_uid

    # Unsubscribes, then everything is deleted.
    rec("unsubscribeSubscriber", c.subscribers.unsubscribe, list_uid, uids[1])
    rec("unsubscribeByEmailFromAllLists", c.subscribers.unsubscribe_from_all_lists, "sara@example.org")
    rec("deleteTransactionalEmail", c.transactional_emails.delete, email_uid)
    rec("deleteCampaign", c.campaigns.delete, copy_campaign)
    rec("deleteTemplate", c.templates.delete, template_uid)
    rec("deleteSegment", c.segments.delete, list_uid, segment_uid)
    rec("deleteSubscriber", c.subscribers.delete, list_uid, uids[0])
    rec("deleteField", c.fields.delete, list_uid, city.field_id)
    rec("deleteList", c.lists.delete, copy_uid)
    assert rec("getQuota", c.quota.get).used == 5  # four campaign deliveries and one email


async def test_async_client_answers_match_openapi(sandbox: Sandbox) -> None:
    rec = Recorder(sandbox)
    http = httpx.AsyncClient(event_hooks={"response": [rec.ahook]})
    async with (
        http,
        AsyncPakat(api_key=sandbox.api_key, base_url=sandbox.url, http_client=http, max_retries=0) as c,
    ):
        call = rec.call_async
        list_uid = await call(
            "createList",
            c.lists.create,
            name="خبرنامه",
            description="هفتگی",
            from_name="پاکات",
            from_email="news@pakat.example",
            reply_to="news@pakat.example",
            opt_in="single",
        )
        created = await call(
            "createSubscriber", c.subscribers.create, list_uid, "ali@example.org", fields={"FNAME": "علی"}
        )
        assert (await call("getSubscriber", c.subscribers.get, list_uid, created.subscriber_uid))[
            "FNAME"
        ] == "علی"
        assert (await call("listSubscribers", c.subscribers.list, list_uid)).count == 1
        campaign_uid = await call(
            "createCampaign",
            c.campaigns.create,
            name="نوروز",
            list_uid=list_uid,
            subject="نوروز مبارک",
            from_name="پاکات",
            from_email="news@pakat.example",
            reply_to="news@pakat.example",
            html=HTML,
        )
        assert await call("markCampaignSent", c.campaigns.mark_sent, campaign_uid) == "sent"
        assert (await call("getCampaignStats", c.campaigns.stats, campaign_uid)).processed_count == 1
        await call(
            "sendTransactionalEmail",
            c.transactional_emails.send,
            to_email="ali@example.org",
            to_name="علی",
            from_name="پاکات",
            from_email="orders@pakat.example",
            subject="رسید",
            html="<p>سلام</p>",
            attachments=[Attachment("رسید.pdf", RECEIPT)],
        )
        assert (await call("getQuota", c.quota.get)).used == 2  # one delivery, one email

    assert len(rec.calls) == len(rec.received) == sandbox.counters.total() == 9
    assert rec.violations() == []
