"""Fixtures of the peer-client tests (tests/peers/_harness.py has the rest)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pakat.testing import Sandbox


@pytest.fixture(scope="module")
def peer_sandbox() -> Iterator[Sandbox]:
    """One sandbox per peer module: each driver runs once and every test reads its report."""
    with Sandbox() as sandbox:
        yield sandbox
