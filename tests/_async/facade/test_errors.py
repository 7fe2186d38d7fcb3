"""Every error shape becomes the right typed error, carrying the server's words."""

from __future__ import annotations

import socket

import httpx
import pytest

import pakat
from pakat import AsyncPakat
from pakat import _server_messages as said
from pakat.testing import Sandbox
from tests.facade.conftest import MockServer


def error(status: int, error: object, **kwargs: object) -> httpx.Response:
    return httpx.Response(status, json={"status": "error", "error": error}, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, pakat.BadRequestError),
        (401, pakat.AuthenticationError),
        (403, pakat.PermissionDeniedError),
        (404, pakat.NotFoundError),
        (409, pakat.ConflictError),
        (422, pakat.ValidationError),
        (500, pakat.ServerError),
        (503, pakat.ServerError),
    ],
)
async def test_status_codes_map_to_types(
    client: AsyncPakat, server: MockServer, status: int, cls: type
) -> None:
    server.on("DELETE", "/lists/a", error(status, "Something specific happened."))
    with pytest.raises(cls) as info:
        await client.with_options(max_retries=0).lists.delete("a")
    assert isinstance(info.value, pakat.APIError)
    assert info.value.status_code == status
    assert info.value.message == "Something specific happened."
    assert "Something specific happened." in str(info.value)


async def test_nested_field_errors_are_flattened_and_kept(client: AsyncPakat, server: MockServer) -> None:
    errors = {"general": {"name": "Name cannot be blank.", "description": "Too short."}, "EMAIL": "Invalid."}
    server.on("POST", "/lists", error(422, errors))
    with pytest.raises(pakat.ValidationError) as info:
        await client.lists.create(
            name="n", description="d", from_name="f", from_email="a@b.co", reply_to="a@b.co"
        )
    assert info.value.errors == errors
    assert info.value.message == (
        "general[name]: Name cannot be blank.; general[description]: Too short.; EMAIL: Invalid."
    )


async def test_400_with_field_errors_is_a_validation_error(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/lists/a", error(400, {"list_uid": "Bad uid."}))
    with pytest.raises(pakat.ValidationError, match=r"list_uid: Bad uid\."):
        await client.lists.get("a")


async def test_success_status_with_error_body_raises(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/lists/a", error(200, "The list is locked."))
    with pytest.raises(pakat.APIError, match=r"The list is locked\.") as info:
        await client.lists.get("a")
    assert info.value.status_code == 200
    server.on("GET", "/lists/b", error(200, {"EMAIL": "Taken."}))
    with pytest.raises(pakat.ValidationError, match=r"EMAIL: Taken\."):
        await client.lists.get("b")


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="<html><body>Maintenance</body></html>"),
        httpx.Response(200, text='{"status": "success", "data": '),
        httpx.Response(200),
        httpx.Response(200, json=["not", "an", "object"]),
    ],
    ids=["html", "malformed-json", "empty", "array"],
)
async def test_unusable_success_bodies_raise_response_validation_error(
    client: AsyncPakat, server: MockServer, response: httpx.Response
) -> None:
    server.on("GET", "/lists/a", response)
    with pytest.raises(pakat.APIResponseValidationError):
        await client.lists.get("a")


async def test_html_error_page_keeps_its_text(client: AsyncPakat, server: MockServer) -> None:
    server.on("DELETE", "/lists/a", httpx.Response(500, text="<h1>Internal Server Error</h1>"))
    with pytest.raises(pakat.ServerError, match="Internal Server Error"):
        await client.lists.delete("a")


async def test_wrong_shape_is_a_pakat_error_not_a_key_error(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/lists/a", httpx.Response(200, json={"status": "success", "data": {"record": None}}))
    server.on("GET", "/lists", httpx.Response(200, json={"status": "success", "data": {"records": "x"}}))
    server.on("POST", "/lists/a/copy", httpx.Response(200, json={"status": "success"}))
    with pytest.raises(pakat.APIResponseValidationError):
        await client.lists.get("a")
    with pytest.raises(pakat.APIResponseValidationError):
        await client.lists.list()
    with pytest.raises(pakat.OutcomeUnknownError, match="list_uid") as caught:  # a POST: the server acted
        await client.lists.copy("a")
    assert isinstance(caught.value.__cause__, pakat.APIResponseValidationError)
    assert caught.value.status_code == 200


async def test_rate_limit_carries_retry_after(client: AsyncPakat, server: MockServer) -> None:
    server.on("POST", "/lists/a/copy", error(429, "Slow down.", headers={"Retry-After": "120"}))
    with pytest.raises(pakat.RateLimitError, match="Slow down") as info:
        await client.lists.copy("a")
    assert info.value.retry_after == 120.0
    assert len(server.requests) == 1  # 120 s is longer than the client waits on its own


@pytest.mark.parametrize(
    ("words", "reason"),
    [
        (said.SUBSCRIBER_EXISTS, "exists"),
        (said.SUBSCRIBER_EXISTS_ELSEWHERE, "exists"),
        (said.LOCK_BUSY, "busy"),
        (said.SUBSCRIBER_BLACKLISTED, "blacklisted"),
        (said.MAX_SUBSCRIBERS, "limit"),
        (said.MAX_LIST_SUBSCRIBERS, "limit"),
        ("Some conflict pakat has not heard of.", None),
        ("این مشترک قبلا در این فهرست وجود دارد.", None),
    ],
)
async def test_conflicts_say_their_reason(
    client: AsyncPakat, server: MockServer, words: str, reason: str | None
) -> None:
    server.on("DELETE", "/lists/a", error(409, words))
    with pytest.raises(pakat.ConflictError) as info:
        await client.with_options(max_retries=0).lists.delete("a")
    assert info.value.reason == reason
    assert info.value.message == words
    assert info.value.status_code == 409


@pytest.mark.parametrize(
    ("status", "words", "cls"),
    [
        (400, said.MISSING_KEY, pakat.AuthenticationError),
        (400, said.INVALID_KEY, pakat.AuthenticationError),
        (400, said.IP_NOT_ALLOWED, pakat.PermissionDeniedError),
        (400, said.ACCOUNT_INACTIVE, pakat.PermissionDeniedError),
        (400, said.API_NOT_ALLOWED, pakat.PermissionDeniedError),
        (409, said.SUBSCRIBER_MISSING, pakat.NotFoundError),
        # The same words under another status keep that status's type.
        (422, said.INVALID_KEY, pakat.ValidationError),
        (400, said.SUBSCRIBER_MISSING, pakat.BadRequestError),
    ],
)
async def test_the_servers_words_decide_where_its_status_says_too_little(
    client: AsyncPakat, server: MockServer, status: int, words: str, cls: type
) -> None:
    server.on("GET", "/lists/a", error(status, words))
    with pytest.raises(pakat.APIError) as info:
        await client.lists.get("a")
    assert type(info.value) is cls
    assert (info.value.status_code, info.value.message) == (status, words)


async def test_a_list_of_field_errors_is_flattened_and_kept(client: AsyncPakat, server: MockServer) -> None:
    errors = [
        {"tag": "The tag attribute must be unique in the mail list!"},
        {"label": "Label cannot be blank."},
    ]
    server.on("POST", "/lists/L1/fields", error(422, errors))
    with pytest.raises(pakat.ValidationError) as info:
        await client.fields.create("L1", type="text", label="City", tag="CITY")
    assert info.value.errors == errors
    assert info.value.message == (
        "tag: The tag attribute must be unique in the mail list!; label: Label cannot be blank."
    )


async def test_connection_errors_name_the_method_and_url_never_the_key() -> None:
    with socket.socket() as unused:  # a port nothing listens on
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    key = "secret-key-0123456789abcdef"
    client = AsyncPakat(api_key=key, base_url=f"http://127.0.0.1:{port}/api", max_retries=0)
    async with client:
        with pytest.raises(pakat.APIConnectionError) as refused:
            await client.subscribers.list("abc123", page=2)
    assert str(refused.value).startswith(
        f"Could not get an answer to GET http://127.0.0.1:{port}/api/lists/abc123/subscribers?page=2&per_page=10 "
        "(ConnectError:"
    )

    with Sandbox() as sb:
        async with AsyncPakat(api_key=sb.api_key, base_url=sb.url, max_retries=0) as client:
            sb.faults.latency(1)
            # Only this call is short: on a busy machine a whole call of 0.3 s may not even connect.
            with pytest.raises(pakat.APITimeoutError) as slow:
                await client.with_options(timeout=0.3).quota.get()
            assert str(slow.value).startswith(f"GET {sb.url}/quota/index timed out (")
            sb.faults.clear()
            list_uid = sb.create_list()
            sb.faults.drop_connection(1, when="after")
            with pytest.raises(pakat.OutcomeUnknownError) as lost:
                await client.subscribers.create(list_uid, "ali@example.com")
            assert str(lost.value).startswith(
                f"The outcome is unknown: POST {sb.url}/lists/{list_uid}/subscribers was sent but its answer was lost ("
            )
            for error in (refused.value, slow.value, lost.value):
                assert sb.api_key not in str(error) and key not in str(error)
