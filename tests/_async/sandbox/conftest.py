"""The sandbox of the sandbox tests (tests/sandbox/conftest.py), for those written once here for both
clients and generated into tests/_sync."""

from __future__ import annotations

from tests.sandbox.conftest import sandbox

__all__ = ["sandbox"]
