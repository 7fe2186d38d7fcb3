"""Fixtures of the behaviour tests that drive a client (tests/behaviour/conftest.py has the sandbox
and the raw client on its wire): `api`, the facade on that sandbox, without retries so that each
answer is the server's own. Written once here for AsyncPakat, generated into tests/_sync for Pakat."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from pakat import AsyncPakat
from pakat.testing import Sandbox
from tests.behaviour.conftest import sandbox, wire

__all__ = ["api", "sandbox", "wire"]


@pytest.fixture
async def api(sandbox: Sandbox) -> AsyncIterator[AsyncPakat]:
    async with AsyncPakat(api_key=sandbox.api_key, base_url=sandbox.url, max_retries=0) as client:
        yield client
