"""Hostile answers (issue 10): peak memory above the baseline and time to failure, sync and async.

    python -m benchmarks.hostile     # measure, print, and rewrite its part of benchmarks/RESULTS.md
    make bench                       # runs it with everything else

A server process (`python -m benchmarks.hostile serve`) answers on 127.0.0.1 with the attacks of
tests/reliability (the servers of tests/reliability/_raw_servers.py): a 1 MB gzip body that
expands to 1 GiB, the same as brotli (200 kB), a chunked body that never ends, and a
`Content-Length` of 1 TiB followed by an endless body. Each attack is met by a fresh client
process (`python -m benchmarks.hostile attack ...`) that imports pakat, makes one ordinary call to
load everything a call loads, then resets Linux's high-water mark (VmHWM, through
/proc/self/clear_refs) and takes its RSS as the baseline, and makes the hostile call with
`timeout=3`, the figure of the issue. It reports the error, the seconds to failure and the peak
RSS above the baseline. Goal: under 64 MiB above the baseline, failing within the timeout.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks._harness import BENCH_DIR, ROOT, Report, machine, section

ATTACKS = {
    "gzip": "1 MB gzip body expanding to 1 GiB",
    "br": "200 kB brotli body expanding to 1 GiB",
    "endless": "chunked body that never ends",
    "length": "Content-Length of 1 TiB, then an endless body",
}
TIMEOUT = 3.0
RSS_LIMIT_MIB = 64
RESULTS = BENCH_DIR / "RESULTS.md"
START, END = "<!-- hostile answers: start -->", "<!-- hostile answers: end -->"


# The server process --------------------------------------------------------------------------------


def serve() -> None:
    """Start one server per attack (and one ordinary one), print their URLs, serve until stdin closes."""
    from tests.reliability._raw_servers import (
        MIB,
        HostileServer,
        bomb_server,
        endless_server,
        head,
    )

    ok = b'{"status": "success", "data": {"record": {"general": {"list_uid": "a"}}}}'
    servers = {
        "ok": HostileServer(head(f"Content-Length: {len(ok)}"), lambda: iter((ok,))),
        "gzip": bomb_server("gzip"),
        "br": bomb_server("br"),
        "endless": endless_server(),
        "length": HostileServer(head(f"Content-Length: {2**40}"), lambda: itertools.repeat(b"a" * MIB)),
    }
    print(json.dumps({name: server.url for name, server in servers.items()}), flush=True)
    sys.stdin.read()
    for server in servers.values():
        server.close()


# The attacked process ------------------------------------------------------------------------------


def _status_mib(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024  # kB
    raise LookupError(field)


def _reset_peak() -> float:
    """Reset the high-water mark to the current RSS and return that RSS (MiB)."""
    Path("/proc/self/clear_refs").write_text("5")
    return _status_mib("VmRSS")


def _outcome(error: BaseException | None, started: float, before: float) -> dict[str, Any]:
    return {
        "seconds": time.monotonic() - started,
        "rss_before": before,
        "rss_peak": _status_mib("VmHWM"),
        "error": None if error is None else type(error).__name__,
        "message": "" if error is None else str(error)[:200],
    }


def attack(mode: str, ok_url: str, url: str) -> dict[str, Any]:
    """One hostile call from this process (sync or async); what it cost."""
    from pakat import AsyncPakat, Pakat

    if mode == "sync":
        with Pakat(api_key="k", base_url=ok_url) as warm:
            warm.lists.get("a")
        with Pakat(api_key="k", base_url=url, timeout=TIMEOUT, max_retries=0) as client:
            before, started = _reset_peak(), time.monotonic()
            try:
                client.lists.get("a")
            except Exception as exc:
                return _outcome(exc, started, before)
            return _outcome(None, started, before)

    async def run() -> dict[str, Any]:
        async with AsyncPakat(api_key="k", base_url=ok_url) as warm:
            await warm.lists.get("a")
        async with AsyncPakat(api_key="k", base_url=url, timeout=TIMEOUT, max_retries=0) as client:
            before, started = _reset_peak(), time.monotonic()
            try:
                await client.lists.get("a")
            except Exception as exc:
                return _outcome(exc, started, before)
            return _outcome(None, started, before)

    return asyncio.run(run())


# Orchestration -------------------------------------------------------------------------------------


def _measure() -> list[dict[str, Any]]:
    server = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.hostile", "serve"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdin is not None and server.stdout is not None
    try:
        urls = json.loads(server.stdout.readline())
        found = []
        for name in ATTACKS:
            for mode in ("sync", "async"):
                result = subprocess.run(
                    [sys.executable, "-m", "benchmarks.hostile", "attack", mode, urls["ok"], urls[name]],
                    cwd=ROOT,
                    capture_output=True,
                    text=True,
                    check=True,
                    timeout=120,
                )
                found.append({"attack": name, "mode": mode, **json.loads(result.stdout)})
    finally:
        server.stdin.close()
        server.wait(timeout=30)
    return found


def run(report: Report) -> str:
    """Measure every attack, sync and async; add targets to `report`; return the RESULTS.md block."""
    section("10. Hostile answers: peak RSS and time to failure")
    lines = [
        START,
        "## Hostile answers (issue 10)",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by `python -m benchmarks.hostile` "
        f"(also part of `make bench`) · load {machine()['load']}. Each attack meets a fresh process "
        f"calling `lists.get` with `timeout={TIMEOUT:g}` and the default `max_response_bytes` (32 MiB); "
        f"the peak is Linux's VmHWM above the RSS just before the call. Goal: under {RSS_LIMIT_MIB} MiB "
        "above the baseline, failing within the timeout.",
        "",
        "| attack | client | error | time to failure | peak RSS above baseline | |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for found in _measure():
        growth = found["rss_peak"] - found["rss_before"]
        passed = (
            found["error"] in ("ResponseTooLargeError", "OutcomeUnknownResponseTooLargeError")
            and found["seconds"] < TIMEOUT
            and growth < RSS_LIMIT_MIB
        )
        what = ATTACKS[found["attack"]]
        measured = f"{found['error']} after {found['seconds']:.2f} s, +{growth:.1f} MiB"
        report.target(
            "10",
            f"{what} ({found['mode']}): < {RSS_LIMIT_MIB} MiB, within {TIMEOUT:g} s",
            measured,
            passed,
            "" if passed else found["message"],
        )
        lines.append(
            f"| {what} | {found['mode']} | `{found['error']}` | {found['seconds']:.2f} s | "
            f"+{growth:.1f} MiB (RSS {found['rss_before']:.0f} → {found['rss_peak']:.0f} MiB) | "
            f"{'PASS' if passed else '**FAIL**'} |"
        )
    lines += ["", END]
    return "\n".join(lines)


def write_block(block: str) -> None:
    """Put `block` into RESULTS.md in place of the previous one (or at its end)."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    if START in text and END in text:
        before, rest = text.split(START, 1)
        text = before + block + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    RESULTS.write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    if argv[:1] == ["serve"]:
        serve()
        return 0
    if argv[:1] == ["attack"]:
        print(json.dumps(attack(*argv[1:4])))
        return 0
    report = Report()
    write_block(run(report))
    print(f"written to {RESULTS.relative_to(ROOT)}")
    return 0 if all(t.passed for t in report.targets) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
