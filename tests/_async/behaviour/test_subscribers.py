"""Rows `subscribers.*` of docs/server-behaviour.md: the sandbox on the wire, and the facade on top.

The tests that drive a client, written once: here for AsyncPakat, generated into tests/_sync
for Pakat. The rows proven on the wire alone are in tests/behaviour/test_subscribers.py.
"""

from __future__ import annotations

from urllib.parse import urlencode

import httpx
import pytest

from pakat import AsyncPakat, ConflictError, NotFoundError, OutcomeUnknownError, ValidationError
from pakat.testing import Sandbox
from pakat_client.models import DbExpression
from tests.behaviour.conftest import answered, form, refused
from tests.behaviour.test_subscribers import (
    BLACKLISTED,
    EMAIL_INVALID,
    EMAIL_MISSING,
    EXISTS,
    LIST_MISSING,
    LOCK_BUSY,
    MAX_ACCOUNT,
    MAX_LIST,
    MISSING,
    NULL_PAGE,
    SAVE_FAILED,
    TAKEN,
    add,
    add_field,
    bulk,
    new_list,
    required,
    view,
    wire_of,
)
from tests.facade.conftest import MockServer


def client_of(sandbox: Sandbox) -> AsyncPakat:
    return AsyncPakat(api_key=sandbox.api_key, base_url=sandbox.url, max_retries=0)


# Common -----------------------------------------------------------------------------------------


@pytest.mark.behaviour("subscribers.common.list-not-found")
async def test_every_subscriber_route_names_the_subscribers_list(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    archived, deleted = new_list(wire), new_list(wire)
    uid = add(wire, archived, "ali@example.com")
    sandbox.set_list_state(archived, status="archived")
    answered(wire.delete(f"/lists/{deleted}"), 200)
    for list_uid in ("nosuchlist123", archived, deleted):
        base = f"/lists/{list_uid}/subscribers"
        refused(wire.get(base), 404, LIST_MISSING)
        refused(wire.post(base, files=form({"EMAIL": "a@example.com"})), 404, LIST_MISSING)
        refused(
            wire.post(f"{base}/bulk", files=form({"subscribers[0][EMAIL]": "a@example.com"})),
            404,
            LIST_MISSING,
        )
        refused(wire.get(f"{base}/{uid}"), 404, LIST_MISSING)
        refused(wire.put(f"{base}/{uid}", data={"FNAME": "x"}), 404, LIST_MISSING)
        refused(wire.delete(f"{base}/{uid}"), 404, LIST_MISSING)
        refused(wire.put(f"{base}/{uid}/unsubscribe"), 404, LIST_MISSING)
        refused(wire.get(f"{base}/search-by-email", params={"EMAIL": "a@example.com"}), 404, LIST_MISSING)
        refused(wire.get(f"{base}/search-by-custom-fields", params={"FNAME": "x"}), 404, LIST_MISSING)
    with pytest.raises(NotFoundError) as caught:
        await api.subscribers.list("nosuchlist123")
    assert caught.value.message == LIST_MISSING
    # An unknown list is not an unknown address: find_by_email says None for both, the server 404.
    assert await api.subscribers.find_by_email("nosuchlist123", "a@example.com") is None


@pytest.mark.behaviour("subscribers.common.email-match")
async def test_addresses_are_compared_without_regard_to_case(wire: httpx.Client, api: AsyncPakat) -> None:
    list_uid = new_list(wire)
    uid = add(wire, list_uid, "Ali.Rezaei@Example.com")
    refused(
        wire.post(f"/lists/{list_uid}/subscribers", files=form({"EMAIL": "ali.rezaei@example.com"})),
        409,
        EXISTS,
    )
    found = answered(
        wire.get(
            f"/lists/{list_uid}/subscribers/search-by-email", params={"EMAIL": "ALI.REZAEI@EXAMPLE.COM"}
        ),
        200,
    )
    assert found["data"]["subscriber_uid"] == uid
    everywhere = answered(
        wire.get(
            "/lists/subscribers/search-by-email-in-all-lists", params={"EMAIL": "ali.rezaei@example.COM"}
        ),
        200,
    )
    assert [r["subscriber_uid"] for r in everywhere["data"]["records"]] == [uid]
    answered(
        wire.put(
            "/lists/subscribers/unsubscribe-by-email-from-all-lists", data={"EMAIL": "ALI.rezaei@example.com"}
        ),
        200,
    )
    assert view(wire, list_uid, uid)["status"] == "unsubscribed"
    found_via_facade = await api.subscribers.find_by_email(list_uid, "ali.REZAEI@example.com")
    assert found_via_facade is not None and found_via_facade.subscriber_uid == uid


# listSubscribers ----------------------------------------------------------------------------------


@pytest.mark.behaviour("subscribers.list.ok")
async def test_list_records_hold_tags_in_display_order_and_no_email_key(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = new_list(wire)
    add_field(wire, list_uid, "CITY", sort_order="-5")  # shown before EMAIL
    first = add(wire, list_uid, "ali@example.com", FNAME="علی", **{"CITY[]": "تهران"})
    wire.post(
        f"/lists/{list_uid}/subscribers",
        files=[
            ("EMAIL", (None, b"sara@example.com")),
            ("CITY[]", (None, "تهران".encode())),
            ("CITY[]", (None, "شیراز".encode())),
        ],
    )
    data = answered(wire.get(f"/lists/{list_uid}/subscribers"), 200)["data"]
    assert (data["count"], data["total_pages"], data["current_page"]) == ("2", 1, 1)
    newest, oldest = data["records"]
    assert oldest["subscriber_uid"] == first  # newest first
    assert list(newest) == [
        "subscriber_uid",
        "CITY",
        "EMAIL",
        "FNAME",
        "LNAME",
        "status",
        "source",
        "ip_address",
        "date_added",
    ]
    assert (newest["EMAIL"], newest["CITY"], newest["FNAME"]) == ("sara@example.com", "تهران, شیراز", "")
    assert "email" not in newest
    assert (oldest["status"], oldest["source"], oldest["ip_address"]) == ("confirmed", "api", "127.0.0.1")
    assert len(oldest["date_added"]) == 19 and oldest["date_added"][4] == "-"
    page = await api.subscribers.list(list_uid)
    assert [s.email for s in page.items] == ["sara@example.com", "ali@example.com"]  # filled from EMAIL
    assert page.items[1]["FNAME"] == "علی" and page.items[1].date_added == oldest["date_added"]


@pytest.mark.behaviour("subscribers.list.status-filter")
async def test_a_known_status_filters_and_any_other_value_is_ignored(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = new_list(wire)
    confirmed = add(wire, list_uid, "ali@example.com")
    unconfirmed = add(wire, list_uid, "sara@example.com", **{"details[status]": "unconfirmed"})

    def listed(**params: str) -> list[str]:
        records = answered(wire.get(f"/lists/{list_uid}/subscribers", params=params), 200)["data"]["records"]
        return [r["subscriber_uid"] for r in records]

    assert listed(status="confirmed") == [confirmed]
    assert listed(status="unconfirmed") == [unconfirmed]
    assert listed(status="snoozed") == [unconfirmed, confirmed]  # ignored, no 422
    assert listed(status="") == [unconfirmed, confirmed]
    assert [s.subscriber_uid async for s in api.subscribers.iter(list_uid, "unconfirmed")] == [unconfirmed]
    with pytest.raises(ValueError, match="status"):
        await api.subscribers.list(list_uid, "snoozed")  # type: ignore[arg-type]


@pytest.mark.behaviour("subscribers.list.empty")
async def test_no_subscriber_is_a_null_paged_collection(wire: httpx.Client, api: AsyncPakat) -> None:
    list_uid = new_list(wire)
    body = answered(wire.get(f"/lists/{list_uid}/subscribers", params={"page": 4}), 200)
    assert body == {"status": "success", "data": {**NULL_PAGE, "records": []}}
    add(wire, list_uid, "ali@example.com")
    body = answered(wire.get(f"/lists/{list_uid}/subscribers", params={"status": "blacklisted"}), 200)
    assert body["data"] == {**NULL_PAGE, "records": []}
    page = await api.subscribers.list(list_uid, "moved")
    assert (list(page.items), page.count, page.has_next) == ([], 0, False)


# getSubscriber ----------------------------------------------------------------------------------


@pytest.mark.behaviour("subscribers.get.ok")
async def test_a_subscriber_has_its_details_first_then_tags_and_no_date(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = new_list(wire)
    add_field(wire, list_uid, "CITY", sort_order="-5")
    uid = add(wire, list_uid, "ali@example.com", FNAME="علی", CITY="تهران")
    body = answered(wire.get(f"/lists/{list_uid}/subscribers/{uid}"), 200)
    assert list(body["data"]) == ["record"]
    rec = body["data"]["record"]
    # Fields in storage order (EMAIL, FNAME, LNAME, CITY), not display order.
    assert list(rec) == [
        "subscriber_uid",
        "status",
        "source",
        "ip_address",
        "EMAIL",
        "FNAME",
        "LNAME",
        "CITY",
    ]
    assert (rec["EMAIL"], rec["FNAME"], rec["LNAME"], rec["CITY"]) == ("ali@example.com", "علی", "", "تهران")
    got = await api.subscribers.get(list_uid, uid)
    assert (got.subscriber_uid, got.status, got.email, got["CITY"]) == (
        uid,
        "confirmed",
        "ali@example.com",
        "تهران",
    )
    assert not isinstance(got.date_added, str)  # not sent


@pytest.mark.behaviour("subscribers.get.not-found")
async def test_a_subscriber_of_another_list_is_not_found(wire: httpx.Client, api: AsyncPakat) -> None:
    list_uid, other = new_list(wire), new_list(wire)
    uid = add(wire, other, "ali@example.com")
    refused(wire.get(f"/lists/{list_uid}/subscribers/{uid}"), 404, MISSING)
    refused(wire.get(f"/lists/{list_uid}/subscribers/nosuchsub123"), 404, MISSING)
    with pytest.raises(NotFoundError) as caught:
        await api.subscribers.get(list_uid, uid)
    assert caught.value.message == MISSING


# createSubscriber -------------------------------------------------------------------------------


@pytest.mark.behaviour("subscribers.create.ok")
async def test_create_answers_five_attributes_and_follows_the_opt_in(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    single, double = new_list(wire, "single"), new_list(wire, "double")
    body = answered(
        wire.post(f"/lists/{single}/subscribers", files=form({"EMAIL": "ali@example.com", "FNAME": "علی"})),
        201,
    )
    rec = body["data"]["record"]
    assert list(rec) == ["subscriber_uid", "email", "ip_address", "source", "date_added"]
    assert (rec["email"], rec["ip_address"], rec["source"]) == ("ali@example.com", "127.0.0.1", "api")
    assert rec["date_added"] == {"expression": "NOW()", "params": []}
    assert view(wire, single, rec["subscriber_uid"])["status"] == "confirmed"
    uid = add(wire, double, "ali@example.com")
    assert view(wire, double, uid)["status"] == "unconfirmed"
    # The address comes from X-MW-REMOTE-ADDR, else X-REMOTE-ADDR, else the connection.
    forwarded = wire.post(
        f"/lists/{single}/subscribers",
        files=form({"EMAIL": "sara@example.com"}),
        headers={"X-MW-REMOTE-ADDR": "5.160.12.34", "X-REMOTE-ADDR": "10.0.0.1"},
    )
    assert answered(forwarded, 201)["data"]["record"]["ip_address"] == "5.160.12.34"
    forwarded = wire.post(
        f"/lists/{single}/subscribers",
        files=form({"EMAIL": "nima@example.com"}),
        headers={"X-REMOTE-ADDR": "10.0.0.1"},
    )
    assert answered(forwarded, 201)["data"]["record"]["ip_address"] == "10.0.0.1"

    created = await api.subscribers.create(double, "reza@example.com", fields={"FNAME": "رضا"})
    assert isinstance(created.date_added, DbExpression) and created.date_added.expression == "NOW()"
    assert (created.email, created.source) == ("reza@example.com", "api")
    assert (await api.subscribers.get(double, str(created.subscriber_uid))).status == "unconfirmed"


@pytest.mark.behaviour("subscribers.create.details")
async def test_details_out_of_range_are_ignored_silently(wire: httpx.Client, api: AsyncPakat) -> None:
    list_uid = new_list(wire)
    uid = add(
        wire,
        list_uid,
        "ali@example.com",
        **{"details[status]": "unapproved", "details[source]": "web", "details[ip_address]": "2001:db8::1"},
    )
    rec = view(wire, list_uid, uid)
    assert (rec["status"], rec["source"], rec["ip_address"]) == ("unapproved", "web", "2001:db8::1")
    uid = add(
        wire,
        list_uid,
        "sara@example.com",
        **{"details[status]": "disabled", "details[source]": "facebook", "details[ip_address]": "999.1.1.1"},
    )
    rec = view(wire, list_uid, uid)
    assert (rec["status"], rec["source"], rec["ip_address"]) == ("confirmed", "api", "127.0.0.1")
    uid = add(wire, list_uid, "moved@example.com", **{"details[status]": "moved"})
    assert view(wire, list_uid, uid)["status"] == "confirmed"
    # The facade refuses what the server would ignore.
    for status in ("disabled", "moved"):
        with pytest.raises(ValueError, match="status"):
            await api.subscribers.create(list_uid, "nima@example.com", status=status)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="ip_address"):
        await api.subscribers.create(list_uid, "nima@example.com", ip_address="999.1.1.1")
    created = await api.subscribers.create(
        list_uid, "nima@example.com", status="unconfirmed", source="import"
    )
    assert created.source == "import"


@pytest.mark.behaviour("subscribers.create.missing-email")
async def test_no_email_is_a_422_string_before_the_list_is_looked_up(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = new_list(wire)
    refused(wire.post(f"/lists/{list_uid}/subscribers", files=form({"FNAME": "علی"})), 422, EMAIL_MISSING)
    refused(wire.post(f"/lists/{list_uid}/subscribers"), 422, EMAIL_MISSING)
    refused(wire.post(f"/lists/{list_uid}/subscribers", files=form({"EMAIL": ""})), 422, EMAIL_MISSING)
    refused(wire.post("/lists/nosuchlist123/subscribers", files=form({"FNAME": "x"})), 422, EMAIL_MISSING)
    with pytest.raises(ValueError, match="not a valid email"):
        await api.subscribers.create(list_uid, "")  # refused before sending


@pytest.mark.behaviour("subscribers.create.invalid-email")
async def test_a_bad_address_is_a_422_string(
    wire: httpx.Client, client: AsyncPakat, server: MockServer
) -> None:
    list_uid = new_list(wire)
    for bad in ("not-an-address", "ali@", "علی@example.com", "a b@example.com"):
        refused(wire.post(f"/lists/{list_uid}/subscribers", files=form({"EMAIL": bad})), 422, EMAIL_INVALID)
    refused(wire.post("/lists/nosuchlist123/subscribers", files=form({"EMAIL": "nope"})), 422, EMAIL_INVALID)
    # An internationalised domain is taken.
    add(wire, list_uid, "ali@پاکات.ایران")
    # The facade reports the server's string as the error's message.
    server.on(
        "POST", "/lists/L1/subscribers", httpx.Response(422, json={"status": "error", "error": EMAIL_INVALID})
    )
    with pytest.raises(ValidationError) as caught:
        await client.subscribers.create("L1", "ali@example.com")
    assert caught.value.message == EMAIL_INVALID


@pytest.mark.behaviour("subscribers.create.mutex")
async def test_a_held_lock_is_a_409_that_changes_nothing(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = new_list(wire)
    with sandbox.holding_lock(list_uid, "ali@example.com"):
        refused(
            wire.post(f"/lists/{list_uid}/subscribers", files=form({"EMAIL": "ali@example.com"})),
            409,
            LOCK_BUSY,
        )
        add(wire, list_uid, "sara@example.com")  # another address is not locked
        with pytest.raises(ConflictError) as caught:
            await api.subscribers.create(list_uid, "ali@example.com")
        assert caught.value.reason == "busy"
    assert answered(wire.get(f"/lists/{list_uid}/subscribers"), 200)["data"]["count"] == "1"
    add(wire, list_uid, "ali@example.com")  # free again
    # The bulk route takes no lock.
    other = new_list(wire)
    with sandbox.holding_lock(other, "nima@example.com"):
        assert (
            "errors"
            not in answered(bulk(wire, other, [{"EMAIL": "nima@example.com"}]), 201)["data"]["records"][0]
        )


@pytest.mark.behaviour("subscribers.create.max-account")
async def test_the_account_limit_counts_distinct_addresses_over_all_lists() -> None:
    with Sandbox(max_subscribers=2) as sandbox, wire_of(sandbox) as wire:
        async with client_of(sandbox) as api:
            first, second = new_list(wire), new_list(wire)
            add(wire, first, "ali@example.com")
            add(wire, second, "ali@example.com")  # the same address counts once
            add(wire, second, "sara@example.com")
            refused(
                wire.post(f"/lists/{first}/subscribers", files=form({"EMAIL": "nima@example.com"})),
                409,
                MAX_ACCOUNT,
            )
            with pytest.raises(ConflictError) as caught:
                await api.subscribers.create(first, "nima@example.com")
            assert caught.value.reason == "limit"
            # A deleted list's addresses no longer count.
            answered(wire.delete(f"/lists/{second}"), 200)
            add(wire, first, "nima@example.com")


@pytest.mark.behaviour("subscribers.create.max-list")
async def test_the_list_limit() -> None:
    with Sandbox(max_subscribers_per_list=1) as sandbox, wire_of(sandbox) as wire:
        async with client_of(sandbox) as api:
            first, second = new_list(wire), new_list(wire)
            add(wire, first, "ali@example.com")
            refused(
                wire.post(f"/lists/{first}/subscribers", files=form({"EMAIL": "sara@example.com"})),
                409,
                MAX_LIST,
            )
            add(wire, second, "sara@example.com")
            with pytest.raises(ConflictError) as caught:
                await api.subscribers.create(first, "sara@example.com")
            assert (caught.value.reason, caught.value.message) == ("limit", MAX_LIST)


@pytest.mark.behaviour("subscribers.create.duplicate")
async def test_an_address_on_the_list_is_a_409_whatever_its_status(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = new_list(wire)
    for n, status in enumerate(("confirmed", "unconfirmed", "unapproved", "blacklisted")):
        email = f"p{n}@example.com"
        add(wire, list_uid, email, **{"details[status]": status})
        refused(wire.post(f"/lists/{list_uid}/subscribers", files=form({"EMAIL": email})), 409, EXISTS)
    with pytest.raises(ConflictError) as caught:
        await api.subscribers.create(list_uid, "p0@example.com")
    assert (caught.value.status_code, caught.value.reason, caught.value.message) == (409, "exists", EXISTS)


@pytest.mark.behaviour("subscribers.create.resubscribe")
async def test_an_unsubscribed_address_is_subscribed_again_with_new_values(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = new_list(wire)
    uid = add(wire, list_uid, "ali@example.com", FNAME="علی", LNAME="رضایی")
    # getSubscriber sends no date: read it from the collection.
    date_added = answered(wire.get(f"/lists/{list_uid}/subscribers"), 200)["data"]["records"][0]["date_added"]
    answered(wire.put(f"/lists/{list_uid}/subscribers/{uid}/unsubscribe"), 200)
    body = answered(
        wire.post(
            f"/lists/{list_uid}/subscribers", files=form({"EMAIL": "ALI@example.com", "FNAME": "علیرضا"})
        ),
        201,
    )
    rec = body["data"]["record"]
    assert rec["subscriber_uid"] == uid  # the same subscriber
    assert rec["date_added"] == date_added  # the original date, as a string
    assert rec["email"] == "ALI@example.com"
    got = view(wire, list_uid, uid)
    assert (got["status"], got["FNAME"], got["LNAME"]) == ("confirmed", "علیرضا", "")  # LNAME not sent: lost
    answered(wire.put(f"/lists/{list_uid}/subscribers/{uid}/unsubscribe"), 200)
    again = await api.subscribers.create(list_uid, "ali@example.com")
    assert again.subscriber_uid == uid and again.date_added == date_added


@pytest.mark.behaviour("subscribers.create.blacklisted")
async def test_a_blacklisted_address_is_a_409() -> None:
    with Sandbox(blacklist=["spam@example.com"]) as sandbox, wire_of(sandbox) as wire:
        async with client_of(sandbox) as api:
            list_uid = new_list(wire)
            refused(
                wire.post(f"/lists/{list_uid}/subscribers", files=form({"EMAIL": "SPAM@example.com"})),
                409,
                BLACKLISTED,
            )
            sandbox.add_to_blacklist("troll@example.com")
            with pytest.raises(ConflictError) as caught:
                await api.subscribers.create(list_uid, "troll@example.com")
            assert caught.value.reason == "blacklisted"
            # A subscriber added as blacklisted puts its address on the blacklist for every list.
            add(wire, list_uid, "bad@example.com", **{"details[status]": "blacklisted"})
            other = new_list(wire)
            refused(
                wire.post(f"/lists/{other}/subscribers", files=form({"EMAIL": "bad@example.com"})),
                409,
                BLACKLISTED,
            )


@pytest.mark.behaviour("subscribers.create.required-field")
async def test_missing_required_fields_are_a_flat_map(wire: httpx.Client, api: AsyncPakat) -> None:
    list_uid = new_list(wire)
    add_field(wire, list_uid, "CITY", required="yes")
    add_field(wire, list_uid, "PHONE", required="yes")
    refused(
        wire.post(f"/lists/{list_uid}/subscribers", files=form({"EMAIL": "ali@example.com", "PHONE": "0"})),
        422,
        {"CITY": required("CITY"), "PHONE": required("PHONE")},  # "0" counts as empty
    )
    with pytest.raises(ValidationError) as caught:
        await api.subscribers.create(list_uid, "ali@example.com", fields={"PHONE": "0912"})
    assert caught.value.errors == {"CITY": required("CITY")}
    add(wire, list_uid, "ali@example.com", CITY="تهران", PHONE="0912")


@pytest.mark.behaviour("subscribers.create.save-failed")
async def test_a_failed_save_is_a_validation_error(client: AsyncPakat, server: MockServer) -> None:
    # The sandbox always saves; the facade meets the server's answer from a script.
    server.on(
        "POST", "/lists/L1/subscribers", httpx.Response(422, json={"status": "error", "error": SAVE_FAILED})
    )
    with pytest.raises(ValidationError) as caught:
        await client.subscribers.create("L1", "ali@example.com")
    assert (caught.value.status_code, caught.value.message) == (422, SAVE_FAILED)
    assert len(server.requests) == 1


# createSubscribersBulk ----------------------------------------------------------------------------


@pytest.mark.behaviour("subscribers.bulk.ok")
async def test_bulk_answers_201_with_one_record_per_row_in_order(wire: httpx.Client, api: AsyncPakat) -> None:
    list_uid = new_list(wire, "double")
    add(wire, list_uid, "old@example.com")
    response = bulk(
        wire,
        list_uid,
        [
            {"EMAIL": "ali@example.com", "FNAME": "علی", "details[status]": "confirmed"},
            {"EMAIL": "old@example.com"},
            {"EMAIL": "sara@example.com", "LNAME": "", "NOSUCHTAG": "x", "details[source]": "import"},
        ],
    )
    body = answered(response, 201)
    assert list(body) == ["status", "data"] and list(body["data"]) == ["records"]
    first, second, third = body["data"]["records"]
    assert list(first) == ["data"]
    assert list(first["data"]) == ["EMAIL", "FNAME", "LNAME", "subscriber_uid"]
    assert (first["data"]["EMAIL"], first["data"]["FNAME"], first["data"]["LNAME"]) == (
        "ali@example.com",
        "علی",
        None,
    )
    assert second == {
        "data": {"EMAIL": "old@example.com", "FNAME": None, "LNAME": None},
        "errors": {"EMAIL": EXISTS},
    }
    assert third["data"] == {
        "EMAIL": "sara@example.com",
        "FNAME": None,
        "LNAME": "",
        "subscriber_uid": third["data"]["subscriber_uid"],
    }
    ali = view(wire, list_uid, first["data"]["subscriber_uid"])
    sara = view(wire, list_uid, third["data"]["subscriber_uid"])
    assert (ali["status"], ali["source"], ali["FNAME"]) == ("confirmed", "api", "علی")
    assert (sara["status"], sara["source"]) == ("unconfirmed", "import")  # the list's opt-in; details applied
    # Every row failing is still a 201.
    assert answered(bulk(wire, list_uid, [{"EMAIL": "old@example.com"}]), 201)["data"]["records"][0]["errors"]

    result = await api.subscribers.create_batch(
        list_uid,
        [
            {"EMAIL": "nima@example.com", "FNAME": "نیما"},
            {"EMAIL": "ali@example.com"},
            {"EMAIL": "not an address"},
            {"FNAME": "x"},
        ],
    )
    assert list(result.created) == [0] and result.existing == {1: "ali@example.com"}
    assert [(f.index, f.outcome_unknown) for f in result.failed] == [(2, False), (3, False)]
    assert view(wire, list_uid, result.created[0])["FNAME"] == "نیما"


@pytest.mark.behaviour("subscribers.bulk.ok")
async def test_create_batch_maps_records_by_position_and_reads_short_answers(
    client: AsyncPakat, server: MockServer
) -> None:
    records = [
        {"data": {"EMAIL": "a@example.com", "subscriber_uid": "u1"}},
        {"data": {"EMAIL": "b@example.com"}, "errors": {"EMAIL": EXISTS}},
        {"data": {"EMAIL": "c@example.com"}, "errors": {"CITY": required("CITY")}},
    ]
    server.on("POST", "/lists/L1/subscribers/bulk", {"status": "success", "data": {"records": records}})
    rows = [{"EMAIL": f"{c}@example.com"} for c in "abcd"]
    result = await client.subscribers.create_batch("L1", [rows[0], {"EMAIL": "bad"}, *rows[1:]])
    assert server.form() == {
        "subscribers[0][EMAIL]": "a@example.com",
        "subscribers[1][EMAIL]": "b@example.com",
        "subscribers[2][EMAIL]": "c@example.com",
        "subscribers[3][EMAIL]": "d@example.com",
    }
    assert result.created == {0: "u1"} and result.existing == {2: "b@example.com"}
    failed = {f.index: f for f in result.failed}
    assert sorted(failed) == [1, 3, 4]
    assert failed[3].reason == required("CITY") and not failed[3].outcome_unknown
    # The server answered for three of the four rows sent: the last one's outcome is unknown.
    assert failed[4].outcome_unknown and failed[4].email == "d@example.com"
    assert len(server.requests) == 1


@pytest.mark.behaviour("subscribers.bulk.ok")
async def test_create_batch_is_one_post_and_a_lost_answer_is_an_unknown_outcome(
    sandbox: Sandbox, wire: httpx.Client
) -> None:
    list_uid = new_list(wire)
    async with AsyncPakat(api_key=sandbox.api_key, base_url=sandbox.url, max_retries=3) as api:
        sandbox.faults.drop_connection(when="after")
        with pytest.raises(OutcomeUnknownError):
            await api.subscribers.create_batch(
                list_uid, [{"EMAIL": "ali@example.com"}, {"EMAIL": "sara@example.com"}]
            )
    assert sandbox.counters["createSubscribersBulk"] == 1  # never sent again
    assert answered(wire.get(f"/lists/{list_uid}/subscribers"), 200)["data"]["count"] == "2"  # yet done


@pytest.mark.behaviour("subscribers.bulk.row-cap")
async def test_rows_past_ten_thousand_are_dropped_silently(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = new_list(wire)
    rows = [{"EMAIL": f"p{n}@example.com"} for n in range(10_001)]
    with wire_of(sandbox) as patient:  # 10,000 rows take the sandbox a few seconds
        records = answered(bulk(patient, list_uid, rows), 201)["data"]["records"]
    assert len(records) == 10_000
    assert records[-1]["data"]["EMAIL"] == "p9999@example.com"
    assert answered(wire.get(f"/lists/{list_uid}/subscribers"), 200)["data"]["count"] == "10000"
    sandbox.reset_counters()
    with pytest.raises(ValueError, match="at most 10000"):
        await api.subscribers.create_batch(list_uid, rows)
    with pytest.raises(ValueError, match="at least one row"):
        await api.subscribers.create_batch(list_uid, [])
    assert sandbox.counters["createSubscribersBulk"] == 0  # refused before sending


@pytest.mark.behaviour("subscribers.bulk.list-not-found")
async def test_bulk_to_an_unknown_list_is_404(wire: httpx.Client, api: AsyncPakat) -> None:
    refused(bulk(wire, "nosuchlist123", [{"EMAIL": "a@example.com"}]), 404, LIST_MISSING)
    with pytest.raises(NotFoundError) as caught:
        await api.subscribers.create_batch("nosuchlist123", [{"EMAIL": "a@example.com"}])
    assert caught.value.message == LIST_MISSING


@pytest.mark.behaviour("subscribers.bulk.limit-reached")
async def test_a_full_account_or_list_refuses_the_whole_request_first() -> None:
    with Sandbox(max_subscribers=1) as sandbox, wire_of(sandbox) as wire:
        async with client_of(sandbox) as api:
            list_uid = new_list(wire)
            add(wire, list_uid, "ali@example.com")
            refused(bulk(wire, list_uid, [{"EMAIL": "sara@example.com"}]), 409, MAX_ACCOUNT)
            # Checked before the payload: an empty request gets the same answer.
            refused(wire.post(f"/lists/{list_uid}/subscribers/bulk"), 409, MAX_ACCOUNT)
            with pytest.raises(ConflictError) as caught:
                await api.subscribers.create_batch(list_uid, [{"EMAIL": "sara@example.com"}])
            assert caught.value.reason == "limit"
    with Sandbox(max_subscribers_per_list=1) as sandbox, wire_of(sandbox) as wire:
        list_uid = new_list(wire)
        add(wire, list_uid, "ali@example.com")
        refused(bulk(wire, list_uid, [{"EMAIL": "sara@example.com"}]), 409, MAX_LIST)


@pytest.mark.behaviour("subscribers.bulk.row-required")
async def test_a_row_missing_required_fields_names_them(wire: httpx.Client, api: AsyncPakat) -> None:
    list_uid = new_list(wire)
    add_field(wire, list_uid, "CITY", required="yes")
    records = answered(
        bulk(
            wire,
            list_uid,
            [{"EMAIL": "a@example.com", "CITY": "0"}, {"EMAIL": "b@example.com", "CITY": "تهران"}],
        ),
        201,
    )["data"]["records"]
    assert records[0] == {
        "data": {"EMAIL": "a@example.com", "FNAME": None, "LNAME": None, "CITY": "0"},
        "errors": {"CITY": required("CITY")},
    }
    assert "subscriber_uid" in records[1]["data"]
    result = await api.subscribers.create_batch(list_uid, [{"EMAIL": "c@example.com"}])
    assert [(f.index, f.reason) for f in result.failed] == [(0, required("CITY"))]


@pytest.mark.behaviour("subscribers.bulk.row-duplicate")
async def test_an_address_already_on_the_list_or_earlier_in_the_request_is_refused(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = new_list(wire)
    add(wire, list_uid, "old@example.com")
    gone = add(wire, list_uid, "gone@example.com", FNAME="قدیمی")
    answered(wire.put(f"/lists/{list_uid}/subscribers/{gone}/unsubscribe"), 200)
    records = answered(
        bulk(
            wire,
            list_uid,
            [
                {"EMAIL": "new@example.com"},
                {"EMAIL": "NEW@example.com"},
                {"EMAIL": "old@example.com"},
                {"EMAIL": "gone@example.com"},
            ],
        ),
        201,
    )["data"]["records"]
    assert [r.get("errors") for r in records] == [None, {"EMAIL": EXISTS}, {"EMAIL": EXISTS}, None]
    assert records[3]["data"]["subscriber_uid"] == gone  # subscribed again
    rec = view(wire, list_uid, gone)
    assert (rec["status"], rec["FNAME"]) == ("confirmed", "")
    result = await api.subscribers.create_batch(
        list_uid, [{"EMAIL": "old@example.com"}, {"EMAIL": "fresh@example.com"}]
    )
    assert result.existing == {0: "old@example.com"} and list(result.created) == [1] and not result.failed


@pytest.mark.behaviour("subscribers.bulk.row-blacklisted")
async def test_a_blacklisted_row_is_refused() -> None:
    with Sandbox(blacklist=["spam@example.com"]) as sandbox, wire_of(sandbox) as wire:
        async with client_of(sandbox) as api:
            list_uid = new_list(wire)
            records = answered(bulk(wire, list_uid, [{"EMAIL": "spam@example.com"}]), 201)["data"]["records"]
            assert records == [
                {
                    "data": {"EMAIL": "spam@example.com", "FNAME": None, "LNAME": None},
                    "errors": {"EMAIL": BLACKLISTED},
                }
            ]
            result = await api.subscribers.create_batch(list_uid, [{"EMAIL": "spam@example.com"}])
            assert [f.reason for f in result.failed] == [BLACKLISTED]


@pytest.mark.behaviour("subscribers.bulk.row-limit")
async def test_rows_past_the_limit_fail_and_refused_rows_still_count() -> None:
    with Sandbox(max_subscribers_per_list=3) as sandbox, wire_of(sandbox) as wire:
        async with client_of(sandbox) as api:
            list_uid = new_list(wire)
            add(wire, list_uid, "old@example.com")
            records = answered(
                bulk(
                    wire,
                    list_uid,
                    [
                        {"EMAIL": "old@example.com"},  # refused as a duplicate, but counted
                        {"EMAIL": "bad"},  # not counted: refused before the limit
                        {"EMAIL": "a@example.com"},
                        {"EMAIL": "b@example.com"},
                        {"EMAIL": "c@example.com"},
                    ],
                ),
                201,
            )["data"]["records"]
            assert [r.get("errors") for r in records] == [
                {"EMAIL": EXISTS},
                {"EMAIL": EMAIL_INVALID},
                None,
                {"_common": MAX_LIST},
                {"_common": MAX_LIST},
            ]
    with Sandbox(max_subscribers=1) as sandbox, wire_of(sandbox) as wire:
        async with client_of(sandbox) as api:
            list_uid = new_list(wire)
            result = await api.subscribers.create_batch(
                list_uid, [{"EMAIL": "a@example.com"}, {"EMAIL": "b@example.com"}]
            )
            assert list(result.created) == [0]
            assert [(f.index, f.reason) for f in result.failed] == [(1, MAX_ACCOUNT)]


@pytest.mark.behaviour("subscribers.bulk.row-save-failed")
async def test_a_row_that_failed_to_save_is_a_failure(client: AsyncPakat, server: MockServer) -> None:
    # The sandbox always saves; the facade reads such a record from a script.
    records = [{"data": {"EMAIL": "a@example.com"}, "errors": {"_common": SAVE_FAILED}}]
    server.on("POST", "/lists/L1/subscribers/bulk", {"status": "success", "data": {"records": records}})
    result = await client.subscribers.create_batch("L1", [{"EMAIL": "a@example.com"}])
    assert not result.created and not result.existing
    assert [(f.index, f.email, f.reason, f.already_exists) for f in result.failed] == [
        (0, "a@example.com", SAVE_FAILED, False)
    ]


# updateSubscriber -------------------------------------------------------------------------------


@pytest.mark.behaviour("subscribers.update.ok")
async def test_update_replaces_the_tags_sent_and_answers_five_attributes(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = new_list(wire)
    uid = add(wire, list_uid, "ali@example.com", FNAME="علی", LNAME="رضایی")
    body = answered(
        wire.put(f"/lists/{list_uid}/subscribers/{uid}", data={"FNAME": "علیرضا", "EMAIL": ""}), 200
    )
    rec = body["data"]["record"]
    assert list(rec) == ["subscriber_uid", "email", "ip_address", "source", "date_added"]
    assert (rec["subscriber_uid"], rec["email"]) == (
        uid,
        "ali@example.com",
    )  # an empty EMAIL keeps the address
    assert isinstance(rec["date_added"], str) and len(rec["date_added"]) == 19
    got = view(wire, list_uid, uid)
    assert (got["FNAME"], got["LNAME"]) == ("علیرضا", "رضایی")  # LNAME not sent: kept
    several = urlencode([("LNAME[]", "الف"), ("LNAME[]", "ب")])
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    answered(wire.put(f"/lists/{list_uid}/subscribers/{uid}", content=several, headers=headers), 200)
    assert view(wire, list_uid, uid)["LNAME"] == "الف, ب"
    # details[status]: unapproved, disabled and moved are ignored on update.
    for status in ("unapproved", "disabled", "moved"):
        answered(wire.put(f"/lists/{list_uid}/subscribers/{uid}", data={"details[status]": status}), 200)
        assert view(wire, list_uid, uid)["status"] == "confirmed"
    answered(
        wire.put(
            f"/lists/{list_uid}/subscribers/{uid}",
            data={
                "details[status]": "unconfirmed",
                "details[source]": "web",
                "details[ip_address]": "5.160.12.34",
                "EMAIL": "new@example.com",
            },
        ),
        200,
    )
    got = view(wire, list_uid, uid)
    assert (got["status"], got["source"], got["ip_address"], got["EMAIL"]) == (
        "unconfirmed",
        "web",
        "5.160.12.34",
        "new@example.com",
    )

    updated = await api.subscribers.update(list_uid, uid, fields={"FNAME": "علی"}, status="confirmed")
    assert updated is not None and (updated.subscriber_uid, updated.email) == (uid, "new@example.com")
    assert isinstance(updated.date_added, str)
    with pytest.raises(ValueError, match="status"):
        await api.subscribers.update(list_uid, uid, status="unapproved")  # type: ignore[arg-type]


@pytest.mark.behaviour("subscribers.update.not-found")
async def test_updating_a_subscriber_the_list_lacks_is_a_409(wire: httpx.Client, api: AsyncPakat) -> None:
    list_uid, other = new_list(wire), new_list(wire)
    uid = add(wire, other, "ali@example.com")
    refused(wire.put(f"/lists/{list_uid}/subscribers/{uid}", data={"FNAME": "x"}), 409, MISSING)
    refused(wire.put(f"/lists/{list_uid}/subscribers/nosuchsub123", data={"FNAME": "x"}), 409, MISSING)
    # The SDK reads this 409 for what it says: no such subscriber.
    with pytest.raises(NotFoundError) as caught:
        await api.subscribers.update(list_uid, uid, fields={"FNAME": "x"})
    assert (caught.value.status_code, caught.value.message) == (409, MISSING)


@pytest.mark.behaviour("subscribers.update.required-field")
async def test_every_update_must_resend_every_required_field(wire: httpx.Client, api: AsyncPakat) -> None:
    list_uid = new_list(wire)
    add_field(wire, list_uid, "CITY", required="yes")
    uid = add(wire, list_uid, "ali@example.com", CITY="تهران")
    refused(
        wire.put(f"/lists/{list_uid}/subscribers/{uid}", data={"FNAME": "علی"}),
        422,
        {"CITY": required("CITY")},
    )
    with pytest.raises(ValidationError) as caught:
        await api.subscribers.update(list_uid, uid, fields={"FNAME": "علی"})
    assert caught.value.errors == {"CITY": required("CITY")}
    # EMAIL, required too, need not be sent.
    answered(wire.put(f"/lists/{list_uid}/subscribers/{uid}", data={"FNAME": "علی", "CITY": "تهران"}), 200)
    assert "every required custom field" in (type(api.subscribers).update.__doc__ or "")


@pytest.mark.behaviour("subscribers.update.email-taken")
async def test_an_address_of_another_subscriber_is_a_409(wire: httpx.Client, api: AsyncPakat) -> None:
    list_uid = new_list(wire)
    add(wire, list_uid, "ali@example.com")
    gone = add(wire, list_uid, "gone@example.com")
    answered(wire.put(f"/lists/{list_uid}/subscribers/{gone}/unsubscribe"), 200)
    uid = add(wire, list_uid, "sara@example.com")
    refused(wire.put(f"/lists/{list_uid}/subscribers/{uid}", data={"EMAIL": "ALI@example.com"}), 409, TAKEN)
    refused(
        wire.put(f"/lists/{list_uid}/subscribers/{uid}", data={"EMAIL": "gone@example.com"}), 409, TAKEN
    )  # any status
    with pytest.raises(ConflictError) as caught:
        await api.subscribers.update(list_uid, uid, email="ali@example.com")
    assert caught.value.message == TAKEN


@pytest.mark.behaviour("subscribers.update.blacklisted")
async def test_blacklisted_subscribers_and_addresses_cannot_be_updated(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = new_list(wire)
    black = add(wire, list_uid, "black@example.com", **{"details[status]": "blacklisted"})
    refused(
        wire.put(f"/lists/{list_uid}/subscribers/{black}", data={"details[status]": "confirmed"}),
        409,
        BLACKLISTED,
    )
    assert view(wire, list_uid, black)["status"] == "blacklisted"
    confirmed = add(wire, list_uid, "ali@example.com")
    sandbox.add_to_blacklist("ali@example.com")
    refused(wire.put(f"/lists/{list_uid}/subscribers/{confirmed}", data={"FNAME": "x"}), 409, BLACKLISTED)
    assert view(wire, list_uid, confirmed)["status"] == "blacklisted"  # switched as a side effect
    sara = add(wire, list_uid, "sara@example.com")
    sandbox.add_to_blacklist("spam@example.org")
    refused(
        wire.put(f"/lists/{list_uid}/subscribers/{sara}", data={"EMAIL": "spam@example.org"}),
        409,
        BLACKLISTED,
    )
    with pytest.raises(ConflictError) as caught:
        await api.subscribers.update(list_uid, black, fields={"FNAME": "x"})
    assert caught.value.reason == "blacklisted"


@pytest.mark.behaviour("subscribers.update.save-failed")
async def test_a_failed_update_save_is_a_validation_error(client: AsyncPakat, server: MockServer) -> None:
    server.on(
        "PUT", "/lists/L1/subscribers/S1", httpx.Response(422, json={"status": "error", "error": SAVE_FAILED})
    )
    with pytest.raises(ValidationError) as caught:
        await client.subscribers.update("L1", "S1", fields={"FNAME": "علی"})
    assert caught.value.message == SAVE_FAILED


# deleteSubscriber, unsubscribeSubscriber --------------------------------------------------------------


@pytest.mark.behaviour("subscribers.delete.ok")
async def test_delete_removes_the_subscriber(wire: httpx.Client, api: AsyncPakat) -> None:
    list_uid = new_list(wire)
    uid, other = add(wire, list_uid, "ali@example.com"), add(wire, list_uid, "sara@example.com")
    assert answered(wire.delete(f"/lists/{list_uid}/subscribers/{uid}"), 200) == {"status": "success"}
    refused(wire.get(f"/lists/{list_uid}/subscribers/{uid}"), 404, MISSING)
    add(wire, list_uid, "ali@example.com")  # gone for good: the address is new again
    assert await api.subscribers.delete(list_uid, other) is None


@pytest.mark.behaviour("subscribers.delete.not-found")
async def test_delete_of_an_unknown_subscriber_is_404(wire: httpx.Client, api: AsyncPakat) -> None:
    list_uid = new_list(wire)
    refused(wire.delete(f"/lists/{list_uid}/subscribers/nosuchsub123"), 404, MISSING)
    with pytest.raises(NotFoundError):
        await api.subscribers.delete(list_uid, "nosuchsub123")


@pytest.mark.behaviour("subscribers.unsubscribe.ok")
async def test_unsubscribe_of_a_confirmed_subscriber(wire: httpx.Client, api: AsyncPakat) -> None:
    list_uid = new_list(wire)
    uid, other = add(wire, list_uid, "ali@example.com"), add(wire, list_uid, "sara@example.com")
    assert answered(wire.put(f"/lists/{list_uid}/subscribers/{uid}/unsubscribe"), 200) == {
        "status": "success"
    }
    assert view(wire, list_uid, uid)["status"] == "unsubscribed"
    assert await api.subscribers.unsubscribe(list_uid, other) is None
    assert (await api.subscribers.get(list_uid, other)).status == "unsubscribed"


@pytest.mark.behaviour("subscribers.unsubscribe.not-found")
async def test_unsubscribe_of_an_unknown_subscriber_is_404(wire: httpx.Client, api: AsyncPakat) -> None:
    list_uid = new_list(wire)
    refused(wire.put(f"/lists/{list_uid}/subscribers/nosuchsub123/unsubscribe"), 404, MISSING)
    with pytest.raises(NotFoundError):
        await api.subscribers.unsubscribe(list_uid, "nosuchsub123")


# findSubscriberByEmail ----------------------------------------------------------------------------


@pytest.mark.behaviour("subscribers.find-by-email.ok")
async def test_find_by_email_answers_three_keys_without_a_record_level(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = new_list(wire)
    uid = add(wire, list_uid, "ali@example.com", **{"details[status]": "unconfirmed"})
    body = answered(
        wire.get(f"/lists/{list_uid}/subscribers/search-by-email", params={"EMAIL": "ali@example.com"}), 200
    )
    assert list(body["data"]) == ["subscriber_uid", "status", "date_added"]
    assert (body["data"]["subscriber_uid"], body["data"]["status"]) == (uid, "unconfirmed")
    found = await api.subscribers.find_by_email(list_uid, "ali@example.com")
    assert found is not None and (found.subscriber_uid, found.status) == (uid, "unconfirmed")


@pytest.mark.behaviour("subscribers.find-by-email.invalid-email")
async def test_find_by_email_with_a_bad_address_is_a_422(wire: httpx.Client, api: AsyncPakat) -> None:
    list_uid = new_list(wire)
    refused(
        wire.get(f"/lists/{list_uid}/subscribers/search-by-email", params={"EMAIL": "nope"}),
        422,
        EMAIL_INVALID,
    )
    with pytest.raises(ValueError, match="not a valid email"):
        await api.subscribers.find_by_email(list_uid, "nope")


@pytest.mark.behaviour("subscribers.find-by-email.not-found")
async def test_find_by_email_of_an_absent_address_is_404(wire: httpx.Client, api: AsyncPakat) -> None:
    list_uid = new_list(wire)
    refused(
        wire.get(f"/lists/{list_uid}/subscribers/search-by-email", params={"EMAIL": "no@example.com"}),
        404,
        MISSING,
    )
    refused(
        wire.get("/lists/nosuchlist123/subscribers/search-by-email", params={"EMAIL": "no@example.com"}),
        404,
        LIST_MISSING,
    )
    assert await api.subscribers.find_by_email(list_uid, "no@example.com") is None


# findSubscriberByEmailInAllLists ------------------------------------------------------------------


@pytest.mark.behaviour("subscribers.find-all-lists.ok")
async def test_find_in_all_lists_is_one_unpaged_answer_of_at_most_100(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    lists = [sandbox.create_list(f"L{n}") for n in range(103)]
    for list_uid in lists:
        add(wire, list_uid, "ali@example.com", FNAME="علی")
    sandbox.set_list_state(lists[0], status="archived")
    answered(wire.delete(f"/lists/{lists[1]}"), 200)
    data = answered(
        wire.get(
            "/lists/subscribers/search-by-email-in-all-lists",
            params={"EMAIL": "ali@example.com", "page": 2, "per_page": 10},
        ),
        200,
    )["data"]
    assert list(data) == ["records", "count", "current_page", "next_page", "prev_page", "total_pages"]
    assert (
        data["count"],
        data["current_page"],
        data["next_page"],
        data["prev_page"],
        data["total_pages"],
    ) == (100, 1, None, None, 1)
    first = data["records"][0]
    assert list(first) == ["subscriber_uid", "email", "status", "source", "ip_address", "list", "date_added"]
    assert first["list"] == {
        "list_uid": lists[2],
        "display_name": "L2",
        "name": "L2",
    }  # table order; hidden lists left out
    found = await api.subscribers.find_by_email_in_all_lists("ali@example.com")
    assert len(found) == 100 and found[0].list_.list_uid == lists[2]
    assert found[0].email == "ali@example.com"


@pytest.mark.behaviour("subscribers.find-all-lists.none")
async def test_find_in_all_lists_with_no_match_is_page_one_of_one(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    body = answered(
        wire.get("/lists/subscribers/search-by-email-in-all-lists", params={"EMAIL": "no@example.com"}), 200
    )
    assert body["data"] == {
        "records": [],
        "count": 0,
        "current_page": 1,
        "next_page": None,
        "prev_page": None,
        "total_pages": 1,
    }
    assert await api.subscribers.find_by_email_in_all_lists("no@example.com") == []


# searchSubscribersByCustomFields ------------------------------------------------------------------


@pytest.mark.behaviour("subscribers.search-fields.ok")
async def test_search_by_one_field_is_exact_case_blind_and_newest_first(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = new_list(wire)
    add_field(wire, list_uid, "AGE", sort_order="3")  # after EMAIL, FNAME, LNAME (0, 1, 2)
    ali = add(wire, list_uid, "ali@example.com", FNAME="Ali", AGE="40")
    alireza = add(wire, list_uid, "alireza@example.com", FNAME="Alireza", AGE="25")
    sara = add(wire, list_uid, "sara@example.com", FNAME="ali", AGE="30")

    def found(**params: str) -> list[str]:
        data = answered(
            wire.get(f"/lists/{list_uid}/subscribers/search-by-custom-fields", params=params), 200
        )["data"]
        return [r["subscriber_uid"] for r in data["records"]]

    data = answered(
        wire.get(f"/lists/{list_uid}/subscribers/search-by-custom-fields", params={"FNAME": "ALI"}), 200
    )["data"]
    assert data["count"] == "2"
    assert [r["subscriber_uid"] for r in data["records"]] == [sara, ali]  # no partial match, newest first
    assert list(data["records"][0]) == [
        "subscriber_uid",
        "EMAIL",
        "FNAME",
        "LNAME",
        "AGE",
        "status",
        "source",
        "ip_address",
        "date_added",
    ]
    assert found(AGE=">30") == [ali]  # a comparison, of text
    assert found(AGE=">=30") == [sara, ali]
    assert found(AGE="=25") == [alireza]
    assert found(EMAIL="SARA@example.com") == [sara]
    page = await api.subscribers.search_by_custom_fields(list_uid, {"FNAME": "ali"})
    assert [s.subscriber_uid for s in page.items] == [sara, ali] and page.items[0].email == "sara@example.com"
    with pytest.raises(ValueError, match="'<'"):
        await api.subscribers.search_by_custom_fields(list_uid, {"AGE": "<30"})


@pytest.mark.behaviour("subscribers.search-fields.no-criteria")
async def test_search_without_a_usable_tag_is_an_empty_collection(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = new_list(wire)
    add(wire, list_uid, "ali@example.com", FNAME="0")
    path = f"/lists/{list_uid}/subscribers/search-by-custom-fields"
    for params in ({}, {"NOSUCHTAG": "x"}, {"FNAME": ""}, {"FNAME": "0"}, {"fname": "0"}):
        assert answered(wire.get(path, params=params), 200)["data"] == {**NULL_PAGE, "records": []}, params
    for value in ("", "0"):
        with pytest.raises(ValueError, match="no search"):
            await api.subscribers.search_by_custom_fields(list_uid, {"FNAME": value})


@pytest.mark.behaviour("subscribers.search-fields.several-fields")
async def test_search_by_two_fields_finds_nothing(wire: httpx.Client, api: AsyncPakat) -> None:
    list_uid = new_list(wire)
    add(wire, list_uid, "ali@example.com", FNAME="علی", LNAME="رضایی")
    path = f"/lists/{list_uid}/subscribers/search-by-custom-fields"
    assert answered(wire.get(path, params={"FNAME": "علی"}), 200)["data"]["count"] == "1"
    assert answered(wire.get(path, params={"FNAME": "علی", "LNAME": "رضایی"}), 200)["data"] == {
        **NULL_PAGE,
        "records": [],
    }
    with pytest.raises(ValueError, match="exactly one"):
        await api.subscribers.search_by_custom_fields(list_uid, {"FNAME": "علی", "LNAME": "رضایی"})


# unsubscribeByEmailFromAllLists -------------------------------------------------------------------


@pytest.mark.behaviour("subscribers.unsubscribe-all.ok")
async def test_unsubscribe_everywhere_always_answers_200(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    active, archived, deleted = new_list(wire), new_list(wire), new_list(wire)
    subs = {
        "archived": (archived, add(wire, archived, "ali@example.com", **{"details[status]": "unconfirmed"})),
        "deleted": (deleted, add(wire, deleted, "ali@example.com")),
        # Last: a subscriber added as blacklisted puts its address on the blacklist.
        "active": (active, add(wire, active, "ali@example.com", **{"details[status]": "blacklisted"})),
    }
    other = add(wire, active, "sara@example.com")
    sandbox.set_list_state(archived, status="archived")
    answered(wire.delete(f"/lists/{deleted}"), 200)
    path = "/lists/subscribers/unsubscribe-by-email-from-all-lists"
    assert answered(wire.put(path, data={"EMAIL": "ali@example.com"}), 200) == {"status": "success"}
    assert answered(wire.put(path, data={"EMAIL": "nobody@example.com"}), 200) == {
        "status": "success"
    }  # no 404
    sandbox.set_list_state(archived, status="active")
    sandbox.set_list_state(deleted, status="active")
    statuses = {name: view(wire, list_uid, uid)["status"] for name, (list_uid, uid) in subs.items()}
    assert statuses == {"archived": "unsubscribed", "deleted": "confirmed", "active": "unsubscribed"}
    assert view(wire, active, other)["status"] == "confirmed"
    assert await api.subscribers.unsubscribe_from_all_lists("nobody@example.com") is None
