"""Every operation of openapi.json, called through the facade on the sandbox: each answer the
client received is checked against the spec's schema for that operation and status code."""

from __future__ import annotations

from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import httpx

from pakat import AsyncPakat, Attachment
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

    async def hook(self, response: httpx.Response) -> None:
        await response.aread()
        self.received.append(response)

    def _label(self, operation_id: str, first: int, counted_before: Counter[str]) -> None:
        new = self.received[first:]
        counted = self.sandbox.counters - counted_before
        assert (len(new), dict(counted)) == (1, {operation_id: 1}), (operation_id, new, counted)
        self.calls.append((operation_id, new[0]))

    async def __call__(
        self, operation_id: str, method: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any
    ) -> T:
        """Call one facade method, which must send exactly one request, of ``operation_id``."""
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


async def test_every_operation_through_the_facade_matches_openapi(sandbox: Sandbox) -> None:
    rec = Recorder(sandbox)
    http = httpx.AsyncClient(event_hooks={"response": [rec.hook]})
    # No retries: a retried call would hide a failed answer behind a good one.
    async with (
        http,
        AsyncPakat(api_key=sandbox.api_key, base_url=sandbox.url, http_client=http, max_retries=0) as c,
    ):
        await _drive(c, rec, sandbox)

    assert set(sandbox.counters) == set(operation_index())
    assert len(operation_index()) == 62
    assert sandbox.processed == sandbox.counters  # the server refused nothing
    assert len(rec.received) == len(rec.calls) == sandbox.counters.total()
    assert rec.violations() == []


async def _drive(c: AsyncPakat, rec: Recorder, sb: Sandbox) -> None:
    # Account and reference data.
    assert (await rec("getQuota", c.quota.get)).used == 0
    iran = next(
        x for x in await rec("listCountries", c.countries.list, page=3, per_page=50) if x.code == "IR"
    )
    zones = await rec("listCountryZones", c.countries.zones, iran.country_id, per_page=50)
    assert "Tehran" in {z.name for z in zones}
    servers = await rec("listDeliveryServers", c.delivery_servers.list)
    assert (
        await rec("getDeliveryServer", c.delivery_servers.get, servers.items[0].server_id)
    ).name == servers.items[0].name
    assert (await rec("getSendingDomain", c.sending_domains.get, "pakat.example")).verified == "yes"

    # A list, its copy, and a custom field.
    list_uid = await rec(
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
    await rec("updateList", c.lists.update, list_uid, subject="سلام از پاکات")
    assert (await rec("getList", c.lists.get, list_uid)).defaults.subject == "سلام از پاکات"
    copy_uid = await rec("copyList", c.lists.copy, list_uid)
    assert (await rec("listLists", c.lists.list)).count == 2
    assert "dropdown" in {t.identifier for t in await rec("listFieldTypes", c.fields.types)}
    city = await rec(
        "createField",
        c.fields.create,
        list_uid,
        type="dropdown",
        label="شهر",
        tag="CITY",
        options=[FieldOption("تهران", "tehran"), FieldOption("شیراز", "shiraz")],
    )
    # With its options given, an update is one request (without them the facade reads them first).
    await rec(
        "updateField",
        c.fields.update,
        list_uid,
        city.field_id,
        help_text="شهر محل زندگی",
        options=[FieldOption("تهران", "tehran"), FieldOption("شیراز", "shiraz")],
    )
    assert (await rec("getField", c.fields.get, list_uid, city.field_id)).help_text == "شهر محل زندگی"
    fields = await rec("listFields", c.fields.list, list_uid)
    assert [f.tag for f in fields] == ["EMAIL", "FNAME", "LNAME", "CITY"]

    # Subscribers with Persian names; one of them also on the copy.
    uids = [
        (
            await rec(
                "createSubscriber",
                c.subscribers.create,
                list_uid,
                email,
                fields={"FNAME": first, "LNAME": last, "CITY": town},
            )
        ).subscriber_uid
        for email, first, last, town in PEOPLE
    ]
    await rec(
        "createSubscriber", c.subscribers.create, copy_uid, "sara@example.org", fields={"FNAME": "سارا"}
    )
    batch = await rec(
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
    await rec("updateSubscriber", c.subscribers.update, list_uid, uids[0], fields={"LNAME": "رضایی‌نژاد"})
    assert (await rec("getSubscriber", c.subscribers.get, list_uid, uids[0]))["LNAME"] == "رضایی‌نژاد"
    assert (await rec("listSubscribers", c.subscribers.list, list_uid, "confirmed")).count == 4
    found = await rec("findSubscriberByEmail", c.subscribers.find_by_email, list_uid, "reza@example.org")
    assert found is not None and found.subscriber_uid == uids[3]
    everywhere = await rec(
        "findSubscriberByEmailInAllLists", c.subscribers.find_by_email_in_all_lists, "sara@example.org"
    )
    assert len(everywhere) == 2
    in_tehran = await rec(
        "searchSubscribersByCustomFields", c.subscribers.search_by_custom_fields, list_uid, {"CITY": "tehran"}
    )
    assert {s.subscriber_uid for s in in_tehran} == set(uids[:2])

    # A segment of the Tehran subscribers.
    operators = await rec("listSegmentConditionOperators", c.segments.condition_operators)
    is_op = next(o.operator_id for o in operators if o.slug == "is")
    segment_uid = await rec(
        "createSegment",
        c.segments.create,
        list_uid,
        name="تهرانی‌ها",
        operator_match="all",
        conditions=[SegmentCondition(field_id=int(city.field_id), operator_id=int(is_op), value="tehran")],
    )
    # With all its rules given, an update is one request (without them the facade reads them first).
    await rec(
        "updateSegment",
        c.segments.update,
        list_uid,
        segment_uid,
        name="مشترکان تهران",
        conditions=[SegmentCondition(field_id=int(city.field_id), operator_id=int(is_op), value="tehran")],
        campaign_conditions=[],
    )
    assert (await rec("getSegment", c.segments.get, list_uid, segment_uid)).subscribers_count == 2
    assert [s.name for s in await rec("listSegments", c.segments.list, list_uid)] == ["مشترکان تهران"]

    # A template and a campaign built on it, sent, and what its readers did.
    template_uid = await rec("createTemplate", c.templates.create, "خوش‌آمد", html=HTML)
    await rec("updateTemplate", c.templates.update, template_uid, name="خوش‌آمد نوروز")
    assert (await rec("getTemplate", c.templates.get, template_uid)).name == "خوش‌آمد نوروز"
    assert (await rec("listTemplates", c.templates.list)).count == 1
    campaign_uid = await rec(
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
    await rec("updateCampaign", c.campaigns.update, campaign_uid, subject="نوروزتان پیروز")
    assert (await rec("getCampaign", c.campaigns.get, campaign_uid)).subject == "نوروزتان پیروز"
    copy_campaign = await rec("copyCampaign", c.campaigns.copy, campaign_uid)
    assert (await rec("listCampaigns", c.campaigns.list)).count == 2
    assert await rec("pauseUnpauseCampaign", c.campaigns.pause_unpause, campaign_uid) == "paused"
    assert await rec("pauseUnpauseCampaign", c.campaigns.pause_unpause, campaign_uid) == "sending"
    # A sending campaign cannot be marked sent: pause it first.
    assert await rec("pauseUnpauseCampaign", c.campaigns.pause_unpause, campaign_uid) == "paused"
    assert await rec("markCampaignSent", c.campaigns.mark_sent, campaign_uid) == "sent"
    logs = await rec("listCampaignDeliveryLogs", c.campaigns.delivery_logs, campaign_uid)
    assert logs.count == 4
    message_id = logs.items[0].email_message_id
    log = await rec("getDeliveryLogByEmailMessageId", c.campaigns.delivery_log, message_id)
    assert log.email_message_id == message_id
    (link_hash,) = sb.campaign_urls(campaign_uid)
    assert link_hash == url_hash(campaign_uid, OFFER)
    click = await rec("trackCampaignUrl", c.campaigns.track_url, campaign_uid, uids[0], link_hash)
    assert click.destination == OFFER
    await rec("trackCampaignOpening", c.campaigns.track_opening, campaign_uid, uids[1])
    await rec(
        "trackCampaignUnsubscribe", c.campaigns.track_unsubscribe, campaign_uid, uids[2], reason="زیاد است"
    )
    assert [
        u.reason for u in await rec("listCampaignUnsubscribes", c.campaigns.unsubscribes, campaign_uid)
    ] == ["زیاد است"]
    bounce = await rec(
        "createCampaignBounce",
        c.campaigns.create_bounce,
        campaign_uid,
        subscriber_uid=uids[3],
        bounce_type="hard",
        message="550 No such user",
    )
    assert bounce.bounce_type == "hard"
    assert (await rec("listCampaignBounces", c.campaigns.bounces, campaign_uid)).count == 1
    stats = await rec("getCampaignStats", c.campaigns.stats, campaign_uid)
    # The click counts as the first subscriber's open too.
    assert (stats.campaign_status, stats.opens_count, stats.clicks_count) == ("sent", 2, 1)
    assert (stats.unsubscribes_count, stats.hard_bounces_count) == (1, 1)

    # A transactional email with an attachment, recorded by the sandbox rather than sent.
    email_uid = await rec(
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
    assert (
        await rec("getTransactionalEmail", c.transactional_emails.get, email_uid)
    ).subject == "رسید سفارش ۱۰۰۱"
    assert (await rec("listTransactionalEmails", c.transactional_emails.list)).count == 1
    (sent,) = sb.outbox()
    assert sent["attachments"][0]["data"] == RECEIPT
    result = await rec(
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
    await rec("unsubscribeSubscriber", c.subscribers.unsubscribe, list_uid, uids[1])
    await rec("unsubscribeByEmailFromAllLists", c.subscribers.unsubscribe_from_all_lists, "sara@example.org")
    await rec("deleteTransactionalEmail", c.transactional_emails.delete, email_uid)
    await rec("deleteCampaign", c.campaigns.delete, copy_campaign)
    await rec("deleteTemplate", c.templates.delete, template_uid)
    await rec("deleteSegment", c.segments.delete, list_uid, segment_uid)
    await rec("deleteSubscriber", c.subscribers.delete, list_uid, uids[0])
    await rec("deleteField", c.fields.delete, list_uid, city.field_id)
    await rec("deleteList", c.lists.delete, copy_uid)
    assert (await rec("getQuota", c.quota.get)).used == 5  # four campaign deliveries and one email
