"""Item 8: `pakat mcp` start-up, from spawning the process to a completed `initialize` handshake.

An MCP client starts the server and waits for its answer to `initialize` before it can do anything;
then it asks for `tools/list`. Both are timed in fresh processes, alternating with `pakat --help`
(the command line's own start-up, for scale) and with `python -c "import mcp"`, the MCP SDK's own
import, which every server built on it pays. The server is given a key and a base URL it never
calls: neither request reaches the API. Judged on the wheel install in `benchmarks/.venv`, as
`pip install 'pakat[mcp]'` gives it, when it exists.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks._harness import Report, interleave, median, section

ROUNDS = 12
INITIALIZE_LIMIT = 1.0
_INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {
        "protocolVersion": "2025-06-18",
        "capabilities": {},
        "clientInfo": {"name": "bench", "version": "0"},
    },
}
_LIST = [
    {"jsonrpc": "2.0", "method": "notifications/initialized"},
    {"jsonrpc": "2.0", "id": 2, "method": "tools/list"},
]


def _line(message: object) -> bytes:
    return json.dumps(message).encode() + b"\n"


def handshake(pakat: Path, cwd: Path) -> tuple[float, float, int]:
    """Seconds from spawning `pakat mcp` to its `initialize` answer and to its `tools/list` answer,
    and how many tools it listed."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("PAKAT_")},
        "PAKAT_API_KEY": "bench-key-never-sent-0123456789",
        "PAKAT_BASE_URL": "http://127.0.0.1:9/api",
    }
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(pakat), "mcp"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=cwd,
        env=env,
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        process.stdin.write(_line(_INITIALIZE))
        process.stdin.flush()
        answer = json.loads(process.stdout.readline())
        initialized = time.perf_counter() - start
        if answer.get("id") != 1 or "result" not in answer:
            raise RuntimeError(f"pakat mcp answered initialize with {answer}")
        process.stdin.write(b"".join(_line(m) for m in _LIST))
        process.stdin.flush()
        tools = json.loads(process.stdout.readline())["result"]["tools"]
        listed = time.perf_counter() - start
    finally:
        process.stdin.close()
        process.wait(timeout=60)
    return initialized, listed, len(tools)


def run(report: Report, bench_python: Path | None) -> None:
    """Time the handshake in the wheel install (else the project's .venv) and judge the target."""
    section(f"8. pakat mcp start-up ({ROUNDS} rounds of fresh processes, medians)")
    python = bench_python or Path(sys.executable)
    label = "wheel install" if bench_python is not None else "editable .venv"
    pakat = python.parent / "pakat"
    with tempfile.TemporaryDirectory(prefix="pakat-mcp-") as empty:
        cwd = Path(empty)
        found: dict[str, list[float]] = {"initialize": [], "tools/list": []}
        counts: set[int] = set()

        def server() -> float:
            initialized, listed, count = handshake(pakat, cwd)
            found["initialize"].append(initialized)
            found["tools/list"].append(listed)
            counts.add(count)
            return initialized

        def process(*argv: str) -> float:
            start = time.perf_counter()
            subprocess.run(argv, cwd=cwd, stdout=subprocess.DEVNULL, check=True)
            return time.perf_counter() - start

        contenders = {
            "pakat mcp": server,
            "pakat --help": lambda: process(str(pakat), "--help"),
            "import mcp": lambda: process(str(python), "-c", "import mcp"),
        }
        for contender in contenders.values():
            contender()  # warm up: bytecode compiled, files in the page cache
        for values in found.values():
            values.clear()
        times = interleave(contenders, ROUNDS)
    measure = f"start-up, {label}"
    report.row(
        "8",
        measure,
        "pakat mcp: spawn to initialize answered",
        f"{median(found['initialize']) * 1000:.0f} ms",
    )
    report.row(
        "8",
        measure,
        "pakat mcp: spawn to tools/list answered",
        f"{median(found['tools/list']) * 1000:.0f} ms",
        f"{', '.join(map(str, sorted(counts)))} tools",
    )
    report.row("8", measure, "pakat --help (for scale)", f"{median(times['pakat --help']) * 1000:.0f} ms")
    report.row(
        "8",
        measure,
        "python -c 'import mcp' (the SDK alone)",
        f"{median(times['import mcp']) * 1000:.0f} ms",
        f"{median(times['import mcp']) / median(found['initialize']):.0%} of the initialize time",
    )
    seconds = median(found["initialize"])
    report.target(
        "8",
        f"pakat mcp: spawn to completed initialize < {INITIALIZE_LIMIT:g} s ({label})",
        f"{seconds:.3f} s",
        seconds < INITIALIZE_LIMIT,
        "Most of it is importing the MCP SDK (`import mcp` loads its client, server and both protocol "
        "eras' pydantic models), which pakat cannot defer: the tool table itself is built after "
        "initialize, on the first tools/list.",
    )
