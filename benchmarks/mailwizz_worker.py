"""The official MailWizz SDK as a contender, run in the benchmark venv and steered over stdin.

    benchmarks/.venv/bin/python -m benchmarks.mailwizz_worker BASE_URL LIST_UID

Each line read is `get N` (N calls of `Lists().get_list`) or `create N` (N calls of
`ListSubscribers().create` with EMAIL and FNAME); the answer is the wall-clock seconds those N
calls took, each including `.json()` on the response, as its users do. `check` answers the HTTP
statuses of one call of each, so the benchmark knows the calls reach the routes it means.

The SDK's configuration is global (`Base.set_config`) and it signs every request with a
public/private key pair; the canned server ignores the signature. The worker stops when standard
input closes.
"""

from __future__ import annotations

import sys
import time

from mailwizz.base import Base
from mailwizz.config import Config
from mailwizz.endpoint.list_subscribers import ListSubscribers
from mailwizz.endpoint.lists import Lists


def main(base_url: str, list_uid: str) -> None:
    """Answer each command line with the seconds its calls took."""
    Base.set_config(
        Config({"api_url": base_url, "public_key": "public", "private_key": "private", "charset": "utf-8"})
    )
    lists = Lists()
    subscribers = ListSubscribers()
    calls = {
        "get": lambda: lists.get_list(list_uid).json(),
        "create": lambda: subscribers.create(list_uid, {"EMAIL": "ali@example.com", "FNAME": "علی"}).json(),
    }
    for line in sys.stdin:
        if line.strip() == "check":
            statuses = (
                lists.get_list(list_uid).status_code,
                subscribers.create(list_uid, {"EMAIL": "a@b.co"}).status_code,
            )
            print(*statuses, flush=True)
            continue
        name, count = line.split()
        call = calls[name]
        started = time.perf_counter()
        for _ in range(int(count)):
            call()
        print(time.perf_counter() - started, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
