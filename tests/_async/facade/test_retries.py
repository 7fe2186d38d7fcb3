"""The retry policy, per method: what is repeated, how long it waits, and what is never repeated."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest

import pakat
from pakat import AsyncPakat
from pakat import _server_messages as said
from tests.facade.conftest import OK, MockServer, record

LIST = record({"general": {"list_uid": "a"}})


async def call(client: AsyncPakat, method: str) -> object:
    return await {
        "GET": lambda: client.lists.get("a"),
        "PUT": lambda: client.lists.update("a", name="n"),
        "DELETE": lambda: client.lists.delete("a"),
        "POST": lambda: client.lists.copy("a"),
    }[method]()


def route(server: MockServer, method: str, *replies: object) -> None:
    path = "/lists/a/copy" if method == "POST" else "/lists/a"
    server.on(method, path, *replies)  # type: ignore[arg-type]


SUCCESS = {"GET": LIST, "PUT": OK, "DELETE": OK, "POST": {"status": "success", "list_uid": "b"}}


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
@pytest.mark.parametrize("status", [429, 502, 503, 504])
async def test_idempotent_calls_retry_on_retryable_statuses(
    client: AsyncPakat, server: MockServer, no_sleep: list[float], method: str, status: int
) -> None:
    route(server, method, httpx.Response(status), httpx.Response(status), SUCCESS[method])
    await call(client, method)
    assert len(server.requests) == 3
    assert len(no_sleep) == 2


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "POST"])
async def test_gives_up_after_max_retries(client: AsyncPakat, server: MockServer, method: str) -> None:
    route(server, method, httpx.Response(503, json={"status": "error", "error": "Down for maintenance."}))
    # A POST answered 5xx may have been carried out (not Pakat's offline words): not repeated, and said so.
    error = pakat.OutcomeUnknownError if method == "POST" else pakat.ServerError
    with pytest.raises(error, match="Down for maintenance") as caught:
        await call(client, method)
    assert caught.value.status_code == 503
    assert len(server.requests) == (1 if method == "POST" else 3)


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "POST"])
async def test_500_is_not_retried(client: AsyncPakat, server: MockServer, method: str) -> None:
    route(server, method, httpx.Response(500), SUCCESS[method])
    with pytest.raises(pakat.OutcomeUnknownError if method == "POST" else pakat.ServerError):
        await call(client, method)
    assert len(server.requests) == 1


@pytest.mark.parametrize("status", [502, 503, 504])
async def test_post_is_not_retried_on_gateway_errors(
    client: AsyncPakat, server: MockServer, status: int
) -> None:
    route(server, "POST", httpx.Response(status), SUCCESS["POST"])
    with pytest.raises(pakat.OutcomeUnknownError, match="outcome is unknown") as caught:
        await client.lists.copy("a")
    assert caught.value.status_code == status
    assert not isinstance(caught.value, pakat.APIError)
    assert len(server.requests) == 1


def offline() -> httpx.Response:
    return httpx.Response(503, json={"status": "error", "error": said.OFFLINE})


async def test_pakats_offline_503_changed_nothing_so_a_post_is_repeated(
    client: AsyncPakat, server: MockServer, no_sleep: list[float]
) -> None:
    route(server, "POST", offline(), offline(), SUCCESS["POST"])
    assert await client.lists.copy("a") == "b"
    assert len(server.requests) == 3
    server.on("POST", "/lists/z/copy", offline())
    with pytest.raises(pakat.ServerError) as caught:  # it lasted: nothing was done, a ServerError
        await client.lists.copy("z")
    assert caught.value.message == said.OFFLINE
    assert not isinstance(caught.value, pakat.OutcomeUnknownError)


@pytest.mark.parametrize(
    "body",
    [
        {"status": "error", "error": "Service Unavailable"},  # other words
        {"error": said.OFFLINE},  # not Pakat's envelope
        "Service Unavailable.",  # text, as a proxy might send
    ],
)
async def test_a_503_that_only_looks_like_pakats_offline_answer_is_not_repeated(
    client: AsyncPakat, server: MockServer, body: object
) -> None:
    reply = httpx.Response(503, json=body) if isinstance(body, dict) else httpx.Response(503, text=str(body))
    route(server, "POST", reply, SUCCESS["POST"])
    with pytest.raises(pakat.OutcomeUnknownError):
        await client.lists.copy("a")
    assert len(server.requests) == 1


async def test_post_is_retried_after_429_and_connect_failure(client: AsyncPakat, server: MockServer) -> None:
    route(server, "POST", httpx.Response(429), httpx.ConnectError("refused"), SUCCESS["POST"])
    assert await client.lists.copy("a") == "b"
    assert len(server.requests) == 3


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (httpx.ReadTimeout("timed out"), pakat.OutcomeUnknownTimeoutError),
        (
            httpx.RemoteProtocolError("Server disconnected without sending a response."),
            pakat.OutcomeUnknownError,
        ),
        (httpx.ReadError("connection reset"), pakat.OutcomeUnknownError),
    ],
)
async def test_post_with_a_lost_answer_is_never_repeated(
    client: AsyncPakat, server: MockServer, error: Exception, expected: type
) -> None:
    route(server, "POST", error, SUCCESS["POST"])
    with pytest.raises(expected, match="outcome is unknown") as info:
        await client.lists.copy("a")
    assert len(server.requests) == 1
    assert isinstance(info.value, pakat.APIConnectionError)


async def test_read_timeout_on_post_is_both_a_timeout_and_an_unknown_outcome(
    client: AsyncPakat, server: MockServer
) -> None:
    route(server, "POST", httpx.ReadTimeout("timed out"))
    with pytest.raises(pakat.APITimeoutError) as info:
        await client.lists.copy("a")
    assert isinstance(info.value, pakat.OutcomeUnknownError)


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
async def test_idempotent_calls_retry_connection_errors_and_timeouts(
    client: AsyncPakat, server: MockServer, method: str
) -> None:
    route(server, method, httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped"), SUCCESS[method])
    await call(client, method)
    assert len(server.requests) == 3


async def test_timeouts_that_persist_raise_api_timeout_error(client: AsyncPakat, server: MockServer) -> None:
    route(server, "GET", httpx.ReadTimeout("slow"))
    with pytest.raises(pakat.APITimeoutError) as info:
        await client.lists.get("a")
    assert not isinstance(info.value, pakat.OutcomeUnknownError)
    assert len(server.requests) == 3


async def test_connection_failures_that_persist_raise_api_connection_error(
    client: AsyncPakat, server: MockServer
) -> None:
    route(server, "POST", httpx.ConnectError("refused"))
    with pytest.raises(pakat.APIConnectionError) as info:
        await client.lists.copy("a")
    assert not isinstance(info.value, pakat.OutcomeUnknownError)
    assert len(server.requests) == 3


async def test_retry_after_in_seconds_is_honoured(
    client: AsyncPakat, server: MockServer, no_sleep: list[float]
) -> None:
    route(server, "GET", httpx.Response(429, headers={"Retry-After": "3"}), LIST)
    await client.lists.get("a")
    assert no_sleep == [3.0]


async def test_retry_after_as_http_date_is_honoured(
    client: AsyncPakat, server: MockServer, no_sleep: list[float]
) -> None:
    when = email.utils.formatdate(time.time() + 10, usegmt=True)
    route(server, "GET", httpx.Response(503, headers={"Retry-After": when}), LIST)
    await client.lists.get("a")
    assert len(no_sleep) == 1 and 8.0 <= no_sleep[0] <= 10.0


async def test_backoff_grows_and_is_capped(
    client: AsyncPakat, server: MockServer, no_sleep: list[float]
) -> None:
    route(server, "GET", httpx.Response(503))
    with pytest.raises(pakat.ServerError):
        await client.with_options(max_retries=6).lists.get("a")
    assert len(no_sleep) == 6
    caps = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert all(0 <= wait <= cap for wait, cap in zip(no_sleep, caps, strict=True))


async def test_max_retries_zero_sends_once(client: AsyncPakat, server: MockServer) -> None:
    route(server, "GET", httpx.Response(503), LIST)
    with pytest.raises(pakat.ServerError):
        await client.with_options(max_retries=0).lists.get("a")
    assert len(server.requests) == 1


def busy() -> httpx.Response:
    return httpx.Response(409, json={"status": "error", "error": said.LOCK_BUSY})


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "POST"])
async def test_a_busy_lock_changed_nothing_so_any_call_is_repeated(
    client: AsyncPakat, server: MockServer, no_sleep: list[float], method: str
) -> None:
    route(server, method, busy(), busy(), SUCCESS[method])
    await call(client, method)
    assert len(server.requests) == 3
    assert len(no_sleep) == 2


async def test_a_busy_lock_that_stays_busy_ends_in_a_conflict(client: AsyncPakat, server: MockServer) -> None:
    route(server, "POST", busy())
    with pytest.raises(pakat.ConflictError) as info:
        await client.lists.copy("a")
    assert info.value.reason == "busy"
    assert len(server.requests) == 3


@pytest.mark.parametrize("method", ["PUT", "POST"])
@pytest.mark.parametrize(
    "reply",
    [
        httpx.Response(409, json={"status": "error", "error": said.SUBSCRIBER_EXISTS}),
        httpx.Response(409, json={"status": "error", "error": "Unable to acquire the lock"}),
        httpx.Response(409, text=said.LOCK_BUSY),
        httpx.Response(409, content=b"\xff" + said.LOCK_BUSY.encode()),
    ],
    ids=["exists", "other-words", "not-json", "not-utf8"],
)
async def test_other_conflicts_are_not_repeated(
    client: AsyncPakat, server: MockServer, method: str, reply: httpx.Response
) -> None:
    route(server, method, reply, SUCCESS[method])
    with pytest.raises(pakat.ConflictError):
        await call(client, method)
    assert len(server.requests) == 1
