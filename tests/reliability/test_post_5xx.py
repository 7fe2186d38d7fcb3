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

import asyncio
import csv
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

import pakat
from pakat import AsyncPakat, Pakat
from pakat.cli import _import
from pakat.testing import Sandbox
from tests.reliability.hostile import RawRequest, RawServer, forwarding, http_response, proxy_page
from tests.reliability.test_lost_answers import SEND
from tests.reliability.test_post_outcome import _send_retrying_on_api_error

PROXY_FAILURES: dict[str, bytes] = {
    "502-nginx": proxy_page(502),
    "503-envoy-reset": proxy_page(503),
    "504-nginx": proxy_page(504),
    "500-json": http_response(500, b'{"status":"error","error":"Internal Server Error"}'),
    "503-json-other-words": http_response(503, b'{"status":"error","error":"Down for maintenance."}'),
}


@pytest.fixture
def failing_proxy(fresh_sandbox: Sandbox) -> Iterator[Callable[[list[bytes]], RawServer]]:
    """A proxy in front of the sandbox that answers POSTs with the replies given, in turn, once the
    sandbox has acted on them; when they run out, and for other requests, the sandbox's answer."""
    servers: list[RawServer] = []

    def make(replies: list[bytes]) -> RawServer:
        left = iter(replies)

        def then(request: RawRequest, upstream: httpx.Response) -> bytes | None:
            return next(left, None) if request.method == "POST" else None

        server = RawServer(forwarding(fresh_sandbox.url, then))
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.close()


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("answer", sorted(PROXY_FAILURES))
def test_a_send_answered_5xx_after_it_was_forwarded_is_outcome_unknown(
    fresh_sandbox: Sandbox,
    failing_proxy: Callable[[list[bytes]], RawServer],
    answer: str,
    flavour: str,
    waits: list[float],
) -> None:
    sb = fresh_sandbox
    server = failing_proxy([PROXY_FAILURES[answer]] * 10)
    if flavour == "sync":
        with Pakat(api_key=sb.api_key, base_url=server.url, max_retries=5) as client:
            error = _send_retrying_on_api_error(client)
    else:

        async def main() -> BaseException | None:
            async with AsyncPakat(api_key=sb.api_key, base_url=server.url, max_retries=5) as client:
                try:
                    await client.transactional_emails.send(**SEND)
                except pakat.PakatError as exc:
                    return exc
            return None

        error = asyncio.run(main())
    assert [email["subject"] for email in sb.outbox()] == [SEND["subject"]]
    assert sb.counters["sendTransactionalEmail"] == 1 and waits == []
    assert isinstance(error, pakat.OutcomeUnknownError), f"{type(error).__name__}: {error}"
    assert not isinstance(error, pakat.APIError)
    assert error.status_code == int(answer[:3])
    assert "outcome is unknown" in str(error) and "not repeated" in str(error)


def test_bulk_rows_answered_5xx_after_they_were_forwarded_are_outcome_unknown(
    fresh_sandbox: Sandbox, failing_proxy: Callable[[list[bytes]], RawServer]
) -> None:
    sb = fresh_sandbox
    list_uid = sb.create_list()
    server = failing_proxy([proxy_page(status) for status in (502, 503, 504, 503)])
    rows = [{"EMAIL": f"row{n}@example.org"} for n in range(6)]
    with Pakat(api_key=sb.api_key, base_url=server.url) as client:
        result = client.subscribers.bulk_create(list_uid, rows, concurrency=1)
        listed = {s.email for s in client.subscribers.iter(list_uid)}
    assert listed == {row["EMAIL"] for row in rows}  # the server created every row
    assert sorted(result.created) == [4, 5]
    assert [(f.index, f.status_code, f.outcome_unknown) for f in result.failed] == [
        (0, 502, True),
        (1, 503, True),
        (2, 504, True),
        (3, 503, True),
    ]


def _write_csv(path: Path, emails: list[str]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["EMAIL"])
        writer.writerows([email] for email in emails)
    return path


def _journal(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()[1:]]


def test_the_import_looks_up_rows_answered_5xx_and_never_sends_them_again(
    fresh_sandbox: Sandbox,
    failing_proxy: Callable[[list[bytes]], RawServer],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sb = fresh_sandbox
    list_uid = sb.create_list()
    emails = [f"imp{n}@example.org" for n in range(8)]
    source = _write_csv(tmp_path / "p.csv", emails)
    server = failing_proxy([proxy_page(503)] * 3)
    with Pakat(api_key=sb.api_key, base_url=server.url) as client:
        status = _import.run_import(client, list_uid, source, concurrency=1, retries=2, secret=None)
    assert status == 0, capsys.readouterr()
    assert capsys.readouterr().out.startswith(
        "8 created, 0 already on the list, 0 already done, 0 failed "
        "(outcome unknown after a lost or failed answer, so looked up: 3 found, 0 absent and sent again)"
    )
    assert sb.counters["createSubscriber"] == 8  # each row sent once: the three answered 503 were found
    states = [(event["row"], event["state"]) for event in _journal(tmp_path / "p.csv.journal")]
    for row in (2, 3, 4):
        assert (row, "unknown") in states and (row, "found") in states, states
    assert not any(state == "retry" for _, state in states)


def test_the_import_sends_a_row_answered_5xx_again_only_once_a_lookup_finds_it_absent(
    fresh_sandbox: Sandbox,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A proxy's 502 page for two rows whose requests never reached the server: the import cannot
    # tell them from the rows above, so it looks them up, and only then sends them again.
    sb = fresh_sandbox
    list_uid = sb.create_list()
    source = _write_csv(tmp_path / "p.csv", [f"abs{n}@example.org" for n in range(4)])
    send = _import.Importer.send

    def proxy_fails_first(importer: _import.Importer) -> None:
        if not sb.counters["createSubscriber"]:
            sb.faults.html_page(2, status=502)
        send(importer)

    monkeypatch.setattr(_import.Importer, "send", proxy_fails_first)
    with Pakat(api_key=sb.api_key, base_url=sb.url) as client:
        assert _import.run_import(client, list_uid, source, concurrency=1, retries=1, secret=None) == 0
        assert sorted(s.email or "" for s in client.subscribers.iter(list_uid)) == [
            f"abs{n}@example.org" for n in range(4)
        ]
    assert capsys.readouterr().out.startswith(
        "4 created, 0 already on the list, 0 already done, 0 failed "
        "(outcome unknown after a lost or failed answer, so looked up: 0 found, 2 absent and sent again)"
    )
    assert sb.counters["createSubscriber"] == 6 and sb.processed["createSubscriber"] == 4
    assert sb.counters["findSubscriberByEmail"] == 2
    states = [(event["row"], event["state"]) for event in _journal(tmp_path / "p.csv.journal")]
    assert [state for row, state in states if row == 2] == ["sending", "unknown", "sending", "created"]


# Pakat's own 503: the API is offline, nothing was done ------------------------------------------


OFFLINE = "Service Unavailable."  # Controller::init's words, before it reads the key or the route


def offline(n: int, sb: Sandbox) -> None:
    sb.faults.error_body(n, error=OFFLINE, status=503)


def test_pakats_offline_503_to_a_post_is_repeated(fresh_sandbox: Sandbox, waits: list[float]) -> None:
    sb = fresh_sandbox
    offline(2, sb)
    with Pakat(api_key=sb.api_key, base_url=sb.url) as client:
        email_uid = client.transactional_emails.send(**SEND)
    assert len(waits) == 2
    assert sb.counters["sendTransactionalEmail"] == 3
    assert [email["email_uid"] for email in sb.outbox()] == [email_uid]


def test_pakats_offline_503_that_lasts_is_a_server_error_and_a_row_to_send_again(
    fresh_sandbox: Sandbox, waits: list[float], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sb = fresh_sandbox
    list_uid = sb.create_list()
    with Pakat(api_key=sb.api_key, base_url=sb.url, max_retries=1) as client:
        offline(2, sb)
        with pytest.raises(pakat.ServerError) as caught:
            client.transactional_emails.send(**SEND)
        assert caught.value.status_code == 503 and caught.value.message == OFFLINE
        assert not isinstance(caught.value, pakat.OutcomeUnknownError)

        offline(2, sb)
        result = client.subscribers.bulk_create(list_uid, [{"EMAIL": "off@example.org"}])
        assert [(f.status_code, f.outcome_unknown) for f in result.failed] == [(503, False)]

        # The import sends such a row again in its next round, without a lookup.
        source = _write_csv(tmp_path / "p.csv", ["off@example.org"])
        send = _import.Importer.send

        def offline_first(importer: _import.Importer) -> None:
            if not sb.counters["createSubscriber"]:
                offline(2, sb)
            send(importer)

        sb.reset_counters()
        monkeypatch.setattr(_import.Importer, "send", offline_first)
        assert _import.run_import(client, list_uid, source, concurrency=1, retries=1, secret=None) == 0
    assert sb.counters["createSubscriber"] == 3 and sb.counters["findSubscriberByEmail"] == 0
    assert [event["state"] for event in _journal(tmp_path / "p.csv.journal")] == [
        "sending",
        "retry",
        "sending",
        "created",
    ]
    assert sb.outbox() == []
