"""A Prism mock of openapi.json on a free 127.0.0.1 port, for the whole test session (the fixture
`prism_url`, offered to every folder by tests/conftest.py: tests/contract and the tests of both
clients in tests/_async/contract and tests/_sync/contract share one Prism).

Prism runs with --errors: a request that does not match openapi.json gets an error answer, so
the facade call that sent it fails its test.

Prism 5.16 reads a deepObject array of objects in a form body (`options[0][name]`) as JSON text
and refuses the body ("Cannot deserialize JSON object array in form data request body"), so it is
given openapi.json without those few `encoding` entries (and without requiring those properties,
which it then cannot see); every other part is served as written.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests._paths import NODE_BIN, operations, resolve, spec


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _for_prism() -> dict[str, Any]:
    """openapi.json without the encodings of array properties in form bodies (see above)."""
    document = json.loads(json.dumps(spec()))
    for _, _, op in operations(document):
        for media in op.get("requestBody", {}).get("content", {}).values():
            schema = resolve(document, media["schema"])
            encoding = media.get("encoding", {})
            for name in [n for n in encoding if schema["properties"][n].get("type") == "array"]:
                del encoding[name]
                if name in schema.get("required", []):
                    schema["required"].remove(name)
    return document


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    prism = NODE_BIN / "prism"
    assert prism.exists(), "Prism is not installed: run `make install`"
    served: Path = tmp_path_factory.mktemp("prism") / "openapi.json"
    served.write_text(json.dumps(_for_prism(), ensure_ascii=False), encoding="utf-8")
    port = _free_port()
    process = subprocess.Popen(
        [str(prism), "mock", str(served), "--errors", "-h", "127.0.0.1", "-p", str(port)],
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
