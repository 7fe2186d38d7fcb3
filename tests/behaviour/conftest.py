"""Fixtures of the behaviour tests: a fresh sandbox and a raw client on its wire.

Each test proves rows of docs/server-behaviour.md (`@pytest.mark.behaviour("<row id>", ...)`),
usually twice: on the wire, the sandbox answers exactly as the row says (every answer is also
checked against openapi.json by the autouse fixture in tests/conftest.py), and through the facade,
the SDK turns that answer into the value or the typed error a user gets. The tests that go through
the facade are written once for both clients, in tests/_async/behaviour (its conftest adds `api`,
the facade on the sandbox) and generated into tests/_sync/behaviour; those on the wire alone are
here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from pakat.testing import Sandbox


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sb:
        yield sb


@pytest.fixture
def wire(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """httpx on the sandbox's /api with its key: what any client in any language sends."""
    with httpx.Client(base_url=sandbox.url, headers={"X-API-KEY": sandbox.api_key}, timeout=10) as client:
        yield client


def form(fields: dict[str, str]) -> dict[str, tuple[None, bytes]]:
    """httpx ``files=`` sending ``fields`` as multipart/form-data, as POST bodies are sent."""
    return {name: (None, value.encode("utf-8")) for name, value in fields.items()}


def answered(response: httpx.Response, status: int) -> Any:
    """The JSON body of an answer that must have ``status``."""
    assert response.status_code == status, (response.status_code, response.text)
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def refused(response: httpx.Response, status: int, error: object) -> None:
    """An error answer with ``status`` and exactly this ``error``."""
    body = answered(response, status)
    assert body == {"status": "error", "error": error}, body
