"""Volume and concurrency: 100,000 subscribers paged, concurrent creates, thread safety."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import httpx

from pakat.testing import Sandbox

from ._helpers import multipart, new_list


def test_100k_subscribers_seed_fast_and_page_by_sql(sandbox: Sandbox, client: httpx.Client) -> None:
    list_uid = sandbox.create_list()
    uids = sandbox.seed_subscribers(list_uid, 100_000)
    assert len(set(uids)) == 100_000
    path = f"/lists/{list_uid}/subscribers"
    last = client.get(path, params={"page": 2000, "per_page": 50}).json()["data"]
    middle = client.get(path, params={"page": 1000, "per_page": 50}).json()["data"]
    assert (last["count"], last["total_pages"], last["next_page"]) == ("100000", 2000, None)
    newest_first = uids[::-1]
    assert [r["subscriber_uid"] for r in last["records"]] == newest_first[-50:]
    assert [r["subscriber_uid"] for r in middle["records"]] == newest_first[49_950:50_000]
    # Paging speed at depth is measured by `make bench`, not asserted here.
    found = client.get(f"{path}/search-by-email", params={"EMAIL": f"seed{100_000}@example.org"}).json()
    assert found["data"]["subscriber_uid"] == uids[-1]


def test_concurrent_creates_from_16_clients(sandbox: Sandbox) -> None:
    headers = {"X-API-KEY": sandbox.api_key}
    with httpx.Client(base_url=sandbox.url, headers=headers) as client:
        list_uid = new_list(client)

    def worker(n: int) -> list[int]:
        with httpx.Client(base_url=sandbox.url, headers=headers, timeout=30) as client:
            return [
                client.post(
                    f"/lists/{list_uid}/subscribers", files=multipart({"EMAIL": f"w{n}-{i}@example.org"})
                ).status_code
                for i in range(25)
            ]

    with ThreadPoolExecutor(16) as pool:
        statuses = [s for batch in pool.map(worker, range(16)) for s in batch]
    assert statuses == [201] * 400
    assert sandbox.processed["createSubscriber"] == 400
    with httpx.Client(base_url=sandbox.url, headers=headers) as client:
        assert client.get(f"/lists/{list_uid}/subscribers").json()["data"]["count"] == "400"


def test_the_same_email_raced_from_16_threads_is_created_once(sandbox: Sandbox) -> None:
    headers = {"X-API-KEY": sandbox.api_key}
    with httpx.Client(base_url=sandbox.url, headers=headers) as client:
        list_uid = new_list(client)
    barrier = threading.Barrier(16)

    def worker(_: int) -> int:
        with httpx.Client(base_url=sandbox.url, headers=headers, timeout=30) as client:
            barrier.wait()
            response = client.post(
                f"/lists/{list_uid}/subscribers", files=multipart({"EMAIL": "race@example.org"})
            )
            return response.status_code

    with ThreadPoolExecutor(16) as pool:
        statuses = sorted(pool.map(worker, range(16)))
    assert statuses == [201] + [409] * 15
