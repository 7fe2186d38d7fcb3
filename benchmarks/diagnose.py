"""Profiles written into RESULTS.md when a target is missed: where a client's time per request goes.

cProfile is deterministic: its call counts are exact (socket writes per request, failed imports
per request), while its times overstate code that makes many small calls (the import machinery,
h11). The shares are of the profiled run's total, by the library the time is spent in.
"""

from __future__ import annotations

import cProfile
import pstats
import sysconfig
from collections.abc import Callable
from dataclasses import dataclass

from benchmarks._harness import ROOT

STDLIB = sysconfig.get_paths()["stdlib"]

# Functions whose calls per request tell the story: (file suffix, function name) -> meaning. cProfile
# counts every resumption of a coroutine as a call, so only plain functions are counted here.
LANDMARKS = {
    ("~", "<method 'send' of '_socket.socket' objects>"): "socket writes (send system calls)",
    ("httpcore/_synchronization.py", "current_async_library"): (
        "httpcore's `import sniffio` check (fails and searches sys.path when sniffio is not installed)"
    ),
    ("<frozen importlib._bootstrap>", "_find_and_load"): "imports attempted",
}
LIBRARIES = ("pakat", "pakat_client", "httpx", "httpcore", "h11", "anyio", "asyncio", "json")


@dataclass
class Entry:
    """One function of a profile."""

    filename: str
    line: int
    function: str
    calls: int
    own: float
    cumulative: float

    @property
    def library(self) -> str:
        if self.filename == "~":
            return "built-in functions (socket calls among them)"
        if "importlib" in self.filename:
            return "the import machinery"
        for name in LIBRARIES:
            if f"/{name}/" in self.filename:
                return name
        return "other standard library"

    @property
    def where(self) -> str:
        if self.filename == "~":
            return "built-in"
        path = self.filename.split("site-packages/")[-1].removeprefix(f"{ROOT}/").removeprefix(f"{STDLIB}/")
        return f"{path}:{self.line}"


def profile(run: Callable[[], object], requests: int, *, top: int = 12) -> list[str]:
    """Markdown lines: time by library, landmark calls per request, the top functions by own time."""
    profiler = cProfile.Profile()
    profiler.runcall(run)
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, object]]
    raw = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    entries = [
        Entry(filename, line, name, calls, own, cumulative)
        for (filename, line, name), (_, calls, own, cumulative, _) in raw.items()
    ]
    total = sum(e.own for e in entries) or 1.0
    by_library: dict[str, float] = {}
    for entry in entries:
        by_library[entry.library] = by_library.get(entry.library, 0.0) + entry.own
    shares = ", ".join(
        f"{name} {seconds / total:.0%}" for name, seconds in sorted(by_library.items(), key=lambda kv: -kv[1])
    )
    lines = [
        f"cProfile of {requests} requests: {total / requests * 1000:.2f} ms each under the profiler "
        f"(call counts exact, times inflated by profiling). Own time by library: {shares}.",
        "",
    ]
    for (suffix, name), meaning in LANDMARKS.items():
        found = [e for e in entries if e.function == name and e.filename.endswith(suffix)]
        if found:
            calls = sum(e.calls for e in found)
            cumulative = max(e.cumulative for e in found)
            lines.append(
                f"- {meaning}: {calls / requests:.1f} per request, {cumulative / total:.0%} of the time"
            )
    lines += ["", "| own time | calls | function |", "| --- | --- | --- |"]
    for entry in sorted(entries, key=lambda e: -e.own)[:top]:
        lines.append(f"| {entry.own / total:.1%} | {entry.calls} | `{entry.function}` ({entry.where}) |")
    return lines
