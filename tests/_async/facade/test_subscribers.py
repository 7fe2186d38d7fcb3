"""client.subscribers on the wire."""

from __future__ import annotations

import re
from urllib.parse import quote_plus

import httpx
import pytest

import pakat
from pakat import AsyncPakat
from pakat import _server_messages as said
from pakat.types import BulkResult, RowFailure, Subscriber, SubscriberByEmail, SubscriberWithList
from tests._wire import parse_form
from tests.facade.conftest import OK, MockServer, collection, record

SUB = {
    "subscriber_uid": "sb1",
    "email": "ali@example.com",
    "status": "confirmed",
    "source": "api",
    "ip_address": "203.0.113.7",
    "date_added": "2025-01-15 10:00:00",
    "FNAME": "علی",
    "LNAME": "رضایی",
}
NAME = "محمد\u200cعلی کریمی"  # with a zero-width non-joiner, and Persian yeh and keheh
ARABIC = "علي كريمي"  # Arabic yeh and kaf: look alike, other code points; must not be "fixed"


def raw_parts(request: httpx.Request) -> dict[str, bytes]:
    """The multipart body's parts by name, as the exact bytes on the wire."""
    match = re.search(r"boundary=([^;\s]+)", request.headers["content-type"])
    assert match, request.headers["content-type"]
    boundary = b"--" + match.group(1).encode()
    parts: dict[str, bytes] = {}
    for chunk in request.read().split(boundary)[1:-1]:
        head, _, payload = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        name = re.search(rb'name="([^"]*)"', head)
        assert name
        parts[name.group(1).decode()] = payload.removesuffix(b"\r\n")
    return parts


def written(value: dict[str, object]) -> dict[str, object]:
    return {"status": "success", "data": {"record": value}}


# --- reading ---------------------------------------------------------------------------------------


async def test_list_sends_status_and_paging_and_keeps_custom_fields(
    client: AsyncPakat, server: MockServer
) -> None:
    brand_new = {**SUB, "status": "snoozed"}
    server.on("GET", "/lists/L1/subscribers", collection([SUB, brand_new], page=2, total_pages=4, count="32"))
    page = await client.subscribers.list("L1", "confirmed", page=2, per_page=15)
    assert server.last.method == "GET"
    assert server.query() == {"status": "confirmed", "page": "2", "per_page": "15"}
    assert (page.count, page.page, page.total_pages, page.has_next) == (32, 2, 4, True)
    first, second = page.items
    assert isinstance(first, Subscriber)
    assert (first.subscriber_uid, first.email, first["FNAME"]) == ("sb1", "ali@example.com", "علی")
    assert first.to_dict() == SUB
    # A status the server newly invented stays a plain string.
    assert second.status == "snoozed"


async def test_list_without_status_sends_none(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/lists/L1/subscribers", collection([]))
    assert (await client.subscribers.list("L1")).items == ()
    assert server.query() == {"page": "1", "per_page": "10"}


async def test_iter_follows_pages_and_keeps_the_status(client: AsyncPakat, server: MockServer) -> None:
    def pages(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page"])
        records = [{**SUB, "subscriber_uid": f"s{number}{i}"} for i in range(2 if number < 3 else 1)]
        return httpx.Response(200, json=collection(records, page=number, total_pages=3, count=5))

    server.on("GET", "/lists/L1/subscribers", pages)
    uids = [s.subscriber_uid async for s in client.subscribers.iter("L1", "unsubscribed", per_page=12)]
    assert uids == ["s10", "s11", "s20", "s21", "s30"]
    assert [server.query(i) for i in range(3)] == [
        {"status": "unsubscribed", "page": str(n), "per_page": "12"} for n in (1, 2, 3)
    ]


async def test_get_reads_the_record(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/lists/L1/subscribers/sb1", record(SUB))
    subscriber = await client.subscribers.get("L1", "sb1")
    assert server.last.method == "GET"
    assert server.last.url.path == "/api/lists/L1/subscribers/sb1"
    assert (subscriber.subscriber_uid, subscriber["LNAME"]) == ("sb1", "رضایی")


async def test_reads_refuse_bad_input_before_sending(client: AsyncPakat, server: MockServer) -> None:
    with pytest.raises(ValueError, match="status must be one of"):
        await client.subscribers.list("L1", "active")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="status must be one of"):
        client.subscribers.iter("L1", "Confirmed")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="per_page"):
        await client.subscribers.list("L1", per_page=51)
    with pytest.raises(ValueError, match="per_page"):
        client.subscribers.iter("L1", per_page=0)
    with pytest.raises(ValueError, match="list_uid"):
        await client.subscribers.list(" ")
    with pytest.raises(ValueError, match="list_uid"):
        client.subscribers.iter("")
    with pytest.raises(ValueError, match="subscriber_uid"):
        await client.subscribers.get("L1", "")
    assert server.requests == []


# --- create ----------------------------------------------------------------------------------------


async def test_create_sends_multipart_fields_and_returns_the_record(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("POST", "/lists/L1/subscribers", written(SUB))
    subscriber = await client.subscribers.create(
        "L1",
        "ali@example.com",
        fields={"FNAME": "علی", "LNAME": "رضایی", "CITY_2": "تهران", "AGE": 30},
        status="unconfirmed",
        source="import",
        ip_address="2001:db8::1",
        extra={"details[status]": "confirmed", "future[flag]": "1"},
    )
    assert server.last.method == "POST"
    assert server.last.url.path == "/api/lists/L1/subscribers"
    assert server.last.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert server.form() == {
        "EMAIL": "ali@example.com",
        "FNAME": "علی",
        "LNAME": "رضایی",
        "CITY_2": "تهران",
        "AGE": "30",
        "details[status]": "confirmed",
        "details[source]": "import",
        "details[ip_address]": "2001:db8::1",
        "future[flag]": "1",
    }
    assert isinstance(subscriber, Subscriber)
    assert subscriber.to_dict() == SUB


async def test_persian_custom_fields_round_trip_byte_exact(client: AsyncPakat, server: MockServer) -> None:
    server.on("POST", "/lists/L1/subscribers", written({**SUB, "FNAME": NAME, "LNAME": ARABIC}))
    subscriber = await client.subscribers.create(
        "L1", "ali@example.com", fields={"FNAME": NAME, "LNAME": ARABIC}
    )
    parts = raw_parts(server.last)
    assert parts["FNAME"] == NAME.encode("utf-8")
    assert parts["LNAME"] == ARABIC.encode("utf-8")
    assert parts["FNAME"] != parts["LNAME"]
    assert parts["EMAIL"] == b"ali@example.com"
    assert (subscriber["FNAME"], subscriber["LNAME"]) == (NAME, ARABIC)


async def test_persian_update_is_percent_encoded_utf8(client: AsyncPakat, server: MockServer) -> None:
    server.on("PUT", "/lists/L1/subscribers/sb1", OK)
    await client.subscribers.update("L1", "sb1", fields={"FNAME": NAME})
    assert server.last.read() == b"FNAME=" + quote_plus(NAME).encode()


async def test_create_reads_a_subscriber_sent_beside_status(client: AsyncPakat, server: MockServer) -> None:
    top_level = {"status": "success", "subscriber_uid": "sb9", "email": "ali@example.com", "source": "api"}
    server.on("POST", "/lists/L1/subscribers", top_level)
    subscriber = await client.subscribers.create("L1", "ali@example.com")
    assert server.form() == {"EMAIL": "ali@example.com"}
    # The envelope's "success" is not the subscriber's status.
    assert subscriber.to_dict() == {"subscriber_uid": "sb9", "email": "ali@example.com", "source": "api"}


async def test_create_without_any_subscriber_in_the_answer_raises(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("POST", "/lists/L1/subscribers", OK)
    with pytest.raises(pakat.OutcomeUnknownError, match="no subscriber"):
        await client.subscribers.create("L1", "ali@example.com")


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"email": "ali@"}, ValueError, "not a valid email"),
        ({"email": "ali@example.com\r\nBcc: x@y.z"}, ValueError, "not a valid email"),
        ({"email": None}, TypeError, "email must be a str"),
        ({"fields": {"first name": "x"}}, ValueError, "invalid field tag"),
        ({"fields": {"FNAME[0]": "x"}}, ValueError, "invalid field tag"),
        ({"fields": {"fname": "x"}}, ValueError, "invalid field tag"),
        ({"fields": {"EMAIL": "b@example.com"}}, ValueError, "email="),
        ({"fields": ["FNAME"]}, TypeError, "mapping"),
        ({"status": "active"}, ValueError, "status must be one of"),
        ({"source": "csv"}, ValueError, "source must be one of"),
        ({"ip_address": "300.1.1.1"}, ValueError, "ip_address"),
        ({"extra": {"x": 1}}, TypeError, "extra"),
        ({"list_uid": ""}, ValueError, "list_uid"),
    ],
)
async def test_create_refuses_bad_input_before_sending(
    client: AsyncPakat, server: MockServer, kwargs: dict[str, object], error: type[Exception], match: str
) -> None:
    arguments: dict[str, object] = {"list_uid": "L1", "email": "ali@example.com", **kwargs}
    with pytest.raises(error, match=match):
        await client.subscribers.create(**arguments)  # type: ignore[arg-type]
    assert server.requests == []


# --- update, delete, unsubscribe -------------------------------------------------------------------


async def test_update_is_urlencoded_and_returns_the_record(client: AsyncPakat, server: MockServer) -> None:
    server.on("PUT", "/lists/L1/subscribers/sb1", written({**SUB, "email": "new@example.com"}))
    subscriber = await client.subscribers.update(
        "L1",
        "sb1",
        email="new@example.com",
        fields={"CITY": "Tehran"},
        status="blacklisted",
        source="web",
        ip_address="198.51.100.2",
        extra={"future[flag]": "1"},
    )
    assert server.last.method == "PUT"
    assert server.last.url.path == "/api/lists/L1/subscribers/sb1"
    assert server.last.headers["content-type"] == "application/x-www-form-urlencoded"
    assert server.form() == {
        "EMAIL": "new@example.com",
        "CITY": "Tehran",
        "details[status]": "blacklisted",
        "details[source]": "web",
        "details[ip_address]": "198.51.100.2",
        "future[flag]": "1",
    }
    assert subscriber is not None
    assert subscriber.email == "new@example.com"


async def test_update_answer_without_the_subscriber_gives_none(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("PUT", "/lists/L1/subscribers/sb1", OK)
    assert await client.subscribers.update("L1", "sb1", status="confirmed") is None
    assert server.form() == {"details[status]": "confirmed"}


async def test_update_refuses_bad_or_empty_changes(client: AsyncPakat, server: MockServer) -> None:
    with pytest.raises(ValueError, match="nothing to update"):
        await client.subscribers.update("L1", "sb1")
    with pytest.raises(ValueError, match="nothing to update"):
        await client.subscribers.update("L1", "sb1", fields={}, extra={})
    with pytest.raises(ValueError, match="not a valid email"):
        await client.subscribers.update("L1", "sb1", email="nope")
    with pytest.raises(ValueError, match="invalid field tag"):
        await client.subscribers.update("L1", "sb1", fields={"F NAME": "x"})
    with pytest.raises(ValueError, match="subscriber_uid"):
        await client.subscribers.update("L1", "", status="confirmed")
    assert server.requests == []


async def test_delete_and_unsubscribe(client: AsyncPakat, server: MockServer) -> None:
    server.on("DELETE", "/lists/L1/subscribers/sb1", OK)
    server.on("PUT", "/lists/L1/subscribers/sb1/unsubscribe", OK)
    assert await client.subscribers.delete("L1", "sb1") is None
    assert await client.subscribers.unsubscribe("L1", "sb1") is None
    assert [(r.method, r.url.path) for r in server.requests] == [
        ("DELETE", "/api/lists/L1/subscribers/sb1"),
        ("PUT", "/api/lists/L1/subscribers/sb1/unsubscribe"),
    ]
    assert server.requests[0].content == b""
    assert server.requests[1].content == b""
    with pytest.raises(ValueError, match="subscriber_uid"):
        await client.subscribers.unsubscribe("L1", " ")
    with pytest.raises(ValueError, match="list_uid"):
        await client.subscribers.delete("", "sb1")
    assert len(server.requests) == 2


async def test_unsubscribe_from_all_lists(client: AsyncPakat, server: MockServer) -> None:
    server.on("PUT", "/lists/subscribers/unsubscribe-by-email-from-all-lists", OK)
    assert (
        await client.subscribers.unsubscribe_from_all_lists("ali@example.com", extra={"reason": "bye"})
        is None
    )
    assert server.last.headers["content-type"] == "application/x-www-form-urlencoded"
    assert server.form() == {"EMAIL": "ali@example.com", "reason": "bye"}
    with pytest.raises(ValueError, match="not a valid email"):
        await client.subscribers.unsubscribe_from_all_lists("ali at example.com")
    assert len(server.requests) == 1


# --- searching -------------------------------------------------------------------------------------


async def test_find_by_email_returns_the_match(client: AsyncPakat, server: MockServer) -> None:
    found = {"subscriber_uid": "sb1", "status": "confirmed", "date_added": "2025-01-15 10:00:00"}
    server.on("GET", "/lists/L1/subscribers/search-by-email", {"status": "success", "data": found})
    match = await client.subscribers.find_by_email("L1", "ali+news@example.com")
    assert server.query() == {"EMAIL": "ali+news@example.com"}
    assert match is not None
    assert isinstance(match, SubscriberByEmail)
    assert (match.subscriber_uid, match.status) == ("sb1", "confirmed")


async def test_find_by_email_gives_none_on_404_only(client: AsyncPakat, server: MockServer) -> None:
    not_found = httpx.Response(404, json={"status": "error", "error": "The subscriber does not exist."})
    server.on("GET", "/lists/L1/subscribers/search-by-email", not_found)
    assert await client.subscribers.find_by_email("L1", "ali@example.com") is None
    denied = httpx.Response(403, json={"status": "error", "error": "Not allowed."})
    server.on("GET", "/lists/L1/subscribers/search-by-email", denied)
    with pytest.raises(pakat.PermissionDeniedError, match="Not allowed"):
        await client.subscribers.find_by_email("L1", "ali@example.com")
    with pytest.raises(ValueError, match="not a valid email"):
        await client.subscribers.find_by_email("L1", "ali")
    assert len(server.requests) == 2


async def test_find_by_email_in_all_lists_returns_every_record_in_one_call(
    client: AsyncPakat, server: MockServer
) -> None:
    items = [
        {**SUB, "subscriber_uid": f"s{n}", "list": {"list_uid": f"L{n}", "name": "خبرنامه"}} for n in (1, 2)
    ]
    body = {
        "status": "success",
        "data": {
            "records": items,
            "count": 2,
            "current_page": 1,
            "next_page": None,
            "prev_page": None,
            "total_pages": 1,
        },
    }
    server.on("GET", "/lists/subscribers/search-by-email-in-all-lists", body)
    found = await client.subscribers.find_by_email_in_all_lists("ali@example.com")
    assert server.query() == {"EMAIL": "ali@example.com"}  # the server does not page this search
    assert all(isinstance(item, SubscriberWithList) for item in found)
    assert [s.list_.list_uid for s in found] == ["L1", "L2"]
    with pytest.warns(DeprecationWarning, match="does not page"):
        iterator = client.subscribers.iter_find_by_email_in_all_lists("ali@example.com", per_page=11)
    assert [s.list_.list_uid async for s in iterator] == ["L1", "L2"]
    with pytest.raises(ValueError, match="not a valid email"), pytest.warns(DeprecationWarning):
        client.subscribers.iter_find_by_email_in_all_lists("")
    assert len(server.requests) == 2


async def test_search_by_custom_fields_sends_one_tag_value_pair(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("GET", "/lists/L1/subscribers/search-by-custom-fields", collection([SUB]))
    page = await client.subscribers.search_by_custom_fields("L1", {"CITY": "تهران"}, per_page=20)
    assert server.last.method == "GET"
    assert server.query() == {"CITY": "تهران", "page": "1", "per_page": "20"}
    assert [s.subscriber_uid for s in page] == ["sb1"]
    with pytest.raises(ValueError, match="exactly one"):
        await client.subscribers.search_by_custom_fields("L1", {})
    with pytest.raises(ValueError, match="exactly one"):
        await client.subscribers.search_by_custom_fields("L1", {"FNAME": "علی", "CITY": "تهران"})
    with pytest.raises(ValueError, match="invalid field tag"):
        await client.subscribers.search_by_custom_fields("L1", {"page": "2"})
    with pytest.raises(ValueError, match="invalid field tag"):
        await client.subscribers.search_by_custom_fields("L1", {"FNAME&x": "2"})
    assert len(server.requests) == 1


# --- upsert ----------------------------------------------------------------------------------------

SEARCH = "/lists/L1/subscribers/search-by-email"


def missing() -> httpx.Response:
    return httpx.Response(
        404, json={"status": "error", "error": "The subscriber does not exist in this list."}
    )


async def test_upsert_updates_the_subscriber_found_by_email(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", SEARCH, {"status": "success", "data": {"subscriber_uid": "sb1", "status": "confirmed"}})
    server.on("PUT", "/lists/L1/subscribers/sb1", written({**SUB, "FNAME": "رضا"}))
    subscriber = await client.subscribers.upsert(
        "L1", "ali@example.com", fields={"FNAME": "رضا"}, status="confirmed"
    )
    assert [(r.method, r.url.path) for r in server.requests] == [
        ("GET", "/api" + SEARCH),
        ("PUT", "/api/lists/L1/subscribers/sb1"),
    ]
    assert server.query(0) == {"EMAIL": "ali@example.com"}
    assert server.form() == {"FNAME": "رضا", "details[status]": "confirmed"}
    assert subscriber["FNAME"] == "رضا"


async def test_upsert_reads_the_subscriber_again_when_the_update_omits_it(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("GET", SEARCH, {"status": "success", "data": {"subscriber_uid": "sb1"}})
    server.on("PUT", "/lists/L1/subscribers/sb1", OK)
    server.on("GET", "/lists/L1/subscribers/sb1", record(SUB))
    subscriber = await client.subscribers.upsert("L1", "ali@example.com", fields={"FNAME": "علی"})
    assert [r.method for r in server.requests] == ["GET", "PUT", "GET"]
    assert server.requests[-1].url.path == "/api/lists/L1/subscribers/sb1"
    assert subscriber.to_dict() == SUB


async def test_upsert_with_nothing_to_change_reads_the_found_subscriber(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("GET", SEARCH, {"status": "success", "data": {"subscriber_uid": "sb1"}})
    server.on("GET", "/lists/L1/subscribers/sb1", record(SUB))
    assert (await client.subscribers.upsert("L1", "ali@example.com")).subscriber_uid == "sb1"
    assert [r.method for r in server.requests] == ["GET", "GET"]


async def test_upsert_creates_when_the_address_is_absent(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", SEARCH, missing())
    server.on("POST", "/lists/L1/subscribers", written(SUB))
    subscriber = await client.subscribers.upsert(
        "L1", "ali@example.com", fields={"FNAME": "علی"}, status="confirmed", extra={"x[y]": "z"}
    )
    assert [r.method for r in server.requests] == ["GET", "POST"]
    assert server.form() == {
        "EMAIL": "ali@example.com",
        "FNAME": "علی",
        "details[status]": "confirmed",
        "x[y]": "z",
    }
    assert subscriber.subscriber_uid == "sb1"


async def test_upsert_refuses_bad_input_before_the_lookup(client: AsyncPakat, server: MockServer) -> None:
    with pytest.raises(ValueError, match="invalid field tag"):
        await client.subscribers.upsert("L1", "ali@example.com", fields={"bad tag": "x"})
    with pytest.raises(ValueError, match="status must be one of"):
        await client.subscribers.upsert("L1", "ali@example.com", status="gone")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not a valid email"):
        await client.subscribers.upsert("L1", "ali@@example.com")
    with pytest.raises(ValueError, match="list_uid"):
        await client.subscribers.upsert("", "ali@example.com")
    assert server.requests == []


def conflict(words: str) -> httpx.Response:
    return httpx.Response(409, json={"status": "error", "error": words})


async def test_upsert_updates_when_the_address_appears_between_lookup_and_create(
    client: AsyncPakat, server: MockServer
) -> None:
    # Another upsert of the same address created it just after this one's lookup.
    server.on("GET", SEARCH, missing(), {"status": "success", "data": {"subscriber_uid": "sb1"}})
    server.on("POST", "/lists/L1/subscribers", conflict(said.SUBSCRIBER_EXISTS))
    server.on("PUT", "/lists/L1/subscribers/sb1", written({**SUB, "FNAME": "رضا"}))
    subscriber = await client.subscribers.upsert("L1", "ali@example.com", fields={"FNAME": "رضا"})
    assert [r.method for r in server.requests] == ["GET", "POST", "GET", "PUT"]
    assert server.form() == {"FNAME": "رضا"}
    assert subscriber["FNAME"] == "رضا"


@pytest.mark.parametrize("words", [said.SUBSCRIBER_BLACKLISTED, said.MAX_LIST_SUBSCRIBERS])
async def test_upsert_passes_on_conflicts_other_than_an_existing_address(
    client: AsyncPakat, server: MockServer, words: str
) -> None:
    server.on("GET", SEARCH, missing())
    server.on("POST", "/lists/L1/subscribers", conflict(words))
    with pytest.raises(pakat.ConflictError) as info:
        await client.subscribers.upsert("L1", "ali@example.com")
    assert info.value.message == words
    assert [r.method for r in server.requests] == ["GET", "POST"]


async def test_upsert_raises_the_conflict_when_the_second_lookup_finds_nothing(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("GET", SEARCH, missing())
    server.on("POST", "/lists/L1/subscribers", conflict(said.SUBSCRIBER_EXISTS))
    with pytest.raises(pakat.ConflictError, match="already exists"):
        await client.subscribers.upsert("L1", "ali@example.com")
    assert [r.method for r in server.requests] == ["GET", "POST", "GET"]


async def test_upsert_does_not_swallow_other_errors(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", SEARCH, httpx.Response(401, json={"status": "error", "error": "Invalid API key."}))
    with pytest.raises(pakat.AuthenticationError):
        await client.subscribers.upsert("L1", "ali@example.com", fields={"FNAME": "x"})
    assert [r.method for r in server.requests] == ["GET"]


# --- bulk_create -----------------------------------------------------------------------------------


def bulk_server(server: MockServer) -> None:
    """Creates every address except refused@ (422) and lost@ (the answer never arrives)."""

    def reply(request: httpx.Request) -> httpx.Response:
        email = dict(parse_form(request))["EMAIL"]
        if email.startswith("refused@"):
            errors = {"EMAIL": "This email address is already subscribed."}
            return httpx.Response(422, json={"status": "error", "error": errors})
        if email.startswith("lost@"):
            raise httpx.ReadError("connection reset", request=request)
        return httpx.Response(201, json=written({"subscriber_uid": "uid-" + email.split("@")[0]}))

    server.on("POST", "/lists/L1/subscribers", reply)


ROWS: list[object] = [
    {"EMAIL": "a@example.com", "FNAME": "علی"},
    {"EMAIL": "not-an-address", "FNAME": "x"},
    {"EMAIL": "refused@example.com"},
    {"EMAIL": "b@example.com", "first name": "x"},
    {"FNAME": "no email"},
    "c@example.com",
    {"EMAIL": "lost@example.com"},
    {"EMAIL": "d@example.com", "CITY": "تهران"},
]


def check_bulk(result: BulkResult, server: MockServer) -> None:
    assert result.created == {0: "uid-a", 7: "uid-d"}
    assert [f.index for f in result.failed] == [1, 2, 3, 4, 5, 6]
    by_index = {f.index: f for f in result.failed}
    assert by_index[1] == RowFailure(
        1, "not-an-address", "EMAIL is not a valid email address: 'not-an-address'"
    )
    assert by_index[2] == RowFailure(
        2, "refused@example.com", "EMAIL: This email address is already subscribed.", 422
    )
    assert by_index[3].email == "b@example.com"
    assert "invalid field tag 'first name'" in by_index[3].reason
    assert by_index[3].status_code is None
    assert (by_index[4].email, by_index[4].reason) == ("", "the row has no EMAIL")
    assert "must be a mapping" in by_index[5].reason
    assert by_index[6].email == "lost@example.com"
    assert by_index[6].status_code is None
    assert by_index[6].reason
    assert not result.ok
    # Only valid rows were sent, each exactly once: a POST whose answer was lost is not repeated.
    sent = sorted(dict(parse_form(r))["EMAIL"] for r in server.requests)
    assert sent == ["a@example.com", "d@example.com", "lost@example.com", "refused@example.com"]
    forms = {dict(parse_form(r))["EMAIL"]: dict(parse_form(r)) for r in server.requests}
    assert forms["a@example.com"] == {"EMAIL": "a@example.com", "FNAME": "علی"}
    assert forms["d@example.com"] == {"EMAIL": "d@example.com", "CITY": "تهران"}


async def test_bulk_create_records_row_failures(client: AsyncPakat, server: MockServer) -> None:
    bulk_server(server)
    result = await client.subscribers.bulk_create("L1", ROWS, concurrency=3)  # type: ignore[arg-type]
    check_bulk(result, server)


async def test_bulk_create_counts_addresses_already_on_the_list_apart_from_failures(
    client: AsyncPakat, server: MockServer, no_sleep: list[float]
) -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        email = dict(parse_form(request))["EMAIL"]
        if email.startswith("there"):
            return conflict(said.SUBSCRIBER_EXISTS)
        if email.startswith("busy"):
            return conflict(said.LOCK_BUSY)
        if email.startswith("black"):
            return conflict(said.SUBSCRIBER_BLACKLISTED)
        return httpx.Response(201, json=written({"subscriber_uid": "uid-" + email.split("@")[0]}))

    server.on("POST", "/lists/L1/subscribers", reply)
    seen: list[tuple[int, str | None, RowFailure | None]] = []
    rows = [{"EMAIL": e} for e in ("a@x.ir", "there@x.ir", "busy@x.ir", "black@x.ir", "there2@x.ir")]
    result = await client.subscribers.bulk_create(
        "L1", rows, concurrency=1, on_result=lambda i, uid, failure: seen.append((i, uid, failure))
    )
    assert result.created == {0: "uid-a"}
    assert result.existing == {1: "there@x.ir", 4: "there2@x.ir"}
    assert [(f.index, f.status_code, f.already_exists) for f in result.failed] == [
        (2, 409, False),
        (3, 409, False),
    ]
    assert result.failed[0].reason == said.LOCK_BUSY
    existing_reports = [failure for _, _, failure in seen if failure is not None and failure.already_exists]
    assert [(f.index, f.reason, f.status_code) for f in existing_reports] == [
        (1, said.SUBSCRIBER_EXISTS, 409),
        (4, said.SUBSCRIBER_EXISTS, 409),
    ]
    # The busy row was sent three times (two retries: the server did nothing), the others once.
    sent = [dict(parse_form(r))["EMAIL"] for r in server.requests]
    assert sent.count("busy@x.ir") == 3
    assert all(sent.count(row["EMAIL"]) == 1 for row in rows if row["EMAIL"] != "busy@x.ir")


async def test_bulk_create_of_rows_all_on_the_list_is_ok(client: AsyncPakat, server: MockServer) -> None:
    server.on("POST", "/lists/L1/subscribers", conflict(said.SUBSCRIBER_EXISTS))
    result = await client.subscribers.bulk_create("L1", [{"EMAIL": "a@x.ir"}, {"EMAIL": "b@x.ir"}])
    assert (result.ok, result.created, result.failed, result.existing) == (
        True,
        {},
        (),
        {0: "a@x.ir", 1: "b@x.ir"},
    )


async def test_bulk_create_refuses_bad_arguments_before_sending(
    client: AsyncPakat, server: MockServer
) -> None:
    rows = [{"EMAIL": "a@example.com"}]
    with pytest.raises(ValueError, match="concurrency"):
        await client.subscribers.bulk_create("L1", rows, concurrency=0)
    with pytest.raises(TypeError, match="rows must be a sequence"):
        await client.subscribers.bulk_create("L1", "a@example.com")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="list_uid"):
        await client.subscribers.bulk_create("", rows)
    assert server.requests == []
    assert await client.subscribers.bulk_create("L1", []) == BulkResult(created={}, failed=())
    assert server.requests == []


# --- bulk_create callbacks -------------------------------------------------------------------------


def check_callbacks(
    result: BulkResult,
    server: MockServer,
    started: list[tuple[int, str, int]],
    results: list[tuple[int, str | None, RowFailure | None]],
) -> None:
    # on_start: only rows that are sent, each once, before its request reached the server.
    assert sorted((index, email) for index, email, _ in started) == [
        (0, "a@example.com"),
        (2, "refused@example.com"),
        (6, "lost@example.com"),
        (7, "d@example.com"),
    ]
    sent_at_start = {email: seen for _, email, seen in started}
    for email, seen in sent_at_start.items():
        assert email not in [dict(parse_form(r))["EMAIL"] for r in server.requests[:seen]]
    # on_result: every row once, saying exactly what the result says.
    assert sorted(index for index, _, _ in results) == list(range(len(ROWS)))
    by_index = {f.index: f for f in result.failed}
    for index, uid, failure in results:
        if index in result.created:
            assert (uid, failure) == (result.created[index], None)
        else:
            assert (uid, failure) == (None, by_index[index])


async def test_bulk_create_calls_on_start_before_sending_and_on_result_for_every_row(
    client: AsyncPakat, server: MockServer
) -> None:
    bulk_server(server)
    started: list[tuple[int, str, int]] = []
    results: list[tuple[int, str | None, RowFailure | None]] = []
    result = await client.subscribers.bulk_create(
        "L1",
        ROWS,  # type: ignore[arg-type]
        concurrency=3,
        on_start=lambda index, email: started.append((index, email, len(server.requests))),
        on_result=lambda index, uid, failure: results.append((index, uid, failure)),
    )
    check_bulk(result, server)
    check_callbacks(result, server, started, results)
    # Rows refused without sending are reported before the first request.
    assert [index for index, _, _ in results[:4]] == [1, 3, 4, 5]


async def test_bulk_create_stops_when_on_start_raises(client: AsyncPakat, server: MockServer) -> None:
    bulk_server(server)
    rows = [{"EMAIL": f"r{n}@example.com"} for n in range(6)]
    results: list[int] = []

    def on_start(index: int, email: str) -> None:
        if index == 2:
            raise OSError("journal disk full")

    with pytest.raises(OSError, match="journal disk full"):
        await client.subscribers.bulk_create(
            "L1", rows, concurrency=1, on_start=on_start, on_result=lambda i, u, f: results.append(i)
        )
    # The row whose on_start failed and every later row were never sent.
    assert [dict(parse_form(r))["EMAIL"] for r in server.requests] == ["r0@example.com", "r1@example.com"]
    assert results == [0, 1]


async def test_bulk_create_stops_when_on_result_raises(client: AsyncPakat, server: MockServer) -> None:
    bulk_server(server)
    rows = [{"EMAIL": f"r{n}@example.com"} for n in range(6)]

    def on_result(index: int, uid: str | None, failure: RowFailure | None) -> None:
        if index == 1:
            raise RuntimeError("stop here")

    with pytest.raises(RuntimeError, match="stop here"):
        await client.subscribers.bulk_create("L1", rows, concurrency=1, on_result=on_result)
    assert len(server.requests) == 2


async def test_bulk_create_refuses_bad_callbacks_and_concurrency_before_any_callback(
    client: AsyncPakat, server: MockServer
) -> None:
    rows = [{"EMAIL": "bad"}, {"EMAIL": "a@example.com"}]
    called: list[int] = []
    with pytest.raises(TypeError, match="on_start must be a function"):
        await client.subscribers.bulk_create("L1", rows, on_start="journal")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="on_result must be a function"):
        await client.subscribers.bulk_create("L1", rows, on_result=3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="concurrency must be a whole number"):
        await client.subscribers.bulk_create(
            "L1", rows, concurrency=0, on_result=lambda i, u, f: called.append(i)
        )
    assert called == []
    assert server.requests == []


async def test_bulk_create_marks_rows_whose_outcome_is_unknown(
    client: AsyncPakat, server: MockServer
) -> None:
    import httpx as _httpx

    created = {"status": "success", "data": {"record": {"subscriber_uid": "u1", "email": "ok@example.com"}}}
    server.on("POST", "/lists/L1/subscribers", _httpx.ReadError("connection reset"))
    result = await client.subscribers.bulk_create("L1", [{"EMAIL": "lost@example.com"}], concurrency=1)
    (failure,) = result.failed
    assert failure.outcome_unknown and "outcome is unknown" in failure.reason
    server.on(
        "POST",
        "/lists/L1/subscribers",
        _httpx.Response(422, json={"status": "error", "error": {"EMAIL": "Bad."}}),
    )
    (failure,) = (await client.subscribers.bulk_create("L1", [{"EMAIL": "bad@example.com"}])).failed
    assert not failure.outcome_unknown and failure.status_code == 422
    server.on("POST", "/lists/L1/subscribers", created)
    assert (await client.subscribers.bulk_create("L1", [{"EMAIL": "ok@example.com"}])).created == {0: "u1"}
