"""Item 5: paging through the sandbox (running in its own process).

- Memory: a fresh process iterates 100,000 seeded subscribers (`benchmarks.paging_memory`), once
  sequentially and once with `prefetch=8`; its peak RSS growth is reported.
- Prefetch: with the sandbox answering each request after 20 ms, `iter(..., prefetch=8)` vs
  sequential `iter` over the same pages, sync and async, alternating.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Callable
from functools import partial

from benchmarks._harness import ROOT, Report, SandboxProcess, interleave, median, paired_ratio, section, timed
from pakat import AsyncPakat, Pakat

SUBSCRIBERS = 100_000
RSS_LIMIT_MIB = 30
LATENCY = 0.02
PREFETCH = 8
PAGES = 60
PER_PAGE = 50
ROUNDS = 3
SPEEDUP_GOAL = 4


def _memory(report: Report, sandbox: SandboxProcess) -> None:
    list_uid = sandbox.create_list()
    sandbox.command("seed", list_uid, SUBSCRIBERS)
    for prefetch in (0, PREFETCH):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks.paging_memory",
                sandbox.url,
                sandbox.api_key,
                list_uid,
                str(prefetch),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        found = json.loads(result.stdout)
        growth = found["rss_peak"] - found["rss_before"]
        how = "sequential" if prefetch == 0 else f"prefetch={prefetch}"
        report.row(
            "5",
            f"iterate {found['items']:,} subscribers",
            f"sync iter, {how}",
            f"+{growth:.1f} MiB",
            f"{found['seconds']:.1f} s, RSS {found['rss_before']:.0f} → {found['rss_peak']:.0f} MiB",
        )
        report.target(
            "5",
            f"peak RSS growth < {RSS_LIMIT_MIB} MiB over {SUBSCRIBERS:,} items ({how})",
            f"+{growth:.1f} MiB, {found['items']:,} items",
            growth < RSS_LIMIT_MIB and found["items"] == SUBSCRIBERS,
        )


def _count_sync(client: Pakat, list_uid: str, prefetch: int) -> int:
    return sum(1 for _ in client.subscribers.iter(list_uid, per_page=PER_PAGE, prefetch=prefetch))


async def _count_async(client: AsyncPakat, list_uid: str, prefetch: int) -> int:
    count = 0
    async for _ in client.subscribers.iter(list_uid, per_page=PER_PAGE, prefetch=prefetch):
        count += 1
    return count


def _checked(count: Callable[[], int]) -> Callable[[], float]:
    """Seconds of one full iteration, which must see every subscriber."""

    def run() -> float:
        seen: list[int] = []
        seconds = timed(lambda: seen.append(count()))
        if seen != [PAGES * PER_PAGE]:
            raise RuntimeError(f"iterated {seen} subscribers, expected {PAGES * PER_PAGE}")
        return seconds

    return run


def _prefetch(report: Report, sandbox: SandboxProcess) -> None:
    list_uid = sandbox.create_list()
    sandbox.command("seed", list_uid, PAGES * PER_PAGE)
    sandbox.latency(LATENCY)
    try:
        with Pakat(api_key=sandbox.api_key, base_url=sandbox.url) as client, asyncio.Runner() as runner:
            aclient = runner.run(_async_client(sandbox))
            try:
                contenders = {
                    "sync, sequential": _checked(partial(_count_sync, client, list_uid, 0)),
                    f"sync, prefetch={PREFETCH}": _checked(partial(_count_sync, client, list_uid, PREFETCH)),
                    "async, sequential": _checked(lambda: runner.run(_count_async(aclient, list_uid, 0))),
                    f"async, prefetch={PREFETCH}": _checked(
                        lambda: runner.run(_count_async(aclient, list_uid, PREFETCH))
                    ),
                }
                for contender in contenders.values():
                    contender()  # warm up: connections opened, code loaded
                times = interleave(contenders, ROUNDS)
            finally:
                runner.run(aclient.aclose())
    finally:
        sandbox.latency(0)
    for mode in ("sync", "async"):
        sequential, ahead = times[f"{mode}, sequential"], times[f"{mode}, prefetch={PREFETCH}"]
        speedup = paired_ratio(sequential, ahead)
        for name, values in ((f"{mode}, sequential", sequential), (f"{mode}, prefetch={PREFETCH}", ahead)):
            versus = f"{speedup:.1f}× faster" if values is ahead else ""
            report.row(
                "5",
                f"{PAGES} pages × {PER_PAGE} at {LATENCY * 1000:.0f} ms",
                f"iter, {name}",
                f"{median(values):.3f} s",
                versus,
            )
        report.target(
            "5",
            f"{mode} iter prefetch={PREFETCH} ≥ {SPEEDUP_GOAL}× sequential",
            f"{speedup:.1f}×",
            speedup >= SPEEDUP_GOAL,
        )


async def _async_client(sandbox: SandboxProcess) -> AsyncPakat:
    return AsyncPakat(api_key=sandbox.api_key, base_url=sandbox.url)


def run(report: Report, sandbox: SandboxProcess) -> None:
    """Memory, then prefetch speed."""
    section(
        f"5. Paging the sandbox: memory over {SUBSCRIBERS:,} subscribers, prefetch at {LATENCY * 1000:.0f} ms"
    )
    _memory(report, sandbox)
    _prefetch(report, sandbox)
