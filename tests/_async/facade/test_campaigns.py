"""client.campaigns on the wire."""

from __future__ import annotations

import base64
import io
import re
import zipfile
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from pakat import AsyncPakat, NotFoundError, OutcomeUnknownError
from pakat._exceptions import APIResponseValidationError
from tests.facade.conftest import API_KEY, BASE_URL, OK, MockServer, collection, record

TEHRAN = ZoneInfo("Asia/Tehran")
PERSIAN_HTML = "<html dir='rtl'><body><h1>خبرنامهٔ پاکات</h1><p>سلام علی، تخفیف ۲۰٪ ✅</p></body></html>"
CREATED = {"status": "success", "campaign_uid": "cmp1"}
CAMPAIGN = {
    "campaign_uid": "cmp1",
    "campaign_id": "7",
    "type": "regular",
    "name": "هفتگی",
    "status": "hibernating",  # a status this SDK has never heard of
    "group": None,
    "brand_new": {"x": 1},
}
DETAIL = {
    **CAMPAIGN,
    "status": "sent",
    "subject": "خبرنامهٔ هفتگی",
    "send_at": "2024-07-01 12:30:00",
    "list": {"list_uid": "lst1", "name": "خبرنامه", "subscribers_count": "1200"},
    "segment": None,
}
SUBSCRIBER = {"subscriber_uid": "sub1", "email": "ali@example.com"}
BOUNCE = {"message": "550 No such user", "processed": "no", "bounce_type": "hard", "subscriber": SUBSCRIBER}
DELIVERY_LOG = {
    "campaign": {"campaign_uid": "cmp1", "list": {"list_uid": "lst1"}},
    "subscriber": SUBSCRIBER,
    "message": "OK",
    "retries": "0",
    "max_retries": "3",
    "email_message_id": "abc.123@example.com",
    "delivery_confirmed": "yes",
    "status": "hdl-by-sg-cmp",
    "date_added": "2024-07-01 12:31:00",
}
UNSUBSCRIBE = {"ip_address": "203.0.113.7", "reason": "دیگر نمی‌خواهم", "subscriber": SUBSCRIBER}
# Everything create() needs; tests add the content and what they look at.
BASE: dict[str, Any] = {
    "name": "هفتگی",
    "list_uid": "lst1",
    "subject": "خبرنامهٔ هفتگی",
    "from_name": "پاکات",
    "from_email": "news@example.com",
    "reply_to": "reply@example.com",
    "send_at": datetime(2024, 7, 1, 9, 0, tzinfo=UTC),
}
BASE_WIRE = {
    "campaign[name]": "هفتگی",
    "campaign[list_uid]": "lst1",
    "campaign[subject]": "خبرنامهٔ هفتگی",
    "campaign[from_name]": "پاکات",
    "campaign[from_email]": "news@example.com",
    "campaign[reply_to]": "reply@example.com",
    "campaign[send_at]": "2024-07-01 12:30:00",
    "campaign[type]": "regular",
}


@pytest.fixture(autouse=True)
def _default_timezone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The `client` fixture then has the documented default, Asia/Tehran, whatever the shell sets."""
    monkeypatch.delenv("PAKAT_TIMEZONE", raising=False)


@pytest.fixture
async def utc_client(server: MockServer) -> AsyncIterator[AsyncPakat]:
    http = httpx.AsyncClient(transport=httpx.MockTransport(server.handler))
    async with AsyncPakat(api_key=API_KEY, base_url=BASE_URL, customer_timezone="UTC", http_client=http) as c:
        yield c


def decoded(value: str) -> bytes:
    return base64.b64decode(value, validate=True)


def a_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("index.html", PERSIAN_HTML)
    return buffer.getvalue()


def paged(records: list[dict[str, Any]], per_page: int = 2) -> Any:
    """A route answering `page` of `records`, `per_page` at a time, as the server would."""

    def reply(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        total = max(1, -(-len(records) // per_page))
        chunk = records[(page - 1) * per_page : page * per_page]
        return httpx.Response(200, json=collection(chunk, page=page, total_pages=total, count=len(records)))

    return reply


# --- list, get, delete, copy ---------------------------------------------------------------------


async def test_list_sends_paging_and_keeps_unknown_statuses(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/campaigns", collection([CAMPAIGN], page=2, total_pages=3, count="21"))
    page = await client.campaigns.list(page=2, per_page=10)
    assert (server.last.method, server.last.url.path) == ("GET", "/api/campaigns")
    assert server.query() == {"page": "2", "per_page": "10"}
    assert (page.count, page.page, page.total_pages, page.has_next) == (21, 2, 3, True)
    campaign = page.items[0]
    assert (campaign.campaign_uid, campaign.name, campaign.status) == ("cmp1", "هفتگی", "hibernating")
    assert campaign.to_dict()["brand_new"] == {"x": 1}


async def test_iter_sends_page_and_per_page_and_follows_next_page(
    client: AsyncPakat, server: MockServer
) -> None:
    records = [{**CAMPAIGN, "campaign_uid": f"c{i}"} for i in range(5)]
    server.on("GET", "/campaigns", paged(records))
    uids = [c.campaign_uid async for c in client.campaigns.iter(per_page=12)]
    assert uids == ["c0", "c1", "c2", "c3", "c4"]
    assert [server.query(i) for i in range(3)] == [{"page": str(n), "per_page": "12"} for n in (1, 2, 3)]


async def test_get_delete_and_copy(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/campaigns/cmp1", record(DETAIL))
    server.on("DELETE", "/campaigns/cmp1", OK)
    server.on("POST", "/campaigns/cmp1/copy", {"status": "success", "campaign_uid": "cmp2"})
    detail = await client.campaigns.get("cmp1")
    assert (detail.subject, detail.status, detail.send_at) == ("خبرنامهٔ هفتگی", "sent", "2024-07-01 12:30:00")
    assert detail.to_dict()["list"]["list_uid"] == "lst1"
    assert await client.campaigns.delete("cmp1") is None
    assert server.last.method == "DELETE"
    assert await client.campaigns.copy("cmp1") == "cmp2"
    assert (server.last.method, server.last.url.path, server.last.content) == (
        "POST",
        "/api/campaigns/cmp1/copy",
        b"",
    )
    with pytest.raises(NotFoundError):
        await client.campaigns.get("missing")


async def test_copy_without_a_uid_in_the_answer_is_an_unknown_outcome(
    client: AsyncPakat, server: MockServer
) -> None:
    # A 2xx says the copy was made; without its uid the caller must look before copying again.
    server.on("POST", "/campaigns/cmp1/copy", OK)
    with pytest.raises(OutcomeUnknownError, match="campaign_uid"):
        await client.campaigns.copy("cmp1")


# --- create: content -----------------------------------------------------------------------------


async def test_create_sends_persian_html_byte_exact_as_base64(client: AsyncPakat, server: MockServer) -> None:
    server.on("POST", "/campaigns", CREATED)
    uid = await client.campaigns.create(
        **BASE,
        html=PERSIAN_HTML,
        plain_text="سلام علی، تخفیف ۲۰٪",
        segment_uid="seg1",
        status="draft",
    )
    assert uid == "cmp1"
    assert (server.last.method, server.last.url.path) == ("POST", "/api/campaigns")
    assert server.last.headers["content-type"].startswith("multipart/form-data; boundary=")
    form = server.form()
    assert decoded(form.pop("campaign[template][content]")) == PERSIAN_HTML.encode("utf-8")
    assert form == {
        **BASE_WIRE,
        "campaign[segment_uid]": "seg1",
        "campaign[status]": "draft",
        # base64, like the HTML: the server decodes it
        "campaign[template][plain_text]": base64.b64encode("سلام علی، تخفیف ۲۰٪".encode()).decode(),
    }


@pytest.mark.parametrize("kind", ["path", "bytes"])
async def test_create_reads_html_from_a_path_or_bytes(
    client: AsyncPakat, server: MockServer, tmp_path: Path, kind: str
) -> None:
    data = PERSIAN_HTML.encode("utf-8")
    file = tmp_path / "campaign.html"
    file.write_bytes(data)
    server.on("POST", "/campaigns", CREATED)
    await client.campaigns.create(**BASE, html=file if kind == "path" else data)
    assert decoded(server.form()["campaign[template][content]"]) == data


async def test_create_with_a_stored_template(client: AsyncPakat, server: MockServer) -> None:
    server.on("POST", "/campaigns", CREATED)
    await client.campaigns.create(**BASE, template_uid="tpl1", type="autoresponder")
    assert server.form() == {
        **BASE_WIRE,
        "campaign[template][template_uid]": "tpl1",
        "campaign[type]": "autoresponder",
    }


@pytest.mark.parametrize("kind", ["path", "bytes"])
async def test_create_with_a_zip_archive(
    client: AsyncPakat, server: MockServer, tmp_path: Path, kind: str
) -> None:
    data = a_zip()
    file = tmp_path / "campaign.zip"
    file.write_bytes(data)
    server.on("POST", "/campaigns", CREATED)
    await client.campaigns.create(**BASE, archive=file if kind == "path" else data)
    form = server.form()
    assert decoded(form.pop("campaign[template][archive]")) == data
    assert form == BASE_WIRE


async def test_an_archive_that_is_not_a_zip_is_refused(
    client: AsyncPakat, server: MockServer, tmp_path: Path
) -> None:
    file = tmp_path / "campaign.zip"
    file.write_bytes(PERSIAN_HTML.encode())
    with pytest.raises(ValueError, match="archive is not a zip"):
        await client.campaigns.create(**BASE, archive=PERSIAN_HTML.encode())
    with pytest.raises(ValueError, match="archive is not a zip"):
        await client.campaigns.create(**BASE, archive=file)
    with pytest.raises(TypeError, match="archive takes bytes or a path"):
        await client.campaigns.create(**BASE, archive=str(file))  # type: ignore[arg-type]
    assert server.requests == []


@pytest.mark.parametrize(
    "content",
    [
        {},
        {"html": "<p>x</p>", "template_uid": "tpl1"},
        {"html": "<p>x</p>", "archive": b"PK"},
        {"template_uid": "tpl1", "archive": b"PK"},
    ],
)
async def test_create_needs_exactly_one_content_source(
    client: AsyncPakat, server: MockServer, content: dict[str, Any]
) -> None:
    with pytest.raises(ValueError, match=r"exactly one of html .*template_uid .*or archive"):
        await client.campaigns.create(**BASE, **content)
    assert server.requests == []


# --- create: send_at and the account's timezone ----------------------------------------------------


@pytest.mark.parametrize(
    ("send_at", "wire"),
    [
        (datetime(2021, 7, 1, 9, 0, tzinfo=UTC), "2021-07-01 13:30:00"),  # +04:30: summer time in 2021
        (datetime(2024, 7, 1, 9, 0, tzinfo=UTC), "2024-07-01 12:30:00"),  # +03:30: no DST since 2022
        (datetime(2021, 1, 15, 9, 0, tzinfo=UTC), "2021-01-15 12:30:00"),  # +03:30: winter 2021
        (datetime(2021, 7, 1, 13, 30, tzinfo=TEHRAN), "2021-07-01 13:30:00"),
        ("2021-07-01T09:00:00Z", "2021-07-01 13:30:00"),
        ("2024-07-01T09:00:00+00:00", "2024-07-01 12:30:00"),
        ("2024-07-01T10:00:00+01:00", "2024-07-01 12:30:00"),
    ],
)
async def test_send_at_is_written_in_tehran_time_through_the_tz_database(
    client: AsyncPakat, server: MockServer, send_at: Any, wire: str
) -> None:
    assert client.customer_timezone == TEHRAN
    server.on("POST", "/campaigns", CREATED)
    await client.campaigns.create(**{**BASE, "send_at": send_at}, html="<p>x</p>")
    assert server.form()["campaign[send_at]"] == wire


async def test_send_at_uses_the_clients_customer_timezone(utc_client: AsyncPakat, server: MockServer) -> None:
    server.on("POST", "/campaigns", CREATED)
    await utc_client.campaigns.create(**BASE, html="<p>x</p>")
    assert server.form()["campaign[send_at]"] == "2024-07-01 09:00:00"
    await utc_client.campaigns.create(**{**BASE, "send_at": "2021-07-01T13:30:00+04:30"}, html="<p>x</p>")
    assert server.form()["campaign[send_at]"] == "2021-07-01 09:00:00"


async def test_send_at_none_means_now_in_the_account_timezone(
    utc_client: AsyncPakat, server: MockServer
) -> None:
    server.on("POST", "/campaigns", CREATED)
    before = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    await utc_client.campaigns.create(**{**BASE, "send_at": None}, html="<p>x</p>")
    after = datetime.now(UTC).replace(tzinfo=None)
    sent = server.form()["campaign[send_at]"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", sent)
    assert before <= datetime.strptime(sent, "%Y-%m-%d %H:%M:%S") <= after


@pytest.mark.parametrize(
    ("send_at", "fix"),
    [
        (datetime(2024, 7, 1, 12, 30), "naive datetime: give it a timezone"),
        ("2024-07-01T12:30:00", "has no UTC offset: add one"),
        ("2024-07-01 12:30:00", "has no UTC offset: add one"),
        ("next tuesday", "not an ISO-8601"),
    ],
)
async def test_send_at_without_a_timezone_is_refused_naming_the_fix(
    client: AsyncPakat, server: MockServer, send_at: Any, fix: str
) -> None:
    with pytest.raises(ValueError, match=fix):
        await client.campaigns.create(**{**BASE, "send_at": send_at}, html="<p>x</p>")
    with pytest.raises(ValueError, match=fix):
        await client.campaigns.update("cmp1", send_at=send_at)
    assert server.requests == []


# --- create: options and extra ---------------------------------------------------------------------


async def test_options_are_sent_as_campaign_options_fields(client: AsyncPakat, server: MockServer) -> None:
    server.on("POST", "/campaigns", CREATED)
    await client.campaigns.create(
        **BASE,
        html="<p>x</p>",
        type="autoresponder",
        options={
            "url_tracking": True,
            "json_feed": False,
            "xml_feed": "no",
            "plain_text_email": True,
            "email_stats": "boss@example.com, team@example.com",
            "autoresponder_event": "AFTER-CAMPAIGN-OPEN",
            "autoresponder_time_unit": "day",
            "autoresponder_time_value": 2,
            "autoresponder_open_campaign_id": "12",
            "cronjob_enabled": True,
            "cronjob": "0 9 * * 6",
            "tracking_domain_id": 3,
        },
    )
    form = server.form()
    form.pop("campaign[template][content]")
    assert form == {
        **BASE_WIRE,
        "campaign[type]": "autoresponder",
        "campaign[options][url_tracking]": "yes",
        "campaign[options][json_feed]": "no",
        "campaign[options][xml_feed]": "no",
        "campaign[options][plain_text_email]": "yes",
        "campaign[options][email_stats]": "boss@example.com, team@example.com",
        "campaign[options][autoresponder_event]": "AFTER-CAMPAIGN-OPEN",
        "campaign[options][autoresponder_time_unit]": "day",
        "campaign[options][autoresponder_time_value]": "2",
        "campaign[options][autoresponder_open_campaign_id]": "12",
        "campaign[options][cronjob_enabled]": "1",
        "campaign[options][cronjob]": "0 9 * * 6",
        "campaign[options][tracking_domain_id]": "3",
    }


async def test_cronjob_enabled_false_is_zero_and_none_leaves_an_option_out(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("POST", "/campaigns", CREATED)
    await client.campaigns.create(
        **BASE, template_uid="tpl1", options={"cronjob_enabled": False, "url_tracking": None}
    )
    form = server.form()
    assert form["campaign[options][cronjob_enabled]"] == "0"
    assert "campaign[options][url_tracking]" not in form


async def test_extra_fields_are_sent_as_given_and_win(client: AsyncPakat, server: MockServer) -> None:
    server.on("POST", "/campaigns", CREATED)
    await client.campaigns.create(
        **BASE,
        template_uid="tpl1",
        options={"url_tracking": True},
        extra={
            "campaign[options][open_tracking]": "yes",  # an option newer than this SDK
            "campaign[options][url_tracking]": "no",
            "campaign[options][cronjob_enabled]": "1",
            "campaign[template][inline_css]": "yes",
            "campaign[group_uid]": "grp1",
        },
    )
    assert server.form() == {
        **BASE_WIRE,
        "campaign[template][template_uid]": "tpl1",
        "campaign[options][open_tracking]": "yes",
        "campaign[options][url_tracking]": "no",
        "campaign[options][cronjob_enabled]": "1",
        "campaign[template][inline_css]": "yes",
        "campaign[group_uid]": "grp1",
    }


async def test_an_unknown_option_is_refused_pointing_at_extra(client: AsyncPakat, server: MockServer) -> None:
    with pytest.raises(
        ValueError,
        match=r"unknown campaign option 'forward_friend_subject'.*pass the raw wire field in extra",
    ):
        await client.campaigns.create(**BASE, html="<p>x</p>", options={"forward_friend_subject": "x"})
    with pytest.raises(ValueError, match=r"extra=\{'campaign\[options\]\[timewarp_enabled\]'"):
        await client.campaigns.update("cmp1", options={"timewarp_enabled": True})
    assert server.requests == []


@pytest.mark.parametrize(
    ("options", "error", "match"),
    [
        ({"url_tracking": "maybe"}, ValueError, "url_tracking.*yes/no"),
        ({"url_tracking": 1}, ValueError, "url_tracking"),
        ({"cronjob_enabled": "yes"}, ValueError, "cronjob_enabled.*1/0"),
        ({"cronjob_enabled": 1.0}, ValueError, "cronjob_enabled.*1/0"),
        (
            {"autoresponder_time_unit": "fortnight"},
            ValueError,
            r"autoresponder_time_unit.*must be one of day, hour",
        ),
        (
            {"autoresponder_event": "AFTER-LUNCH"},
            ValueError,
            r"autoresponder_event.*must be one of AFTER-CAMPAIGN-OPEN",
        ),
        ({"tracking_domain_id": -1}, ValueError, "tracking_domain_id.*0 or more"),
        ({"tracking_domain_id": True}, TypeError, "tracking_domain_id.*whole number"),
        ({"autoresponder_time_value": "two"}, TypeError, "autoresponder_time_value.*whole number"),
        ({"email_stats": "boss@example.com, nobody"}, ValueError, "email_stats.*not a valid email"),
        ({"cronjob": "0 9 * * 6\nBcc: x"}, ValueError, "cronjob.*single line"),
        ("url_tracking", TypeError, "options must be a mapping"),
    ],
)
async def test_bad_option_values_are_refused(
    client: AsyncPakat, server: MockServer, options: Any, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        await client.campaigns.create(**BASE, html="<p>x</p>", options=options)
    assert server.requests == []


# --- create: other refusals ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "error", "match"),
    [
        ({"subject": "سلام\r\nBcc: all@example.com"}, ValueError, "subject must be a single line"),
        ({"subject": "  "}, ValueError, "subject must not be empty"),
        ({"from_name": "Pakat\nX"}, ValueError, "from_name must be a single line"),
        ({"from_name": ""}, ValueError, "from_name must not be empty"),
        ({"name": ""}, ValueError, "name must not be empty"),
        ({"from_email": "news at example.com"}, ValueError, "from_email is not a valid email"),
        ({"reply_to": "reply@"}, ValueError, "reply_to is not a valid email"),
        ({"list_uid": " "}, ValueError, "list_uid must not be empty"),
        ({"segment_uid": ""}, ValueError, "segment_uid must not be empty"),
        ({"type": "rss"}, ValueError, "type must be one of autoresponder, regular"),
        ({"status": "sent"}, ValueError, "status must be one of draft, paused, pending-sending"),
        ({"html": "   "}, ValueError, "html must not be empty"),
        ({"html": 12}, TypeError, "html must be str, bytes or a path"),
        ({"plain_text": b"\xff\xfe"}, ValueError, "plain_text must be UTF-8"),
        ({"extra": {"campaign[x]": 1}}, TypeError, "extra must map str"),
    ],
)
async def test_bad_input_is_refused_before_sending(
    client: AsyncPakat, server: MockServer, change: dict[str, Any], error: type[Exception], match: str
) -> None:
    arguments = {**BASE, "html": "<p>x</p>", **change}
    with pytest.raises(error, match=match):
        await client.campaigns.create(**arguments)
    assert server.requests == []


# --- update ----------------------------------------------------------------------------------------


async def test_update_is_a_urlencoded_put_of_the_given_fields(client: AsyncPakat, server: MockServer) -> None:
    server.on("PUT", "/campaigns/cmp1", CREATED)
    result = await client.campaigns.update(
        "cmp1",
        subject="موضوع تازه",
        send_at=datetime(2021, 7, 1, 9, 0, tzinfo=UTC),
        html=PERSIAN_HTML,
        status="paused",
        options={"url_tracking": False, "tracking_domain_id": 4},
        extra={"campaign[options][open_tracking]": "no"},
    )
    assert result is None
    assert (server.last.method, server.last.url.path) == ("PUT", "/api/campaigns/cmp1")
    assert server.last.headers["content-type"] == "application/x-www-form-urlencoded"
    form = server.form()
    assert decoded(form.pop("campaign[template][content]")) == PERSIAN_HTML.encode("utf-8")
    assert form == {
        "campaign[subject]": "موضوع تازه",
        "campaign[send_at]": "2021-07-01 13:30:00",
        "campaign[status]": "paused",
        "campaign[options][url_tracking]": "no",
        "campaign[options][tracking_domain_id]": "4",
        "campaign[options][open_tracking]": "no",
    }


async def test_update_sends_only_extra_when_only_extra_is_given(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("PUT", "/campaigns/cmp1", CREATED)
    await client.campaigns.update("cmp1", extra={"campaign[group_uid]": "grp1"})
    assert server.form() == {"campaign[group_uid]": "grp1"}


async def test_update_refuses_nothing_to_change_and_two_content_sources(
    client: AsyncPakat, server: MockServer
) -> None:
    with pytest.raises(ValueError, match="nothing to update"):
        await client.campaigns.update("cmp1")
    with pytest.raises(ValueError, match="at most one of html"):
        await client.campaigns.update("cmp1", html="<p>x</p>", template_uid="tpl1")
    with pytest.raises(ValueError, match="campaign_uid must not be empty"):
        await client.campaigns.update("", name="x")
    with pytest.raises(ValueError, match="subject must be a single line"):
        await client.campaigns.update("cmp1", subject="a\nb")
    assert server.requests == []


# --- status changes and figures ---------------------------------------------------------------------


async def test_pause_unpause_and_mark_sent_return_the_new_status(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("PUT", "/campaigns/cmp1/pause-unpause", {"status": "success", "campaign": {"status": "paused"}})
    server.on("PUT", "/campaigns/cmp1/mark-sent", {"status": "success", "campaign": {"status": "sent"}})
    assert await client.campaigns.pause_unpause("cmp1") == "paused"
    assert (server.last.method, server.last.url.path) == ("PUT", "/api/campaigns/cmp1/pause-unpause")
    assert await client.campaigns.mark_sent("cmp1") == "sent"
    assert (server.last.method, server.last.url.path) == ("PUT", "/api/campaigns/cmp1/mark-sent")


async def test_a_new_status_value_stays_a_string_and_a_missing_one_is_an_error(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on(
        "PUT",
        "/campaigns/cmp1/pause-unpause",
        {"status": "success", "campaign": {"status": "hibernating"}},
        {"status": "success"},
    )
    assert await client.campaigns.pause_unpause("cmp1") == "hibernating"
    with pytest.raises(APIResponseValidationError, match=r"campaign\.status"):
        await client.campaigns.pause_unpause("cmp1")


async def test_stats_reads_data_without_a_record_level(client: AsyncPakat, server: MockServer) -> None:
    stats = {"campaign_status": "sent", "subscribers_count": "1200", "opens_rate": 41.5, "new_figure": 3}
    server.on("GET", "/campaigns/cmp1/stats", {"status": "success", "data": stats})
    result = await client.campaigns.stats("cmp1")
    assert (server.last.method, server.last.url.path) == ("GET", "/api/campaigns/cmp1/stats")
    assert (result.campaign_status, result.subscribers_count, result.opens_rate) == ("sent", "1200", 41.5)
    assert result.to_dict()["new_figure"] == 3


# --- bounces, delivery logs, unsubscribes ------------------------------------------------------------


async def test_bounces_and_iter_bounces(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/campaigns/cmp1/bounces", collection([BOUNCE], count="1"))
    page = await client.campaigns.bounces("cmp1", page=1, per_page=15)
    assert server.query() == {"page": "1", "per_page": "15"}
    assert (page.count, page.items[0].bounce_type, page.items[0].to_dict()["subscriber"]) == (
        1,
        "hard",
        SUBSCRIBER,
    )
    records = [{**BOUNCE, "message": str(i)} for i in range(3)]
    server.on("GET", "/campaigns/cmp1/bounces", paged(records))
    assert [b.message async for b in client.campaigns.iter_bounces("cmp1", per_page=12)] == ["0", "1", "2"]
    assert [server.query(i) for i in (1, 2)] == [
        {"page": "1", "per_page": "12"},
        {"page": "2", "per_page": "12"},
    ]


async def test_create_bounce_sends_multipart_and_returns_the_bounce(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("POST", "/campaigns/cmp1/bounces", record(BOUNCE))
    bounce = await client.campaigns.create_bounce(
        "cmp1",
        subscriber_uid="sub1",
        bounce_type="hard",
        message="550 5.1.1 کاربر وجود ندارد",
        extra={"bounce_code": "550"},
    )
    assert (bounce.bounce_type, bounce.message) == ("hard", "550 No such user")
    assert (server.last.method, server.last.url.path) == ("POST", "/api/campaigns/cmp1/bounces")
    assert server.last.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert server.form() == {
        "subscriber_uid": "sub1",
        "bounce_type": "hard",
        "message": "550 5.1.1 کاربر وجود ندارد",
        "bounce_code": "550",
    }


async def test_create_bounce_refuses_bad_input(client: AsyncPakat, server: MockServer) -> None:
    with pytest.raises(ValueError, match="bounce_type must be one of hard, internal, soft"):
        await client.campaigns.create_bounce("cmp1", subscriber_uid="sub1", bounce_type="permanent")
    with pytest.raises(ValueError, match="subscriber_uid must not be empty"):
        await client.campaigns.create_bounce("cmp1", subscriber_uid="", bounce_type="soft")
    with pytest.raises(TypeError, match="message must be a str"):
        await client.campaigns.create_bounce("cmp1", subscriber_uid="s", bounce_type="soft", message=550)  # type: ignore[arg-type]
    assert server.requests == []


async def test_delivery_logs_and_one_delivery_log_by_message_id(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("GET", "/campaigns/cmp1/delivery-logs", collection([DELIVERY_LOG]))
    server.on("GET", "/campaigns/email-message-id/abc.123@example.com", record(DELIVERY_LOG))
    log = (await client.campaigns.delivery_logs("cmp1", per_page=50)).items[0]
    assert server.query() == {"page": "1", "per_page": "50"}
    assert (log.status, log.retries, log.email_message_id) == ("hdl-by-sg-cmp", "0", "abc.123@example.com")
    one = await client.campaigns.delivery_log("abc.123@example.com")
    # The id is one path segment, its special characters escaped.
    assert server.last.url.raw_path == b"/api/campaigns/email-message-id/abc.123%40example.com"
    assert one.to_dict() == DELIVERY_LOG
    # The angle brackets of a Message-ID header are not part of the stored id.
    assert (await client.campaigns.delivery_log("<abc.123@example.com>")).to_dict() == DELIVERY_LOG
    assert server.last.url.raw_path == b"/api/campaigns/email-message-id/abc.123%40example.com"


async def test_iter_delivery_logs(client: AsyncPakat, server: MockServer) -> None:
    records = [{**DELIVERY_LOG, "email_message_id": f"m{i}"} for i in range(4)]
    server.on("GET", "/campaigns/cmp1/delivery-logs", paged(records))
    assert [d.email_message_id async for d in client.campaigns.iter_delivery_logs("cmp1", per_page=12)] == [
        "m0",
        "m1",
        "m2",
        "m3",
    ]
    assert len(server.requests) == 2


async def test_unsubscribes_and_iter_unsubscribes(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/campaigns/cmp1/unsubscribes", collection([UNSUBSCRIBE], count="1"))
    page = await client.campaigns.unsubscribes("cmp1", page=1, per_page=13)
    assert (server.last.url.path, server.query()) == (
        "/api/campaigns/cmp1/unsubscribes",
        {"page": "1", "per_page": "13"},
    )
    assert page.items[0].reason == "دیگر نمی‌خواهم"
    records = [{**UNSUBSCRIBE, "reason": str(i)} for i in range(3)]
    server.on("GET", "/campaigns/cmp1/unsubscribes", paged(records))
    reasons = [u.reason async for u in client.campaigns.iter_unsubscribes("cmp1", per_page=12)]
    assert reasons == ["0", "1", "2"]


async def test_list_style_calls_refuse_bad_paging_and_empty_uids(
    client: AsyncPakat, server: MockServer
) -> None:
    with pytest.raises(ValueError, match="per_page"):
        await client.campaigns.list(per_page=51)
    with pytest.raises(ValueError, match="per_page"):
        client.campaigns.iter(per_page=0)
    with pytest.raises(ValueError, match="page must be 1 or more"):
        await client.campaigns.bounces("cmp1", page=0)
    with pytest.raises(ValueError, match="campaign_uid"):
        client.campaigns.iter_bounces("")
    with pytest.raises(ValueError, match="campaign_uid"):
        client.campaigns.iter_delivery_logs(" ")
    with pytest.raises(ValueError, match="per_page"):
        client.campaigns.iter_unsubscribes("cmp1", per_page=51)
    with pytest.raises(ValueError, match="email_message_id"):
        await client.campaigns.delivery_log("")
    with pytest.raises(ValueError, match="email_message_id"):
        await client.campaigns.delivery_log("<>")
    with pytest.raises(ValueError, match="campaign_uid"):
        await client.campaigns.stats("")
    assert server.requests == []


# --- tracking --------------------------------------------------------------------------------------


async def test_track_url_and_track_opening(client: AsyncPakat, server: MockServer) -> None:
    link = {"track_url": "https://new.pakat.net/t/abc", "destination": "https://example.com/?q=سلام"}
    server.on("GET", "/campaigns/cmp1/track-url/sub1/h4sh", {"status": "success", "data": link})
    server.on("GET", "/campaigns/cmp1/track-opening/sub1", OK)
    result = await client.campaigns.track_url("cmp1", "sub1", "h4sh")
    assert (server.last.method, server.last.url.path) == ("GET", "/api/campaigns/cmp1/track-url/sub1/h4sh")
    assert result.destination == "https://example.com/?q=سلام"
    assert await client.campaigns.track_opening("cmp1", "sub1") is None
    assert (server.last.method, server.last.url.path) == ("GET", "/api/campaigns/cmp1/track-opening/sub1")
    with pytest.raises(ValueError, match="hash must not be empty"):
        await client.campaigns.track_url("cmp1", "sub1", "")
    with pytest.raises(ValueError, match="subscriber_uid must not be empty"):
        await client.campaigns.track_opening("cmp1", "")
    assert len(server.requests) == 2


async def test_track_unsubscribe_sends_no_body_unless_extra_is_given(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("POST", "/campaigns/cmp1/track-unsubscribe/sub1", OK)
    assert await client.campaigns.track_unsubscribe("cmp1", "sub1") is None
    assert (server.last.method, server.last.url.path, server.last.content) == (
        "POST",
        "/api/campaigns/cmp1/track-unsubscribe/sub1",
        b"",
    )
    await client.campaigns.track_unsubscribe(
        "cmp1", "sub1", extra={"reason": "دیگر نمی‌خواهم", "ip_address": "203.0.113.7"}
    )
    assert server.last.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert server.form() == {"reason": "دیگر نمی‌خواهم", "ip_address": "203.0.113.7"}
    with pytest.raises(TypeError, match="extra"):
        await client.campaigns.track_unsubscribe("cmp1", "sub1", extra={"reason": 1})  # type: ignore[dict-item]
    assert len(server.requests) == 2
