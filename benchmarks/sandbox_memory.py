"""What hostile clients cost the sandbox in memory: each scenario against a fresh sandbox in a
process of its own, its peak RSS growth measured from outside.

    python -m benchmarks.sandbox_memory                 # every scenario
    python -m benchmarks.sandbox_memory tiny_chunks     # only the named ones

The sandbox runs as `benchmarks.sandbox_server` (its default limits). Its baseline is its RSS
once it has answered one request; the peak is Linux's high-water mark (VmHWM of
/proc/PID/status), reset to the baseline through /proc/PID/clear_refs, so the growth printed is
what the scenario made it hold at its worst. Each scenario prints one line: the answers' statuses,
seconds until the first answer, bytes sent and the peak growth in MiB; a table of all of them
follows. To measure older code, give its tree with ``--tree`` (for instance what
`git archive COMMIT | tar -x -C DIR` makes): the sandbox process runs from there. Not part of `make bench`: it sends gigabytes through loopback, and old code may take 1.5 GB.
Tests check the behaviour that bounds memory (tests/reliability/test_sandbox_hostile_clients.py),
never memory itself.
"""

from __future__ import annotations

import argparse
import contextlib
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from benchmarks._harness import ROOT, SandboxProcess

MIB = 1024 * 1024
ANSWER_TIMEOUT = 300.0


def _status_kib(pid: int, name: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{name}:"):
            return int(line.split()[1])
    raise LookupError(name)


@dataclass
class Outcome:
    """What a scenario saw: the statuses answered (0: none), when the first came, bytes sent."""

    statuses: list[int] = field(default_factory=list)
    first_answer: float | None = None
    sent: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def answered(self, status: int, started: float) -> None:
        with self.lock:
            self.statuses.append(status)
            if status and self.first_answer is None:
                self.first_answer = time.monotonic() - started

    def count(self, sent: int) -> None:
        with self.lock:
            self.sent += sent


class Client:
    """One raw connection to the sandbox; a thread reads its answer's status line as it comes,
    while the scenario is still sending."""

    def __init__(self, sandbox: SandboxProcess, outcome: Outcome, started: float) -> None:
        host, port = sandbox.url.split("//", 1)[1].split("/", 1)[0].rsplit(":", 1)
        self.sock = socket.create_connection((host, int(port)), timeout=ANSWER_TIMEOUT)
        self.api_key = sandbox.api_key
        self.answer = threading.Event()
        self._outcome = outcome
        self._started = started
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def head(self, *headers: str) -> bytes:
        lines = ["POST /api/lists HTTP/1.1", "Host: sandbox", f"X-API-KEY: {self.api_key}", *headers]
        return ("\r\n".join(lines) + "\r\n\r\n").encode()

    def _read(self) -> None:
        status, data = 0, b""
        try:
            while b"\r\n" not in data:
                piece = self.sock.recv(4096)
                if not piece:
                    break
                data += piece
                while data.startswith(b"HTTP/1.1 100 ") and b"\r\n\r\n" in data:
                    data = data.split(b"\r\n\r\n", 1)[1]
            if data.startswith(b"HTTP/1."):
                status = int(data.split(b" ", 2)[1])
        except OSError:
            pass
        self._outcome.answered(status, self._started)
        self.answer.set()

    def send(self, data: bytes) -> bool:
        """Send all of ``data``; False once the sandbox has stopped taking it or has answered."""
        if self.answer.is_set():
            return False
        try:
            self.sock.sendall(data)
        except OSError:
            return False
        self._outcome.count(len(data))
        return True

    def finish(self) -> None:
        """Wait for the answer (the sandbox may want the whole body first), then close."""
        self.answer.wait(ANSWER_TIMEOUT)
        self.sock.close()


def minus_one(sandbox: SandboxProcess, outcome: Outcome, started: float) -> None:
    """A chunk size of -1, then 400 MiB (the old sandbox read it to the end of the stream)."""
    client = Client(sandbox, outcome, started)
    client.send(client.head("Transfer-Encoding: chunked") + b"-1\r\n")
    piece = b"x" * MIB
    for _ in range(400):
        if not client.send(piece):
            break
    if not client.answer.is_set():
        with contextlib.suppress(OSError):
            client.sock.shutdown(socket.SHUT_WR)
    client.finish()


def endless_chunks(sandbox: SandboxProcess, outcome: Outcome, started: float) -> None:
    """Chunks of 1 MiB with no end, until the sandbox refuses (at most 1 GiB)."""
    client = Client(sandbox, outcome, started)
    client.send(client.head("Transfer-Encoding: chunked"))
    chunk = b"100000\r\n" + b"a" * MIB + b"\r\n"
    for _ in range(1024):
        if not client.send(chunk):
            break
    client.finish()


def tiny_chunks(sandbox: SandboxProcess, outcome: Outcome, started: float) -> None:
    """One-byte chunks for 15 s, or until the sandbox refuses."""
    client = Client(sandbox, outcome, started)
    client.send(client.head("Transfer-Encoding: chunked"))
    batch = b"1\r\na\r\n" * 10_000
    while time.monotonic() - started < 15 and client.send(batch):
        pass
    if not client.answer.is_set():
        client.sock.close()  # the old sandbox would read on for ever
        client.answer.wait(5)
        return
    client.finish()


def _at_once(count: int, send: Callable[[Client], None]) -> Callable[[SandboxProcess, Outcome, float], None]:
    def scenario(sandbox: SandboxProcess, outcome: Outcome, started: float) -> None:
        def one() -> None:
            client = Client(sandbox, outcome, started)
            send(client)
            client.finish()

        threads = [threading.Thread(target=one) for _ in range(count)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    return scenario


_FORM = b"general%5Bname%5D=Big&general%5Bdescription%5D=" + b"x" * (60_000_000 - 48)
_OCTETS = b"x" * 60_000_000


def _urlencoded(client: Client) -> None:
    client.send(
        client.head("Content-Type: application/x-www-form-urlencoded", f"Content-Length: {len(_FORM)}")
    )
    client.send(_FORM)


def _octet_stream(client: Client) -> None:
    client.send(client.head("Content-Type: application/octet-stream", f"Content-Length: {len(_OCTETS)}"))
    client.send(_OCTETS)


def _pausing(client: Client) -> None:
    client.send(client.head(f"Content-Length: {MIB}") + b"a" * (MIB // 2))
    time.sleep(2)
    client.send(b"a" * (MIB // 2))


SCENARIOS: dict[str, tuple[str, Callable[[SandboxProcess, Outcome, float], None]]] = {
    "minus_one": ("chunked, size `-1`, then 400 MiB", minus_one),
    "endless_chunks": ("endless 1 MiB chunks", endless_chunks),
    "tiny_chunks": ("one-byte chunks for 15 s", tiny_chunks),
    "urlencoded_20x60": ("20 × 60 MB urlencoded POSTs at once", _at_once(20, _urlencoded)),
    "octets_20x60": ("20 × 60 MB octet-stream POSTs at once", _at_once(20, _octet_stream)),
    "pausing_200": ("200 clients pausing in a 1 MiB body", _at_once(200, _pausing)),
}


def run(name: str, tree: Path) -> str:
    """Run one scenario against a fresh sandbox run from ``tree``; print and return its table row."""
    title, scenario = SCENARIOS[name]
    with SandboxProcess(tree) as sandbox:
        # One request answered first: the baseline includes what serving loads.
        httpx.get(f"{sandbox.url}/lists", headers={"X-API-KEY": sandbox.api_key}).raise_for_status()
        Path(f"/proc/{sandbox.pid}/clear_refs").write_text("5")
        before = _status_kib(sandbox.pid, "VmRSS") / 1024
        outcome = Outcome()
        started = time.monotonic()
        scenario(sandbox, outcome, started)
        growth = _status_kib(sandbox.pid, "VmHWM") / 1024 - before
    statuses = ", ".join(f"{s}×{outcome.statuses.count(s)}" for s in sorted(set(outcome.statuses)))
    first = "none" if outcome.first_answer is None else f"{outcome.first_answer:.1f} s"
    row = (
        f"| {title} | +{growth:.1f} MiB | {statuses} | first answer after {first} "
        f"| {outcome.sent / MIB:.0f} MiB sent | RSS before {before:.1f} MiB |"
    )
    print(row, flush=True)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.sandbox_memory", description=__doc__.split("\n")[0]
    )
    parser.add_argument("scenarios", nargs="*", help=f"some of {', '.join(SCENARIOS)} (default: all)")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the source tree whose sandbox to measure")
    args = parser.parse_args()
    names = args.scenarios or list(SCENARIOS)
    unknown = [name for name in names if name not in SCENARIOS]
    if unknown:
        parser.error(f"unknown scenarios: {', '.join(unknown)}")
    print("| scenario | peak RSS growth | statuses (0: no answer) | timing | sent | baseline |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name in names:
        run(name, args.tree)


if __name__ == "__main__":
    main()
