"""The server and account knobs of the sandbox: keywords, configure(), and the command lines (the
sandbox's own limits included)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from urllib.parse import urlsplit

import httpx
import pytest

from pakat.testing import Sandbox


def test_configure_checks_what_it_is_given() -> None:
    sandbox = Sandbox()
    try:
        with pytest.raises(TypeError, match="unexpected keyword argument 'timezone'"):
            sandbox.configure(timezone="UTC")
        with pytest.raises(TypeError, match="not one string"):
            sandbox.configure(denied_ips="127.0.0.1")
        with pytest.raises(TypeError, match="not one string"):
            sandbox.configure(key_permissions="listLists")
        with pytest.raises(ValueError):
            sandbox.configure(allowed_ips=["999.1.1.1"])
        with pytest.raises(ValueError, match="per_page_max"):
            sandbox.configure(per_page_max=5)
        with pytest.raises(ValueError, match="post_max_size"):
            sandbox.configure(post_max_size=-1)
        sandbox.configure(allowed_ips=["::1", "127.0.0.0/8"], key_permissions=(), language="fa")
    finally:
        sandbox.close()


def test_knobs_change_a_running_sandbox_from_the_next_request() -> None:
    with (
        Sandbox() as sandbox,
        httpx.Client(base_url=sandbox.url, headers={"X-API-KEY": sandbox.api_key}) as wire,
    ):
        assert wire.get("/lists").status_code == 200
        sandbox.configure(offline=True)
        assert wire.get("/lists").status_code == 503
        sandbox.configure(offline=False, key_permissions=["listCountries"])
        assert wire.get("/lists").status_code == 400
        assert wire.get("/countries").status_code == 200


def test_python_m_pakat_testing_takes_the_language_and_the_page_cap() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "pakat.testing", "--port", "0", "--language", "fa", "--per-page-max", "1000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split()[-1]
        process.stdout.readline()  # export PAKAT_BASE_URL=...
        key = process.stdout.readline().strip().removeprefix("export PAKAT_API_KEY=")
        with httpx.Client(base_url=url, headers={"X-API-KEY": key}, timeout=10) as wire:
            countries = wire.get("/countries", params={"per_page": 100}).json()["data"]
            assert len(countries["records"]) == min(100, int(countries["count"]))
            missing = wire.get("/lists/nosuchlist").json()["error"]
            assert missing != "The list does not exist."  # in Persian
    finally:
        process.terminate()
        process.wait(timeout=20)


# --- the sandbox's own limits on the command lines ------------------------------------------------

COMMANDS = {
    "python -m pakat.testing": [sys.executable, "-m", "pakat.testing", "--port", "0"],
    "pakat sandbox": [sys.executable, "-m", "pakat.cli", "sandbox", "--port", "0"],
}


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
def test_the_command_lines_take_the_sandbox_limits(command: list[str]) -> None:
    limits = ["--max-connections", "1", "--max-body-size", "1000", "--max-body-memory", "1000"]
    process = subprocess.Popen([*command, *limits], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split()[-1]
        key = ""
        while not key:
            line = process.stdout.readline()
            assert line, "the command ended before printing its key"
            key = line.removeprefix("export PAKAT_API_KEY=").strip() if "PAKAT_API_KEY=" in line else ""
        with httpx.Client(base_url=url, headers={"X-API-KEY": key}, timeout=20) as wire:
            over = wire.post("/lists", content=b"x" * 1001)
            assert over.status_code == 413
            assert "max_body_size (1000 bytes)" in over.json()["error"]
            assert wire.post("/lists", content=b"x" * 1000).status_code == 422
        # One connection at a time: an idle keep-alive one is closed to let the next in.
        parts = urlsplit(url)
        with socket.create_connection((parts.hostname, parts.port), timeout=20) as idle:
            idle.sendall(f"GET /api/lists HTTP/1.1\r\nHost: x\r\nX-API-KEY: {key}\r\n\r\n".encode())
            assert idle.recv(12) == b"HTTP/1.1 200"
            with httpx.Client(base_url=url, headers={"X-API-KEY": key}, timeout=20) as wire:
                assert wire.get("/lists").status_code == 200
            while idle.recv(65536):  # the rest of its answer, then the end (a timeout fails)
                pass
    finally:
        process.terminate()
        process.wait(timeout=20)
    done = subprocess.run(
        [*command, "--max-body-size", "1000", "--max-body-memory", "999"], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert "max_body_memory (999) must be at least max_body_size (1000)" in done.stderr
    assert "Traceback" not in done.stderr


def test_pakat_sandbox_help_names_the_sandbox_default_limits() -> None:
    """The defaults shown are the sandbox's own (read from them, not written twice)."""
    from pakat.testing._limits import Limits  # here: the other tests of this module need no limits

    defaults = Limits()
    done = subprocess.run(
        [sys.executable, "-m", "pakat.cli", "sandbox", "--help"], capture_output=True, text=True, check=True
    )
    shown = " ".join(done.stdout.split())
    for option, value in [
        ("--max-connections", defaults.max_connections),
        ("--max-body-size", defaults.max_body_size),
        ("--max-body-memory", defaults.max_body_memory),
    ]:
        assert option in shown
        assert f"(default {value})" in shown, (option, shown)


# --- fault knobs on the command line ------------------------------------------------------------------


def _serve(*options: str) -> tuple[subprocess.Popen[str], str, str, list[str]]:
    """`pakat sandbox` with `options`: the process, its URL and key, and what it printed."""
    process = subprocess.Popen(
        [sys.executable, "-m", "pakat.cli", "sandbox", "--port", "0", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    printed = []
    while not printed or printed[-1] != "Press Ctrl-C to stop.":
        line = process.stdout.readline()
        assert line, "the command ended before it was ready"
        printed.append(line.strip())
    url = printed[1].removeprefix("export PAKAT_BASE_URL=")
    key = printed[2].removeprefix("export PAKAT_API_KEY=")
    return process, url, key, printed


def test_pakat_sandbox_latency_and_rate_limit() -> None:
    process, url, key, printed = _serve("--latency", "0.1", "--rate-limit", "3")
    try:
        assert printed[3] == "Faults: latency 0.1 s, rate limit 3/s (429 with Retry-After)"
        with httpx.Client(base_url=url, headers={"X-API-KEY": key}, timeout=20) as wire:
            started = time.perf_counter()
            answers = [wire.get("/quota/index") for _ in range(6)]
            assert time.perf_counter() - started >= 0.6  # every request waited, refused or not
        statuses = [a.status_code for a in answers]
        assert statuses[:3] == [200, 200, 200] and 429 in statuses
        assert all(a.headers["Retry-After"] == "1" for a in answers if a.status_code == 429)
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_pakat_sandbox_error_rate_and_dropped_connections() -> None:
    process, url, key, printed = _serve(
        "--drop-rate", "0.5", "--error-rate", "1", "--error-status", "502", "--seed", "5"
    )
    try:
        assert printed[3] == "Faults: 50% of connections dropped, 100% of requests answered 502"
        outcomes = set()
        with httpx.Client(base_url=url, headers={"X-API-KEY": key}, timeout=20) as wire:
            for _ in range(20):
                try:
                    outcomes.add(wire.get("/quota/index").status_code)
                except httpx.RemoteProtocolError:
                    outcomes.add("dropped")
        assert outcomes == {502, "dropped"}
    finally:
        process.terminate()
        process.wait(timeout=20)
    refused = subprocess.run(
        [sys.executable, "-m", "pakat.testing", "--error-rate", "1.5"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert refused.returncode == 2 and "must be between 0 and 1" in refused.stderr
