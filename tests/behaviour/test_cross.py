"""What holds for every call: docs/server-behaviour.md, section "Cross-cutting", row by row.

Authentication and the account checks in the server's order, routing (patterns, case, the
fallback reading of paths, no 405), body decoding and input cleaning, JSON as json_encode writes
it, the HTTP cache filter, messages in the account's language, and paging.

The rows that a client's answer proves too are tested in tests/_async/behaviour/test_cross.py
(written once for both clients); the tests here stay on the wire.
"""

from __future__ import annotations

import base64
import json
import re
import time
from collections.abc import Iterator
from email.utils import formatdate, parsedate_to_datetime
from typing import Any

import httpx
import pytest

from pakat.testing import Sandbox
from pakat_client import AuthenticatedClient
from pakat_client.api.lists import list_lists
from tests._contract import operation_index, spec
from tests.behaviour.conftest import answered, form, refused

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


def without_key_header(request: httpx.Request) -> None:
    del request.headers["X-API-KEY"]


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


# --- paging -----------------------------------------------------------------------------------


@pytest.fixture
def thirty(sandbox: Sandbox) -> str:
    list_uid = sandbox.create_list()
    sandbox.seed_subscribers(list_uid, 30)
    return list_uid


def page_of(wire: httpx.Client, list_uid: str, **query: str) -> dict[str, Any]:
    data: dict[str, Any] = answered(wire.get(f"/lists/{list_uid}/subscribers", params=query), 200)["data"]
    return data


@pytest.mark.behaviour("cross.paging.page-below-one")
def test_a_page_below_one_is_page_one(wire: httpx.Client, thirty: str) -> None:
    first = page_of(wire, thirty)
    for sent in ("0", "-3", "abc", ""):
        data = page_of(wire, thirty, page=sent)
        assert (data["current_page"], data["prev_page"], data["next_page"]) == (1, None, 2)
        assert data["records"] == first["records"]


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
