"""A Prism mock of openapi.json on a free 127.0.0.1 port, for the whole test session (the fixture
`prism_url`, offered to every folder by tests/conftest.py: tests/contract and the tests of both
clients in tests/_async/contract and tests/_sync/contract share one Prism).

Prism runs with --errors: a request that does not match openapi.json gets an error answer, so
the facade call that sent it fails its test.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator

import httpx
import pytest

from tests._paths import NODE_BIN, SPEC_PATH


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    prism = NODE_BIN / "prism"
    assert prism.exists(), "Prism is not installed: run `make install`"
    port = _free_port()
    process = subprocess.Popen(
        [str(prism), "mock", str(SPEC_PATH), "--errors", "-h", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "NO_COLOR": "1"},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                output = process.stdout.read().decode() if process.stdout else ""
                pytest.fail(f"Prism exited early:\n{output}")
            try:
                httpx.get(url + "/quota/index", headers={"X-API-KEY": "probe"}, timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    pytest.fail("Prism did not start within 60 s")
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
