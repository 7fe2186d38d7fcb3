"""What every benchmark section shares: interleaved rounds, results and targets, server processes.

Contenders of one comparison always run alternately, round after round, each round in a rotated
order, so that a burst of load from something else on the machine hits them alike. Figures are
medians over rounds; a ratio is the median of the per-round ratios (each round compares
contenders that ran seconds apart).
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "benchmarks"


def interleave(contenders: Mapping[str, Callable[[], float]], rounds: int) -> dict[str, list[float]]:
    """Run each contender once per round, in an order rotated every round; their returns per name."""
    names = list(contenders)
    results: dict[str, list[float]] = {name: [] for name in names}
    for number in range(rounds):
        shift = number % len(names)
        for name in names[shift:] + names[:shift]:
            results[name].append(contenders[name]())
    return results


def median(values: list[float]) -> float:
    return statistics.median(values)


def paired_ratio(numerators: list[float], denominators: list[float]) -> float:
    """The median of the per-round ratios numerator / denominator."""
    return statistics.median(n / d for n, d in zip(numerators, denominators, strict=True))


@dataclass
class Row:
    """One line of the results table."""

    item: str
    measure: str
    contender: str
    figure: str
    ratio: str = ""


@dataclass
class Target:
    """A target of the issue, checked against this run's figures."""

    item: str
    goal: str
    measured: str
    passed: bool
    # Why it missed (or what limits it), written into RESULTS.md when it misses.
    limit: str = ""


@dataclass
class Report:
    """Everything a run found: table rows, targets, notes, and what the machine was doing."""

    rows: list[Row] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def row(self, item: str, measure: str, contender: str, figure: str, ratio: str = "") -> None:
        self.rows.append(Row(item, measure, contender, figure, ratio))
        ratio_text = f"  ({ratio})" if ratio else ""
        print(f"  {measure:<34} {contender:<34} {figure:>14}{ratio_text}", flush=True)

    def target(self, item: str, goal: str, measured: str, passed: bool, limit: str = "") -> None:
        self.targets.append(Target(item, goal, measured, passed, limit))
        print(f"  {'PASS' if passed else 'FAIL'}  [{item}] {goal}: {measured}", flush=True)

    def note(self, text: str) -> None:
        self.notes.append(text)


def section(title: str) -> None:
    print(f"\n== {title}", flush=True)


# The machine -------------------------------------------------------------------------------------


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> dict[str, str]:
    """Python, CPU model and cores, OS, and the load average right now."""
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return {
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "cpu": f"{cpu_model()}, {os.cpu_count()} cores",
        "os": platform.platform(),
        "load": load,
    }


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# Server processes --------------------------------------------------------------------------------


class CannedServer:
    """`benchmarks.canned_server` in a process of its own; stops when closed."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.canned_server"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline().split()
        if len(line) != 2 or line[0] != "PORT":
            self.close()
            raise RuntimeError(f"the canned server did not start: {line!r}")
        self.origin = f"http://127.0.0.1:{line[1]}"
        self.url = f"{self.origin}/api"

    def stats(self) -> dict[str, int]:
        """Connections and requests the server has seen."""
        with urllib.request.urlopen(f"{self.origin}/__stats", timeout=10) as response:
            result: dict[str, int] = json.load(response)
        return result

    def latency(self, seconds: float) -> None:
        """Make the API answers wait `seconds` from now on."""
        request = urllib.request.Request(f"{self.origin}/__latency?seconds={seconds}", method="PUT")
        with urllib.request.urlopen(request, timeout=10) as response:
            response.read()

    def close(self) -> None:
        assert self._process.stdin is not None
        self._process.stdin.close()
        self._process.wait(timeout=10)

    def __enter__(self) -> CannedServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class SandboxProcess:
    """`benchmarks.sandbox_server` (the offline sandbox) in a process of its own, steered by commands;
    ``tree`` is the source tree it runs from (another one: an older commit's sandbox)."""

    def __init__(self, tree: Path = ROOT) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.sandbox_server"],
            cwd=tree,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        first = self._read()
        self.url: str = first["url"]
        self.api_key: str = first["api_key"]
        self.pid = self._process.pid

    def _read(self) -> dict[str, Any]:
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError("the sandbox process ended")
        answer: dict[str, Any] = json.loads(line)
        if "error" in answer:
            raise RuntimeError(f"sandbox: {answer['error']}")
        return answer

    def command(self, *words: object) -> dict[str, Any]:
        """Send one command line and return its JSON answer."""
        assert self._process.stdin is not None
        self._process.stdin.write(" ".join(str(w) for w in words) + "\n")
        self._process.stdin.flush()
        return self._read()

    def create_list(self) -> str:
        return str(self.command("create_list")["list_uid"])

    def latency(self, seconds: float) -> None:
        self.command("latency", seconds)

    def cpu_seconds(self) -> float:
        return process_cpu_seconds(self.pid)

    def close(self) -> None:
        assert self._process.stdin is not None
        self._process.stdin.close()
        self._process.wait(timeout=30)

    def __enter__(self) -> SandboxProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def timed(function: Callable[[], object]) -> float:
    """Wall-clock seconds of one call."""
    started = time.perf_counter()
    function()
    return time.perf_counter() - started
