"""The iterating process of item 5: page through a whole list and report its peak RSS growth.

    python -m benchmarks.paging_memory URL API_KEY LIST_UID PREFETCH

Prints one JSON line: items seen, seconds, RSS before iterating and peak RSS while iterating
(MiB). The baseline is taken after `import pakat` and creating the client, before the first
request, so the growth includes everything the iteration loads and holds (the resource's code,
generated models, pages). The peak is Linux's high-water mark (VmHWM), reset at the baseline
(`/proc/self/clear_refs`) so that a peak reached earlier, while importing, cannot hide it.
Items are counted, not kept; their emails are checked to be the sandbox's consecutive seeds (newest first), so a
page lost or repeated shows without holding a set of 100,000 addresses.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from pakat import Pakat

SEED = re.compile(r"seed(\d+)@")


def _status_mib(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024  # kB
    raise LookupError(field)


def _reset_peak() -> float:
    """Reset the high-water mark to the current RSS and return that RSS (MiB)."""
    Path("/proc/self/clear_refs").write_text("5")
    return _status_mib("VmRSS")


def main(url: str, api_key: str, list_uid: str, prefetch: int) -> None:
    """Iterate every subscriber of the list and print what it cost."""
    with Pakat(api_key=api_key, base_url=url) as client:
        before = _reset_peak()
        started = time.perf_counter()
        count, previous = 0, None
        for subscriber in client.subscribers.iter(list_uid, per_page=50, prefetch=prefetch):
            match = SEED.match(str(subscriber.email))
            number = int(match.group(1)) if match else -1
            # Collections come newest first (docs/server-behaviour.md, cross.order): the seeds count down.
            if previous is not None and number != previous - 1:
                raise SystemExit(f"out of sequence after seed {previous}: {subscriber.email}")
            previous = number
            count += 1
        seconds = time.perf_counter() - started
        print(
            json.dumps(
                {"items": count, "seconds": seconds, "rss_before": before, "rss_peak": _status_mib("VmHWM")}
            )
        )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
