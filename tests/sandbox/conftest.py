"""Fixtures: a fresh in-memory sandbox per test and an httpx client holding its key."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from pakat.testing import Sandbox

# Most accounts own no delivery server; this one owns one, so that those calls have something to show.
DELIVERY_SERVER = {"type": "smtp", "name": "سرور پاکات", "hostname": "smtp.pakat.example", "status": "active"}


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(verified_domains=["pakat.example"], delivery_servers=[DELIVERY_SERVER]) as sb:
        yield sb


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, headers={"X-API-KEY": sandbox.api_key}, timeout=10) as c:
        yield c
