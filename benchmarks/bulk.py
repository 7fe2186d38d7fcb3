"""Item 6: `bulk_create` of 5,000 subscribers at 20 ms server latency, concurrency 16, sync and async.

The sequential baseline (one `create` after another) would take 5,000 × 20 ms = 100 s per mode,
so it runs on a subset of the same rows and the comparison is of per-row rates. Every run writes
to a list of its own; afterwards each list is read back and its set of emails compared with the
rows that were sent: the bulk runs must hold exactly the 5,000 addresses, sync and async alike,
and the sequential runs exactly their subset.
"""

from __future__ import annotations

import asyncio
import importlib.util
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from benchmarks._harness import Report, SandboxProcess, interleave, median, paired_ratio, section
from benchmarks.diagnose import profile
from pakat import AsyncPakat, Pakat

ROWS = 5_000
SEQUENTIAL_ROWS = 250
CONCURRENCY = 16
LATENCY = 0.02
ROUNDS = 2
SPEEDUP_GOAL = 10


@dataclass
class Run:
    """One timed run: its list, the emails it sent, and what it cost."""

    list_uid: str
    emails: frozenset[str]
    seconds: float
    client_cpu: float
    server_cpu: float

    @property
    def rate(self) -> float:
        return len(self.emails) / self.seconds


def _rows(count: int) -> list[dict[str, str]]:
    return [{"EMAIL": f"row{i}@example.org", "FNAME": f"Name {i}"} for i in range(count)]


class Contenders:
    """The four ways of creating the rows, each writing to a fresh list and recording a `Run`."""

    def __init__(
        self, sandbox: SandboxProcess, client: Pakat, runner: asyncio.Runner, aclient: AsyncPakat
    ) -> None:
        self.sandbox = sandbox
        self.client = client
        self.runner = runner
        self.aclient = aclient
        self.runs: dict[str, list[Run]] = {}

    def _timed(self, name: str, rows: Sequence[Mapping[str, str]], send: Callable[[str], None]) -> float:
        list_uid = self.sandbox.create_list()
        server_cpu, client_cpu = self.sandbox.cpu_seconds(), time.process_time()
        started = time.perf_counter()
        send(list_uid)
        seconds = time.perf_counter() - started
        run = Run(
            list_uid,
            frozenset(row["EMAIL"] for row in rows),
            seconds,
            (time.process_time() - client_cpu) / len(rows),
            (self.sandbox.cpu_seconds() - server_cpu) / len(rows),
        )
        self.runs.setdefault(name, []).append(run)
        return run.rate

    def create_each(self, mode: str, rows: Sequence[Mapping[str, str]], list_uid: str) -> None:
        """One `create` per row, each waiting for the last, with the sync or the async client."""
        if mode == "sync":
            for row in rows:
                self.client.subscribers.create(list_uid, row["EMAIL"], fields={"FNAME": row["FNAME"]})
            return

        async def create_all() -> None:
            for row in rows:
                await self.aclient.subscribers.create(list_uid, row["EMAIL"], fields={"FNAME": row["FNAME"]})

        self.runner.run(create_all())

    def bulk_create(self, mode: str, rows: Sequence[Mapping[str, str]], list_uid: str) -> None:
        """One `bulk_create` of all rows at CONCURRENCY, with the sync or the async client."""
        if mode == "sync":
            result = self.client.subscribers.bulk_create(list_uid, rows, concurrency=CONCURRENCY)
        else:
            coroutine = self.aclient.subscribers.bulk_create(list_uid, rows, concurrency=CONCURRENCY)
            result = self.runner.run(coroutine)
        if result.failed or len(result.created) != len(rows):
            raise RuntimeError(
                f"bulk_create created {len(result.created)} of {len(rows)}: {result.failed[:3]}"
            )

    def sequential(self, mode: str) -> float:
        """A timed sequential run over the first SEQUENTIAL_ROWS rows; rows per second."""
        rows = _rows(SEQUENTIAL_ROWS)
        return self._timed(f"{mode} sequential create", rows, partial(self.create_each, mode, rows))

    def bulk(self, mode: str) -> float:
        """A timed bulk_create of all ROWS rows; rows per second."""
        rows = _rows(ROWS)
        return self._timed(f"{mode} bulk_create", rows, partial(self.bulk_create, mode, rows))


def _emails(client: Pakat, list_uid: str) -> frozenset[str]:
    return frozenset(str(s.email) for s in client.subscribers.iter(list_uid, per_page=50, prefetch=8))


def run(report: Report, sandbox: SandboxProcess) -> None:
    """Time the four contenders alternately, then compare what each left in the sandbox."""
    section(
        f"6. bulk_create of {ROWS:,} at {LATENCY * 1000:.0f} ms latency, concurrency {CONCURRENCY} "
        f"(sequential baseline: {SEQUENTIAL_ROWS} rows per round; {ROUNDS} rounds, medians)"
    )
    with Pakat(api_key=sandbox.api_key, base_url=sandbox.url) as client, asyncio.Runner() as runner:
        aclient = runner.run(_async_client(sandbox))
        try:
            contenders = Contenders(sandbox, client, runner, aclient)
            # Warm up both clients (code loaded, connections open) before any timing.
            for mode in ("sync", "async"):
                contenders.bulk_create(mode, _rows(2 * CONCURRENCY), sandbox.create_list())
            sandbox.latency(LATENCY)
            try:
                rates = interleave(
                    {
                        "sync bulk_create": partial(contenders.bulk, "sync"),
                        "sync sequential create": partial(contenders.sequential, "sync"),
                        "async bulk_create": partial(contenders.bulk, "async"),
                        "async sequential create": partial(contenders.sequential, "async"),
                    },
                    ROUNDS,
                )
            finally:
                sandbox.latency(0)
            same = _compare_results(report, client, contenders.runs)
            for mode in ("sync", "async"):
                _report_mode(report, mode, rates, contenders, same)
        finally:
            runner.run(aclient.aclose())


def _report_mode(
    report: Report, mode: str, rates: dict[str, list[float]], contenders: Contenders, same: bool
) -> None:
    bulk, sequential = rates[f"{mode} bulk_create"], rates[f"{mode} sequential create"]
    speedup = paired_ratio(bulk, sequential)
    for name in (f"{mode} sequential create", f"{mode} bulk_create"):
        runs = contenders.runs[name]
        cpu = f"client CPU {_cpu(runs, 'client')} ms/row, sandbox CPU {_cpu(runs, 'server')} ms/row"
        versus = f"{speedup:.1f}× the sequential rate; {cpu}" if "bulk" in name else cpu
        rows = ROWS if "bulk" in name else SEQUENTIAL_ROWS
        measure = f"{rows:,} creates at {LATENCY * 1000:.0f} ms"
        report.row("6", measure, name, f"{median(rates[name]):.0f} rows/s", versus)
    met = speedup >= SPEEDUP_GOAL and same
    report.target(
        "6",
        f"{mode} bulk_create ≥ {SPEEDUP_GOAL}× a sequential loop, same result set",
        f"{speedup:.1f}×, result sets {'identical' if same else 'DIFFER'}",
        met,
        "" if met or not same else _limit(mode, contenders),
    )


def _cpu(runs: Sequence[Run], side: str) -> str:
    values = [run.client_cpu if side == "client" else run.server_cpu for run in runs]
    return f"{median(values) * 1000:.2f}"


def _limit(mode: str, contenders: Contenders) -> str:
    """What limits the bulk rate, from this run's CPU figures and a profile of sequential creates."""
    bulk = contenders.runs[f"{mode} bulk_create"]
    client_cpu, server_cpu = median([r.client_cpu for r in bulk]), median([r.server_cpu for r in bulk])
    ceiling = CONCURRENCY / LATENCY
    text = (
        f"With {CONCURRENCY} requests in flight and {LATENCY * 1000:.0f} ms per request the sandbox could take "
        f"{ceiling:.0f} rows/s, but the benchmark process spent {client_cpu * 1000:.2f} ms of CPU per row "
        f"(the sandbox {server_cpu * 1000:.2f} ms), so one core of client work caps it at "
        f"{1 / client_cpu:.0f} rows/s before the other process and other load on the 2 cores take their share."
    )
    if mode == "async":
        sync_cpu = median([r.client_cpu for r in contenders.runs["sync bulk_create"]])
        text += (
            f" The sync client needs {sync_cpu * 1000:.2f} ms per row for the same work: the difference is "
            f"httpx/httpcore's asyncio path, with anyio cancel scopes around every socket read and write. "
            f"pakat could cut its share (see the profile): hand httpx a multipart body as one bytes payload "
            f"rather than as `files=`, which httpx streams in small chunks (four per field, plus one) that "
            f"httpcore sends with a socket write each, under an anyio cancel scope each"
        )
        if importlib.util.find_spec("sniffio") is None:
            text += (
                "; and depend on `sniffio`, which is not installed here (httpx and the installed anyio do "
                "not require it), so httpcore's `import sniffio`, run several times per async request, "
                "fails every time after searching sys.path"
            )
        text += "."
    count = 300
    rows = _rows(count)
    lines = profile(partial(contenders.create_each, mode, rows, contenders.sandbox.create_list()), count)
    return "\n".join([text, "", f"Profile of {count} sequential {mode} creates (no latency):", "", *lines])


def _compare_results(report: Report, client: Pakat, runs: Mapping[str, list[Run]]) -> bool:
    """Whether every list holds exactly the emails its run sent, and the bulk runs agree."""
    same = True
    for name, name_runs in runs.items():
        for run in name_runs:
            held = _emails(client, run.list_uid)
            if held != run.emails:
                same = False
                report.note(
                    f"{name}: the list holds {len(held)} emails, {len(held ^ run.emails)} differ from those sent."
                )
    bulk_sets = {run.emails for name, name_runs in runs.items() if "bulk" in name for run in name_runs}
    return same and len(bulk_sets) == 1


async def _async_client(sandbox: SandboxProcess) -> AsyncPakat:
    return AsyncPakat(api_key=sandbox.api_key, base_url=sandbox.url)
