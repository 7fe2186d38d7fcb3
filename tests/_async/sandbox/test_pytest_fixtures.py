"""The pytest plugin's client fixture in this very suite (the plugin comes from pakat's installed
entry point): bound to `pakat_sandbox`, with its faults retried as against the real API. How users
meet the fixtures, under each async plugin and mode and by their old names, is tested in
tests/sandbox/test_pytest_plugin.py."""

from __future__ import annotations

from pakat import AsyncPakat
from pakat.testing import Sandbox


async def test_the_client_fixture_talks_to_the_sandbox_fixture(
    pakat_sandbox: Sandbox, pakat_sandbox_async_client: AsyncPakat
) -> None:
    client = pakat_sandbox_async_client
    assert client.base_url == pakat_sandbox.url
    list_uid = pakat_sandbox.create_list()
    created = await client.subscribers.create(list_uid, "ali@example.com", fields={"FNAME": "علی"})
    assert (await client.subscribers.get(list_uid, created.subscriber_uid))["FNAME"] == "علی"
    pakat_sandbox.faults.fail_next(1, status=503, retry_after=0)
    assert (await client.quota.get()).used == 0
    assert pakat_sandbox.processed["createSubscriber"] == 1
    assert pakat_sandbox.counters["getQuota"] == 2  # retried once by the client
