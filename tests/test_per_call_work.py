"""What one call does once: build its request and encode its multipart body (sent as one
payload), and check each input. The per-call overhead `make bench` measures is made of these."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import pakat._encoding
from pakat import AsyncPakat, Pakat
from pakat._sync.resources import subscribers as sync_subscribers

LIST_UID = "ab123cd456"
CREATED = {"status": "success", "data": {"record": {"subscriber_uid": "sb123", "email": "ali@example.com"}}}
FOUND = {"status": "success", "data": {"subscriber_uid": "sb123"}}


def _answer(request: httpx.Request) -> httpx.Response:
    if request.method == "GET" and "search-by-email" in request.url.path:
        return httpx.Response(200, json=FOUND)
    return httpx.Response(201 if request.method == "POST" else 200, json=CREATED)


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[httpx.Request]]:
    """Every httpx.Request constructed while the test runs."""
    made: list[httpx.Request] = []
    original = httpx.Request.__init__

    def init(self: httpx.Request, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(httpx.Request, "__init__", init)
    yield made


def test_a_multipart_body_is_encoded_once_and_sent_as_one_payload(built: list[httpx.Request]) -> None:
    chunks: list[list[bytes]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        chunks.append(list(request.stream))  # type: ignore[arg-type]
        return _answer(request)

    with Pakat(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(answer))) as client:
        built.clear()
        client.subscribers.create(LIST_UID, "ali@example.com", fields={"FNAME": "علی"})
    assert len(built) == 1
    assert built[0].headers["content-type"].startswith("multipart/form-data; boundary=")
    assert len(chunks) == 1 and len(chunks[0]) == 1
    assert b'name="FNAME"' in chunks[0][0] and "علی".encode() in chunks[0][0]


async def test_the_async_client_builds_one_request_too(built: list[httpx.Request]) -> None:
    async def answer(request: httpx.Request) -> httpx.Response:
        return _answer(request)

    transport = httpx.MockTransport(answer)
    async with AsyncPakat(api_key="k", http_client=httpx.AsyncClient(transport=transport)) as client:
        built.clear()
        await client.subscribers.create(LIST_UID, "ali@example.com", fields={"FNAME": "علی"})
    assert len(built) == 1


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any, names: list[str]) -> Counter[str]:
    calls: Counter[str] = Counter()
    for name in names:
        original: Callable[..., Any] = getattr(module, name)

        def counted(*args: Any, _name: str = name, _original: Callable[..., Any] = original) -> Any:
            calls[_name] += 1
            return _original(*args)

        monkeypatch.setattr(module, name, counted)
    return calls


CHECKS = ["require_email", "require_uid", "extra_fields"]


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (
            lambda c: c.subscribers.create(LIST_UID, "ali@example.com", extra={"details[x]": "1"}),
            {"require_email": 1, "require_uid": 1},
        ),
        # A lookup, then a create: the address and the list uid are still checked once.
        (
            lambda c: c.subscribers.upsert(LIST_UID, "ali@example.com", fields={"FNAME": "x"}),
            {"require_email": 1, "require_uid": 2},  # the second: the uid the lookup found
        ),
    ],
    ids=["create", "upsert"],
)
def test_each_input_is_checked_once(
    monkeypatch: pytest.MonkeyPatch, call: Callable[[Pakat], object], expected: dict[str, int]
) -> None:
    calls = _counting(monkeypatch, sync_subscribers, CHECKS)
    extra_checks = _counting(monkeypatch, pakat._encoding, ["extra_fields"])
    with Pakat(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(_answer))) as client:
        call(client)
    assert {name: calls[name] for name in ("require_email", "require_uid")} == expected
    assert calls["extra_fields"] + extra_checks["extra_fields"] == 1
