"""Fixtures: a fresh in-memory sandbox per test and an httpx client holding its key."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from pakat.testing import Sandbox


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(verified_domains=["pakat.example"]) as sb:
        yield sb


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, headers={"X-API-KEY": sandbox.api_key}, timeout=10) as c:
        yield c
