"""One pool per client, kept alive: 100 sequential facade calls reach the server over one connection.

Counted by the sandbox itself (`connections_accepted`), so a client that opened a connection per
call, closed one after an error answer, or dropped one before reading a body to its end fails here.
The calls mix every method the API uses (POST, GET, PUT, DELETE) and 404 answers.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pakat import AsyncPakat
from pakat.testing import Sandbox

CALLS = 100


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sb:
        yield sb


def _expect_one_connection(sandbox: Sandbox) -> None:
    assert sum(sandbox.counters.values()) == CALLS
    assert sandbox.processed["createSubscriber"] == 20
    assert sandbox.processed["updateSubscriber"] == 20
    assert sandbox.processed["deleteSubscriber"] == 10
    assert sandbox.connections_accepted == 1


async def test_100_sequential_calls_use_one_connection(sandbox: Sandbox) -> None:
    list_uid = sandbox.create_list()  # made without HTTP
    sandbox.reset_counters()
    async with AsyncPakat(api_key=sandbox.api_key, base_url=sandbox.url) as client:
        uids = [
            (await client.subscribers.create(list_uid, f"a{n}@example.org")).subscriber_uid for n in range(20)
        ]
        for uid in uids:
            assert isinstance(uid, str)
            assert (await client.subscribers.get(list_uid, uid)).subscriber_uid == uid
            await client.subscribers.update(list_uid, uid, fields={"FNAME": "علی"})
            assert (await client.lists.get(list_uid)).general.list_uid == list_uid
        for uid in uids[:10]:
            await client.subscribers.delete(list_uid, uid)
            assert await client.subscribers.find_by_email(list_uid, f"absent-{uid}@example.org") is None
    _expect_one_connection(sandbox)
