"""The reliability fixtures (tests/reliability/conftest.py: sandboxes, recorded retry waits) for the
tests of tests/reliability that drive a client, written once here and generated into tests/_sync."""

from __future__ import annotations

from tests.reliability.conftest import failing_proxy, fresh_sandbox, sb, shared_sandbox, waits

__all__ = ["failing_proxy", "fresh_sandbox", "sb", "shared_sandbox", "waits"]
