"""One rule for a POST answered 5xx: its outcome is unknown, unless the answer is Pakat's own
"Service Unavailable." (the API switched offline), which its server sends before doing anything.

Why: in Pakat's server (MailWizz 2.x) the only 5xx an API controller sends itself is that 503,
from `Controller::init`, before the access filter and the action run. A 500 is an uncaught error,
which may come after the subscriber was saved or the email queued. A 502, 503 or 504 from a proxy
or load balancer may come after it forwarded the request (an upstream timeout, an upstream reset):
the server may have acted. So such a POST is never repeated, by the transport, by `bulk_create`
(its row is `outcome_unknown`) or by the import (its row is looked up before any resend), and the
caller gets `OutcomeUnknownError`, which a retry-on-APIError loop does not repeat. Pakat's own 503
changed nothing, so it is repeated like a 429.

The attacks: a raw-socket proxy in front of the sandbox forwards each POST (the sandbox acts) and
answers the client with nginx's 502 or 504 page, Envoy's 503 for a reset upstream, or a 500.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import pakat
from pakat import AsyncPakat
from pakat.testing import Sandbox
from tests._async.reliability.test_lost_answers import SEND
from tests._async.reliability.test_post_outcome import _send_retrying_on_api_error
from tests.reliability.hostile import RawServer, http_response, proxy_page

PROXY_FAILURES: dict[str, bytes] = {
    "502-nginx": proxy_page(502),
    "503-envoy-reset": proxy_page(503),
    "504-nginx": proxy_page(504),
    "500-json": http_response(500, b'{"status":"error","error":"Internal Server Error"}'),
    "503-json-other-words": http_response(503, b'{"status":"error","error":"Down for maintenance."}'),
}


@pytest.mark.parametrize("answer", sorted(PROXY_FAILURES))
async def test_a_send_answered_5xx_after_it_was_forwarded_is_outcome_unknown(
    fresh_sandbox: Sandbox, failing_proxy: Callable[[list[bytes]], RawServer], answer: str, waits: list[float]
) -> None:
    sb = fresh_sandbox
    server = failing_proxy([PROXY_FAILURES[answer]] * 10)
    async with AsyncPakat(api_key=sb.api_key, base_url=server.url, max_retries=5) as client:
        error = await _send_retrying_on_api_error(client)
    assert [email["subject"] for email in sb.outbox()] == [SEND["subject"]]
    assert sb.counters["sendTransactionalEmail"] == 1 and waits == []
    assert isinstance(error, pakat.OutcomeUnknownError), f"{type(error).__name__}: {error}"
    assert not isinstance(error, pakat.APIError)
    assert error.status_code == int(answer[:3])
    assert "outcome is unknown" in str(error) and "not repeated" in str(error)


async def test_bulk_rows_answered_5xx_after_they_were_forwarded_are_outcome_unknown(
    fresh_sandbox: Sandbox, failing_proxy: Callable[[list[bytes]], RawServer]
) -> None:
    sb = fresh_sandbox
    list_uid = sb.create_list()
    server = failing_proxy([proxy_page(status) for status in (502, 503, 504, 503)])
    rows = [{"EMAIL": f"row{n}@example.org"} for n in range(6)]
    async with AsyncPakat(api_key=sb.api_key, base_url=server.url) as client:
        result = await client.subscribers.bulk_create(list_uid, rows, concurrency=1)
        listed = {s.email async for s in client.subscribers.iter(list_uid)}
    assert listed == {row["EMAIL"] for row in rows}  # the server created every row
    assert sorted(result.created) == [4, 5]
    assert [(f.index, f.status_code, f.outcome_unknown) for f in result.failed] == [
        (0, 502, True),
        (1, 503, True),
        (2, 504, True),
        (3, 503, True),
    ]


# Pakat's own 503: the API is offline, nothing was done ------------------------------------------


OFFLINE = "Service Unavailable."  # Controller::init's words, before it reads the key or the route


def offline(n: int, sb: Sandbox) -> None:
    sb.faults.error_body(n, error=OFFLINE, status=503)


async def test_pakats_offline_503_to_a_post_is_repeated(fresh_sandbox: Sandbox, waits: list[float]) -> None:
    sb = fresh_sandbox
    offline(2, sb)
    async with AsyncPakat(api_key=sb.api_key, base_url=sb.url) as client:
        email_uid = await client.transactional_emails.send(**SEND)
    assert len(waits) == 2
    assert sb.counters["sendTransactionalEmail"] == 3
    assert [email["email_uid"] for email in sb.outbox()] == [email_uid]


async def test_pakats_offline_503_that_lasts_is_a_server_error_and_a_row_to_send_again(
    fresh_sandbox: Sandbox, waits: list[float]
) -> None:
    sb = fresh_sandbox
    list_uid = sb.create_list()
    async with AsyncPakat(api_key=sb.api_key, base_url=sb.url, max_retries=1) as client:
        offline(2, sb)
        with pytest.raises(pakat.ServerError) as caught:
            await client.transactional_emails.send(**SEND)
        assert caught.value.status_code == 503 and caught.value.message == OFFLINE
        assert not isinstance(caught.value, pakat.OutcomeUnknownError)

        offline(2, sb)
        result = await client.subscribers.bulk_create(list_uid, [{"EMAIL": "off@example.org"}])
        assert [(f.status_code, f.outcome_unknown) for f in result.failed] == [(503, False)]
    assert sb.outbox() == []
