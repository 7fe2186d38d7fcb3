"""What holds for every call: docs/server-behaviour.md, section "Cross-cutting", row by row.

The tests that drive a client, written once: here for AsyncPakat, generated into tests/_sync
for Pakat. The rows proven on the wire alone are in tests/behaviour/test_cross.py.
"""

from __future__ import annotations

import base64
import re
import unicodedata
from typing import Any

import httpx
import pytest

import pakat
from pakat import AsyncPakat
from pakat.testing import Sandbox
from tests._contract import spec
from tests.behaviour.conftest import answered, form, refused
from tests.behaviour.test_cross import (
    API_OFF,
    EXISTS,
    INACTIVE,
    IP_REFUSED,
    MISSING_KEY,
    NO_PERMISSION,
    OFFLINE,
    PAGE_NOT_FOUND,
    UNKNOWN_KEY,
    anonymous,
    new_list,
    page_of,
    raw,
    started,
    thirty,
    without_key_header,
)
from tests.facade.conftest import API_KEY, BASE_URL, MockServer

__all__ = ["anonymous", "thirty"]  # fixtures of the wire tests, used here too


def facade(sandbox: Sandbox, **options: Any) -> AsyncPakat:
    return AsyncPakat(api_key=sandbox.api_key, base_url=sandbox.url, **{"max_retries": 0, **options})


# --- authentication ---------------------------------------------------------------------------


@pytest.mark.behaviour("cross.auth.x-api-key")
async def test_the_key_in_x_api_key_is_the_accounts(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = new_list(wire)
    body = answered(wire.get("/lists"), 200)
    assert [r["general"]["list_uid"] for r in body["data"]["records"]] == [list_uid]
    assert [m.general.list_uid for m in (await api.lists.list()).items] == [list_uid]
    assert sandbox.processed["listLists"] == 2


@pytest.mark.behaviour("cross.auth.missing")
@pytest.mark.parametrize("headers", [{}, {"X-API-KEY": ""}, {"X-API-KEY": "", "X-MW-PUBLIC-KEY": ""}])
async def test_no_key_is_a_400_not_a_401(sandbox: Sandbox, headers: dict[str, str]) -> None:
    with raw(sandbox, headers) as client:
        refused(client.get("/lists"), 400, MISSING_KEY)

    # The facade always sends its key; without it on the wire, the 400 is an AuthenticationError.
    async def drop_the_key(request: httpx.Request) -> None:
        without_key_header(request)

    hooks = {"request": [drop_the_key]}
    async with httpx.AsyncClient(event_hooks=hooks) as http, facade(sandbox, http_client=http) as client:
        with pytest.raises(pakat.AuthenticationError) as caught:
            await client.lists.list()
    assert (caught.value.status_code, caught.value.message) == (400, MISSING_KEY)


@pytest.mark.behaviour("cross.auth.wrong")
async def test_an_unknown_key_is_a_400(sandbox: Sandbox) -> None:
    with raw(sandbox, {"X-API-KEY": "not-the-key"}) as client:
        refused(client.get("/lists"), 400, UNKNOWN_KEY)
    async with AsyncPakat(api_key="not-the-key", base_url=sandbox.url) as client:
        with pytest.raises(pakat.AuthenticationError):
            await client.lists.list()
    async with AsyncPakat(api_key="not-the-key", base_url=sandbox.url) as client:
        with pytest.raises(pakat.AuthenticationError) as caught:
            await client.quota.get()
    assert caught.value.status_code == 400


@pytest.mark.behaviour("cross.auth.inactive")
@pytest.mark.parametrize("status", ["inactive", "pending-confirm", "disabled"])
async def test_an_account_that_is_not_active_is_refused(status: str) -> None:
    with started(account_status=status) as sb, raw(sb, {"X-API-KEY": sb.api_key}) as client:
        refused(client.get("/lists"), 400, INACTIVE)
        async with facade(sb) as api:
            with pytest.raises(pakat.PermissionDeniedError) as caught:
                await api.lists.list()
        assert caught.value.message == INACTIVE
        sb.configure(account_status="active")
        answered(client.get("/lists"), 200)


@pytest.mark.behaviour("cross.auth.api-disabled")
async def test_an_account_whose_group_has_no_api_is_refused() -> None:
    with started(api_enabled=False) as sb, raw(sb, {"X-API-KEY": sb.api_key}) as client:
        refused(client.get("/countries"), 400, API_OFF)
        async with facade(sb) as api:
            with pytest.raises(pakat.PermissionDeniedError, match="not allowed to use the API"):
                await api.countries.list()
        assert sb.processed["listCountries"] == 0


@pytest.mark.behaviour("cross.auth.permissions")
async def test_a_key_with_route_permissions_reaches_only_those_routes() -> None:
    with (
        started(key_permissions=["listLists", "createList"]) as sb,
        raw(sb, {"X-API-KEY": sb.api_key}) as wire,
    ):
        list_uid = new_list(wire)
        answered(wire.get("/lists"), 200)
        refused(wire.get(f"/lists/{list_uid}"), 400, NO_PERMISSION)
        refused(wire.delete(f"/lists/{list_uid}"), 400, NO_PERMISSION)
        async with facade(sb) as api:
            with pytest.raises(pakat.PermissionDeniedError) as caught:
                await api.lists.get(list_uid)
        assert (caught.value.status_code, caught.value.message) == (400, NO_PERMISSION)
    with pytest.raises(ValueError, match="unknown operations: noSuchThing"):
        Sandbox(key_permissions=["noSuchThing"])


# --- IP lists and the offline switch ----------------------------------------------------------


@pytest.mark.behaviour("cross.ip.global")
@pytest.mark.parametrize(
    "knobs",
    [
        {"denied_ips": ["127.0.0.1"]},
        {"denied_ips": ["127.0.0.0/8"]},
        {"allowed_ips": ["10.0.0.0/8", "192.0.2.7"]},
    ],
)
async def test_the_servers_ip_lists_refuse_every_route(knobs: dict[str, list[str]]) -> None:
    with started(**knobs) as sb, raw(sb, {"X-API-KEY": sb.api_key}) as client:
        for method, path in [("GET", "/lists"), ("GET", "/"), ("POST", "/customers"), ("GET", "/nothing")]:
            refused(client.request(method, path), 400, IP_REFUSED)
        async with facade(sb) as api:
            with pytest.raises(pakat.PermissionDeniedError, match="IP address"):
                await api.lists.list()
    with started(allowed_ips=["127.0.0.1"]) as sb, raw(sb, {"X-API-KEY": sb.api_key}) as client:
        answered(client.get("/lists"), 200)
    with pytest.raises(ValueError):
        Sandbox(denied_ips=["not an address"])


@pytest.mark.behaviour("cross.ip.per-key")
async def test_the_keys_own_ip_lists_apply_once_the_key_is_known() -> None:
    for knobs in ({"key_denied_ips": ["127.0.0.1"]}, {"key_allowed_ips": ["203.0.113.0/24"]}):
        with started(**knobs) as sb, raw(sb, {"X-API-KEY": sb.api_key}) as keyed, raw(sb) as anonymous:
            refused(keyed.get("/lists"), 400, IP_REFUSED)
            refused(anonymous.get("/lists"), 400, MISSING_KEY)  # the key is checked first
            assert answered(anonymous.get("/"), 200) == []  # unprotected routes read no key
            async with facade(sb) as api:
                with pytest.raises(pakat.PermissionDeniedError):
                    await api.lists.list()


@pytest.mark.behaviour("cross.offline")
async def test_an_offline_api_answers_503_to_everything_first() -> None:
    with started(offline=True) as sb, raw(sb) as anonymous, raw(sb, {"X-API-KEY": sb.api_key}) as keyed:
        for client, method, path in [
            (keyed, "GET", "/lists"),
            (anonymous, "GET", "/lists"),
            (anonymous, "POST", "/customers"),
            (anonymous, "GET", "/"),
            (anonymous, "GET", "/no/such/route"),
            (keyed, "PUT", "/lists/abc"),
        ]:
            refused(client.request(method, path), 503, OFFLINE)
        async with facade(sb) as api:
            with pytest.raises(pakat.ServerError) as caught:
                await api.lists.list()
        assert (caught.value.status_code, caught.value.message) == (503, OFFLINE)
        # A GET is repeated on 503, as for any 503; the API stays offline, so it fails in the end.
        sb.reset_counters()
        async with facade(sb, max_retries=2) as patient:
            with pytest.raises(pakat.ServerError):
                await patient.lists.list()
        assert sb.counters["listLists"] == 3
        sb.configure(offline=False)
        answered(keyed.get("/lists"), 200)


# --- routing ----------------------------------------------------------------------------------


@pytest.mark.behaviour("cross.route.uid-case")
async def test_upper_case_uids_and_path_literals_find_the_same_record(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = new_list(wire)
    view = answered(wire.get(f"/lists/{list_uid}"), 200)
    assert answered(wire.get(f"/lists/{list_uid.upper()}"), 200) == view
    assert answered(wire.get(f"/LISTS/{list_uid.upper()}"), 200) == view
    assert (
        answered(wire.get("/Countries"), 200)["data"]["count"]
        == answered(wire.get("/countries"), 200)["data"]["count"]
    )
    subscriber = answered(
        wire.post(f"/lists/{list_uid.upper()}/subscribers", files=form({"EMAIL": "ali@example.com"})), 201
    )
    uid = subscriber["data"]["record"]["subscriber_uid"]
    assert uid == uid.lower()
    answered(wire.get(f"/lists/{list_uid}/subscribers/{uid.upper()}"), 200)
    assert (await api.lists.get(list_uid.upper())).general.list_uid == list_uid
    await api.lists.update(list_uid.upper(), name="بزرگ و کوچک")
    assert (await api.lists.get(list_uid)).general.name == "بزرگ و کوچک"


@pytest.mark.behaviour("cross.route.uid-chars")
async def test_ids_that_do_not_fit_their_pattern_match_no_route(
    sandbox: Sandbox, wire: httpx.Client, anonymous: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = new_list(wire)
    for path in [
        "/lists/a.b",
        "/lists/a-b",
        "/lists/a_b",
        "/lists/a%20b",
        "/lists/%D9%84%DB%8C%D8%B3%D8%AA",  # Persian letters
        f"/lists/{list_uid}/subscribers/x.y",
        "/countries/1a/zones",
        "/countries/-1/zones",
        "/delivery-servers/x",
        f"/lists/{list_uid}/fields/1.5",
        "/transactional-emails/a%2Fb",
    ]:
        refused(wire.get(path), 404, PAGE_NOT_FOUND)
        refused(anonymous.get(path), 404, PAGE_NOT_FOUND)
    refused(wire.put("/lists/a.b", data={"general[name]": "x"}), 404, PAGE_NOT_FOUND)
    assert sum(sandbox.processed.values()) == 1  # the list created above
    # The facade refuses such ids before sending, with the reason; dot segments never leave.
    for bad in ["a.b", "..", ".", "a/b", "a b", "لیست", "ab?x=1", "ab#c"]:
        with pytest.raises(ValueError, match="letters and digits only"):
            await api.lists.get(bad)
        with pytest.raises(ValueError, match="letters and digits only"):
            await api.subscribers.get(list_uid, bad)
    with pytest.raises(ValueError, match="must be a number"):
        await api.countries.zones("1a")
    with pytest.raises(ValueError, match="must be a number"):
        await api.delivery_servers.get("../lists")
    assert (await api.lists.get(list_uid.upper())).general.list_uid == list_uid  # upper case is fine


# --- bodies -----------------------------------------------------------------------------------


@pytest.mark.behaviour("cross.body.cleaning")
async def test_values_arrive_trimmed_and_stripped_of_tags(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    html = "<p>سلام <b>دنیا</b> &amp; a < b</p>"
    content = base64.b64encode(html.encode()).decode()
    cases = {
        "<b>Hi</b> & co ": "Hi & co",
        "  خبرنامه  ": "خبرنامه",
        "&lt;i&gt;کج&lt;/i&gt;": "کج",  # decoded, then stripped
        "الف < ب و ج > د": "الف < ب و ج > د",  # "<" before a space starts no tag
        "قیمت <۱۰۰ تومان": "قیمت ",  # "<" before anything else runs to the end
        "x<!-- note -->y": "xy",
        " 12 ": " 12 ",  # numbers are left alone, spaces and all
        content: content,  # base64 has none of < > &
    }
    for sent, stored in cases.items():
        uid = answered(
            wire.post("/templates", files=form({"template[name]": sent, "template[content]": content})), 201
        )["template_uid"]
        record = answered(wire.get(f"/templates/{uid}"), 200)["data"]["record"]
        assert record["name"] == stored, sent
        # The base64 content is untouched: the HTML comes back with its tags (a view sends it as HTML).
        assert record["content"] == html
    # Query values too, and PUT values: a search with spaces around the address finds it.
    list_uid = new_list(wire)
    answered(
        wire.post(
            f"/lists/{list_uid}/subscribers", files=form({"EMAIL": "ali@example.com", "FNAME": "<i>علی</i>"})
        ),
        201,
    )
    found = answered(
        wire.get(f"/lists/{list_uid}/subscribers/search-by-email", params={"EMAIL": "  ali@example.com "}),
        200,
    )
    uid = found["data"]["subscriber_uid"]
    answered(wire.put(f"/lists/{list_uid}/subscribers/{uid}", data={"LNAME": " <b>رضایی</b> "}), 200)
    record = answered(wire.get(f"/lists/{list_uid}/subscribers/{uid}"), 200)["data"]["record"]
    assert (record["FNAME"], record["LNAME"]) == ("علی", "رضایی")
    # Through the facade: what comes back is what the server made of it.
    template_uid = await api.templates.create("<b>خوش‌آمد</b>", html=html)
    stored_template = await api.templates.get(template_uid)
    assert (stored_template.name, stored_template.content) == ("خوش‌آمد", html)
    # Headers are read raw: a key wrapped in a tag is not the key.
    with raw(sandbox, {"X-API-KEY": f"<b>{sandbox.api_key}</b>"}) as tagged:
        refused(tagged.get("/lists"), 400, UNKNOWN_KEY)


# --- the HTTP cache filter --------------------------------------------------------------------


@pytest.mark.behaviour("cross.cache.not-modified")
async def test_the_facade_says_what_a_304_means(sandbox: Sandbox, wire: httpx.Client) -> None:
    list_uid = new_list(wire)
    etag = wire.get(f"/lists/{list_uid}").headers["etag"]

    # A caller's own http_client adding a conditional header (pakat never sends one).
    async def conditional_header(request: httpx.Request) -> None:
        request.headers["If-None-Match"] = etag

    conditional = httpx.AsyncClient(event_hooks={"request": [conditional_header]})
    async with conditional, facade(sandbox, http_client=conditional) as api:
        with pytest.raises(pakat.NotModifiedError) as caught:
            await api.lists.get(list_uid)
    assert caught.value.status_code == 304
    assert "If-None-Match" in caught.value.message and "redirect" not in caught.value.message
    assert isinstance(caught.value, pakat.APIError)


# --- JSON -------------------------------------------------------------------------------------


@pytest.mark.behaviour("cross.json.content-type")
async def test_answers_are_json_as_json_encode_writes_it(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = new_list(wire, **{"general[name]": "پاکات/خبر"})
    for response in (
        wire.get(f"/lists/{list_uid}"),
        wire.get("/nothing"),
        httpx.get(sandbox.url + "/", timeout=10),
    ):
        assert response.headers["content-type"] == "application/json; charset=UTF-8"
        response.content.decode("ascii")  # nothing but ASCII on the wire
    text = wire.get(f"/lists/{list_uid}").text
    assert r'"name":"\u067e\u0627\u06a9\u0627\u062a\/\u062e\u0628\u0631"' in text
    assert ", " not in text.split('"records"')[0][:40]  # no spaces between tokens
    assert (await api.lists.get(list_uid)).general.name == "پاکات/خبر"


@pytest.mark.behaviour("cross.json.html-entities")
async def test_single_string_refusals_are_html_encoded_and_read_back_plain(server: MockServer) -> None:
    encoded = (
        "The file &quot;a.exe&quot; is not allowed &amp; was dropped.<br />Subject &lt;b&gt; is too long."
    )
    server.on(
        "POST", "/transactional-emails", httpx.Response(422, json={"status": "error", "error": encoded})
    )
    server.on(
        "POST",
        "/lists",
        httpx.Response(
            422, json={"status": "error", "error": {"general": {"name": 'Name "x" & <y> is taken.'}}}
        ),
    )
    async with AsyncPakat(
        api_key=API_KEY,
        base_url=BASE_URL,
        max_retries=0,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(server.handler)),
    ) as client:
        with pytest.raises(pakat.ValidationError) as caught:
            await client.transactional_emails.send(
                to_email="ali@example.com",
                to_name="علی",
                from_name="پاکات",
                from_email="shop@example.com",
                subject="رسید",
                html="<p>سلام</p>",
            )
        assert (
            caught.value.message == 'The file "a.exe" is not allowed & was dropped. Subject <b> is too long.'
        )
        assert caught.value.errors == encoded  # as the server sent it
        # Messages inside error objects are not encoded, and pass through as they are.
        with pytest.raises(pakat.ValidationError) as objects:
            await client.lists.create(
                name="x", description="x", from_name="x", from_email="a@example.com", reply_to="a@example.com"
            )
        assert objects.value.message == 'general[name]: Name "x" & <y> is taken.'


# --- language ---------------------------------------------------------------------------------


@pytest.mark.behaviour("cross.errors.language")
async def test_a_persian_account_gets_persian_messages_and_the_same_types() -> None:
    with started(language="fa") as sb, raw(sb, {"X-API-KEY": sb.api_key}) as wire:
        async with facade(sb) as api:
            list_uid = new_list(wire)
            answered(
                wire.post(f"/lists/{list_uid}/subscribers", files=form({"EMAIL": "ali@example.com"})), 201
            )
            again = answered(
                wire.post(f"/lists/{list_uid}/subscribers", files=form({"EMAIL": "ali@example.com"})), 409
            )
            assert again["error"] != EXISTS and re.search("[\u0600-\u06ff]", again["error"])
            with pytest.raises(pakat.ConflictError) as conflict:
                await api.subscribers.create(list_uid, "ali@example.com")
            assert (conflict.value.status_code, conflict.value.reason) == (409, None)  # words not known
            blank = answered(wire.post(f"/lists/{list_uid}/subscribers", files=form({"FNAME": "x"})), 422)
            assert re.search("[\u0600-\u06ff]", blank["error"])
            with pytest.raises(pakat.ValidationError) as invalid:
                await api.lists.update(list_uid, extra={"defaults[from_email]": "not an address"})
            assert invalid.value.status_code == 422
            with pytest.raises(pakat.NotFoundError) as missing:
                await api.lists.get("nosuchlist")
            assert re.search("[\u0600-\u06ff]", missing.value.message)
            # Routing and the key checks come before the account is known: they stay English.
            refused(wire.get("/nothing"), 404, PAGE_NOT_FOUND)
            async with AsyncPakat(api_key="wrong", base_url=sb.url) as stranger:
                with pytest.raises(pakat.AuthenticationError) as auth:
                    await stranger.lists.list()
            assert auth.value.message == UNKNOWN_KEY
    with pytest.raises(ValueError, match="language"):
        Sandbox(language="de")


@pytest.mark.behaviour("cross.errors.language")
async def test_the_facade_types_persian_409s_by_status_alone(server: MockServer, client: AsyncPakat) -> None:
    persian = "این مشترک از قبل در این فهرست هست."
    server.on(
        "POST", "/lists/ab12/subscribers", httpx.Response(409, json={"status": "error", "error": persian})
    )
    with pytest.raises(pakat.ConflictError) as caught:
        await client.subscribers.create("ab12", "ali@example.com")
    assert (caught.value.reason, caught.value.message) == (None, persian)
    assert len(server.requests) == 1  # not the busy lock as far as the facade can tell: not repeated


# --- paging -----------------------------------------------------------------------------------


@pytest.mark.behaviour("cross.paging.per-page-clamp")
async def test_per_page_is_clamped_never_refused(
    sandbox: Sandbox, wire: httpx.Client, thirty: str, api: AsyncPakat
) -> None:
    for sent, size in [
        ("3", 10),
        ("0", 10),
        ("-5", 10),
        ("abc", 10),
        ("20abc", 20),
        ("100", 30),
        ("50", 30),
        ("15", 15),
    ]:
        assert len(page_of(wire, thirty, per_page=sent)["records"]) == size, sent
    sandbox.seed_subscribers(thirty, 40)
    assert len(page_of(wire, thirty, per_page="100")["records"]) == 50
    assert page_of(wire, thirty, per_page="100")["total_pages"] == 2
    # The facade refuses what the server would change, and says so.
    for wrong in (5, 51, 100):
        with pytest.raises(ValueError, match="between 10 and 50"):
            await api.subscribers.list(thirty, per_page=wrong)
    # openapi.json: no minimum or maximum for Prism to refuse; the clamping is described.
    per_page = spec()["components"]["parameters"]["per_page"]
    assert "minimum" not in per_page["schema"] and "maximum" not in per_page["schema"]
    assert "clamps" in per_page["description"]
    # Newer servers (2.3.6+) allow up to 1000: a knob.
    with started(per_page_max=1000) as sb, raw(sb, {"X-API-KEY": sb.api_key}) as newer:
        list_uid = sb.create_list()
        sb.seed_subscribers(list_uid, 120)
        assert len(page_of(newer, list_uid, per_page="100")["records"]) == 100
        assert len(page_of(newer, list_uid, per_page="5000")["records"]) == 120


@pytest.mark.behaviour("cross.paging.empty")
async def test_an_empty_collection_has_null_paging_fields(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    for query in ({}, {"page": "5"}, {"per_page": "50"}):
        assert page_of(wire, list_uid, **query) == dict.fromkeys(
            ("count", "total_pages", "current_page", "next_page", "prev_page")
        ) | {"records": []}
    empty = await api.subscribers.list(list_uid)
    assert (list(empty.items), empty.count, empty.total_pages) == ([], 0, 0)


@pytest.mark.behaviour("cross.paging.next-prev")
async def test_next_and_prev_are_null_at_the_ends(wire: httpx.Client, thirty: str, api: AsyncPakat) -> None:
    pages = [page_of(wire, thirty, page=str(n)) for n in (1, 2, 3)]
    assert [(p["prev_page"], p["next_page"]) for p in pages] == [(None, 2), (1, 3), (2, None)]
    assert len({r["subscriber_uid"] for p in pages for r in p["records"]}) == 30
    assert len([x async for x in api.subscribers.iter(thirty, per_page=10)]) == 30


@pytest.mark.behaviour("cross.order")
async def test_default_orders(sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat) -> None:
    uids = []
    for n in range(3):
        email = {
            "email[to_name]": "علی",
            "email[to_email]": f"ali{n}@example.com",
            "email[from_name]": "پاکات",
            "email[from_email]": "shop@example.com",
            "email[subject]": f"رسید {n}",
            "email[body]": base64.b64encode(b"<p>x</p>").decode(),
            "email[send_at]": "2025-01-15 06:30:00",
        }
        uids.append(answered(wire.post("/transactional-emails", files=form(email)), 201)["email_uid"])
    listed = answered(wire.get("/transactional-emails"), 200)["data"]["records"]
    assert [r["email_uid"] for r in listed] == uids[::-1]  # newest first
    assert [e.email_uid for e in (await api.transactional_emails.list()).items] == uids[::-1]

    def collated(name: str) -> str:  # utf8mb4_unicode_ci, near enough: accents and case ignored
        return "".join(
            c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
        ).casefold()

    names = [
        c["name"] for c in answered(wire.get("/countries", params={"per_page": "50"}), 200)["data"]["records"]
    ]
    assert names == sorted(names, key=collated)
