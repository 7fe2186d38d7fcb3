"""Campaigns: the rows `campaigns.*` of docs/server-behaviour.md, on the wire and through the facade.

The tests that drive a client, written once: here for AsyncPakat, generated into tests/_sync
for Pakat. The rows proven on the wire alone are in tests/behaviour/test_campaigns.py.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

import pakat
from pakat import AsyncPakat
from pakat.testing import Sandbox
from tests.behaviour.conftest import answered, form, refused
from tests.behaviour.test_campaigns import (
    EMPTY_PAGE,
    HTML,
    NOT_FOUND,
    STATS_KEYS,
    TAGS,
    TEHRAN,
    _activity,
    add_segment,
    b64,
    create,
    list_uid,
    post,
    set_status,
    zipped,
)
from tests.facade.conftest import MockServer

__all__ = ["list_uid"]  # fixtures of the wire tests, used here too


async def facade_create(client: AsyncPakat, list_uid: str, **changes: Any) -> str:
    arguments: dict[str, Any] = {
        "name": "خبرنامه هفتگی",
        "list_uid": list_uid,
        "subject": "خبرنامهٔ این هفته",
        "from_name": "پاکات",
        "from_email": "news@example.com",
        "reply_to": "reply@example.com",
        "html": HTML,
        **changes,
    }
    return await client.campaigns.create(**arguments)


# listCampaigns ----------------------------------------------------------------------------------


@pytest.mark.behaviour("campaigns.list.ok")
async def test_list_records_hold_five_keys_newest_first(
    wire: httpx.Client, api: AsyncPakat, list_uid: str
) -> None:
    first = create(wire, list_uid, name="اول")
    second = create(wire, list_uid, name="دوم", status="draft", type="autoresponder")
    data = answered(wire.get("/campaigns"), 200)["data"]
    assert data == {
        "count": "2",
        "total_pages": 1,
        "current_page": 1,
        "next_page": None,
        "prev_page": None,
        "records": [
            {"campaign_uid": second, "type": "autoresponder", "name": "دوم", "status": "draft", "group": []},
            {
                "campaign_uid": first,
                "type": "regular",
                "name": "اول",
                "status": "pending-sending",
                "group": [],
            },
        ],
    }
    page = await api.campaigns.list()
    assert [(c.campaign_uid, c.status, c.group) for c in page.items] == [
        (second, "draft", None),
        (first, "pending-sending", None),
    ]
    assert not page.items[0].campaign_id  # UNSET: not sent


@pytest.mark.behaviour("campaigns.list.ok")
async def test_facade_reads_a_group_object_and_an_empty_array(client: AsyncPakat, server: MockServer) -> None:
    server.on(
        "GET",
        "/campaigns",
        {
            "status": "success",
            "data": {
                "count": "2",
                "total_pages": 1,
                "current_page": 1,
                "next_page": None,
                "prev_page": None,
                "records": [
                    {"campaign_uid": "a1", "type": "regular", "name": "A", "status": "sent", "group": []},
                    {
                        "campaign_uid": "b2",
                        "type": "regular",
                        "name": "B",
                        "status": "paused",
                        "group": {"group_uid": "g1", "name": "فروش"},
                    },
                ],
            },
        },
    )
    first, second = (await client.campaigns.list()).items
    assert first.group is None
    assert second.group is not None and not isinstance(second.group, list)
    assert (second.group.group_uid, second.group.name) == ("g1", "فروش")


@pytest.mark.behaviour("campaigns.list.hidden-deleted", "campaigns.delete.ok")
async def test_deleted_campaigns_are_neither_listed_nor_counted(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str
) -> None:
    kept = create(wire, list_uid, name="Kept")
    gone = create(wire, list_uid, name="Gone")
    assert answered(wire.delete(f"/campaigns/{gone}"), 200) == {"status": "success"}
    data = answered(wire.get("/campaigns"), 200)["data"]
    assert (data["count"], [r["campaign_uid"] for r in data["records"]]) == ("1", [kept])
    assert [c.campaign_uid async for c in api.campaigns.iter()] == [kept]
    stored = sandbox.campaign(gone)
    assert (stored["status"], stored["name"]) == ("pending-delete", "Gone(Deleted)")
    await api.campaigns.delete(kept)
    assert answered(wire.get("/campaigns"), 200)["data"] == EMPTY_PAGE


@pytest.mark.behaviour("campaigns.list.empty")
async def test_no_campaigns_is_a_null_paged_empty_page(wire: httpx.Client, api: AsyncPakat) -> None:
    assert answered(wire.get("/campaigns"), 200) == {"status": "success", "data": EMPTY_PAGE}
    page = await api.campaigns.list()
    assert (page.items, page.count, page.total_pages, page.next_page) == ((), 0, 0, None)


@pytest.mark.behaviour("campaigns.list.paging")
async def test_per_page_is_clamped_and_pages_past_the_end_are_empty(
    wire: httpx.Client, api: AsyncPakat, list_uid: str
) -> None:
    uids = [create(wire, list_uid, name=f"c{n}") for n in range(12)]
    data = answered(wire.get("/campaigns", params={"per_page": "1"}), 200)["data"]
    assert (len(data["records"]), data["total_pages"], data["next_page"]) == (10, 2, 2)
    assert [r["campaign_uid"] for r in data["records"]] == uids[::-1][:10]
    data = answered(wire.get("/campaigns", params={"per_page": "500", "page": "abc"}), 200)["data"]
    assert (len(data["records"]), data["current_page"]) == (12, 1)
    data = answered(wire.get("/campaigns", params={"per_page": "abc", "page": "0"}), 200)["data"]
    assert (len(data["records"]), data["current_page"], data["prev_page"]) == (10, 1, None)
    data = answered(wire.get("/campaigns", params={"page": "4"}), 200)["data"]
    assert (data["records"], data["count"], data["total_pages"], data["current_page"]) == ([], "12", 2, 4)
    assert (data["next_page"], data["prev_page"]) == (None, 3)
    assert [c.campaign_uid async for c in api.campaigns.iter(per_page=10)] == uids[::-1]
    with pytest.raises(ValueError, match="between 10 and 50"):
        await api.campaigns.list(per_page=5)


@pytest.mark.behaviour("campaigns.list.not-modified", "campaigns.get.not-modified")
@pytest.mark.parametrize("call", ["list", "get"])
async def test_the_facade_never_asks_for_a_304_and_types_one_it_gets(
    call: str, client: AsyncPakat, server: MockServer
) -> None:
    # The sandbox does not implement HTTP caching (cross.cache.*): the facade never sends
    # If-None-Match or If-Modified-Since, so it always gets a full answer. A 304 that reaches it
    # anyway (a caching proxy) is an APIError, not a crash.
    path = "/campaigns" if call == "list" else "/campaigns/abc"
    server.on("GET", path, httpx.Response(304, headers={"ETag": '"abc"'}))
    with pytest.raises(pakat.APIError) as caught:
        await client.campaigns.list() if call == "list" else await client.campaigns.get("abc")
    assert caught.value.status_code == 304
    assert not {name.lower() for name in server.last.headers} & {"if-none-match", "if-modified-since"}


# getCampaign ------------------------------------------------------------------------------------


@pytest.mark.behaviour("campaigns.get.ok")
async def test_get_holds_settings_list_and_segment_but_no_template_or_options(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str
) -> None:
    sandbox.seed_subscribers(list_uid, 3)
    sandbox.seed_subscribers(list_uid, 2, status="unconfirmed")
    uid = create(wire, list_uid, to_name="[FNAME]")
    rec = answered(wire.get(f"/campaigns/{uid}"), 200)["data"]["record"]
    assert list(rec) == [
        "campaign_uid",
        "name",
        "type",
        "from_name",
        "from_email",
        "to_name",
        "reply_to",
        "subject",
        "status",
        "date_added",
        "send_at",
        "list",
        "segment",
        "group",
    ]
    assert rec | {"date_added": "", "send_at": ""} == {
        "campaign_uid": uid,
        "name": "خبرنامه هفتگی",
        "type": "regular",
        "from_name": "پاکات",
        "from_email": "news@example.com",
        "to_name": "[FNAME]",
        "reply_to": "reply@example.com",
        "subject": "خبرنامهٔ این هفته",
        "status": "pending-sending",
        "date_added": "",
        "send_at": "",
        "list": {"list_uid": list_uid, "name": "خبرنامه پاکات", "subscribers_count": 3},
        "segment": [],
        "group": [],
    }
    detail = await api.campaigns.get(uid)
    assert (detail.segment, detail.group, detail.list_.subscribers_count) == (None, None, 3)
    segment_uid = add_segment(sandbox, list_uid, "همه")
    answered(wire.put(f"/campaigns/{uid}", data={"campaign[segment_uid]": segment_uid}), 200)
    segment = answered(wire.get(f"/campaigns/{uid}"), 200)["data"]["record"]["segment"]
    assert segment == {"segment_uid": segment_uid, "name": "همه", "subscribers_count": 3}
    detail = await api.campaigns.get(uid)
    assert detail.segment is not None and not isinstance(detail.segment, list)
    assert detail.segment.segment_uid == segment_uid


@pytest.mark.behaviour("campaigns.get.dates", "campaigns.create.send-at-timezone")
async def test_dates_are_display_strings_in_the_account_timezone(
    wire: httpx.Client, api: AsyncPakat, list_uid: str
) -> None:
    uid = create(wire, list_uid, send_at="2025-03-21 13:05:00")
    rec = answered(wire.get(f"/campaigns/{uid}"), 200)["data"]["record"]
    assert rec["send_at"] == "3/21/25, 1:05 PM"
    added = datetime.now(UTC).astimezone(TEHRAN)
    hour = added.hour % 12 or 12
    assert rec["date_added"].startswith(f"{added.month}/{added.day}/{added.year % 100:02d}, {hour}:")
    assert rec["date_added"].endswith(("AM", "PM"))
    # The facade hands them over as they are: strings, not datetimes.
    detail = await api.campaigns.get(uid)
    assert (detail.send_at, detail.date_added) == (rec["send_at"], rec["date_added"])


@pytest.mark.behaviour("campaigns.get.not-found")
async def test_get_of_an_unknown_or_deleted_campaign_is_404(
    wire: httpx.Client, api: AsyncPakat, list_uid: str
) -> None:
    refused(wire.get("/campaigns/nosuchcampaign"), 404, NOT_FOUND)
    uid = create(wire, list_uid)
    answered(wire.delete(f"/campaigns/{uid}"), 200)
    refused(wire.get(f"/campaigns/{uid}"), 404, NOT_FOUND)
    with pytest.raises(pakat.NotFoundError, match=NOT_FOUND):
        await api.campaigns.get(uid)


# createCampaign ---------------------------------------------------------------------------------


@pytest.mark.behaviour("campaigns.create.ok")
async def test_create_answers_201_with_the_uid_beside_status(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str
) -> None:
    body = answered(post(wire, list_uid), 201)
    assert set(body) == {"status", "campaign_uid"} and body["status"] == "success"
    assert len(body["campaign_uid"]) == 13
    stored = sandbox.campaign(body["campaign_uid"])
    assert (stored["status"], stored["to_name"], stored["template"]["content"]) == (
        "pending-sending",
        "[EMAIL]",
        HTML,
    )
    assert list(sandbox.campaign_urls(body["campaign_uid"]).values()) == ["https://example.com/offer"]
    for status in ("draft", "paused"):
        uid = create(wire, list_uid, status=status)
        assert answered(wire.get(f"/campaigns/{uid}"), 200)["data"]["record"]["status"] == status
    uid = await facade_create(api, list_uid, status="draft")
    assert (await api.campaigns.get(uid)).status == "draft"


@pytest.mark.behaviour("campaigns.create.status-ignored")
async def test_other_statuses_are_ignored(wire: httpx.Client, api: AsyncPakat, list_uid: str) -> None:
    for status in ("sent", "sending", "blocked", "nonsense", ""):
        uid = create(wire, list_uid, status=status)
        assert answered(wire.get(f"/campaigns/{uid}"), 200)["data"]["record"]["status"] == "pending-sending"
    # The facade refuses them before sending; extra= still reaches the server, which ignores it.
    with pytest.raises(ValueError):
        await facade_create(api, list_uid, status="sent")
    uid = await facade_create(api, list_uid, extra={"campaign[status]": "sent"})
    assert (await api.campaigns.get(uid)).status == "pending-sending"


@pytest.mark.behaviour("campaigns.create.max-campaigns")
async def test_the_campaign_limit_is_a_403_checked_first() -> None:
    with Sandbox(max_campaigns=2) as sandbox:
        async with AsyncPakat(api_key=sandbox.api_key, base_url=sandbox.url) as api:
            wire = httpx.Client(base_url=sandbox.url, headers={"X-API-KEY": sandbox.api_key})
            list_uid = sandbox.create_list()
            first = create(wire, list_uid)
            create(wire, list_uid, status="draft")
            message = "You have reached the maximum number of allowed campaigns."
            refused(post(wire, list_uid), 403, message)
            refused(wire.post("/campaigns", files=form({"x": "y"})), 403, message)  # before the body is read
            with pytest.raises(pakat.PermissionDeniedError, match=message):
                await facade_create(api, list_uid)
            # A deleted campaign no longer counts; a copy is not checked.
            answered(wire.post(f"/campaigns/{first}/copy"), 200)
            answered(wire.delete(f"/campaigns/{first}"), 200)
            refused(post(wire, list_uid), 403, message)
            wire.close()


@pytest.mark.behaviour("campaigns.create.max-active")
async def test_the_active_campaign_limit_counts_pending_paused_and_sending() -> None:
    with Sandbox(max_active_campaigns=1) as sandbox:
        async with AsyncPakat(api_key=sandbox.api_key, base_url=sandbox.url) as api:
            wire = httpx.Client(base_url=sandbox.url, headers={"X-API-KEY": sandbox.api_key})
            list_uid = sandbox.create_list()
            create(wire, list_uid, status="draft")
            create(wire, list_uid, status="draft")  # drafts are not active
            active = create(wire, list_uid, status="paused")
            message = "You have reached the maximum number of allowed active campaigns."
            refused(post(wire, list_uid, status="draft"), 403, message)  # even for a new draft
            with pytest.raises(pakat.PermissionDeniedError, match=message):
                await facade_create(api, list_uid)
            set_status(sandbox, active, "sent")
            create(wire, list_uid)
            wire.close()


@pytest.mark.behaviour("campaigns.create.empty-body")
def test_an_empty_or_json_body_is_a_flat_422_of_blank_fields(wire: httpx.Client, api: AsyncPakat) -> None:
    blank = {
        "name": "Campaign name cannot be blank.",
        "from_name": "From name cannot be blank.",
        "from_email": "From email cannot be blank.",
        "subject": "Subject cannot be blank.",
        "reply_to": "Reply to cannot be blank.",
    }
    refused(wire.post("/campaigns", files=form({"unrelated": "x"})), 422, blank)
    refused(wire.post("/campaigns", data={}), 422, blank)


@pytest.mark.behaviour("campaigns.create.validation")
async def test_field_errors_are_flat_keyed_by_attribute_before_any_list_check(
    wire: httpx.Client, api: AsyncPakat, list_uid: str
) -> None:
    refused(
        post(
            wire,
            "nosuchlist",
            name="ن" * 256,
            from_name="ف" * 101,
            from_email="not-an-address",
            reply_to="[LIST_FROM_EMAIL]",
            subject="س" * 256,
            to_name="ت" * 256,
            type="newsletter",
        ),
        422,
        {
            "name": "Campaign name is too long (maximum is 255 characters).",
            "from_name": "From name is too long (maximum is 100 characters).",
            "from_email": "From email is not a valid email address.",
            "reply_to": "Please associate a list first!",
            "subject": "Subject is too long (maximum is 255 characters).",
            "to_name": "To name is too long (maximum is 255 characters).",
            "type": "Type is not in the list.",
        },
    )
    refused(
        post(wire, list_uid, to_name="", subject="   "),
        422,
        {
            "to_name": "To name cannot be blank.",
            "subject": "Subject cannot be blank.",
        },
    )
    refused(
        post(wire, list_uid, from_email="a" * 95 + "@x.com"),
        422,
        {"from_email": "From email is too long (maximum is 100 characters)."},
    )
    with pytest.raises(pakat.ValidationError) as caught:
        await facade_create(api, list_uid, name="ن" * 256)
    assert caught.value.errors == {"name": "Campaign name is too long (maximum is 255 characters)."}
    with pytest.raises(ValueError):
        await facade_create(api, list_uid, from_email="not-an-address")


@pytest.mark.behaviour("campaigns.create.send-at-timezone")
async def test_send_at_is_read_in_the_account_timezone_and_a_past_time_is_accepted(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str
) -> None:
    uid = create(wire, list_uid, send_at="2025-03-21 09:00:00")
    assert sandbox.campaign(uid)["send_at"] == "2025-03-21 05:30:00"  # Tehran is UTC+03:30
    uid = create(wire, list_uid, send_at="2001-01-01 00:00:00")
    assert sandbox.campaign(uid)["send_at"] == "2000-12-31 20:30:00"
    # The facade writes any aware datetime as Tehran wall-clock time.
    uid = await facade_create(api, list_uid, send_at=datetime(2025, 3, 21, 5, 30, tzinfo=UTC))
    assert sandbox.campaign(uid)["send_at"] == "2025-03-21 05:30:00"
    assert (await api.campaigns.get(uid)).send_at == "3/21/25, 9:00 AM"
    with pytest.raises(ValueError, match="naive"):
        await facade_create(api, list_uid, send_at=datetime(2025, 3, 21, 9, 0))


@pytest.mark.behaviour("campaigns.create.send-at-omitted")
async def test_without_send_at_the_server_clock_is_read_as_account_time(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str
) -> None:
    uid = create(wire, list_uid, send_at=None)
    stored = datetime.strptime(sandbox.campaign(uid)["send_at"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    expected = datetime.now(UTC) - timedelta(hours=3, minutes=30)
    assert abs(stored - expected) < timedelta(minutes=2)
    refused(post(wire, list_uid, send_at=""), 422, {"send_at": "Send at cannot be blank."})
    # The facade always sends one: now, in the account's timezone.
    uid = await facade_create(api, list_uid)
    stored = datetime.strptime(sandbox.campaign(uid)["send_at"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    assert abs(stored - datetime.now(UTC)) < timedelta(minutes=2)


@pytest.mark.behaviour("campaigns.create.list-unknown")
async def test_an_unknown_list_is_a_string_422(wire: httpx.Client, api: AsyncPakat) -> None:
    refused(post(wire, "nosuchlist"), 422, "Provided list does not exist.")
    with pytest.raises(pakat.ValidationError) as caught:
        await facade_create(api, "nosuchlist")
    assert (caught.value.errors, caught.value.message) == ("Provided list does not exist.",) * 2


@pytest.mark.behaviour("campaigns.create.segment-unknown")
async def test_a_segment_of_another_list_is_a_string_422(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str
) -> None:
    other = add_segment(sandbox, sandbox.create_list("Other"), "Other's")
    refused(post(wire, list_uid, segment_uid=other), 422, "Provided list segment does not exist.")
    refused(post(wire, list_uid, segment_uid="nosuchsegment"), 422, "Provided list segment does not exist.")
    mine = add_segment(sandbox, list_uid, "Mine")
    uid = await facade_create(api, list_uid, segment_uid=mine)
    assert sandbox.campaign(uid)["segment_uid"] == mine
    with pytest.raises(pakat.ValidationError, match="Provided list segment does not exist"):
        await facade_create(api, list_uid, segment_uid=other)


@pytest.mark.behaviour("campaigns.create.template-uid-unknown")
async def test_an_unknown_stored_template_is_a_string_422(
    wire: httpx.Client, api: AsyncPakat, list_uid: str
) -> None:
    refused(
        post(wire, list_uid, **{"campaign[template][template_uid]": "nosuchtemplate"}),
        422,
        "Provided template does not exist.",
    )
    with pytest.raises(pakat.ValidationError, match="Provided template does not exist"):
        await facade_create(api, list_uid, html=None, template_uid="nosuchtemplate")


@pytest.mark.behaviour("campaigns.create.template-precedence")
async def test_a_stored_template_wins_over_content_which_wins_over_an_archive(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str
) -> None:
    stored_html = f"<p>ذخیره‌شده</p>{TAGS}"
    template_uid = await api.templates.create("قالب", html=stored_html)
    archive = b64(zipped({"index.html": f"<p>زیپ</p>{TAGS}"}))
    uid = create(
        wire,
        list_uid,
        **{"campaign[template][template_uid]": template_uid, "campaign[template][archive]": archive},
    )
    assert sandbox.campaign(uid)["template"]["content"] == stored_html
    assert sandbox.campaign(uid)["template"]["name"] == "قالب"  # the stored template's name comes along
    uid = create(wire, list_uid, **{"campaign[template][archive]": archive})
    assert sandbox.campaign(uid)["template"]["content"] == HTML
    uid = create(
        wire, list_uid, **{"campaign[template][content]": None, "campaign[template][archive]": archive}
    )
    assert sandbox.campaign(uid)["template"]["content"] == f"<p>زیپ</p>{TAGS}"
    # Lenient base64: line breaks, stray characters and missing padding are skipped.
    encoded = b64(HTML)
    messy = "\n".join(encoded[i : i + 60] for i in range(0, len(encoded), 60)).rstrip("=") + " *"
    uid = create(wire, list_uid, **{"campaign[template][content]": messy})
    assert sandbox.campaign(uid)["template"]["content"] == HTML
    # The facade sends exactly one source.
    with pytest.raises(ValueError, match="exactly one"):
        await facade_create(api, list_uid, template_uid=template_uid)


@pytest.mark.behaviour("campaigns.create.template-missing")
async def test_no_content_at_all_is_a_string_422(wire: httpx.Client, api: AsyncPakat, list_uid: str) -> None:
    message = "Please provide a template for your campaign."
    refused(post(wire, list_uid, **{"campaign[template][content]": None}), 422, message)
    refused(post(wire, list_uid, **{"campaign[template][content]": ""}), 422, message)
    refused(
        post(wire, list_uid, **{"campaign[template][content]": "!!!"}), 422, message
    )  # decodes to nothing
    refused(
        post(wire, list_uid, **{"campaign[template][content]": b64("0")}), 422, message
    )  # PHP's empty("0")
    with pytest.raises(ValueError, match="exactly one"):
        await facade_create(api, list_uid, html=None)


@pytest.mark.behaviour("campaigns.create.archive-not-zip")
async def test_an_archive_that_is_not_a_zip_is_refused(
    wire: httpx.Client, api: AsyncPakat, list_uid: str
) -> None:
    refused(
        post(
            wire,
            list_uid,
            **{"campaign[template][content]": None, "campaign[template][archive]": b64("<p>x</p>")},
        ),
        422,
        "Your archive does not seem to be a valid zip file.",
    )
    with pytest.raises(ValueError, match="not a zip"):
        await facade_create(api, list_uid, html=None, archive=b"<p>x</p>")


@pytest.mark.behaviour("campaigns.create.archive-unusable")
async def test_a_zip_without_a_usable_html_file_is_an_archive_keyed_422(
    wire: httpx.Client, api: AsyncPakat, list_uid: str
) -> None:
    def with_archive(files: dict[str, str]) -> httpx.Response:
        archive = b64(zipped(files))
        return post(
            wire, list_uid, **{"campaign[template][content]": None, "campaign[template][archive]": archive}
        )

    refused(
        with_archive({"a.txt": "x"}),
        422,
        {"archive": "Cannot find template entry file, usually called index.html"},
    )
    refused(
        with_archive({"index.html": "   "}), 422, {"archive": "The template entry file seems to be empty."}
    )
    assert answered(wire.get("/campaigns"), 200)["data"] == EMPTY_PAGE  # rolled back
    with pytest.raises(pakat.ValidationError) as caught:
        await facade_create(api, list_uid, html=None, archive=zipped({"a.txt": "x"}))
    assert caught.value.errors == {"archive": "Cannot find template entry file, usually called index.html"}


@pytest.mark.behaviour("campaigns.create.required-tags")
async def test_html_without_the_required_tags_is_refused(
    wire: httpx.Client, api: AsyncPakat, list_uid: str
) -> None:
    def content(html: str) -> httpx.Response:
        return post(wire, list_uid, **{"campaign[template][content]": b64(html)})

    message = "The following tags are required but were not found in your content: "
    refused(content("<p>سلام</p>"), 422, {"content": message + "[COMPANY_FULL_ADDRESS], [UNSUBSCRIBE_URL]"})
    refused(content("<p>[UNSUBSCRIBE_URL]</p>"), 422, {"content": message + "[COMPANY_FULL_ADDRESS]"})
    for alternative in ("[UNSUBSCRIBE_LINK]", "[DIRECT_UNSUBSCRIBE_URL]", "[DIRECT_UNSUBSCRIBE_LINK]"):
        answered(content(f"<p>{alternative} [COMPANY_FULL_ADDRESS]</p>"), 201)
    # From a stored template or an archive too; templates themselves need no tags.
    template_uid = await api.templates.create("بی‌برچسب", html="<p>سلام</p>")
    refused(
        post(
            wire,
            list_uid,
            **{"campaign[template][content]": None, "campaign[template][template_uid]": template_uid},
        ),
        422,
        {"content": message + "[COMPANY_FULL_ADDRESS], [UNSUBSCRIBE_URL]"},
    )
    assert answered(wire.get("/campaigns"), 200)["data"]["count"] == "3"
    # The facade does not check (the account's setting is unknown): the server's 422 comes through.
    with pytest.raises(pakat.ValidationError) as caught:
        await facade_create(api, list_uid, html="<p>سلام</p>")
    assert caught.value.errors == {"content": message + "[COMPANY_FULL_ADDRESS], [UNSUBSCRIBE_URL]"}


@pytest.mark.behaviour("campaigns.create.required-tags")
async def test_the_required_tags_are_an_account_setting() -> None:
    with Sandbox(required_campaign_tags=()) as sandbox:
        async with AsyncPakat(api_key=sandbox.api_key, base_url=sandbox.url) as api:
            uid = await facade_create(api, sandbox.create_list(), html="<p>بدون برچسب</p>")
            assert sandbox.campaign(uid)["template"]["content"] == "<p>بدون برچسب</p>"
    with Sandbox(required_campaign_tags=["[LIST_NAME]"]) as sandbox:
        async with AsyncPakat(api_key=sandbox.api_key, base_url=sandbox.url) as api:
            with pytest.raises(pakat.ValidationError, match=r"\[LIST_NAME\]"):
                await facade_create(api, sandbox.create_list(), html=HTML)


@pytest.mark.behaviour("campaigns.create.plain-text")
async def test_plain_text_is_base64_decoded_and_made_from_the_html_when_missing(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str
) -> None:
    text = "سلام! خبرنامهٔ این هفته"
    uid = create(wire, list_uid, **{"campaign[template][plain_text]": b64(text)})
    assert sandbox.campaign(uid)["template"]["plain_text"] == text
    uid = create(wire, list_uid)  # made from the HTML
    made = sandbox.campaign(uid)["template"]["plain_text"]
    assert "سلام [FNAME]" in made and "<" not in made
    uid = create(wire, list_uid, **{"campaign[template][auto_plain_text]": "no"})
    assert sandbox.campaign(uid)["template"]["plain_text"] == ""
    uid = create(
        wire, list_uid, **{"campaign[template][auto_plain_text]": "whatever"}
    )  # anything but no: yes
    assert sandbox.campaign(uid)["template"]["plain_text"] != ""
    # Used only while plain_text_email is yes.
    uid = create(
        wire,
        list_uid,
        **{
            "campaign[template][plain_text]": b64(text),
            "campaign[options][plain_text_email]": "no",
            "campaign[template][auto_plain_text]": "no",
        },
    )
    assert sandbox.campaign(uid)["template"]["plain_text"] == ""
    # The facade encodes it (str, bytes or a file), as it does the HTML.
    uid = await facade_create(api, list_uid, plain_text=text)
    assert sandbox.campaign(uid)["template"]["plain_text"] == text


@pytest.mark.behaviour("campaigns.create.plain-text")
async def test_the_facade_sends_plain_text_base64(
    client: AsyncPakat, server: MockServer, tmp_path: Path
) -> None:
    server.on("POST", "/campaigns", {"status": "success", "campaign_uid": "c1"})
    file = tmp_path / "text.txt"
    file.write_text("متن ساده", "utf-8")
    await facade_create(client, "l1", plain_text=file)
    sent = server.form()["campaign[template][plain_text]"]
    assert base64.b64decode(sent).decode("utf-8") == "متن ساده"


@pytest.mark.behaviour("campaigns.create.inline-css")
async def test_inline_css_is_not_read(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str
) -> None:
    uid = create(wire, list_uid, **{"campaign[template][inline_css]": "perhaps"})
    assert sandbox.campaign(uid)["template"]["content"] == HTML
    uid = await facade_create(api, list_uid, extra={"campaign[template][inline_css]": "yes"})
    assert (await api.campaigns.get(uid)).status == "pending-sending"


@pytest.mark.behaviour("campaigns.create.options")
async def test_options_are_validated_and_keyed_by_option_name(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str
) -> None:
    def options(**values: str) -> httpx.Response:
        return post(wire, list_uid, **{f"campaign[options][{k}]": v for k, v in values.items()})

    refused(options(url_tracking="on"), 422, {"url_tracking": "Url tracking is not in the list."})
    refused(
        options(url_tracking="maybe"),
        422,
        {"url_tracking": "Url tracking is too long (maximum is 3 characters)."},
    )
    refused(options(open_tracking=""), 422, {"open_tracking": "Open tracking cannot be blank."})
    refused(
        options(autoresponder_event="AFTER-CAMPAIGN-OPEN"),
        422,
        {"autoresponder_open_campaign_id": "Please select a campaign for this autoresponder!"},
    )
    refused(
        options(autoresponder_event="AFTER-CAMPAIGN-SENT"),
        422,
        {"autoresponder_sent_campaign_id": "Please select a campaign for this autoresponder!"},
    )
    refused(
        options(autoresponder_event="LATER"),
        422,
        {"autoresponder_event": "Autoresponder event is not in the list."},
    )
    refused(
        options(autoresponder_time_value="4000"),
        422,
        {"autoresponder_time_value": "Autoresponder time value is too big (maximum is 3650)."},
    )
    refused(
        options(email_stats_delay_days="x"),
        422,
        {"email_stats_delay_days": "Email stats delay days must be an integer."},
    )
    refused(
        options(preheader="پ" * 256), 422, {"preheader": "Preheader is too long (maximum is 255 characters)."}
    )
    refused(options(cronjob_enabled="2"), 422, {"cronjob_enabled": "Enabled is not in the list."})
    refused(options(tracking_domain_id="7"), 422, {"tracking_domain_id": 'Tracking domain "7" is invalid.'})
    assert answered(wire.get("/campaigns"), 200)["data"] == EMPTY_PAGE  # nothing was created
    # Field errors come first, then the list, then the options.
    refused(
        post(wire, "nosuchlist", name="", **{"campaign[options][url_tracking]": "on"}),
        422,
        {"name": "Campaign name cannot be blank."},
    )
    refused(
        post(wire, "nosuchlist", **{"campaign[options][url_tracking]": "on"}),
        422,
        "Provided list does not exist.",
    )
    # Accepted values are stored; unknown option names are ignored.
    uid = create(
        wire,
        list_uid,
        **{
            "campaign[options][autoresponder_event]": "AFTER-CAMPAIGN-SENT",
            "campaign[options][autoresponder_sent_campaign_id]": "3",
            "campaign[options][embed_images]": "yes",
            "campaign[options][no_such_option]": "x",
        },
    )
    stored = sandbox.campaign(uid)["options"]
    assert (stored["autoresponder_event"], stored["embed_images"], stored["url_tracking"]) == (
        "AFTER-CAMPAIGN-SENT",
        "yes",
        "yes",
    )
    assert "no_such_option" not in stored
    uid = await facade_create(
        api,
        list_uid,
        options={
            "open_tracking": False,
            "email_stats_delay_days": 3,
            "preheader": "پیش‌نمایش",
            "max_send_count": 10,
        },
    )
    stored = sandbox.campaign(uid)["options"]
    assert (stored["open_tracking"], stored["email_stats_delay_days"], stored["preheader"]) == (
        "no",
        "3",
        "پیش‌نمایش",
    )
    for bad in ({"email_stats_delay_days": 31}, {"autoresponder_time_value": 3651}, {"preheader": "x" * 256}):
        with pytest.raises(ValueError):
            await facade_create(api, list_uid, options=bad)
    with pytest.raises(pakat.ValidationError) as caught:
        await facade_create(api, list_uid, options={"autoresponder_event": "AFTER-CAMPAIGN-OPEN"})
    assert caught.value.errors == {
        "autoresponder_open_campaign_id": "Please select a campaign for this autoresponder!"
    }


@pytest.mark.behaviour("campaigns.create.group")
async def test_an_unknown_group_is_ignored(wire: httpx.Client, api: AsyncPakat, list_uid: str) -> None:
    uid = create(wire, list_uid, group_uid="nosuchgroup")
    assert answered(wire.get(f"/campaigns/{uid}"), 200)["data"]["record"]["group"] == []
    assert answered(wire.get("/campaigns"), 200)["data"]["records"][0]["group"] == []
    assert (await api.campaigns.get(uid)).group is None


# updateCampaign ---------------------------------------------------------------------------------


@pytest.mark.behaviour("campaigns.update.ok")
async def test_update_answers_status_alone(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str
) -> None:
    uid = create(wire, list_uid)
    assert answered(wire.put(f"/campaigns/{uid}", data={"campaign[subject]": "نوروز مبارک"}), 200) == {
        "status": "success"
    }
    assert answered(wire.get(f"/campaigns/{uid}"), 200)["data"]["record"]["subject"] == "نوروز مبارک"
    assert await api.campaigns.update(uid, name="تازه", from_name="پاکات ۲") is None
    detail = await api.campaigns.get(uid)
    assert (detail.name, detail.from_name, detail.subject) == ("تازه", "پاکات ۲", "نوروز مبارک")


@pytest.mark.behaviour("campaigns.update.not-found")
async def test_update_of_an_unknown_or_deleted_campaign_has_its_own_404_text(
    wire: httpx.Client, api: AsyncPakat, list_uid: str
) -> None:
    refused(
        wire.put("/campaigns/nosuchcampaign", data={"campaign[name]": "x"}),
        404,
        "Requested campaign does not exist.",
    )
    uid = create(wire, list_uid)
    answered(wire.delete(f"/campaigns/{uid}"), 200)
    refused(
        wire.put(f"/campaigns/{uid}", data={"campaign[name]": "x"}), 404, "Requested campaign does not exist."
    )
    with pytest.raises(pakat.NotFoundError, match="Requested campaign does not exist"):
        await api.campaigns.update(uid, name="x")


@pytest.mark.behaviour("campaigns.update.not-editable")
@pytest.mark.parametrize("status", ["sending", "processing", "sent", "blocked", "pending-approve"])
async def test_only_drafts_pending_and_paused_campaigns_can_be_changed(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str, status: str
) -> None:
    uid = create(wire, list_uid)
    set_status(sandbox, uid, status)
    refused(wire.put(f"/campaigns/{uid}", data={"campaign[name]": "x"}), 422, "This campaign is not ediable.")
    refused(wire.put(f"/campaigns/{uid}"), 422, "This campaign is not ediable.")
    with pytest.raises(pakat.ValidationError, match="This campaign is not ediable"):
        await api.campaigns.update(uid, name="x")


@pytest.mark.behaviour("campaigns.update.empty-body")
async def test_an_update_without_fields_keeps_everything_but_the_template_name(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str
) -> None:
    template_uid = await api.templates.create("قالب", html=HTML)
    uid = create(
        wire,
        list_uid,
        **{"campaign[template][content]": None, "campaign[template][template_uid]": template_uid},
    )
    before = sandbox.campaign(uid)
    assert before["template"]["name"] == "قالب"
    assert answered(wire.put(f"/campaigns/{uid}"), 200) == {"status": "success"}
    assert answered(wire.put(f"/campaigns/{uid}", data={"unrelated": "x"}), 200) == {"status": "success"}
    after = sandbox.campaign(uid)
    assert after["template"]["name"] == ""  # the server's side effect
    assert {**after, "template": None, "extra": None} == {**before, "template": None, "extra": None}
    assert after["template"]["content"] == before["template"]["content"]
    with pytest.raises(ValueError, match="nothing to update"):
        await api.campaigns.update(uid)


@pytest.mark.behaviour("campaigns.update.partial")
async def test_the_merged_campaign_is_validated_as_on_create(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str
) -> None:
    uid = create(wire, list_uid)
    refused(
        wire.put(f"/campaigns/{uid}", data={"campaign[name]": ""}),
        422,
        {"name": "Campaign name cannot be blank."},
    )
    refused(
        wire.put(f"/campaigns/{uid}", data={"campaign[from_email]": "nope", "campaign[send_at]": "soon"}),
        422,
        {
            "from_email": "From email is not a valid email address.",
            "send_at": "The format of Send at is invalid.",
        },
    )
    refused(
        wire.put(f"/campaigns/{uid}", data={"campaign[options][xml_feed]": "on"}),
        422,
        {"xml_feed": "Xml feed is not in the list."},
    )
    # An address with tags is read through a confirmed subscriber of the list.
    refused(
        wire.put(f"/campaigns/{uid}", data={"campaign[reply_to]": "[EMAIL]"}),
        422,
        {"reply_to": "You need at least one subscriber in your selected list!"},
    )
    sandbox.seed_subscribers(list_uid, 1)
    answered(wire.put(f"/campaigns/{uid}", data={"campaign[reply_to]": "[EMAIL]"}), 200)
    assert sandbox.campaign(uid)["reply_to"] == "[EMAIL]"
    assert answered(wire.get(f"/campaigns/{uid}"), 200)["data"]["record"]["name"] == "خبرنامه هفتگی"
    with pytest.raises(pakat.ValidationError) as caught:
        await api.campaigns.update(uid, extra={"campaign[options][xml_feed]": "on"})
    assert caught.value.errors == {"xml_feed": "Xml feed is not in the list."}


@pytest.mark.behaviour("campaigns.update.list-unknown")
async def test_an_unknown_list_on_update_says_provide_a_list(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str
) -> None:
    uid = create(wire, list_uid)
    refused(
        wire.put(f"/campaigns/{uid}", data={"campaign[list_uid]": "nosuchlist"}),
        422,
        "Please provide a list for this campaign.",
    )
    other = sandbox.create_list("دیگر")
    await api.campaigns.update(uid, list_uid=other)
    assert sandbox.campaign(uid)["list_uid"] == other


@pytest.mark.behaviour("campaigns.update.segment")
async def test_segments_on_update(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str
) -> None:
    uid = create(wire, list_uid)
    mine = add_segment(sandbox, list_uid, "Mine")
    refused(
        wire.put(f"/campaigns/{uid}", data={"campaign[segment_uid]": "nosuchsegment"}),
        422,
        "Provided list segment does not exist.",
    )
    await api.campaigns.update(uid, segment_uid=mine)
    assert sandbox.campaign(uid)["segment_uid"] == mine
    answered(wire.put(f"/campaigns/{uid}", data={"campaign[segment_uid]": ""}), 200)  # does not remove it
    assert sandbox.campaign(uid)["segment_uid"] == mine
    other = sandbox.create_list("دیگر")
    answered(wire.put(f"/campaigns/{uid}", data={"campaign[list_uid]": other}), 200)  # keeps the old segment
    assert (sandbox.campaign(uid)["list_uid"], sandbox.campaign(uid)["segment_uid"]) == (other, mine)
    # A new segment must belong to the new (or current) list.
    refused(
        wire.put(f"/campaigns/{uid}", data={"campaign[segment_uid]": mine}),
        422,
        "Provided list segment does not exist.",
    )
    theirs = add_segment(sandbox, other, "Theirs")
    answered(wire.put(f"/campaigns/{uid}", data={"campaign[segment_uid]": theirs}), 200)
    assert sandbox.campaign(uid)["segment_uid"] == theirs


@pytest.mark.behaviour("campaigns.update.template")
async def test_content_on_update(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str
) -> None:
    uid = create(wire, list_uid)
    new_html = f'<p>دوم <a href="https://example.com/second">لینک</a></p>{TAGS}'
    answered(wire.put(f"/campaigns/{uid}", data={"campaign[template][content]": b64(new_html)}), 200)
    assert sandbox.campaign(uid)["template"]["content"] == new_html
    assert list(sandbox.campaign_urls(uid).values()) == ["https://example.com/second"]
    template_uid = await api.templates.create("قالب", html=f"<p>قالب</p>{TAGS}")
    answered(
        wire.put(
            f"/campaigns/{uid}",
            data={
                "campaign[template][template_uid]": template_uid,
                "campaign[template][content]": b64(new_html),
            },
        ),
        200,
    )
    stored = sandbox.campaign(uid)["template"]
    assert (stored["content"], stored["name"]) == (
        f"<p>قالب</p>{TAGS}",
        "",
    )  # the name is not copied on update
    answered(wire.put(f"/campaigns/{uid}", data={"campaign[template][minify]": "yes"}), 200)
    assert sandbox.campaign(uid)["template"]["minify"] == "yes"
    refused(
        wire.put(f"/campaigns/{uid}", data={"campaign[template][content]": b64("<p>بی‌برچسب</p>")}),
        422,
        {
            "content": "The following tags are required but were not found in your content: "
            "[COMPANY_FULL_ADDRESS], [UNSUBSCRIBE_URL]"
        },
    )
    refused(
        wire.put(f"/campaigns/{uid}", data={"campaign[template][template_uid]": "nosuchtemplate"}),
        422,
        "Provided template does not exist.",
    )
    refused(
        wire.put(f"/campaigns/{uid}", data={"campaign[template][archive]": b64("nope")}),
        422,
        "Your archive does not seem to be a valid zip file.",
    )
    await api.campaigns.update(uid, archive=zipped({"index.html": f"<p>زیپ</p>{TAGS}"}))
    assert sandbox.campaign(uid)["template"]["content"] == f"<p>زیپ</p>{TAGS}"
    await api.campaigns.update(uid, plain_text="متن")
    assert sandbox.campaign(uid)["template"]["plain_text"] == "متن"


@pytest.mark.behaviour("campaigns.update.send-at")
async def test_send_at_on_update(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str
) -> None:
    uid = create(wire, list_uid)
    answered(wire.put(f"/campaigns/{uid}", data={"campaign[send_at]": "2025-06-01 12:00:00"}), 200)
    assert sandbox.campaign(uid)["send_at"] == "2025-06-01 08:30:00"
    answered(wire.put(f"/campaigns/{uid}", data={"campaign[name]": "x"}), 200)
    assert sandbox.campaign(uid)["send_at"] == "2025-06-01 08:30:00"
    refused(
        wire.put(f"/campaigns/{uid}", data={"campaign[send_at]": "2025-06-01"}),
        422,
        {"send_at": "The format of Send at is invalid."},
    )
    await api.campaigns.update(uid, send_at=datetime(2025, 7, 1, 9, 0, tzinfo=TEHRAN))
    assert sandbox.campaign(uid)["send_at"] == "2025-07-01 05:30:00"
    await api.campaigns.update(uid, name="y")  # send_at None: unchanged
    assert sandbox.campaign(uid)["send_at"] == "2025-07-01 05:30:00"


@pytest.mark.behaviour("campaigns.update.status")
async def test_status_on_update(wire: httpx.Client, api: AsyncPakat, list_uid: str) -> None:
    uid = create(wire, list_uid)
    for status, expected in (("draft", "draft"), ("sent", "draft"), ("paused", "paused"), ("", "paused")):
        answered(wire.put(f"/campaigns/{uid}", data={"campaign[status]": status}), 200)
        assert answered(wire.get(f"/campaigns/{uid}"), 200)["data"]["record"]["status"] == expected
    await api.campaigns.update(uid, status="pending-sending")
    assert (await api.campaigns.get(uid)).status == "pending-sending"


# deleteCampaign ---------------------------------------------------------------------------------


@pytest.mark.behaviour("campaigns.delete.not-removable")
@pytest.mark.parametrize("status", ["sending", "processing"])
async def test_a_sending_campaign_cannot_be_removed(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str, status: str
) -> None:
    uid = create(wire, list_uid)
    set_status(sandbox, uid, status)
    refused(wire.delete(f"/campaigns/{uid}"), 400, "This campaign cannot be removed now.")
    with pytest.raises(pakat.BadRequestError, match="This campaign cannot be removed now"):
        await api.campaigns.delete(uid)
    assert sandbox.campaign(uid)["status"] == status


@pytest.mark.behaviour("campaigns.delete.not-found")
async def test_delete_of_an_unknown_or_deleted_campaign_is_404(
    wire: httpx.Client, api: AsyncPakat, list_uid: str
) -> None:
    refused(wire.delete("/campaigns/nosuchcampaign"), 404, NOT_FOUND)
    uid = create(wire, list_uid)
    await api.campaigns.delete(uid)
    refused(wire.delete(f"/campaigns/{uid}"), 404, NOT_FOUND)
    with pytest.raises(pakat.NotFoundError):
        await api.campaigns.delete(uid)


# copyCampaign -----------------------------------------------------------------------------------


@pytest.mark.behaviour("campaigns.copy.ok")
async def test_copy_is_a_draft_without_send_time_and_a_counted_name(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str
) -> None:
    original = create(wire, list_uid, name="Nowruz", **{"campaign[options][url_tracking]": "no"})
    body = answered(wire.post(f"/campaigns/{original}/copy"), 200)
    assert set(body) == {"status", "campaign_uid"} and body["campaign_uid"] != original
    copy = sandbox.campaign(body["campaign_uid"])
    source = sandbox.campaign(original)
    assert (copy["name"], copy["status"], copy["send_at"]) == ("Nowruz #1", "draft", None)
    assert (copy["template"], copy["options"], copy["list_uid"]) == (
        source["template"],
        source["options"],
        list_uid,
    )
    assert sandbox.campaign_urls(body["campaign_uid"])  # its links are tracked too
    # A copy's send time reads as now.
    shown = answered(wire.get(f"/campaigns/{body['campaign_uid']}"), 200)["data"]["record"]["send_at"]
    now = datetime.now(UTC).astimezone(TEHRAN)
    assert shown.startswith(f"{now.month}/{now.day}/{now.year % 100:02d}, ")
    second = await api.campaigns.copy(body["campaign_uid"])
    assert (await api.campaigns.get(second)).name == "Nowruz #2"
    third = await api.campaigns.copy(create(wire, list_uid, name="A#9"))
    assert (await api.campaigns.get(third)).name == "A#10"


@pytest.mark.behaviour("campaigns.copy.not-found")
async def test_copy_of_an_unknown_campaign_is_404(wire: httpx.Client, api: AsyncPakat) -> None:
    refused(wire.post("/campaigns/nosuchcampaign/copy"), 404, NOT_FOUND)
    with pytest.raises(pakat.NotFoundError):
        await api.campaigns.copy("nosuchcampaign")


@pytest.mark.behaviour("campaigns.copy.failed")
async def test_a_copy_failing_inside_the_server_is_a_bad_request(
    client: AsyncPakat, server: MockServer
) -> None:
    # The sandbox's copies never fail; a scripted answer shaped as the row says.
    server.on(
        "POST",
        "/campaigns/abc/copy",
        httpx.Response(400, json={"status": "error", "error": "Unable to copy the campaign."}),
    )
    with pytest.raises(pakat.BadRequestError, match="Unable to copy the campaign"):
        await client.campaigns.copy("abc")
    assert len(server.requests) == 1  # a POST is not repeated


# pauseUnpauseCampaign ---------------------------------------------------------------------------


@pytest.mark.behaviour("campaigns.pause-unpause.ok")
@pytest.mark.parametrize("status", ["pending-sending", "sending", "processing"])
async def test_pause(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str, status: str
) -> None:
    uid = create(wire, list_uid)
    set_status(sandbox, uid, status)
    assert answered(wire.put(f"/campaigns/{uid}/pause-unpause"), 200) == {
        "status": "success",
        "campaign": {"status": "paused"},
    }
    set_status(sandbox, uid, status)
    assert await api.campaigns.pause_unpause(uid) == "paused"


@pytest.mark.behaviour("campaigns.pause-unpause.resume")
async def test_resume(wire: httpx.Client, api: AsyncPakat, list_uid: str) -> None:
    uid = create(wire, list_uid, status="paused")
    assert answered(wire.put(f"/campaigns/{uid}/pause-unpause"), 200) == {
        "status": "success",
        "campaign": {"status": "sending"},
    }
    assert await api.campaigns.pause_unpause(uid) == "paused"
    assert await api.campaigns.pause_unpause(uid) == "sending"


@pytest.mark.behaviour("campaigns.pause-unpause.other")
@pytest.mark.parametrize("status", ["draft", "sent", "blocked", "pending-approve"])
async def test_other_statuses_are_answered_unchanged(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str, status: str
) -> None:
    uid = create(wire, list_uid)
    set_status(sandbox, uid, status)
    assert answered(wire.put(f"/campaigns/{uid}/pause-unpause"), 200) == {
        "status": "success",
        "campaign": {"status": status},
    }
    assert await api.campaigns.pause_unpause(uid) == status
    assert sandbox.campaign(uid)["status"] == status


@pytest.mark.behaviour("campaigns.pause-unpause.not-found")
async def test_pause_of_an_unknown_campaign_is_404(wire: httpx.Client, api: AsyncPakat) -> None:
    refused(wire.put("/campaigns/nosuchcampaign/pause-unpause"), 404, NOT_FOUND)
    with pytest.raises(pakat.NotFoundError):
        await api.campaigns.pause_unpause("nosuchcampaign")


# markCampaignSent -------------------------------------------------------------------------------


@pytest.mark.behaviour("campaigns.mark-sent.ok")
@pytest.mark.parametrize("status", ["pending-sending", "paused", "processing", "blocked", "pending-approve"])
async def test_mark_sent(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str, status: str
) -> None:
    sandbox.seed_subscribers(list_uid, 2)
    uid = create(wire, list_uid)
    set_status(sandbox, uid, status)
    assert answered(wire.put(f"/campaigns/{uid}/mark-sent"), 200) == {
        "status": "success",
        "campaign": {"status": "sent"},
    }
    assert answered(wire.get(f"/campaigns/{uid}/stats"), 200)["data"]["processed_count"] == 2
    other = create(wire, list_uid)
    set_status(sandbox, other, status)
    assert await api.campaigns.mark_sent(other) == "sent"


@pytest.mark.behaviour("campaigns.mark-sent.refused")
@pytest.mark.parametrize("status", ["draft", "sending", "sent"])
async def test_drafts_sending_and_sent_campaigns_are_refused(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str, status: str
) -> None:
    uid = create(wire, list_uid)
    set_status(sandbox, uid, status)
    message = "The campaign does not allow marking it as sent!"
    refused(wire.put(f"/campaigns/{uid}/mark-sent"), 400, message)
    with pytest.raises(pakat.BadRequestError, match=message):
        await api.campaigns.mark_sent(uid)


@pytest.mark.behaviour("campaigns.mark-sent.refused")
async def test_a_mark_sent_repeated_after_a_lost_answer_is_refused(
    sandbox: Sandbox, list_uid: str, wire: httpx.Client
) -> None:
    # The PUT is repeated after the connection drops; the first attempt had worked, so the
    # repeat meets a sent campaign and gets the 400. The docstring says so, and get() tells.
    uid = create(wire, list_uid)
    sandbox.faults.drop_connection(1, when="after")
    async with AsyncPakat(api_key=sandbox.api_key, base_url=sandbox.url, max_retries=2) as client:
        with pytest.raises(pakat.BadRequestError, match="does not allow marking it as sent"):
            await client.campaigns.mark_sent(uid)
        assert (await client.campaigns.get(uid)).status == "sent"
        assert "get()" in (type(client.campaigns).mark_sent.__doc__ or "")
    assert sandbox.processed["markCampaignSent"] == 1


@pytest.mark.behaviour("campaigns.mark-sent.not-found")
async def test_mark_sent_of_an_unknown_campaign_is_404(wire: httpx.Client, api: AsyncPakat) -> None:
    refused(wire.put("/campaigns/nosuchcampaign/mark-sent"), 404, NOT_FOUND)
    with pytest.raises(pakat.NotFoundError):
        await api.campaigns.mark_sent("nosuchcampaign")


# getCampaignStats -------------------------------------------------------------------------------


@pytest.mark.behaviour("campaigns.stats.ok")
async def test_stats_keys_in_order_counts_as_integers_and_whole_rates_without_fraction(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str
) -> None:
    sandbox.seed_subscribers(list_uid, 4)
    sandbox.seed_subscribers(list_uid, 3, status="unsubscribed")
    uid = create(wire, list_uid)
    response = wire.get(f"/campaigns/{uid}/stats")
    body = answered(response, 200)
    assert list(body) == ["status", "data"] and list(body["data"]) == STATS_KEYS
    assert body["data"]["campaign_status"] == "pending-sending"
    assert body["data"]["subscribers_count"] == 4
    assert all(body["data"][k] == 0 for k in STATS_KEYS[2:])
    assert (
        b'"delivery_success_rate": 0,' in response.content
        or b'"delivery_success_rate":0,' in response.content
    )
    answered(wire.put(f"/campaigns/{uid}/mark-sent"), 200)
    data = answered(wire.get(f"/campaigns/{uid}/stats"), 200)["data"]
    assert (data["processed_count"], data["delivery_success_count"], data["delivery_success_rate"]) == (
        4,
        4,
        100,
    )
    assert isinstance(data["delivery_success_rate"], int)
    stats = await api.campaigns.stats(uid)
    assert (stats.campaign_status, stats.processed_count, stats.delivery_success_rate) == ("sent", 4, 100)


@pytest.mark.behaviour("campaigns.stats.sent-strings")
async def test_the_facade_takes_counts_sent_as_strings(client: AsyncPakat, server: MockServer) -> None:
    # The sandbox marks campaigns sent through the API, which freezes nothing (its counts stay
    # numbers); a campaign that finished sending on the server reports strings.
    data: dict[str, Any] = {key: 0 for key in STATS_KEYS}
    data |= {
        "campaign_status": "sent",
        "subscribers_count": 1250,
        "processed_count": "1200",
        "delivery_success_count": "1180",
        "delivery_success_rate": 98.33333333333333,
        "opens_count": "700",
        "bounces_count": 20,
        "hard_bounces_count": "5",
    }
    server.on("GET", "/campaigns/abc/stats", {"status": "success", "data": data})
    stats = await client.campaigns.stats("abc")
    assert (stats.processed_count, stats.opens_count, stats.bounces_count) == ("1200", "700", 20)
    assert int(stats.processed_count) == 1200
    assert stats.delivery_success_rate == 98.33333333333333


@pytest.mark.behaviour("campaigns.stats.cache")
async def test_the_sandbox_shows_new_activity_at_once(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, list_uid: str
) -> None:
    # The server may lag up to 60 s; the sandbox never caches, which is one of the answers a
    # client must expect. The facade's docstring says so.
    sandbox.seed_subscribers(list_uid, 2)
    uid = create(wire, list_uid)
    answered(wire.put(f"/campaigns/{uid}/mark-sent"), 200)
    assert (await api.campaigns.stats(uid)).opens_count == 0
    _activity(sandbox, uid, errors=0, opens=[0], clicks=[], bounces=[], unsubscribes=0)
    assert (await api.campaigns.stats(uid)).opens_count == 1
    assert "60 seconds" in (type(api.campaigns).stats.__doc__ or "")


@pytest.mark.behaviour("campaigns.stats.not-found")
async def test_stats_of_an_unknown_campaign_is_404(wire: httpx.Client, api: AsyncPakat) -> None:
    refused(wire.get("/campaigns/nosuchcampaign/stats"), 404, NOT_FOUND)
    with pytest.raises(pakat.NotFoundError):
        await api.campaigns.stats("nosuchcampaign")


# Translations -----------------------------------------------------------------------------------


@pytest.mark.behaviour("campaigns.messages.language")
async def test_translated_messages_keep_their_status_and_type(client: AsyncPakat, server: MockServer) -> None:
    # The sandbox speaks English; a Persian account may get Persian words. Only the status and the
    # shape decide the error type.
    server.on(
        "GET", "/campaigns/abc", httpx.Response(404, json={"status": "error", "error": "کمپین وجود ندارد."})
    )
    server.on(
        "PUT",
        "/campaigns/abc/mark-sent",
        httpx.Response(
            400, json={"status": "error", "error": "امکان علامت‌گذاری این کمپین به‌عنوان ارسال‌شده نیست!"}
        ),
    )
    server.on(
        "POST",
        "/campaigns",
        httpx.Response(422, json={"status": "error", "error": {"name": "نام کمپین نمی‌تواند خالی باشد."}}),
    )
    with pytest.raises(pakat.NotFoundError, match="کمپین وجود ندارد"):
        await client.campaigns.get("abc")
    with pytest.raises(pakat.BadRequestError):
        await client.campaigns.mark_sent("abc")
    with pytest.raises(pakat.ValidationError) as caught:
        await facade_create(client, "l1")
    assert caught.value.errors == {"name": "نام کمپین نمی‌تواند خالی باشد."}
