"""Rows `subscribers.*` of docs/server-behaviour.md: the sandbox on the wire, and the facade on top.

The rows that a client's answer proves too are tested in tests/_async/behaviour/test_subscribers.py
(written once for both clients); the tests here stay on the wire.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from pakat.testing import Sandbox
from tests.behaviour.conftest import answered, form, refused

LIST_MISSING = "The subscribers list does not exist."
NO_FIELDS = "The subscribers list does not have any custom field defined."
MISSING = "The subscriber does not exist in this list."
EMAIL_MISSING = "Please provide the subscriber email address."
EMAIL_INVALID = "Please provide a valid email address."
EXISTS = "The subscriber already exists in this list."
BLACKLISTED = "This email address is blacklisted."
LOCK_BUSY = "Unable to acquire the mutex lock, please try again."
MAX_ACCOUNT = "The maximum number of allowed subscribers has been reached."
MAX_LIST = "The maximum number of allowed subscribers for this list has been reached."
TAKEN = "Another subscriber with this email address already exists in this list."
SAVE_FAILED = "Unable to save the subscriber!"
NULL_PAGE = dict.fromkeys(("count", "total_pages", "current_page", "next_page", "prev_page"))


def required(tag: str) -> str:
    return f"The field {tag} is required by the list but it has not been provided!"


def new_list(wire: httpx.Client, opt_in: str = "single") -> str:
    body = {
        "general[name]": "خبرنامه",
        "general[description]": "هفتگی",
        "general[opt_in]": opt_in,
        "defaults[from_name]": "پاکات",
        "defaults[from_email]": "news@example.com",
        "defaults[reply_to]": "news@example.com",
    }
    return str(answered(wire.post("/lists", files=form(body)), 201)["list_uid"])


def add(wire: httpx.Client, list_uid: str, email: str, **fields: str) -> str:
    body = answered(wire.post(f"/lists/{list_uid}/subscribers", files=form({"EMAIL": email, **fields})), 201)
    return str(body["data"]["record"]["subscriber_uid"])


def add_field(wire: httpx.Client, list_uid: str, tag: str, **extra: str) -> None:
    answered(
        wire.post(
            f"/lists/{list_uid}/fields",
            files=form({"type": "text", "label": tag.title(), "tag": tag, **extra}),
        ),
        201,
    )


def view(wire: httpx.Client, list_uid: str, uid: str) -> dict[str, Any]:
    return answered(wire.get(f"/lists/{list_uid}/subscribers/{uid}"), 200)["data"]["record"]  # type: ignore[no-any-return]


def strip_fields(sandbox: Sandbox, list_uid: str) -> None:
    """Take every field from a list (EMAIL too), which the API itself never allows."""
    with sandbox._store.transaction() as db:
        db.execute("DELETE FROM fields WHERE list_id = (SELECT id FROM lists WHERE uid = ?)", (list_uid,))


def bulk(wire: httpx.Client, list_uid: str, rows: list[dict[str, str]]) -> httpx.Response:
    fields = {
        f"subscribers[{n}][details][{key[8:-1]}]"
        if key.startswith("details[")
        else f"subscribers[{n}][{key}]": value
        for n, row in enumerate(rows)
        for key, value in row.items()
    }
    return wire.post(f"/lists/{list_uid}/subscribers/bulk", files=form(fields))


def wire_of(sandbox: Sandbox) -> httpx.Client:
    return httpx.Client(base_url=sandbox.url, headers={"X-API-KEY": sandbox.api_key}, timeout=120)


@pytest.mark.behaviour("subscribers.common.no-fields")
def test_a_list_without_any_field_is_404_on_every_route_that_reads_fields(
    sandbox: Sandbox, wire: httpx.Client
) -> None:
    list_uid = new_list(wire)
    uid = add(wire, list_uid, "ali@example.com")
    strip_fields(sandbox, list_uid)
    base = f"/lists/{list_uid}/subscribers"
    refused(wire.get(base), 404, NO_FIELDS)
    refused(wire.get(f"{base}/{uid}"), 404, NO_FIELDS)
    refused(wire.post(base, files=form({"EMAIL": "sara@example.com"})), 404, NO_FIELDS)
    refused(bulk(wire, list_uid, [{"EMAIL": "sara@example.com"}]), 404, NO_FIELDS)
    refused(wire.put(f"{base}/{uid}", data={"FNAME": "x"}), 404, NO_FIELDS)
    refused(wire.get(f"{base}/search-by-custom-fields", params={"FNAME": "x"}), 404, NO_FIELDS)
    # Routes that read no field still answer.
    answered(wire.get(f"{base}/search-by-email", params={"EMAIL": "ali@example.com"}), 200)


@pytest.mark.behaviour("subscribers.create.values")
def test_values_by_tag_several_values_defaults_and_cut_to_255(wire: httpx.Client) -> None:
    list_uid = new_list(wire)
    add_field(wire, list_uid, "CITY", default_value="تهران")
    response = wire.post(
        f"/lists/{list_uid}/subscribers",
        files=[
            ("EMAIL", (None, b"ali@example.com")),
            ("FNAME", (None, ("ع" * 300).encode())),
            ("LNAME[]", (None, "رضایی".encode())),
            ("LNAME[]", (None, b"Rezaei")),
            ("NOSUCHTAG", (None, b"ignored")),
        ],
    )
    uid = answered(response, 201)["data"]["record"]["subscriber_uid"]
    rec = view(wire, list_uid, uid)
    assert rec["FNAME"] == "ع" * 255
    assert rec["LNAME"] == "رضایی, Rezaei"
    assert rec["CITY"] == "تهران"  # not sent: the field's default
    assert "NOSUCHTAG" not in rec
    # A value sent empty stays empty.
    uid = add(wire, list_uid, "sara@example.com", CITY="")
    assert view(wire, list_uid, uid)["CITY"] == ""


@pytest.mark.behaviour("subscribers.create.order")
def test_create_checks_in_the_servers_order() -> None:
    with (
        Sandbox(max_subscribers_per_list=2, blacklist=["bad@example.com"]) as sandbox,
        wire_of(sandbox) as wire,
    ):
        full, roomy = new_list(wire), new_list(wire)
        add_field(wire, roomy, "CITY", required="yes")
        add(wire, full, "ali@example.com")
        add(wire, full, "reza@example.com")

        def create(list_uid: str, **fields: str) -> httpx.Response:
            return wire.post(f"/lists/{list_uid}/subscribers", files=form(fields))

        refused(create("nosuchlist123"), 422, EMAIL_MISSING)  # EMAIL given, before the list
        refused(create("nosuchlist123", EMAIL="nope"), 422, EMAIL_INVALID)  # EMAIL valid, before the list
        with sandbox.holding_lock("nosuchlist123", "ali@example.com"):
            refused(create("nosuchlist123", EMAIL="ali@example.com"), 404, LIST_MISSING)  # list before lock
        with sandbox.holding_lock(full, "ali@example.com"):
            refused(create(full, EMAIL="ali@example.com"), 409, LOCK_BUSY)  # lock before limits
        refused(create(full, EMAIL="ali@example.com"), 409, MAX_LIST)  # limits before duplicate
        uid = add(wire, roomy, "sara@example.com", CITY="تهران")
        sandbox.add_to_blacklist("sara@example.com")
        refused(create(roomy, EMAIL="sara@example.com"), 409, EXISTS)  # duplicate before blacklist
        refused(create(roomy, EMAIL="bad@example.com"), 409, BLACKLISTED)  # blacklist before fields
        strip_fields(sandbox, roomy)
        refused(create(roomy, EMAIL="nima@example.com"), 404, NO_FIELDS)  # fields before required
        assert uid


@pytest.mark.behaviour("subscribers.bulk.no-payload")
def test_no_rows_is_a_422(wire: httpx.Client) -> None:
    list_uid = new_list(wire)
    message = "Please provide the subscribers list."
    refused(wire.post(f"/lists/{list_uid}/subscribers/bulk"), 422, message)
    refused(
        wire.post(f"/lists/{list_uid}/subscribers/bulk", files=form({"EMAIL": "a@example.com"})), 422, message
    )
    refused(
        wire.post(f"/lists/{list_uid}/subscribers/bulk", files=form({"subscribers": "a@example.com"})),
        422,
        message,
    )


@pytest.mark.behaviour("subscribers.bulk.no-fields")
def test_bulk_to_a_list_without_fields_is_404(sandbox: Sandbox, wire: httpx.Client) -> None:
    list_uid = new_list(wire)
    strip_fields(sandbox, list_uid)
    refused(bulk(wire, list_uid, [{"EMAIL": "a@example.com"}]), 404, NO_FIELDS)


@pytest.mark.behaviour("subscribers.bulk.row-invalid-email")
def test_a_row_without_a_valid_address_is_echoed_with_its_error(wire: httpx.Client) -> None:
    list_uid = new_list(wire)
    records = answered(
        bulk(
            wire,
            list_uid,
            [
                {"EMAIL": "not-an-address", "FNAME": "علی", "CUSTOM": "x", "details[status]": "confirmed"},
                {"FNAME": "بی‌نشانی"},
                {"EMAIL": "ok@example.com"},
            ],
        ),
        201,
    )["data"]["records"]
    assert records[0] == {
        "data": {"EMAIL": "not-an-address", "FNAME": "علی", "CUSTOM": "x"},
        "errors": {"EMAIL": EMAIL_INVALID},
    }
    assert records[1] == {"data": {"FNAME": "بی‌نشانی"}, "errors": {"EMAIL": EMAIL_INVALID}}
    assert "errors" not in records[2]


@pytest.mark.behaviour("subscribers.update.invalid-email")
def test_an_invalid_new_address_is_a_422_string(wire: httpx.Client) -> None:
    list_uid = new_list(wire)
    uid = add(wire, list_uid, "ali@example.com")
    refused(
        wire.put(f"/lists/{list_uid}/subscribers/{uid}", data={"EMAIL": "not-an-address"}), 422, EMAIL_INVALID
    )
    assert view(wire, list_uid, uid)["EMAIL"] == "ali@example.com"


@pytest.mark.behaviour("subscribers.update.order")
def test_update_checks_in_the_servers_order(sandbox: Sandbox, wire: httpx.Client) -> None:
    list_uid = new_list(wire)
    add_field(wire, list_uid, "CITY", required="yes")
    add(wire, list_uid, "ali@example.com", CITY="x")
    uid = add(wire, list_uid, "sara@example.com", CITY="x")
    sandbox.add_to_blacklist("black@example.com")

    def put(list_uid: str, subscriber_uid: str, **fields: str) -> httpx.Response:
        return wire.put(f"/lists/{list_uid}/subscribers/{subscriber_uid}", data=fields)

    refused(put("nosuchlist123", "nosuchsub123", EMAIL="bad"), 404, LIST_MISSING)
    refused(put(list_uid, "nosuchsub123", EMAIL="bad"), 409, MISSING)
    refused(put(list_uid, uid, EMAIL="bad"), 422, EMAIL_INVALID)  # before required fields
    refused(put(list_uid, uid, EMAIL="ali@example.com"), 422, {"CITY": required("CITY")})  # before taken
    refused(put(list_uid, uid, EMAIL="ali@example.com", CITY="x"), 409, TAKEN)
    refused(put(list_uid, uid, EMAIL="black@example.com", CITY="x"), 409, BLACKLISTED)
    strip_fields(sandbox, list_uid)
    refused(put(list_uid, uid, EMAIL="bad"), 422, EMAIL_INVALID)  # the address before the fields
    refused(put(list_uid, uid, FNAME="x"), 404, NO_FIELDS)


@pytest.mark.behaviour("subscribers.unsubscribe.not-confirmed")
def test_unsubscribe_leaves_any_other_status_alone(wire: httpx.Client) -> None:
    list_uid = new_list(wire)
    for status in ("unconfirmed", "unapproved", "blacklisted"):
        uid = add(wire, list_uid, f"{status}@example.com", **{"details[status]": status})
        assert answered(wire.put(f"/lists/{list_uid}/subscribers/{uid}/unsubscribe"), 200) == {
            "status": "success"
        }
        assert view(wire, list_uid, uid)["status"] == status


@pytest.mark.behaviour("subscribers.find-by-email.missing-email")
def test_find_by_email_without_email_is_a_422_before_the_list(wire: httpx.Client) -> None:
    refused(wire.get("/lists/nosuchlist123/subscribers/search-by-email"), 422, EMAIL_MISSING)
    refused(
        wire.get("/lists/nosuchlist123/subscribers/search-by-email", params={"EMAIL": ""}), 422, EMAIL_MISSING
    )


@pytest.mark.behaviour("subscribers.find-all-lists.bad-email")
def test_find_in_all_lists_without_a_good_address_is_a_422(wire: httpx.Client) -> None:
    path = "/lists/subscribers/search-by-email-in-all-lists"
    refused(wire.get(path), 422, EMAIL_MISSING)
    refused(wire.get(path, params={"EMAIL": "nope"}), 422, EMAIL_INVALID)


@pytest.mark.behaviour("subscribers.search-fields.bracket-form")
def test_search_does_not_read_bracketed_tags(wire: httpx.Client) -> None:
    list_uid = new_list(wire)
    add(wire, list_uid, "ali@example.com", FNAME="علی")
    body = answered(
        wire.get(
            f"/lists/{list_uid}/subscribers/search-by-custom-fields", params={"custom_fields[FNAME]": "علی"}
        ),
        200,
    )
    assert body["data"] == {**NULL_PAGE, "records": []}


@pytest.mark.behaviour("subscribers.search-fields.status")
def test_search_ignores_status(wire: httpx.Client) -> None:
    list_uid = new_list(wire)
    uid = add(wire, list_uid, "ali@example.com", FNAME="علی")
    body = answered(
        wire.get(
            f"/lists/{list_uid}/subscribers/search-by-custom-fields",
            params={"FNAME": "علی", "status": "unsubscribed"},
        ),
        200,
    )
    assert [r["subscriber_uid"] for r in body["data"]["records"]] == [uid]


@pytest.mark.behaviour("subscribers.unsubscribe-all.bad-email")
def test_unsubscribe_everywhere_needs_a_good_address(wire: httpx.Client) -> None:
    path = "/lists/subscribers/unsubscribe-by-email-from-all-lists"
    refused(wire.put(path), 422, EMAIL_MISSING)
    refused(wire.put(path, data={"EMAIL": "nope"}), 422, EMAIL_INVALID)


def test_hostile_input_never_breaks_the_subscriber_routes(sandbox: Sandbox, wire: httpx.Client) -> None:
    """Odd, huge, nested and missing values get the server's answers, never a sandbox 500."""
    list_uid = new_list(wire)
    uid = add(wire, list_uid, "ali@example.com")
    odd = [
        {},
        {"EMAIL": "x" * 30_000},
        {"EMAIL": "a@" + "b" * 300 + ".com"},
        {"EMAIL": "ali@example.com\n"},
        {"EMAIL[0]": "a@example.com", "EMAIL[1]": "b@example.com"},
        {"EMAIL": "new@example.com", "FNAME[x][y]": "deep", "details[status][0]": "confirmed"},
        {"EMAIL": "new2@example.com", "details[ip_address]": "::ffff:1.2.3.4", "FNAME": "\x00\u202e"},
        {"subscribers": "x", "subscribers[0]": "y"},
        {"subscribers[0][EMAIL][x]": "a@example.com", "subscribers[a][EMAIL]": "b@example.com"},
        {"subscribers[][EMAIL]": "c@example.com", "subscribers[0][details][status][x]": "y"},
    ]
    base = f"/lists/{list_uid}/subscribers"
    for fields in odd:
        for response in (
            wire.post(base, files=form(fields)),
            wire.post(f"{base}/bulk", files=form(fields)),
            wire.put(f"{base}/{uid}", data=fields),
            wire.get(f"{base}/search-by-custom-fields", params=fields),
            wire.get(f"{base}/search-by-email", params=fields),
            wire.get("/lists/subscribers/search-by-email-in-all-lists", params=fields),
            wire.put("/lists/subscribers/unsubscribe-by-email-from-all-lists", data=fields),
            wire.get(base, params={**fields, "status": "x" * 1000, "page": "-99999999999999999999999"}),
        ):
            assert response.status_code < 500, (fields, response.text[:300])
    for value in ("=", ">", ">=abc", "<>", "%", "_", "'; DROP TABLE subscribers; --", "\\"):
        answered(wire.get(f"{base}/search-by-custom-fields", params={"FNAME": value}), 200)
        answered(wire.get(f"{base}/search-by-custom-fields", params={"EMAIL": value}), 200)
    assert view(wire, list_uid, uid)["EMAIL"] == "ali@example.com"
