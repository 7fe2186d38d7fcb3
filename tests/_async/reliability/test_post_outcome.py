"""A POST answered 2xx whose answer cannot be read or understood: the server acted, so the caller
gets OutcomeUnknownError, which no retry-on-APIError loop repeats, and the email is sent once.

The hostile answers come from the sandbox's own faults (it acts, then cuts or empties its answer)
and from a raw-socket proxy in front of the sandbox that forwards the request (the sandbox acts on
it) and answers the client with something else: a captive portal's page, a truncated body, an
answer without the new uid, nesting no parser should dive into, broken gzip.
"""

from __future__ import annotations

import copy
import gzip
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

import pakat
from pakat import AsyncPakat
from pakat.testing import Sandbox
from tests._async.reliability.test_lost_answers import SEND
from tests._async.reliability.test_response_robustness import RELIABILITY, mutated
from tests.reliability.hostile import RawRequest, RawServer, forwarding, http_response

HOSTILE_2XX: dict[str, bytes] = {
    "captive-portal": http_response(
        200, b"<html><body>Please log in to the hotel Wi-Fi</body></html>", content_type="text/html"
    ),
    "cut-short": http_response(200, b'{"status":"success","email_uid":"ab'),
    "empty": http_response(201, b""),
    "no-uid": http_response(201, b'{"status":"success"}'),
    "uid-is-an-object": http_response(201, b'{"status":"success","email_uid":{"a":1}}'),
    "a-json-string": http_response(201, b'"success"'),
    "nan": http_response(201, b'{"status":"success","email_uid":NaN}'),
    "deep": http_response(201, b'{"status":"success","email_uid":' + b"[" * 100_000 + b"]" * 100_000 + b"}"),
    "broken-gzip": http_response(201, b'{"status":"success"}', headers={"Content-Encoding": "gzip"}),
    "cut-gzip": http_response(
        201,
        gzip.compress(b'{"status":"success","email_uid":"ab12"}')[:12],
        headers={"Content-Encoding": "gzip"},
    ),
}


def _check_sent_once(sb: Sandbox, error: BaseException | None) -> None:
    assert [email["subject"] for email in sb.outbox()] == [SEND["subject"]]
    assert sb.counters["sendTransactionalEmail"] == 1
    assert isinstance(error, pakat.OutcomeUnknownError), f"{type(error).__name__}: {error}"
    assert not isinstance(error, pakat.APIError)  # a retry-on-APIError loop does not catch it
    assert "outcome is unknown" in str(error) and "not repeated" in str(error)


async def _send_retrying_on_api_error(client: AsyncPakat) -> BaseException | None:
    """What a caller who retries failed calls does: up to three tries, again after any APIError.
    Returns the error it gave up with."""
    error: BaseException | None = None
    for _ in range(3):
        try:
            await client.transactional_emails.send(**SEND)
            return None
        except pakat.APIError as exc:
            error = exc
        except pakat.PakatError as exc:
            return exc
    return error


@pytest.mark.parametrize("fault", ["malformed_json", "empty_body"])
async def test_a_send_whose_2xx_answer_is_cut_is_outcome_unknown(fresh_sandbox: Sandbox, fault: str) -> None:
    sb = fresh_sandbox
    getattr(sb.faults, fault)(1)
    async with AsyncPakat(api_key=sb.api_key, base_url=sb.url, max_retries=5) as client:
        error = await _send_retrying_on_api_error(client)
    _check_sent_once(sb, error)
    assert getattr(error, "status_code", None) == 201


@pytest.fixture
def proxy(fresh_sandbox: Sandbox) -> Iterator[Callable[[bytes], RawServer]]:
    """A proxy in front of the sandbox that answers every POST with the bytes given, once the
    sandbox has acted on it; other requests pass through."""
    servers: list[RawServer] = []

    def make(reply: bytes) -> RawServer:
        def then(request: RawRequest, upstream: httpx.Response) -> bytes | None:
            return reply if request.method == "POST" else None

        server = RawServer(forwarding(fresh_sandbox.url, then))
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.close()


@pytest.mark.parametrize("answer", sorted(HOSTILE_2XX))
async def test_a_send_whose_2xx_answer_cannot_be_read_is_outcome_unknown(
    fresh_sandbox: Sandbox, proxy: Callable[[bytes], RawServer], answer: str
) -> None:
    server = proxy(HOSTILE_2XX[answer])
    async with AsyncPakat(api_key=fresh_sandbox.api_key, base_url=server.url, max_retries=5) as client:
        error = await _send_retrying_on_api_error(client)
    _check_sent_once(fresh_sandbox, error)
    assert len(server.requests) == 1


async def test_a_batch_whose_2xx_answer_is_cut_is_outcome_unknown(fresh_sandbox: Sandbox) -> None:
    sb = fresh_sandbox
    list_uid = sb.create_list()
    rows = [{"EMAIL": f"batch{n}@example.org"} for n in range(20)]
    sb.faults.malformed_json(1)
    async with AsyncPakat(api_key=sb.api_key, base_url=sb.url) as client:
        with pytest.raises(pakat.PakatError) as caught:
            await client.subscribers.create_batch(list_uid, rows)
        assert isinstance(caught.value, pakat.OutcomeUnknownError), repr(caught.value)
        assert len([s async for s in client.subscribers.iter(list_uid)]) == 20  # the server added them all


async def test_bulk_rows_answered_without_their_subscriber_uid_are_outcome_unknown(
    fresh_sandbox: Sandbox, proxy: Callable[[bytes], RawServer]
) -> None:
    sb = fresh_sandbox
    list_uid = sb.create_list()
    server = proxy(http_response(201, b'{"status":"success","data":{"record":{"email":"x@example.org"}}}'))
    async with AsyncPakat(api_key=sb.api_key, base_url=server.url) as client:
        result = await client.subscribers.bulk_create(
            list_uid, [{"EMAIL": "x@example.org"}, {"EMAIL": "y@example.org"}]
        )
    # Both rows were created; their answers did not say so: nothing says they were not.
    assert result.created == {}
    assert [(f.index, f.outcome_unknown) for f in result.failed] == [(0, True), (1, True)]
    assert sb.processed["createSubscriber"] == 2


# Whatever a 2xx answer to a POST holds, the caller never gets an error a retry loop repeats ------

POST_CALLS: dict[str, Callable[[AsyncPakat], Any]] = {
    "lists.copy": lambda c: c.lists.copy("ab12"),
    "subscribers.create": lambda c: c.subscribers.create("ab12", "ali@example.org", fields={"FNAME": "علی"}),
    "transactional_emails.send": lambda c: c.transactional_emails.send(**SEND),
    "templates.create": lambda c: c.templates.create("T", html="<p>x</p>"),
    "subscribers.create_batch": lambda c: c.subscribers.create_batch("ab12", [{"EMAIL": "a@example.org"}]),
}
POST_ANSWERS: dict[str, Any] = {
    "lists.copy": {"status": "success", "list_uid": "cd34"},
    "subscribers.create": {
        "status": "success",
        "data": {
            "record": {
                "subscriber_uid": "ef56",
                "email": "ali@example.org",
                "ip_address": "",
                "source": "api",
            }
        },
    },
    "transactional_emails.send": {"status": "success", "email_uid": "gh78"},
    "templates.create": {"status": "success", "template_uid": "ij90"},
    "subscribers.create_batch": {
        "status": "success",
        "data": {"records": [{"data": {"subscriber_uid": "kl12", "email": "a@example.org"}, "errors": []}]},
    },
}


@pytest.mark.parametrize("name", sorted(POST_CALLS))
@RELIABILITY
@given(data=st.data())
async def test_a_post_answered_2xx_gives_data_outcome_unknown_or_the_servers_refusal(
    name: str, data: st.DataObject
) -> None:
    body = data.draw(mutated(copy.deepcopy(POST_ANSWERS[name])), label="answer")
    status = data.draw(st.sampled_from([200, 201, 202]), label="status")
    # allow_nan: a float drawn as NaN or infinity goes out as the NaN/Infinity tokens.
    content = json.dumps(body, allow_nan=True).encode()
    json_headers = {"Content-Type": "application/json"}
    http = httpx.AsyncClient(
        transport=httpx.MockTransport(
            lambda request: httpx.Response(status, content=content, headers=json_headers)
        )
    )
    async with AsyncPakat(
        api_key="sk-post", base_url="http://127.0.0.1:9/api", http_client=http, max_retries=0
    ) as client:
        try:
            await POST_CALLS[name](client)
        except pakat.OutcomeUnknownError:
            pass
        except pakat.APIError as exc:
            # Only a refusal the answer itself states; never "I could not read it".
            assert not isinstance(exc, pakat.APIResponseValidationError), exc
            assert isinstance(body, dict) and body.get("status") == "error", exc
