"""`python -m benchmarks` (what `make bench` runs): every item of the performance issue, in one run.

Prints each figure as it is measured and a PASS/FAIL line per target, then writes the table with
the date, Python version and machine to `benchmarks/RESULTS.md`. Exits 1 when a target is missed
(RESULTS.md then says which, and what limits it). `python -m benchmarks percall startup` runs only
the named sections (percall, startup, paging, bulk, adaptive, mcp, hostile) and leaves RESULTS.md alone,
except that `hostile` always rewrites its own part of it (as `python -m benchmarks.hostile` does) and
`adaptive` replaces its own rows (item 17) in the tables, keeping every other section's figures.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import _venv, adaptive, bulk, hostile, mcp, paging, percall, startup
from benchmarks._harness import BENCH_DIR, Report, SandboxProcess, Target, machine

SECTIONS = ("percall", "startup", "paging", "bulk", "adaptive", "mcp", "hostile")
RESULTS = BENCH_DIR / "RESULTS.md"

METHOD = """\
## How it is measured

`make bench` (or `.venv/bin/python -m benchmarks` after `make install`) runs everything below in one
go, in a few minutes, and rewrites this file. It creates `benchmarks/.venv` on first use, with the
official `mailwizz-python-sdk` 1.0.4 and pakat installed from a freshly built wheel (rebuilt when
pakat's code changes), so neither touches the project's `.venv`.

- **Alternation.** The contenders of a comparison run alternately, round after round, in an order
  rotated each round; figures are medians over rounds and ratios are medians of per-round ratios.
  These are 2-core machines shared with other work: absolute times drift, ratios hold.
- **Servers run in their own processes**, so they do not share the measured client's GIL or
  memory: `benchmarks/canned_server.py` (asyncio, HTTP/1.1 keep-alive, answers from precomputed
  Pakat-shaped bytes) for items 1-3, and the offline sandbox (`pakat.testing.Sandbox`, steered by
  `benchmarks/sandbox_server.py`) for items 5-6.
- **1. Per call:** `client.lists.get` and `client.subscribers.create` (EMAIL and FNAME, multipart)
  vs a raw `httpx.Client` sending the same URL, headers (X-API-KEY, User-Agent, Accept) and
  multipart parts and calling `.json()`. A third create contender, raw httpx with the same body
  encoded up front into one bytes payload, shows what httpx's streamed multipart costs (one
  socket write per small chunk). New connections per batch are counted by the server.
- **2. MailWizz SDK:** `Lists().get_list` and `ListSubscribers().create` of mailwizz-python-sdk
  (global configuration, HMAC-signed requests, urlencoded bodies, `requests` without a session,
  so a new connection per call), run in the benchmark venv in a worker process that times its
  own calls.
- **3. 500 creates:** `curl -X POST -H 'X-API-KEY: …' -F EMAIL=… -F FNAME=…` once per row (each
  process spawned from Python and its JSON parsed), sequential pakat `create`, sequential raw
  httpx, and one `bulk_create` of the 500 rows with the adaptive limiter (its default); each pakat
  contender has its own client. Then the same with 100 rows and the server answering after
  20 ms, as one across a network would (for comparison; the target is judged on the first).
- **4. Start-up:** fresh processes of `python -c "import httpx"`, `python -c "import pakat"`,
  `python -c "from pakat import Pakat"` (which loads the client, and httpx with it) and
  `pakat --help`, alternating, 25 rounds. Judged on the wheel install in `benchmarks/.venv`
  (what `pip install pakat` gives); the editable `.venv`, whose import finder every import
  consults, is shown beside it.
- **5. Paging:** a fresh process iterates 100,000 seeded subscribers (per_page 50); its peak RSS
  growth is Linux's high-water mark (VmHWM, reset through /proc/self/clear_refs after creating
  the client, before the first request) minus the RSS at that moment. Then, with the sandbox
  delaying every request by 20 ms, 60 pages of 50 are iterated sequentially and with
  `prefetch=8`, sync and async.
- **6. Bulk:** `bulk_create` of 5,000 rows at concurrency 16 with 20 ms latency per request, sync
  and async, vs a sequential `create` loop over the first 250 of the same rows in each of the two
  rounds (5,000 sequential requests would take 100 s per mode), compared as rows per second.
  Each run writes to its own list; every list is read back and its email set must equal what was
  sent. Client CPU (the benchmark process) and sandbox CPU per row show which side limits the
  rate.
- **17. Adaptive concurrency** (issue 17): `bulk_create` with the adaptive limiter (the
  default) next to fixed concurrency 1, 4, 16 and 64, against a sandbox process of its own:
  (1) no limit, answered at once (1,000 rows sync, 500 async), and (2) no limit, answered after
  20 ms (2,000 rows sync, 600 async; fewer for the slow fixed settings), rows per second, the
  adaptive's ratio paired with the best fixed setting round by round, and for the adaptive runs
  the window over time (from the limiter's DEBUG lines) and the client's CPU per row; (3) a
  limit of 100 requests a second (the sandbox's token bucket, a second's burst, 429 with
  `Retry-After` beyond it) at 20 ms, as the share of the limit taken beyond the burst and the
  share of requests answered 429; (4) the limit going 100 → 30 → 100 per second (2 s, 6 s, 6 s)
  during one run, as the time from each change until every later one-second window gets 90 % of
  the new limit; (5) two `pakat subscribers import` processes of 400 rows each sharing the
  100/s limit, their shares while both ran (from 1.5 s after both began creating, the burst
  spent, until the first was done), read from their journals. Cases 1-3 alternate their
  contenders over 3 rounds; in cases 4 and 5 the adaptive runs three times and each fixed
  setting once, between them. Then the server's bulk route (`create_batch`, one request of up to
  10,000 rows) against the per-row path, 2,000 rows at once and at 20 ms, and 10,000 rows in one
  request. Every list is read back: each row created is there once, nothing else. The load
  average (1 min) stands beside each figure. A miss of case 1 or 2 is analysed under it: the
  window over the median adaptive run, CPU per row by contender, the time per request by
  setting, and two rounds of the limiter pinned at the best fixed setting (its decisions off)
  next to that setting, which is what its bookkeeping costs.
- **Missed targets** get a cProfile of the contender that missed (sequential calls, so the
  profile shows the cost of one request), written under the miss above.
- **8. MCP start-up:** `pakat mcp` (wheel install) spawned with a key and a base URL it never
  calls; the time to its answer to `initialize`, and to `tools/list` after it (the tool table is
  built then), alternating with `pakat --help`, 12 rounds.
- **10. Hostile answers** (issue 10): peak RSS above the baseline and time to failure of a call
  answered with a 1 MB gzip body expanding to 1 GiB, a brotli one, an endless chunked body and a
  `Content-Length` of 1 TiB, sync and async, each in a fresh process; its own section below,
  which `python -m benchmarks.hostile` rewrites on its own too.
- **7. Connection reuse** is a test, not a timing: `tests/test_connection_reuse.py` (in
  `make test`) checks that 100 sequential calls reach the sandbox over one connection, sync and
  async.
"""


def _missed_lines(missed: list[Target]) -> list[str]:
    """The "Missed targets" entries: each goal and figure, then its analysis, indented under it."""
    lines: list[str] = []
    for target in missed:
        first, *rest = (target.limit or "No analysis yet.").split("\n")
        lines.append(f"- **[{target.item}] {target.goal}** ({target.measured}): {first}")
        lines += [f"  {line}" if line else "" for line in rest]
        lines.append("")
    return lines


def _markdown(
    report: Report, facts: dict[str, str], started: datetime, seconds: float, hostile_block: str
) -> str:
    missed = [t for t in report.targets if not t.passed]
    lines = [
        "# Benchmark results",
        "",
        f"Run {started:%Y-%m-%d %H:%M} UTC in {seconds:.0f} s · {facts['python']} · {facts['cpu']} · {facts['os']}",
        "",
        f"Load average (1, 5, 15 min) at the start: {facts['load']}; at the end: {facts['load_end']}.",
        "Other work on this machine shares its 2 cores; a load above 1 means the figures were taken beside it.",
        "",
        "## Targets",
        "",
        "| item | target | this run | |",
        "| --- | --- | --- | --- |",
    ]
    lines += [
        f"| {t.item} | {t.goal} | {t.measured} | {'PASS' if t.passed else '**FAIL**'} |"
        for t in report.targets
    ]
    lines.append("")
    if missed:
        lines += ["## Missed targets and what limits them", ""]
        lines += _missed_lines(missed)
    else:
        lines += ["Every target was met in this run.", ""]
    lines += [
        "## Figures",
        "",
        "| item | measure | contender | median | compared |",
        "| --- | --- | --- | --- | --- |",
    ]
    lines += [f"| {r.item} | {r.measure} | {r.contender} | {r.figure} | {r.ratio} |" for r in report.rows]
    lines.append("")
    if report.notes:
        lines += ["## Notes", ""] + [f"- {note}" for note in report.notes] + [""]
    lines.append(METHOD)
    if hostile_block:
        lines += ["", hostile_block, ""]
    return "\n".join(lines)


def _with_method(text: str, item: str) -> str:
    """RESULTS.md with METHOD's bullet on `item` in its 'How it is measured' part, in place of the
    one there (or before the bullet on missed targets); the other bullets describe the full run
    that measured the other figures, so they stay as it wrote them."""

    def bullet(lines: list[str]) -> tuple[int, int] | None:
        for first, line in enumerate(lines):
            if line.startswith(f"- **{item}. "):
                last = first + 1
                while last < len(lines) and lines[last].startswith("  "):
                    last += 1
                return first, last
        return None

    ours = METHOD.split("\n")
    found = bullet(ours)
    if found is None or "## How it is measured" not in text:
        return text
    block = ours[found[0] : found[1]]
    lines = text.split("\n")
    there = bullet(lines)
    if there is not None:
        lines[there[0] : there[1]] = block
    else:
        place = next((n for n, line in enumerate(lines) if line.startswith("- **Missed targets**")), None)
        if place is None:
            return text
        lines[place:place] = block
    return "\n".join(lines)


def _merge_items(
    text: str, report: Report, item: str, facts: dict[str, str], started: datetime, seconds: float
) -> str:
    """RESULTS.md with the targets, misses and figures of `item` (and its sub-items, 17.1 ...)
    replaced by this run's, the rest as the last full run wrote it, and a line saying when."""

    def ours(line: str) -> bool:
        cells = line.split("|")
        return len(cells) > 2 and (cells[1].strip() == item or cells[1].strip().startswith(item + "."))

    mine = [t for t in report.targets if t.item == item or t.item.startswith(item + ".")]
    lines = text.split("\n")
    out: list[str] = []
    table: str | None = None
    skipping = False
    for line in lines:
        if line.startswith("| item | target |"):
            table = "targets"
        elif line.startswith("| item | measure |"):
            table = "figures"
        if line.startswith(f"Item {item} was measured again on its own"):
            if out and not out[-1]:
                out.pop()  # the blank line put before it
            continue
        if line.startswith("- **["):
            skipping = line.startswith(f"- **[{item}]") or line.startswith(f"- **[{item}.")
        elif line.startswith("## "):
            skipping = False
        if skipping or (table and ours(line)):
            continue
        if table and not line.startswith("|"):
            # The end of a table: this run's rows go there.
            if table == "targets":
                out += [
                    f"| {t.item} | {t.goal} | {t.measured} | {'PASS' if t.passed else '**FAIL**'} |"
                    for t in mine
                ]
            else:
                out += [
                    f"| {r.item} | {r.measure} | {r.contender} | {r.figure} | {r.ratio} |"
                    for r in report.rows
                    if r.item == item or r.item.startswith(item + ".")
                ]
            table = None
        if line.startswith("## Figures"):
            missed = [t for t in mine if not t.passed]
            if missed and not any(x.startswith("## Missed targets") for x in out):
                out += ["## Missed targets and what limits them", ""]
            out += _missed_lines(missed)
        out.append(line)
        if line.startswith("Other work on this machine shares its 2 cores"):
            out.append("")
            out.append(
                f"Item {item} was measured again on its own on {started:%Y-%m-%d %H:%M} UTC in {seconds:.0f} s "
                f"(`python -m benchmarks adaptive`); load average at its start: {facts['load']}; at its end: "
                f"{facts['load_end']}. The other items are the full run's above."
            )
    return _with_method("\n".join(out), item)


def _bench_python(report: Report) -> Path | None:
    try:
        return _venv.ensure()
    except (subprocess.CalledProcessError, OSError, ValueError) as exc:
        report.note(f"The benchmark venv could not be prepared ({exc}); items 2 and 4 (wheel) did not run.")
        print(f"benchmark venv: {exc}", file=sys.stderr)
        return None


def main(argv: list[str] | None = None) -> int:
    """Run the chosen sections (all by default); return 1 when a target is missed."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument(
        "sections", nargs="*", help=f"run only these, of {', '.join(SECTIONS)} (default: all)"
    )
    args = parser.parse_args(argv)
    if unknown := set(args.sections) - set(SECTIONS):
        parser.error(f"unknown section {', '.join(sorted(unknown))}; choose from {', '.join(SECTIONS)}")
    chosen = args.sections or list(SECTIONS)
    started, clock = datetime.now(UTC), time.perf_counter()
    facts = machine()
    print(f"pakat benchmarks · {facts['python']} · {facts['cpu']} · load {facts['load']}", flush=True)
    report = Report()
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        report.note(
            "PYTHONDONTWRITEBYTECODE is set: modules without a compiled copy are compiled on every import. "
            "pip compiles the wheel install's modules when installing, so the judged start-up is unaffected."
        )
    bench_python = _bench_python(report) if {"percall", "startup", "mcp"} & set(chosen) else None
    if "percall" in chosen:
        percall.run(report, bench_python)
    if "startup" in chosen:
        startup.run(report, bench_python)
    if "mcp" in chosen:
        mcp.run(report, bench_python)
    if "adaptive" in chosen:
        adaptive.run(report)
    if {"paging", "bulk"} & set(chosen):
        with SandboxProcess() as sandbox:
            if "paging" in chosen:
                paging.run(report, sandbox)
            if "bulk" in chosen:
                bulk.run(report, sandbox)
    hostile_block = hostile.run(report) if "hostile" in chosen else ""
    if hostile_block and args.sections:
        hostile.write_block(hostile_block)
    if "adaptive" in chosen and args.sections:
        facts["load_end"] = machine()["load"]
        RESULTS.write_text(
            _merge_items(
                RESULTS.read_text(encoding="utf-8"), report, "17", facts, started, time.perf_counter() - clock
            ),
            encoding="utf-8",
        )
        print(f"item 17 written into {RESULTS.relative_to(BENCH_DIR.parent)}")
    facts["load_end"] = machine()["load"]
    seconds = time.perf_counter() - clock
    missed = [t for t in report.targets if not t.passed]
    print(f"\n{len(report.targets) - len(missed)} of {len(report.targets)} targets met in {seconds:.0f} s")
    for target in missed:
        print(f"  FAIL [{target.item}] {target.goal}: {target.measured}")
    if not args.sections:
        RESULTS.write_text(_markdown(report, facts, started, seconds, hostile_block), encoding="utf-8")
        print(f"written to {RESULTS.relative_to(BENCH_DIR.parent)}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
