"""What holds for every call: docs/server-behaviour.md, section "Cross-cutting", row by row.

Authentication and the account checks in the server's order, routing (patterns, case, the
fallback reading of paths, no 405), body decoding and input cleaning, JSON as json_encode writes
it, the HTTP cache filter, messages in the account's language, and paging.
"""

from __future__ import annotations

import base64
import json
import re
import time
import unicodedata
from collections.abc import Iterator
from email.utils import formatdate, parsedate_to_datetime
from typing import Any

import httpx
import pytest

import pakat
from pakat import AsyncPakat, Pakat
from pakat.testing import Sandbox
from pakat_client import AuthenticatedClient
from pakat_client.api.lists import list_lists
from tests._contract import operation_index, spec
from tests.behaviour.conftest import answered, form, refused
from tests.facade.conftest import API_KEY, BASE_URL, MockServer

MISSING_KEY = "Invalid API request params. Please refer to the documentation."
UNKNOWN_KEY = "Invalid API key. Please refer to the documentation."
IP_REFUSED = "Your IP address is not allowed to access this server."
INACTIVE = "Your account must be active in order to use the API."
API_OFF = "Your account is not allowed to use the API."
NO_PERMISSION = "You do not have enough permissions to access this endpoint."
OFFLINE = "Service Unavailable."
PAGE_NOT_FOUND = "Page not found."
INVALID_REQUEST = "Your request is invalid."
EXISTS = "The subscriber already exists in this list."
ETAG = re.compile(r'"[A-Za-z0-9+/]{27}="')  # a quoted base64 SHA-1
LIST = {
    "general[name]": "خبرنامه پاکات",
    "general[description]": "خبرهای ماهانه",
    "defaults[from_name]": "پاکات",
    "defaults[from_email]": "news@example.com",
    "defaults[reply_to]": "news@example.com",
}


def new_list(wire: httpx.Client, **extra: str) -> str:
    return str(answered(wire.post("/lists", files=form({**LIST, **extra})), 201)["list_uid"])


def raw(sandbox: Sandbox, headers: dict[str, str] | None = None) -> httpx.Client:
    """httpx on the sandbox with only the headers given: no key unless one is passed."""
    return httpx.Client(base_url=sandbox.url, headers=headers or {}, timeout=10)


@pytest.fixture
def anonymous(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with raw(sandbox) as client:
        yield client


def started(**knobs: Any) -> Sandbox:
    return Sandbox(**knobs).start()


def facade(sandbox: Sandbox, **options: Any) -> Pakat:
    return Pakat(api_key=sandbox.api_key, base_url=sandbox.url, **{"max_retries": 0, **options})


def without_key_header(request: httpx.Request) -> None:
    del request.headers["X-API-KEY"]


# --- authentication ---------------------------------------------------------------------------


@pytest.mark.behaviour("cross.auth.x-api-key")
def test_the_key_in_x_api_key_is_the_accounts(sandbox: Sandbox, wire: httpx.Client, api: Pakat) -> None:
    list_uid = new_list(wire)
    body = answered(wire.get("/lists"), 200)
    assert [r["general"]["list_uid"] for r in body["data"]["records"]] == [list_uid]
    assert [m.general.list_uid for m in api.lists.list().items] == [list_uid]
    assert sandbox.processed["listLists"] == 2


@pytest.mark.behaviour("cross.auth.legacy-header")
def test_the_legacy_public_key_header_is_the_key_too(sandbox: Sandbox) -> None:
    key = sandbox.api_key
    with raw(sandbox, {"X-MW-PUBLIC-KEY": key, "X-MW-SIGNATURE": "not checked"}) as legacy:
        answered(legacy.get("/lists"), 200)
    # Both sent: a non-empty X-API-KEY wins, even a wrong one; an empty one falls back.
    with raw(sandbox, {"X-API-KEY": "stale", "X-MW-PUBLIC-KEY": key}) as both:
        refused(both.get("/lists"), 400, UNKNOWN_KEY)
    with raw(sandbox, {"X-API-KEY": "", "X-MW-PUBLIC-KEY": key}) as empty:
        answered(empty.get("/lists"), 200)
    # openapi.json offers either header as a security alternative; a generated client may use it.
    assert spec()["security"] == [{"ApiKeyAuth": []}, {"LegacyPublicKey": []}]
    generated = AuthenticatedClient(
        base_url=sandbox.url, token=key, prefix="", auth_header_name="X-MW-PUBLIC-KEY"
    )
    assert list_lists.sync_detailed(client=generated).status_code == 200


@pytest.mark.behaviour("cross.auth.missing")
@pytest.mark.parametrize("headers", [{}, {"X-API-KEY": ""}, {"X-API-KEY": "", "X-MW-PUBLIC-KEY": ""}])
def test_no_key_is_a_400_not_a_401(sandbox: Sandbox, headers: dict[str, str]) -> None:
    with raw(sandbox, headers) as client:
        refused(client.get("/lists"), 400, MISSING_KEY)
    # The facade always sends its key; without it on the wire, the 400 is an AuthenticationError.
    hooks = {"request": [without_key_header]}
    with (
        httpx.Client(event_hooks=hooks) as http,
        facade(sandbox, http_client=http) as client,
        pytest.raises(pakat.AuthenticationError) as caught,
    ):
        client.lists.list()
    assert (caught.value.status_code, caught.value.message) == (400, MISSING_KEY)


@pytest.mark.behaviour("cross.auth.wrong")
async def test_an_unknown_key_is_a_400(sandbox: Sandbox) -> None:
    with raw(sandbox, {"X-API-KEY": "not-the-key"}) as client:
        refused(client.get("/lists"), 400, UNKNOWN_KEY)
    with (
        Pakat(api_key="not-the-key", base_url=sandbox.url) as client,
        pytest.raises(pakat.AuthenticationError),
    ):
        client.lists.list()
    async with AsyncPakat(api_key="not-the-key", base_url=sandbox.url) as aclient:
        with pytest.raises(pakat.AuthenticationError) as caught:
            await aclient.quota.get()
    assert caught.value.status_code == 400


@pytest.mark.behaviour("cross.auth.inactive")
@pytest.mark.parametrize("status", ["inactive", "pending-confirm", "disabled"])
def test_an_account_that_is_not_active_is_refused(status: str) -> None:
    with started(account_status=status) as sb, raw(sb, {"X-API-KEY": sb.api_key}) as client:
        refused(client.get("/lists"), 400, INACTIVE)
        with facade(sb) as api, pytest.raises(pakat.PermissionDeniedError) as caught:
            api.lists.list()
        assert caught.value.message == INACTIVE
        sb.configure(account_status="active")
        answered(client.get("/lists"), 200)


@pytest.mark.behaviour("cross.auth.api-disabled")
def test_an_account_whose_group_has_no_api_is_refused() -> None:
    with started(api_enabled=False) as sb, raw(sb, {"X-API-KEY": sb.api_key}) as client:
        refused(client.get("/countries"), 400, API_OFF)
        with (
            facade(sb) as api,
            pytest.raises(pakat.PermissionDeniedError, match="not allowed to use the API"),
        ):
            api.countries.list()
        assert sb.processed["listCountries"] == 0


@pytest.mark.behaviour("cross.auth.permissions")
def test_a_key_with_route_permissions_reaches_only_those_routes() -> None:
    with (
        started(key_permissions=["listLists", "createList"]) as sb,
        raw(sb, {"X-API-KEY": sb.api_key}) as wire,
    ):
        list_uid = new_list(wire)
        answered(wire.get("/lists"), 200)
        refused(wire.get(f"/lists/{list_uid}"), 400, NO_PERMISSION)
        refused(wire.delete(f"/lists/{list_uid}"), 400, NO_PERMISSION)
        with facade(sb) as api, pytest.raises(pakat.PermissionDeniedError) as caught:
            api.lists.get(list_uid)
        assert (caught.value.status_code, caught.value.message) == (400, NO_PERMISSION)
    with pytest.raises(ValueError, match="unknown operations: noSuchThing"):
        Sandbox(key_permissions=["noSuchThing"])


@pytest.mark.behaviour("cross.auth.order")
def test_refusals_come_in_the_servers_order() -> None:
    everything = {
        "account_status": "inactive",
        "api_enabled": False,
        "key_permissions": [],
        "key_denied_ips": ["127.0.0.1"],
    }
    with started(**everything) as sb, raw(sb) as anonymous, raw(sb, {"X-API-KEY": sb.api_key}) as keyed:
        steps = [
            ({"offline": True, "denied_ips": ["127.0.0.1"]}, anonymous, 503, OFFLINE),
            ({"offline": False}, anonymous, 400, IP_REFUSED),  # the server's IP lists come first
            ({"denied_ips": []}, anonymous, 400, MISSING_KEY),
            ({}, raw(sb, {"X-API-KEY": "wrong"}), 400, UNKNOWN_KEY),
            ({}, keyed, 400, IP_REFUSED),  # the key's own IP lists, once the key is known
            ({"key_denied_ips": []}, keyed, 400, INACTIVE),
            ({"account_status": "active"}, keyed, 400, API_OFF),
            ({"api_enabled": True}, keyed, 400, NO_PERMISSION),
            ({"key_permissions": None}, keyed, 200, None),
        ]
        for knobs, client, status, error in steps:
            sb.configure(**knobs)
            if error is None:
                answered(client.get("/lists"), status)
            else:
                refused(client.get("/lists"), status, error)
        # Unknown paths: after the offline switch and the server's IP lists, before any key check.
        sb.configure(offline=True)
        refused(anonymous.get("/nothing"), 503, OFFLINE)
        sb.configure(offline=False, denied_ips=["127.0.0.1"])
        refused(anonymous.get("/nothing"), 400, IP_REFUSED)
        sb.configure(denied_ips=[])
        refused(anonymous.get("/nothing"), 404, PAGE_NOT_FOUND)
        # A write refused by the filters never ran.
        sb.configure(account_status="inactive")
        refused(keyed.post("/lists", files=form(LIST)), 400, INACTIVE)
        assert sb.processed["createList"] == 0


@pytest.mark.behaviour("cross.auth.unprotected")
def test_the_site_and_customers_controllers_need_no_key(sandbox: Sandbox, anonymous: httpx.Client) -> None:
    assert answered(anonymous.get("/"), 200) == []
    customer = {
        "customer[first_name]": "سارا",
        "customer[last_name]": "احمدی",
        "customer[email]": "sara@example.org",
        "customer[confirm_email]": "sara@example.org",
        "customer[password]": "secret-123",
        "customer[confirm_password]": "secret-123",
        "customer[timezone]": "Asia/Tehran",
        "customer[birthDate]": "1990-03-21",
        "company[name]": "شرکت سارا",
        "company[country]": "Iran (Islamic Republic of)",
        "company[address_1]": "ولیعصر ۱",
        "company[city]": "Tehran",
        "company[zip_code]": "12345",
    }
    assert answered(anonymous.post("/customers", files=form(customer)), 201)["status"] == "success"
    with raw(sandbox, {"X-API-KEY": "wrong"}) as wrong:
        assert answered(wrong.get("/"), 200) == []
        refused(wrong.get("/lists"), 400, UNKNOWN_KEY)


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
def test_the_servers_ip_lists_refuse_every_route(knobs: dict[str, list[str]]) -> None:
    with started(**knobs) as sb, raw(sb, {"X-API-KEY": sb.api_key}) as client:
        for method, path in [("GET", "/lists"), ("GET", "/"), ("POST", "/customers"), ("GET", "/nothing")]:
            refused(client.request(method, path), 400, IP_REFUSED)
        with facade(sb) as api, pytest.raises(pakat.PermissionDeniedError, match="IP address"):
            api.lists.list()
    with started(allowed_ips=["127.0.0.1"]) as sb, raw(sb, {"X-API-KEY": sb.api_key}) as client:
        answered(client.get("/lists"), 200)
    with pytest.raises(ValueError):
        Sandbox(denied_ips=["not an address"])


@pytest.mark.behaviour("cross.ip.per-key")
def test_the_keys_own_ip_lists_apply_once_the_key_is_known() -> None:
    for knobs in ({"key_denied_ips": ["127.0.0.1"]}, {"key_allowed_ips": ["203.0.113.0/24"]}):
        with started(**knobs) as sb, raw(sb, {"X-API-KEY": sb.api_key}) as keyed, raw(sb) as anonymous:
            refused(keyed.get("/lists"), 400, IP_REFUSED)
            refused(anonymous.get("/lists"), 400, MISSING_KEY)  # the key is checked first
            assert answered(anonymous.get("/"), 200) == []  # unprotected routes read no key
            with facade(sb) as api, pytest.raises(pakat.PermissionDeniedError):
                api.lists.list()


@pytest.mark.behaviour("cross.offline")
def test_an_offline_api_answers_503_to_everything_first() -> None:
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
        with facade(sb) as api, pytest.raises(pakat.ServerError) as caught:
            api.lists.list()
        assert (caught.value.status_code, caught.value.message) == (503, OFFLINE)
        # A GET is repeated on 503, as for any 503; the API stays offline, so it fails in the end.
        sb.reset_counters()
        with facade(sb, max_retries=2) as patient, pytest.raises(pakat.ServerError):
            patient.lists.list()
        assert sb.counters["listLists"] == 3
        sb.configure(offline=False)
        answered(keyed.get("/lists"), 200)


# --- routing ----------------------------------------------------------------------------------


@pytest.mark.behaviour("cross.route.unknown")
def test_paths_no_action_serves_are_404_page_not_found_before_the_key(
    sandbox: Sandbox, wire: httpx.Client, anonymous: httpx.Client
) -> None:
    email_uid = "ab12cd34ef"
    for path in ["/nothing", f"/transactional-emails/{email_uid}/extra", "/lists/a/b/c/d/e", "/site/error"]:
        refused(anonymous.get(path), 404, PAGE_NOT_FOUND)
        refused(wire.get(path), 404, PAGE_NOT_FOUND)
    # The framework's other errors keep their own words: an action reached (through the fallback
    # reading of paths) without a parameter it needs is a 400, after the key checks.
    refused(wire.get("/countries/zones"), 400, INVALID_REQUEST)
    refused(anonymous.get("/countries/zones"), 400, MISSING_KEY)
    # Rules come first: /lists/view is the view of a list whose uid is "view".
    refused(wire.get("/lists/view"), 404, "The list does not exist.")
    assert sum(sandbox.processed.values()) == 0


@pytest.mark.behaviour("cross.route.wrong-verb")
def test_no_405_a_verb_no_rule_serves_reads_the_path_as_controller_and_action(
    sandbox: Sandbox, wire: httpx.Client, anonymous: httpx.Client
) -> None:
    list_uid = new_list(wire)
    email = {
        "email[to_name]": "علی",
        "email[to_email]": "ali@example.com",
        "email[from_name]": "پاکات",
        "email[from_email]": "shop@example.com",
        "email[subject]": "سلام",
        "email[body]": base64.b64encode("<p>سلام</p>".encode()).decode(),
        "email[send_at]": "2025-01-15 06:30:00",
    }
    email_uid = answered(wire.post("/transactional-emails", files=form(email)), 201)["email_uid"]
    # One segment naming a controller: its index action, with the usual auth.
    for method in ("PUT", "DELETE", "POST", "PATCH", "OPTIONS"):
        body = answered(wire.request(method, "/countries"), 200)
        assert body["data"]["records"][0]["name"] == "Afghanistan"
    for method, path, key in [
        ("PUT", "/lists", "general"),
        ("DELETE", "/templates", None),
        ("PUT", "/campaigns", None),
    ]:
        records = answered(wire.request(method, path), 200)["data"]["records"]
        if key:
            assert [r[key]["list_uid"] for r in records] == [list_uid]
    refused(anonymous.put("/countries"), 400, MISSING_KEY)
    # Hyphenated or parameterised paths name no controller or action: 404, before the key.
    for method, path in [
        ("PUT", "/transactional-emails"),
        ("PUT", "/delivery-servers/3"),
        ("PUT", f"/transactional-emails/{email_uid}"),
        ("POST", f"/transactional-emails/{email_uid}"),
        ("POST", f"/lists/{list_uid}"),
        ("GET", "/customers"),
    ]:
        refused(wire.request(method, path), 404, PAGE_NOT_FOUND)
        refused(anonymous.request(method, path), 404, PAGE_NOT_FOUND)
    # HEAD and OPTIONS match no rule either.
    head = wire.head("/countries")
    assert (head.status_code, head.content) == (200, b"")
    assert int(head.headers["content-length"]) > 0
    assert wire.head("/transactional-emails").status_code == 404
    assert wire.head(f"/lists/{list_uid}").status_code == 404
    answered(wire.options("/lists"), 200)
    # Nothing was changed by any of it.
    assert answered(wire.get(f"/transactional-emails/{email_uid}"), 200)["status"] == "success"
    assert sandbox.processed["deleteTransactionalEmail"] == sandbox.processed["updateList"] == 0


@pytest.mark.behaviour("cross.route.fallback")
def test_controller_action_paths_are_served_with_any_verb(
    sandbox: Sandbox, wire: httpx.Client, anonymous: httpx.Client
) -> None:
    list_uid = new_list(wire)
    countries = answered(wire.get("/countries/index"), 200)["data"]["records"]
    iran = next(c["country_id"] for c in countries if c["code"] == "AF")  # the first page
    zones = answered(wire.get(f"/countries/zones/country_id/{iran}"), 200)
    assert zones == answered(wire.get(f"/countries/{iran}/zones"), 200)
    # Parameters as path pairs or in the query; any verb; controller and action in any case.
    view = answered(wire.get(f"/lists/{list_uid}"), 200)
    assert answered(wire.get(f"/lists/view/list_uid/{list_uid}"), 200) == view
    subscriber = answered(
        wire.post(f"/lists/{list_uid}/subscribers", files=form({"EMAIL": "ali@example.com"})), 201
    )
    uid = subscriber["data"]["record"]["subscriber_uid"]
    one = answered(wire.get(f"/lists/{list_uid}/subscribers/{uid}"), 200)
    query = {"list_uid": list_uid, "subscriber_uid": uid}
    assert answered(wire.get("/list_subscribers/view", params=query), 200) == one
    assert answered(wire.put(f"/Lists/VIEW/list_uid/{list_uid}"), 200) == view
    assert answered(wire.get(f"/list_subscribers/index/list_uid/{list_uid}"), 200)["data"]["count"] == "1"
    # The action's own checks still apply: its method, its parameters, and the same auth.
    # (A path a rule matches is not read this way: GET /lists/create views a list "create".)
    refused(wire.get("/lists/create/via/fallback"), 400, "Only POST requests allowed for this endpoint.")
    refused(wire.get("/lists/create"), 404, "The list does not exist.")
    refused(
        wire.get(f"/lists/delete/list_uid/{list_uid}"), 400, "Only DELETE requests allowed for this endpoint."
    )
    refused(wire.get("/lists/view/uid/x"), 400, INVALID_REQUEST)
    refused(anonymous.get(f"/lists/view/list_uid/{list_uid}"), 400, MISSING_KEY)
    refused(wire.get("/lists/nosuchaction/a/b"), 404, PAGE_NOT_FOUND)
    # The real verb still runs its action: a DELETE through the fallback deletes.
    answered(wire.delete(f"/lists/delete/list_uid/{list_uid}"), 200)
    refused(wire.get(f"/lists/{list_uid}"), 404, "The list does not exist.")
    assert answered(wire.get("/site/index"), 200) == []


@pytest.mark.behaviour("cross.route.uid-case")
def test_upper_case_uids_and_path_literals_find_the_same_record(wire: httpx.Client, api: Pakat) -> None:
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
    assert api.lists.get(list_uid.upper()).general.list_uid == list_uid
    api.lists.update(list_uid.upper(), name="بزرگ و کوچک")
    assert api.lists.get(list_uid).general.name == "بزرگ و کوچک"


@pytest.mark.behaviour("cross.route.uid-chars")
def test_ids_that_do_not_fit_their_pattern_match_no_route(
    sandbox: Sandbox, wire: httpx.Client, anonymous: httpx.Client, api: Pakat
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
            api.lists.get(bad)
        with pytest.raises(ValueError, match="letters and digits only"):
            api.subscribers.get(list_uid, bad)
    with pytest.raises(ValueError, match="must be a number"):
        api.countries.zones("1a")
    with pytest.raises(ValueError, match="must be a number"):
        api.delivery_servers.get("../lists")
    assert api.lists.get(list_uid.upper()).general.list_uid == list_uid  # upper case is fine


@pytest.mark.behaviour("cross.route.trailing-slash")
def test_a_trailing_slash_is_dropped(wire: httpx.Client) -> None:
    list_uid = new_list(wire)
    assert answered(wire.get(f"/lists/{list_uid}/"), 200) == answered(wire.get(f"/lists/{list_uid}"), 200)
    assert answered(wire.get("/lists/"), 200) == answered(wire.get("/lists"), 200)
    answered(wire.put(f"/lists/{list_uid}/", data={"general[name]": "با اسلش"}), 200)
    assert answered(wire.get(f"/lists/{list_uid}//"), 200)["data"]["record"]["general"]["name"] == "با اسلش"


@pytest.mark.behaviour("cross.route.root")
def test_the_api_root_answers_an_empty_array_without_a_key(sandbox: Sandbox) -> None:
    base = sandbox.url.removesuffix("/api")
    for url in (f"{base}/api/", f"{base}/api"):
        response = httpx.get(url, timeout=10)
        assert answered(response, 200) == []
        assert response.content == b"[]"
        assert ETAG.fullmatch(response.headers["etag"])
        assert response.headers["cache-control"] == "no-cache, must-revalidate"
        assert "last-modified" in response.headers


# --- bodies -----------------------------------------------------------------------------------


@pytest.mark.behaviour("cross.body.post")
def test_post_bodies_are_read_as_php_fills_post(sandbox: Sandbox, wire: httpx.Client) -> None:
    # Multipart and urlencoded both work; the last of a repeated name wins.
    answered(wire.post("/lists", data=LIST), 201)
    repeated = httpx.Request("POST", "/", data={**LIST, "general[name]": ["اول", "دوم"]}).read()
    created = answered(
        wire.post("/lists", content=repeated, headers={"Content-Type": "application/x-www-form-urlencoded"}),
        201,
    )
    assert (
        answered(wire.get(f"/lists/{created['list_uid']}"), 200)["data"]["record"]["general"]["name"] == "دوم"
    )
    # A JSON POST body is not read: the action sees no fields.
    no_fields = wire.post("/lists", json={"general": {"name": "x"}})
    assert set(answered(no_fields, 422)["error"]) == {"general"}  # the first group that fails
    # A part that carries a filename is an upload, not a field: the name is missing.
    files = {
        **form({k: v for k, v in LIST.items() if k != "general[name]"}),
        "general[name]": ("name.txt", b"x"),
    }
    assert "name" in answered(wire.post("/lists", files=files), 422)["error"]["general"]
    assert sandbox.processed["createList"] == 2


@pytest.mark.behaviour("cross.body.put")
def test_put_bodies_are_json_or_a_query_string(wire: httpx.Client) -> None:
    list_uid = new_list(wire)

    def name() -> str:
        return str(answered(wire.get(f"/lists/{list_uid}"), 200)["data"]["record"]["general"]["name"])

    answered(wire.put(f"/lists/{list_uid}", json={"general": {"name": "از JSON"}}), 200)
    assert name() == "از JSON"
    answered(wire.put(f"/lists/{list_uid}", data={"general[name]": "urlencoded"}), 200)
    assert name() == "urlencoded"
    answered(
        wire.put(
            f"/lists/{list_uid}", content=b"general%5Bname%5D=plain", headers={"Content-Type": "text/plain"}
        ),
        200,
    )
    assert name() == "plain"
    # Multipart is not refused, but its fields are lost.
    answered(wire.put(f"/lists/{list_uid}", files=form({"general[name]": "lost"})), 200)
    assert name() == "plain"


@pytest.mark.behaviour("cross.body.method-field")
def test_a_post_with_method_runs_that_verbs_action_with_the_post_fields(
    sandbox: Sandbox, wire: httpx.Client
) -> None:
    list_uid = new_list(wire)
    answered(
        wire.post(f"/lists/{list_uid}", files=form({"_method": "PUT", "general[name]": "از راه POST"})), 200
    )
    record = answered(wire.get(f"/lists/{list_uid}"), 200)["data"]["record"]
    assert record["general"]["name"] == "از راه POST"
    answered(wire.post(f"/lists/{list_uid}", data={"_method": "delete"}), 200)
    refused(wire.get(f"/lists/{list_uid}"), 404, "The list does not exist.")
    assert sandbox.processed["updateList"] == sandbox.processed["deleteList"] == 1


@pytest.mark.behaviour("cross.body.method-override-header")
def test_the_override_header_picks_the_route_but_not_the_verb(sandbox: Sandbox, wire: httpx.Client) -> None:
    list_uid = new_list(wire)
    for wire_method, header, verb in [
        ("POST", "PUT", "PUT"),
        ("POST", "DELETE", "DELETE"),
        ("GET", "POST", "POST"),
    ]:
        path = "/lists" if verb == "POST" else f"/lists/{list_uid}"
        response = wire.request(wire_method, path, headers={"X-HTTP-Method-Override": header})
        refused(response, 400, f"Only {verb} requests allowed for this endpoint.")
    # A GET-only action reached this way runs normally.
    answered(wire.delete(f"/lists/{list_uid}", headers={"X-HTTP-Method-Override": "GET"}), 200)
    assert sandbox.processed["deleteList"] == sandbox.processed["updateList"] == 0


@pytest.mark.behaviour("cross.body.cleaning")
def test_values_arrive_trimmed_and_stripped_of_tags(sandbox: Sandbox, wire: httpx.Client, api: Pakat) -> None:
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
    template_uid = api.templates.create("<b>خوش‌آمد</b>", html=html)
    stored_template = api.templates.get(template_uid)
    assert (stored_template.name, stored_template.content) == ("خوش‌آمد", html)
    # Headers are read raw: a key wrapped in a tag is not the key.
    with raw(sandbox, {"X-API-KEY": f"<b>{sandbox.api_key}</b>"}) as tagged:
        refused(tagged.get("/lists"), 400, UNKNOWN_KEY)


@pytest.mark.behaviour("cross.body.php-limits")
def test_phps_body_limits_as_knobs() -> None:
    with started(post_max_size=2_000) as sb, raw(sb, {"X-API-KEY": sb.api_key}) as wire:
        new_list(wire)  # small enough
        too_big = wire.post("/lists", files=form({**LIST, "general[description]": "ب" * 2_000}))
        assert set(answered(too_big, 422)["error"]) == {"general"}  # no fields at all
    with started(max_input_vars=4) as sb, raw(sb, {"X-API-KEY": sb.api_key}) as wire:
        dropped = answered(wire.post("/lists", files=form(LIST)), 422)  # the fifth field is lost
        assert dropped["error"] == {"defaults": {"reply_to": "Reply to cannot be blank."}}
    # By default neither is applied: Pakat's hosting limits are not known.
    with started() as sb, raw(sb, {"X-API-KEY": sb.api_key}) as wire:
        big = {**LIST, "note": "ب" * 100_000, **{f"extra{i}": "x" for i in range(1_500)}}
        answered(wire.post("/lists", files=form(big)), 201)


# --- the HTTP cache filter --------------------------------------------------------------------


@pytest.mark.behaviour("cross.cache.headers")
def test_index_and_view_answers_carry_cache_headers(
    sandbox: Sandbox, wire: httpx.Client, anonymous: httpx.Client
) -> None:
    list_uid = new_list(wire)
    for path in [
        "/lists",
        f"/lists/{list_uid}",
        "/countries",
        f"/lists/{list_uid}/subscribers",
        "/transactional-emails",
    ]:
        response = wire.get(path)
        answered(response, 200)
        assert ETAG.fullmatch(response.headers["etag"]), path
        assert response.headers["cache-control"] == "no-cache, must-revalidate"
        last_modified = response.headers["last-modified"]
        assert last_modified.endswith(" GMT") and abs(time.time() - _http_date(last_modified)) < 120
    # The ETag changes exactly when the answer does.
    first = wire.get(f"/lists/{list_uid}").headers["etag"]
    assert wire.get(f"/lists/{list_uid}").headers["etag"] == first
    answered(wire.put(f"/lists/{list_uid}", data={"general[name]": "تازه"}), 200)
    assert wire.get(f"/lists/{list_uid}").headers["etag"] != first
    # A view of a missing record still went through the filter.
    missing = wire.get("/lists/nosuchlist")
    assert missing.status_code == 404 and "etag" in missing.headers
    # HEAD reaches an index action (no rule serves HEAD) and gets the headers too.
    assert "etag" in wire.head("/countries").headers
    # Not on writes, not on other actions, not on refusals of the auth filter.
    for response in [
        wire.post("/lists", files=form(LIST)),
        wire.put(f"/lists/{list_uid}", data={"general[name]": "x"}),
        wire.get("/lists/fields/types"),
        wire.get(f"/lists/{list_uid}/subscribers/search-by-email", params={"EMAIL": "x@example.com"}),
        anonymous.get("/lists"),
    ]:
        assert not {"etag", "last-modified", "cache-control"} & set(response.headers), response.request.url
    # openapi.json declares the headers and the 304 on every GET the filter covers.
    for method, _, op in operation_index().values():
        responses = op["responses"]
        if "304" in responses:
            assert method == "GET" and set(responses["200"]["headers"]) == {
                "ETag",
                "Last-Modified",
                "Cache-Control",
            }
    cached = {o for o, (_, _, op) in operation_index().items() if "304" in op["responses"]}
    assert {"listLists", "getList", "listCountries", "listCountryZones", "getTransactionalEmail"} <= cached
    assert not {"getCampaignStats", "listFieldTypes", "getQuota", "trackCampaignOpening"} & cached


def _http_date(value: str) -> float:
    return parsedate_to_datetime(value).timestamp()


@pytest.mark.behaviour("cross.cache.not-modified")
def test_a_repeated_etag_or_a_recent_date_is_answered_304(sandbox: Sandbox, wire: httpx.Client) -> None:
    list_uid = new_list(wire)
    path = f"/lists/{list_uid}"
    etag = wire.get(path).headers["etag"]
    sandbox.reset_counters()
    not_modified = wire.get(path, headers={"If-None-Match": etag})
    assert (not_modified.status_code, not_modified.content) == (304, b"")
    assert not_modified.headers["etag"] == etag
    assert not_modified.headers["cache-control"] == "no-cache, must-revalidate"
    assert "last-modified" not in not_modified.headers
    assert sandbox.processed["getList"] == 0  # the action did not run
    # Exact string comparison: weak forms and lists never match.
    for header in (f"W/{etag}", f'{etag}, "other"', etag.strip('"'), "*"):
        answered(wire.get(path, headers={"If-None-Match": header}), 200)
    # A date: at or after Last-Modified; both headers sent must both hold.
    future = formatdate(time.time() + 3600, usegmt=True)
    past = formatdate(time.time() - 3600 * 24 * 365, usegmt=True)
    assert wire.get(path, headers={"If-Modified-Since": future}).status_code == 304
    answered(wire.get(path, headers={"If-Modified-Since": past}), 200)
    answered(wire.get(path, headers={"If-Modified-Since": "not a date"}), 200)
    assert wire.get(path, headers={"If-None-Match": etag, "If-Modified-Since": future}).status_code == 304
    answered(wire.get(path, headers={"If-None-Match": '"other"', "If-Modified-Since": future}), 200)
    answered(wire.get(path, headers={"If-None-Match": etag, "If-Modified-Since": past}), 200)
    # An empty collection, or the root: Last-Modified is now, so any future date is 304.
    assert wire.get("/campaigns", headers={"If-Modified-Since": future}).status_code == 304
    # A change gives a new answer, hence a 200.
    answered(wire.put(path, data={"general[name]": "دیگر"}), 200)
    answered(wire.get(path, headers={"If-None-Match": etag}), 200)
    # Only GET (and HEAD): a conditional write runs.
    answered(wire.put(path, data={"general[name]": "باز"}, headers={"If-None-Match": "*"}), 200)


@pytest.mark.behaviour("cross.cache.not-modified")
def test_the_facade_says_what_a_304_means(sandbox: Sandbox, wire: httpx.Client) -> None:
    list_uid = new_list(wire)
    etag = wire.get(f"/lists/{list_uid}").headers["etag"]

    # A caller's own http_client adding a conditional header (pakat never sends one).
    def conditional_header(request: httpx.Request) -> None:
        request.headers["If-None-Match"] = etag

    conditional = httpx.Client(event_hooks={"request": [conditional_header]})
    with (
        conditional,
        facade(sandbox, http_client=conditional) as api,
        pytest.raises(pakat.NotModifiedError) as caught,
    ):
        api.lists.get(list_uid)
    assert caught.value.status_code == 304
    assert "If-None-Match" in caught.value.message and "redirect" not in caught.value.message
    assert isinstance(caught.value, pakat.APIError)


# --- JSON -------------------------------------------------------------------------------------


@pytest.mark.behaviour("cross.json.content-type")
def test_answers_are_json_as_json_encode_writes_it(sandbox: Sandbox, wire: httpx.Client, api: Pakat) -> None:
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
    assert api.lists.get(list_uid).general.name == "پاکات/خبر"


@pytest.mark.behaviour("cross.json.numbers")
def test_database_numbers_are_strings_computed_ones_numbers(sandbox: Sandbox, wire: httpx.Client) -> None:
    list_uid = sandbox.create_list()
    sandbox.seed_subscribers(list_uid, 12)
    data = answered(wire.get(f"/lists/{list_uid}/subscribers", params={"page": 2}), 200)["data"]
    assert (
        data["count"],
        data["total_pages"],
        data["current_page"],
        data["next_page"],
        data["prev_page"],
    ) == (
        "12",
        2,
        2,
        None,
        1,
    )
    fields = answered(wire.get(f"/lists/{list_uid}/fields"), 200)["data"]["records"]
    assert all(isinstance(f["field_id"], str) and f["field_id"].isdigit() for f in fields)


@pytest.mark.behaviour("cross.json.empty-bodies")
def test_answers_with_nothing_to_report(sandbox: Sandbox, wire: httpx.Client) -> None:
    list_uid = new_list(wire)
    assert answered(wire.delete(f"/lists/{list_uid}"), 200) == {"status": "success"}
    assert httpx.get(sandbox.url + "/", timeout=10).content == b"[]"
    etag = wire.get("/countries").headers["etag"]
    not_modified = wire.get("/countries", headers={"If-None-Match": etag})
    assert (not_modified.status_code, not_modified.content) == (304, b"")
    assert "content-length" not in not_modified.headers or not_modified.headers["content-length"] == "0"


@pytest.mark.behaviour("cross.json.html-entities")
def test_single_string_refusals_are_html_encoded_and_read_back_plain(server: MockServer) -> None:
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
    with Pakat(
        api_key=API_KEY,
        base_url=BASE_URL,
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(server.handler)),
    ) as client:
        with pytest.raises(pakat.ValidationError) as caught:
            client.transactional_emails.send(
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
            client.lists.create(
                name="x", description="x", from_name="x", from_email="a@example.com", reply_to="a@example.com"
            )
        assert objects.value.message == 'general[name]: Name "x" & <y> is taken.'


# --- language ---------------------------------------------------------------------------------


@pytest.mark.behaviour("cross.errors.language")
def test_a_persian_account_gets_persian_messages_and_the_same_types() -> None:
    with started(language="fa") as sb, raw(sb, {"X-API-KEY": sb.api_key}) as wire, facade(sb) as api:
        list_uid = new_list(wire)
        answered(wire.post(f"/lists/{list_uid}/subscribers", files=form({"EMAIL": "ali@example.com"})), 201)
        again = answered(
            wire.post(f"/lists/{list_uid}/subscribers", files=form({"EMAIL": "ali@example.com"})), 409
        )
        assert again["error"] != EXISTS and re.search("[\u0600-\u06ff]", again["error"])
        with pytest.raises(pakat.ConflictError) as conflict:
            api.subscribers.create(list_uid, "ali@example.com")
        assert (conflict.value.status_code, conflict.value.reason) == (409, None)  # words not known
        blank = answered(wire.post(f"/lists/{list_uid}/subscribers", files=form({"FNAME": "x"})), 422)
        assert re.search("[\u0600-\u06ff]", blank["error"])
        with pytest.raises(pakat.ValidationError) as invalid:
            api.lists.update(list_uid, extra={"defaults[from_email]": "not an address"})
        assert invalid.value.status_code == 422
        with pytest.raises(pakat.NotFoundError) as missing:
            api.lists.get("nosuchlist")
        assert re.search("[\u0600-\u06ff]", missing.value.message)
        # Routing and the key checks come before the account is known: they stay English.
        refused(wire.get("/nothing"), 404, PAGE_NOT_FOUND)
        with (
            Pakat(api_key="wrong", base_url=sb.url) as stranger,
            pytest.raises(pakat.AuthenticationError) as auth,
        ):
            stranger.lists.list()
        assert auth.value.message == UNKNOWN_KEY
    with pytest.raises(ValueError, match="language"):
        Sandbox(language="de")


@pytest.mark.behaviour("cross.errors.language")
def test_the_facade_types_persian_409s_by_status_alone(server: MockServer, client: Pakat) -> None:
    persian = "این مشترک از قبل در این فهرست هست."
    server.on(
        "POST", "/lists/ab12/subscribers", httpx.Response(409, json={"status": "error", "error": persian})
    )
    with pytest.raises(pakat.ConflictError) as caught:
        client.subscribers.create("ab12", "ali@example.com")
    assert (caught.value.reason, caught.value.message) == (None, persian)
    assert len(server.requests) == 1  # not the busy lock as far as the facade can tell: not repeated


# --- paging -----------------------------------------------------------------------------------


@pytest.fixture
def thirty(sandbox: Sandbox) -> str:
    list_uid = sandbox.create_list()
    sandbox.seed_subscribers(list_uid, 30)
    return list_uid


def page_of(wire: httpx.Client, list_uid: str, **query: str) -> dict[str, Any]:
    data: dict[str, Any] = answered(wire.get(f"/lists/{list_uid}/subscribers", params=query), 200)["data"]
    return data


@pytest.mark.behaviour("cross.paging.per-page-clamp")
def test_per_page_is_clamped_never_refused(
    sandbox: Sandbox, wire: httpx.Client, thirty: str, api: Pakat
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
            api.subscribers.list(thirty, per_page=wrong)
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


@pytest.mark.behaviour("cross.paging.page-below-one")
def test_a_page_below_one_is_page_one(wire: httpx.Client, thirty: str) -> None:
    first = page_of(wire, thirty)
    for sent in ("0", "-3", "abc", ""):
        data = page_of(wire, thirty, page=sent)
        assert (data["current_page"], data["prev_page"], data["next_page"]) == (1, None, 2)
        assert data["records"] == first["records"]


@pytest.mark.behaviour("cross.paging.empty")
def test_an_empty_collection_has_null_paging_fields(sandbox: Sandbox, wire: httpx.Client, api: Pakat) -> None:
    list_uid = sandbox.create_list()
    for query in ({}, {"page": "5"}, {"per_page": "50"}):
        assert page_of(wire, list_uid, **query) == dict.fromkeys(
            ("count", "total_pages", "current_page", "next_page", "prev_page")
        ) | {"records": []}
    empty = api.subscribers.list(list_uid)
    assert (list(empty.items), empty.count, empty.total_pages) == ([], 0, 0)


@pytest.mark.behaviour("cross.paging.beyond-last")
def test_a_page_past_the_last_has_no_records(wire: httpx.Client, thirty: str) -> None:
    data = page_of(wire, thirty, page="9")
    assert (
        data["count"],
        data["total_pages"],
        data["current_page"],
        data["next_page"],
        data["prev_page"],
    ) == (
        "30",
        3,
        9,
        None,
        8,
    )
    assert data["records"] == []


@pytest.mark.behaviour("cross.paging.next-prev")
def test_next_and_prev_are_null_at_the_ends(wire: httpx.Client, thirty: str, api: Pakat) -> None:
    pages = [page_of(wire, thirty, page=str(n)) for n in (1, 2, 3)]
    assert [(p["prev_page"], p["next_page"]) for p in pages] == [(None, 2), (1, 3), (2, None)]
    assert len({r["subscriber_uid"] for p in pages for r in p["records"]}) == 30
    assert len(list(api.subscribers.iter(thirty, per_page=10))) == 30


@pytest.mark.behaviour("cross.order")
def test_default_orders(sandbox: Sandbox, wire: httpx.Client, api: Pakat) -> None:
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
    assert [e.email_uid for e in api.transactional_emails.list().items] == uids[::-1]

    def collated(name: str) -> str:  # utf8mb4_unicode_ci, near enough: accents and case ignored
        return "".join(
            c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
        ).casefold()

    names = [
        c["name"] for c in answered(wire.get("/countries", params={"per_page": "50"}), 200)["data"]["records"]
    ]
    assert names == sorted(names, key=collated)


def test_every_cross_cutting_row_has_a_test() -> None:
    from tests.behaviour._table import marks, rows

    cross = {row.id for row in rows() if row.id.startswith("cross.")}
    assert len(cross) == 38
    assert cross - set(marks()) == set()


def test_json_is_decodable_by_any_client(wire: httpx.Client) -> None:
    # Peer clients (PHP, Node, Python) decode json_encode's escapes as plain JSON.
    new_list(wire, **{"general[name]": 'a/b "c" \u200c د'})
    assert (
        json.loads(wire.get("/lists").content)["data"]["records"][0]["general"]["name"] == 'a/b "c" \u200c د'
    )
