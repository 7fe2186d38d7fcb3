"""Fault knobs and counters: each misbehaviour, what it does to state, and what gets counted."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx
import pytest

from pakat.testing import Sandbox
from tests._contract import check, check_error

from ._helpers import multipart, new_list


def _subscribers(client: httpx.Client, list_uid: str) -> int:
    return int(client.get(f"/lists/{list_uid}/subscribers").json()["data"]["count"] or 0)


def test_latency_delays_each_request(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.faults.latency(0.15)
    started = time.perf_counter()
    client.get("/quota/index")
    client.get("/quota/index")
    assert time.perf_counter() - started >= 0.3
    sandbox.faults.latency(0)
    started = time.perf_counter()
    client.get("/quota/index")
    assert time.perf_counter() - started < 1.0  # clearly no longer delayed


def test_fail_next_answers_errors_without_processing(sandbox: Sandbox, client: httpx.Client) -> None:
    list_uid = new_list(client)
    sandbox.reset_counters()
    sandbox.faults.fail_next(2)
    assert sandbox.faults.pending == 2
    for _ in range(2):
        response = client.post(f"/lists/{list_uid}/subscribers", files=multipart({"EMAIL": "a@example.org"}))
        check_error(response, 503)
        assert "retry-after" not in response.headers
    assert sandbox.faults.pending == 0
    check(
        "createSubscriber",
        client.post(f"/lists/{list_uid}/subscribers", files=multipart({"EMAIL": "a@example.org"})),
    )
    assert sandbox.counters["createSubscriber"] == 3
    assert sandbox.processed["createSubscriber"] == 1
    assert _subscribers(client, list_uid) == 1


def test_fail_next_429_with_retry_after_seconds_or_date(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.faults.fail_next(1, status=429, retry_after=3)
    response = client.get("/quota/index")
    check_error(response, 429)
    assert response.headers["retry-after"] == "3"
    when = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    sandbox.faults.fail_next(1, status=429, retry_after=when)
    response = client.get("/quota/index")
    assert parsedate_to_datetime(response.headers["retry-after"]) == when
    sandbox.faults.fail_next(1, status=429, retry_after="Wed, 21 Oct 2015 07:28:00 GMT")
    assert client.get("/quota/index").headers["retry-after"] == "Wed, 21 Oct 2015 07:28:00 GMT"
    assert client.get("/quota/index").status_code == 200


def test_one_shot_faults_apply_in_the_order_armed(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.faults.fail_next(1, status=500)
    sandbox.faults.html_page(1, status=502)
    sandbox.faults.fail_next(1, status=429)
    statuses = [client.get("/quota/index").status_code for _ in range(4)]
    assert statuses == [500, 502, 429, 200]


def test_fail_fraction_is_seeded_and_roughly_p(sandbox: Sandbox, client: httpx.Client) -> None:
    def run() -> list[int]:
        return [client.get("/countries").status_code for _ in range(200)]

    sandbox.faults.fail_fraction(0.3, status=502, seed=7)
    first = run()
    sandbox.faults.fail_fraction(0.3, status=502, seed=7)
    assert run() == first
    assert set(first) == {200, 502}
    assert 30 <= first.count(502) <= 90
    sandbox.faults.fail_fraction(0)
    assert set(run()[:20]) == {200}
    with pytest.raises(ValueError):
        sandbox.faults.fail_fraction(1.5)


def test_drop_before_closes_without_answer_or_state(sandbox: Sandbox, client: httpx.Client) -> None:
    list_uid = new_list(client)
    sandbox.faults.drop_connection(1, when="before")
    with pytest.raises(httpx.RemoteProtocolError):
        client.post(f"/lists/{list_uid}/subscribers", files=multipart({"EMAIL": "a@example.org"}))
    assert _subscribers(client, list_uid) == 0
    assert sandbox.counters["createSubscriber"] == 1 and sandbox.processed["createSubscriber"] == 0


def test_drop_after_keeps_the_state_change(sandbox: Sandbox, client: httpx.Client) -> None:
    list_uid = new_list(client)
    sandbox.faults.drop_connection(1, when="after")
    with pytest.raises(httpx.RemoteProtocolError):
        client.post(f"/lists/{list_uid}/subscribers", files=multipart({"EMAIL": "a@example.org"}))
    assert _subscribers(client, list_uid) == 1
    assert sandbox.processed["createSubscriber"] == 1
    # A blind retry now meets the duplicate rule.
    again = client.post(f"/lists/{list_uid}/subscribers", files=multipart({"EMAIL": "a@example.org"}))
    check_error(again, 409)
    with pytest.raises(ValueError):
        sandbox.faults.drop_connection(1, when="during")  # type: ignore[arg-type]


def test_malformed_json_processes_but_garbles_the_answer(sandbox: Sandbox, client: httpx.Client) -> None:
    list_uid = new_list(client)
    sandbox.faults.malformed_json()
    response = client.post(f"/lists/{list_uid}/subscribers", files=multipart({"EMAIL": "a@example.org"}))
    assert response.status_code == 201
    assert response.headers["content-type"].startswith("application/json")
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.content)
    assert _subscribers(client, list_uid) == 1


def test_html_page_replaces_the_answer_without_processing(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.faults.html_page()
    response = client.post("/lists", files=multipart({"general[name]": "x"}))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.text.startswith("<!DOCTYPE html>")
    sandbox.faults.html_page(1, status=503)
    assert client.get("/lists").status_code == 503
    assert sandbox.processed["createList"] == 0
    assert client.get("/lists").json()["data"]["count"] is None


def test_clear_disarms_everything(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.faults.fail_next(5)
    sandbox.faults.fail_fraction(1.0)
    sandbox.faults.latency(5)
    sandbox.faults.clear()
    assert sandbox.faults.pending == 0
    started = time.perf_counter()
    assert client.get("/quota/index").status_code == 200
    assert time.perf_counter() - started < 1


def test_counters_snapshot_and_reset(sandbox: Sandbox, client: httpx.Client) -> None:
    client.get("/lists")
    client.get("/lists/nope")
    snapshot = sandbox.counters
    assert (snapshot["listLists"], snapshot["getList"]) == (1, 1)
    assert sandbox.processed["getList"] == 0  # a 404 changed nothing
    client.get("/lists")
    assert snapshot["listLists"] == 1 and sandbox.counters["listLists"] == 2
    sandbox.reset_counters()
    assert sum(sandbox.counters.values()) == 0 and sum(sandbox.processed.values()) == 0
    assert sandbox.connections_accepted == 0
    assert sandbox.counters["neverCalled"] == 0


def test_drop_fraction_is_seeded_and_roughly_p(sandbox: Sandbox, client: httpx.Client) -> None:
    def run() -> list[str]:
        outcomes = []
        for _ in range(100):
            try:  # after a drop the client opens a new connection
                outcomes.append(str(client.get("/countries").status_code))
            except httpx.RemoteProtocolError:
                outcomes.append("dropped")
        return outcomes

    sandbox.faults.drop_fraction(0.25, seed=3)
    first = run()
    sandbox.faults.drop_fraction(0.25, seed=3)
    assert run() == first
    assert set(first) == {"200", "dropped"} and 10 <= first.count("dropped") <= 45
    sandbox.faults.drop_fraction(0)
    assert set(run()[:10]) == {"200"}
    with pytest.raises(ValueError):
        sandbox.faults.drop_fraction(-0.1)


def test_rate_limit_answers_429_with_retry_after_in_whole_seconds() -> None:
    from pakat.testing import Faults

    now = [100.0]
    faults = Faults(clock=lambda: now[0])
    faults.rate_limit(2)  # two a second, two at once
    kinds = [faults.next_request()[1] for _ in range(3)]
    assert kinds[:2] == [None, None]
    assert kinds[2] is not None and (kinds[2].status, kinds[2].retry_after) == (429, "1")
    now[0] += 0.5  # one token back
    assert faults.next_request()[1] is None
    assert faults.next_request()[1] is not None  # a refusal uses up nothing, but none is left
    faults.rate_limit(0.2, burst=1)  # one every five seconds
    assert faults.next_request()[1] is None
    refused = faults.next_request()[1]
    assert refused is not None and refused.retry_after == "5"
    now[0] += 5
    assert faults.next_request()[1] is None
    faults.clear()
    assert all(faults.next_request()[1] is None for _ in range(100))


def test_rate_limit_on_the_wire(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.faults.rate_limit(5)
    statuses = [client.get("/countries") for _ in range(12)]
    limited = [r for r in statuses if r.status_code == 429]
    assert 5 <= len(statuses) - len(limited) <= 8  # the burst, and what refilled meanwhile
    assert limited and all(r.headers["Retry-After"] == "1" for r in limited)
    check_error(limited[0], 429)
    sandbox.faults.rate_limit(0)
    assert client.get("/countries").status_code == 200
